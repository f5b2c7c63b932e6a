/** Bodies longer than this are cut for display and scanning; the cut is always shown to the user. */
export const MAX_BODY_CHARS = 2 * 1024 * 1024;

/** More than this of one body file beside a HAR is never read: scanning keeps at most MAX_BODY_CHARS of it. */
export const MAX_SIDE_FILE_BYTES = 4 * MAX_BODY_CHARS;

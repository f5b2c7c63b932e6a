/** Bodies longer than this are cut for display and scanning; the cut is always shown to the user. */
export const MAX_BODY_CHARS = 2 * 1024 * 1024;

// What counts as a server error and what counts as an answer at all, in one place.

export const SERVER_ERROR_MIN_STATUS = 500;

/** Status 0 means no response arrived (blocked, offline, CORS): neither a success nor a server error. */
export function isAnswered(status: number): boolean {
  return status > 0;
}

export function isServerError(status: number): boolean {
  return status >= SERVER_ERROR_MIN_STATUS && status <= 599;
}

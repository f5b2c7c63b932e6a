// The error rows of the React Server Components ("Flight") payload that the Next.js app router
// streams, shared by the stack-trace and debug-page rules.
//
// A render error is a row `<id>:E{"digest":…,"name":…,"message":…,"stack":[["fn","url",line,col,…],…],…}`
// in development (React 18's canaries, Next.js 13–14: no name, the stack as one string) and
// `<id>:E{"digest":…}` in production. It comes raw (an RSC fetch, text/x-component)
// or JSON-escaped once more inside the page's `self.__next_f.push([1,"…"])` scripts, where `"` is
// `\"`, `\` is `\\` and `<` is `\u003c`.

/**
 * One character of a JSON string, raw and in the page's escaping. Each splits a string one way
 * only, so the closing quote is never taken for a character and no match is tried twice.
 */
export const FLIGHT_RAW_CHAR = String.raw`(?:[^"\\\n]|\\.)`;
export const FLIGHT_PAGE_CHAR = String.raw`(?:[^"\\\n]|\\(?:u[\da-fA-F]{4}|\\(?:[^"\\\n]|\\"|\\\\)))`;

/** `:E{` up to the message of a development error row; `q` is the quote (raw or escaped), `c` one string character. */
export function flightErrorRowHead(q: string, c: string): string {
  return String.raw`:E\{(?:${q}digest${q}:${q}${c}{0,100}${q},)?(?:${q}name${q}:${q}${c}{0,200}${q},)?${q}message${q}:${q}${c}{0,2000}${q},`;
}

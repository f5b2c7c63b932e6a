export const USAGE = `Usage: server-error-lens scan <file.har>... [--json] [--all]

Scans HAR files for responses that leak server internals (stack traces, file
paths, database errors, secrets, debug pages, internal addresses, versions).

Arguments:
  <file.har>   one or more HAR files; "-" reads a HAR from standard input

Options:
  --all        scan responses of every status (default: 4xx and 5xx only)
  --json       print one JSON document instead of the text report:
                 one file:   {"entries":[{"index","url","status","leaks":[...]}]}
                 several:    {"files":[{"file","entries":[...]}]}
               every scanned entry is listed, with "leaks": [] when clean;
               "index" is the entry's position in the HAR's log.entries
  -h, --help   print this help

Exit status:
  0  nothing found
  1  at least one leak found
  2  bad usage, or a file that is unreadable or not a HAR (named on stderr;
     the other files are still scanned and reported)
`;

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
               each leak: {"category","severity","title","evidence",
                 "location":{"in":"body","line","column"} or {"in":"header","name"},
                 "confidence"}
               every scanned entry is listed, with "leaks": [] when clean;
               "index" is the entry's position in the HAR's log.entries;
               "file" is the argument as given ("-" for standard input)
  -h, --help   print this help

The text report lists, per file, each entry with leaks as "#N status method
URL" (N = position in log.entries, as in --json), its findings under it, and
a summary line at the end.

Exit status:
  0  nothing found
  1  at least one leak found
  2  bad usage, or a file that is unreadable or not a HAR (named on stderr;
     the other files are still scanned and reported)
`;

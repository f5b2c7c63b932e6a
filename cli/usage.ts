export const USAGE = `Usage: server-error-lens scan <file.har>... [--json] [--all]

Scans HAR files for responses that leak server internals (stack traces, file
paths, database errors, secrets, debug pages, internal addresses, versions).

Arguments:
  <file.har>   one or more HAR files; "-" reads a HAR from standard input.
               Plain, gzip-compressed (.har.gz) and UTF-16 HARs are told apart
               by their content; Playwright's zips (recordHar to a .zip path)
               and its side files (content: "attach") are read too.

Options:
  --all        scan responses of every status (default: 4xx and 5xx only)
  --json       print one JSON document instead of the text report:
                 one file:   {"entries":[...],"totalEntries","badEntries":[...]}
                 several:    {"files":[{"file","entries":[...],"totalEntries",
                             "badEntries":[...]}]}
               each entry: {"index","url","status","leaks":[...]}, plus
                 "bodyNotScanned" (why only the headers were scanned),
                 "bodyDamage" (why only part of the body was) and
                 "oddFields" (fields that are not what HAR says) when so;
               each leak: {"category","severity","title","evidence",
                 "location":{"in":"body","line","column"} or {"in":"header","name"},
                 "confidence"}
               every scanned entry is listed, with "leaks": [] when clean;
               "index" is the entry's position in the HAR's log.entries;
               "badEntries" lists {"index","problem"} for elements of
                 log.entries that are not entries;
               a file that could not be read to its end has "error";
               "file" is the argument as given ("-" for standard input)
  -h, --help   print this help

The text report lists, per file, each entry with leaks as "#N status method
URL" (N = position in log.entries, as in --json), its findings under it, what
was not scanned and why (bodies the HAR does not hold, unreadable entries,
the rest of a file cut short), and a summary line at the end. "no leaks
found" is said only when everything selected was scanned.

Exit status:
  0  nothing found (bodies the HAR does not hold are listed as not scanned)
  1  at least one leak found
  2  bad usage, or a file that is unreadable, not a HAR, cut short or holding
     an element that is not an entry (named on stderr; everything that could
     be read is still scanned and reported)
`;

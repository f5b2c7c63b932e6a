export const USAGE = `Usage: server-error-lens scan <file.har>... [--all] [--fail-on LEVEL]
         [--format FORMAT[,FORMAT...]] [--output-dir DIR] [--baseline REPORT.json]
         [--config FILE]
       server-error-lens redact <in.har> -o <out.har> [--drop-bodies]

Scans HAR files for responses that leak server internals (stack traces, file
paths, database errors, secrets, debug pages, internal addresses, versions).

Arguments:
  <file.har>   one or more HAR files; "-" reads a HAR from standard input.
               Plain, gzip-compressed (.har.gz) and UTF-16 HARs are told apart
               by their content; Playwright's zips (recordHar to a .zip path)
               and its side files (content: "attach") are read too.

Options:
  --all        scan responses of every status (default: 4xx and 5xx only)
  --fail-on LEVEL
               high, medium (default), low or none: findings of this severity
               or worse fail the run; the others are listed as warnings.
               Medium by default: stack traces, debug pages, database errors,
               paths and secrets fail a build, a version banner (low) warns
  --config FILE
               the CI policy (default: server-error-lens.json in the working
               directory, if there is one): "failOn", "statuses" ("errors" or
               "all"), "rules" (rule id or category: "fail", "warn" or
               "ignore"), "allow" (entries of "url" glob, "header", "status"
               such as "5xx" or "500-599", "evidenceContains", "reason"),
               "ignore" ({"fingerprint","reason"}); its JSON Schema is
               schema/server-error-lens.schema.json. Flags win over it
  --baseline REPORT.json
               a previous --format json report: findings already in it (same
               fingerprint) are listed as known and never fail the run
  --format FORMAT
               text (default), json, sarif (SARIF 2.1.0, for GitHub code
               scanning), junit (JUnit XML) or markdown (a pull-request comment
               or job summary, capped at 50 rows); several need --output-dir
  --output-dir DIR
               write each format to DIR/server-error-lens.{txt,json,sarif,
               junit.xml,md} and print the paths written
  --json       the same as --format json: one JSON document:
                 one file:   {"entries":[...],"totalEntries","badEntries":[...]}
                 several:    {"files":[{"file","entries":[...],"totalEntries",
                             "badEntries":[...]}]}
               each entry: {"index","url","status","leaks":[...]}, plus
                 "bodyNotScanned" (why only the headers were scanned),
                 "bodyDamage" (why only part of the body was) and
                 "oddFields" (fields that are not what HAR says) when so;
               each leak: {"category","severity","title","evidence",
                 "location":{"in":"body","line","column"} or {"in":"header","name"},
                 "confidence","rule","fingerprint","verdict"}, where
                 "verdict" is "fail", "warn", "baseline" or "ignored" (with
                 "ignoredBecause") and "fingerprint"
                 stays the same across runs (rule, method, path with ids
                 generalised, location, a hash of the evidence)
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

Secrets are masked in every format.

redact writes a copy of a HAR that is safe to attach to a ticket: credential
headers (Authorization, Cookie, Set-Cookie, Proxy-Authorization, API-key and
token headers), cookies, token-like query parameters, form fields and JSON
fields, and every secret the scanner finds in a body become "[redacted]";
--drop-bodies leaves bodies out. The output is valid HAR, written as a
stream and renamed into place only when the whole input was redacted.

Exit status:
  0  pass: no new finding at --fail-on or worse (warnings and known findings
     may be listed; bodies the HAR does not hold are listed as not scanned)
  1  fail: at least one new finding at --fail-on or worse
  2  bad usage, an unusable baseline, or a file that is unreadable, not a
     HAR, cut short or holding an element that is not an entry (named on
     stderr; everything that could be read is still scanned and reported)
`;

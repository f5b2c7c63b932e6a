// Server source code around an error, as debug pages render it, or source served unexecuted.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY } from '../../text/text-rule';
import { PRISMA_FAILED_CALL } from '../../text/prisma-messages';

const SOURCE = {
  category: 'source-code',
  severity: 'high',
  scope: BODY_ONLY,
  confidence: 0.85,
  mergeWithin: 3000,
} as const;

/** Rules that find source lines in a page's own markup; an embedded page is checked with them too. */
const PAGE_SOURCE_RULES: readonly LeakRule[] = [
  {
    ...SOURCE,
    id: 'source-code.context-lines',
    title: 'Server source lines shown around the error',
    // Werkzeug (`line before/current`), Django & Sinatra (`pre-context`), Symfony (`trace-code`),
    // Rails (`extracted source`), Whoops (`code-block`), Dancer2 (`errline`), Mojolicious
    // (`context-value`), Starlette (numbered `frame-line`s), Quart (numbered rows of a `traceback` div).
    keywords: ['class="line before"', 'class="line current"', 'class="pre-context"', 'class="context-line"', 'class="trace-code', 'extracted source', 'code-block frame-code', '<tr class="errline">', 'class="context-value', '<span class="frame-line', '<div class="traceback">'],
    pattern:
      /class="(?:line (?:before|current)|pre-context|context-line|code-block frame-code|trace-code)[ "]|Extracted source \(around line (?:<strong>)?#?\d{1,7}|<tr class="errline"><th>\d{1,7}<\/th>|class="context-value(?: wide)?">\s{0,40}<pre><code>|<span class="frame-line(?: center-line)?">\s{0,4}<span class="lineno">\d{1,7}\.<\/span>|<div class="traceback">\s{0,40}<div(?: class="highlight")? ?>\s{0,40}<div>\d{1,7}<\/div>\s{0,40}<div><pre>/i,
    reach: { before: 20, after: 200 },
  },
  {
    ...SOURCE,
    id: 'source-code.youch-code-frame',
    title: 'Server source lines shown around the error',
    // Youch (the error page of h3/Nitro, Nuxt and AdonisJS in development) opens a highlighted
    // window of the file's lines under each stack frame.
    keywords: ['class="stack-frame-source"'],
    pattern: /class="stack-frame-source">\s{0,40}<pre><code class="shj-lang-/,
    reach: { before: 0, after: 80 },
  },
  {
    ...SOURCE,
    id: 'source-code.aspnet-source-error',
    title: 'Server source lines shown around the error',
    keywords: ['source error:'],
    // Shown with the lines around the error, unless the page says there are none.
    pattern: /Source Error:(?![^[]{0,200}\[No relevant source lines\])/,
    reach: { before: 0, after: 240 },
  },
  {
    ...SOURCE,
    id: 'source-code.jsp-excerpt',
    title: 'Server source lines shown around the error',
    // Jasper (Tomcat) prints the numbered JSP lines after these sentences.
    keywords: ['an exception occurred processing [', 'an error occurred at line: ['],
    pattern: /(?:An exception occurred processing \[[^\]\n]{1,300}\] at line|An error occurred at line:) \[\d{1,7}\]/,
    reach: { before: 0, after: 340 },
  },
  {
    ...SOURCE,
    id: 'source-code.unexecuted-php',
    title: 'PHP source served unexecuted',
    keywords: ['<?php'],
    pattern: /<\?php\s/,
    reach: { before: 0, after: 6 },
    // Highlighters and docs quote `<?php` escaped as &lt;?php; a raw one outside markup is source.
    confidence: 0.8,
  },
];

/** How much of an embedded page is decoded: debug pages put their source windows well within it. */
const MAX_EMBEDDED_BASE64 = 262_144;

/** The base64 payload of a data: URL decodes to a page one of the page rules finds source lines in. */
function embedsPageSource(match: RegExpExecArray): boolean {
  const payload = match.groups?.['payload'] ?? '';
  let page: string;
  try {
    page = atob(payload.slice(0, payload.length - (payload.length % 4)));
  } catch {
    return false;
  }
  return PAGE_SOURCE_RULES.some((rule) => rule.pattern.test(page));
}

export const SOURCE_CODE_RULES: readonly LeakRule[] = [
  ...PAGE_SOURCE_RULES,
  {
    ...SOURCE,
    id: 'source-code.prisma-call-site',
    title: 'Server source lines shown around the error',
    // Outside production, Prisma Client's error message names the calling file and prints its
    // numbered lines around the call (`→ 26   const orders = await prisma.order.findMany(`).
    keywords: ['()` invocation in'],
    pattern: new RegExp(
      String.raw`${PRISMA_FAILED_CALL} in(?:\\n|\n|<br>)[^\s<]{1,300}:\d{1,7}:\d{1,7}(?:\\n|\n|<br>){1,3}(?:&nbsp;|\s){0,8}(?:→\s{0,2})?\d{1,7} `,
    ),
    reach: { before: 140, after: 420 },
  },
  {
    ...SOURCE,
    id: 'source-code.vite-error-payload',
    title: 'Module source in a Vite dev-server error',
    // Vite's dev server hands its error overlay the failing module's code (`pluginCode`, several
    // lines) and a numbered code frame (`frame`), inlined in the error page it answers with.
    keywords: ['"plugincode":"', '"frame":"'],
    pattern: /"pluginCode":"(?=(?:[^"\\\n]|\\[^n]){0,400}\\n)|"frame":"\d{1,7} {1,3}\| /,
    reach: { before: 0, after: 420 },
  },
  {
    ...SOURCE,
    id: 'source-code.embedded-error-page',
    title: 'Server source lines in an error page embedded as a data: URL',
    // Nuxt's dev overlay loads Youch's page of the error into an iframe from a base64 data: URL; the
    // source windows are in there, decoded by the browser. The evidence is the URL's start.
    keywords: ['data:text/html;base64,'],
    pattern: new RegExp(String.raw`(?<evidence>data:text\/html;base64,)(?<payload>[A-Za-z\d+\/]{64,${MAX_EMBEDDED_BASE64}})`),
    reach: { before: 0, after: MAX_EMBEDDED_BASE64 + 4 },
    accept: embedsPageSource,
  },
];

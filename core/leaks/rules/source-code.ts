// Server source code around an error, as debug pages render it, or source served unexecuted.

import type { LeakRule } from '../leak-rule';

const SOURCE = {
  category: 'source-code',
  severity: 'high',
  scope: { body: true, headers: false },
  confidence: 0.85,
  mergeWithin: 3000,
} as const;

export const SOURCE_CODE_RULES: readonly LeakRule[] = [
  {
    ...SOURCE,
    id: 'source-code.context-lines',
    title: 'Server source lines shown around the error',
    // Werkzeug (`line before/current`), Django & Sinatra (`pre-context`), Symfony (`trace-code`),
    // Rails (`extracted source`), Whoops (`code-block`).
    keywords: ['class="line before"', 'class="line current"', 'class="pre-context"', 'class="context-line"', 'class="trace-code', 'extracted source', 'code-block frame-code'],
    pattern:
      /class="(?:line (?:before|current)|pre-context|context-line|code-block frame-code|trace-code)[ "]|Extracted source \(around line (?:<strong>)?#?\d{1,7}/i,
    reach: { before: 20, after: 60 },
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

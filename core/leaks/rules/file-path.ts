// Absolute paths on the server's disk. URL paths look the same (`/app/settings`), so a path must
// either live under a root only servers have, or end in a server-side source/config file.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY } from '../../text/text-rule';
import { isDevServerFilePath } from '../rule-checks';

// No mergeWithin: each distinct path is its own finding (the same path again is deduplicated).
const PATH = {
  category: 'file-path',
  severity: 'medium',
  scope: BODY_ONLY,
} as const;

/**
 * Not preceded by URL or identifier characters (but a JSON-escaped line break or tab before it is
 * fine: `invocation in\n/srv/app.js`), nor an HTML attribute quote (`href="/home/x"`). The
 * lookbehinds need a few characters before the keyword, hence `reach.before` of 12.
 */
const PATH_START = String.raw`(?:(?<=\\[nrt])|(?<![\w./:~%=$-]))(?<!(?:href|src|action|content|url)=["'])(?<!url\()`;
/**
 * A character of a path segment: ASCII word characters and punctuation names use, and letters of the
 * Latin, Greek and Cyrillic scripts (`größen.py`, `заказы/`). Scripts written without spaces (CJK)
 * are left out, so a path followed by such text ends where the text begins.
 */
const NAME_CHAR = String.raw`[\w.@+~\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF-]`;
const SERVER_SOURCE = String.raw`\.(?:py|pyc|php\d?|phtml|inc|rb|erb|js|mjs|cjs|ts|java|class|jar|war|jsp|go|cs|vb|cshtml|aspx|ascx|pl|pm|psgi|cgi|fcgi|ex|exs|rs|so|dll|conf|ini|cfg|ya?ml|toml|env|log|sqlite3?|db|sock|twig|tpl|properties)(?![\w.])`;

/**
 * How a path's slashes are written: as they are, or JSON-escaped as "\/" (PHP's json_encode, which
 * Laravel's JSON errors use, Perl's JSON). An escaped path starts after no word character, slash or
 * URL punctuation, so "https:\/\/cdn.test\/srv\/x.js" is not one.
 */
const SLASHES = [
  { suffix: '', sep: String.raw`\/`, key: '/', start: PATH_START },
  { suffix: '-json-escaped', sep: String.raw`\\\/`, key: '\\/', start: String.raw`(?:(?<=\\[nrt])|(?<![\w./:~%=$\\-]))` },
] as const;

/** Where distributions install language libraries under /usr/share. */
const SHARED_LIBRARY_DIRS = ['php', 'perl5', 'perl', 'ruby', 'java', 'nodejs'];
const SERVER_ROOTS = ['var/www', 'var/lib', 'var/log', 'var/app', 'home', 'srv', 'opt', 'usr/lib', 'usr/local', ...SHARED_LIBRARY_DIRS.map((dir) => `usr/share/${dir}`), 'usr/src', 'root', 'users'];
const SOURCE_ROOTS = ['app', 'code', 'workspace', 'data', 'tmp', 'mnt', 'etc', 'build', 'deploy', 'project', 'web', 'htdocs', 'public_html'];

/** Paths under a root only servers have, and source files under roots a URL may also have. */
function rootedPathRules({ suffix, sep, key, start }: (typeof SLASHES)[number]): LeakRule[] {
  const keyword = (root: string) => key + root.replaceAll('/', key) + key;
  const segments = String.raw`(?:${sep}${NAME_CHAR}{1,100})`;
  return [
    {
      ...PATH,
      id: `file-path.server-root${suffix}`,
      title: 'Absolute server path',
      keywords: SERVER_ROOTS.map(keyword),
      pattern: new RegExp(
        String.raw`${start}${sep}(?:var${sep}(?:www|lib|log|app)|home${sep}${NAME_CHAR}{1,64}${sep}${NAME_CHAR}{1,100}|srv|opt|usr${sep}(?:lib\d{0,2}|local|share${sep}(?:${SHARED_LIBRARY_DIRS.join('|')})|src)|root|Users${sep}${NAME_CHAR}{1,64}${sep}${NAME_CHAR}{1,100})${segments}{1,30}`,
      ),
      reach: { before: 12, after: 3200 },
      confidence: 0.75,
    },
    {
      ...PATH,
      id: `file-path.source-file${suffix}`,
      title: 'Server source file path',
      keywords: SOURCE_ROOTS.map(keyword),
      pattern: new RegExp(String.raw`${start}${sep}(?:${SOURCE_ROOTS.join('|')})${segments}{0,30}${SERVER_SOURCE}`),
      reach: { before: 12, after: 3200 },
      confidence: 0.7,
    },
  ];
}

export const FILE_PATH_RULES: readonly LeakRule[] = [
  ...SLASHES.flatMap(rootedPathRules),
  {
    ...PATH,
    id: 'file-path.php-error-location',
    title: 'Server path in a PHP error message',
    // display_errors output: "<b>Warning</b>:  … in <b>/var/www/x.php</b> on line <b>3</b>", or plain text.
    keywords: [' on line '],
    pattern: / in (?:<b>)?(?<evidence>(?:\/|[A-Za-z]:\\)[^\s<>"']{1,300})(?:<\/b>)? on line (?:<b>)?\d{1,7}/,
    reach: { before: 320, after: 20 },
    confidence: 0.8,
    context: { success: 0.9 },
    provesError: true,
  },
  {
    ...PATH,
    id: 'file-path.file-system-error',
    title: 'Server path in a file-system error',
    // Node (`EACCES: permission denied, open '/x'`), Python (`[Errno 13] Permission denied: '/x'`),
    // PHP (`file_put_contents(/x): Failed to open stream`): any root, the error says it is a file.
    keywords: ['[errno ', 'enoent: ', 'eacces: ', 'eperm: ', 'eisdir: ', 'enotdir: ', 'enospc: ', 'erofs: ', 'failed to open stream', 'failed to open dir'],
    pattern:
      /(?:\[Errno \d{1,4}\] [\w ]{1,60}: |\b(?:ENOENT|EACCES|EPERM|EISDIR|ENOTDIR|ENOSPC|EROFS): [\w ]{1,60}, [a-z]{1,20} |(?<!\w)[a-z_]{1,40}\()(?:'|&#39;|&#x27;|"|&quot;)?(?<evidence>\/[^\s'"&<>()]{1,500})(?:(?:'|&#39;|&#x27;|"|&quot;)?\): [Ff]ailed to open (?:stream|dir)|(?:'|&#39;|&#x27;|"|&quot;)?(?![^\s'"&<>()]))/,
    reach: { before: 50, after: 560 },
    confidence: 0.8,
    context: { success: 0.9 },
    provesError: true,
  },
  {
    ...PATH,
    id: 'file-path.html-escaped',
    title: 'Absolute server path',
    // Rack's escape_html writes "/" as &#x2F; (Sinatra, Rack::ShowExceptions), Tomcat as &#47;.
    keywords: ['&#x2f;', '&#47;'],
    pattern: new RegExp(String.raw`(?<![\w;])(?:(?:&#x2F;|&#47;)[\w.@+~-]{1,100}){2,30}${SERVER_SOURCE}`, 'i'),
    reach: { before: 2, after: 3200 },
    confidence: 0.75,
  },
  {
    ...PATH,
    id: 'file-path.labelled-root',
    title: 'Application root directory',
    // Debug pages name the app's root outright: Rails.root, Django's BASE_DIR, CGI's DOCUMENT_ROOT.
    keywords: ['rails.root: ', 'base_dir', 'document_root'],
    pattern:
      /(?:Rails\.root: |BASE_DIR = PosixPath\(['"]|DOCUMENT_ROOT["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?)(?<evidence>\/[^\s'"<>&)]{1,300})/,
    reach: { before: 1, after: 340 },
    confidence: 0.8,
  },
  {
    ...PATH,
    id: 'file-path.dev-server-module-url',
    title: 'Server path in a dev server module URL',
    // Vite's dev server serves a file outside the project root at /@fs/ + its absolute path (SvelteKit's
    // boot script, Astro's dev toolbar); Nuxt's dev server writes its entry as /_nuxt/ + the absolute
    // path of nuxt/dist/app/entry.js, with or without @fs. Only the URLs a page loads count (src, href,
    // import), not a docs page's prose about the prefix.
    keywords: ['/@fs/', '/_nuxt/'],
    pattern:
      /(?<=(?:src|href)=["']|import\(["']|(?:from|import) ["'])(?<prefix>\/_nuxt\/@fs|\/@fs|\/_nuxt)(?<evidence>\/(?:[A-Za-z]:\/)?[\w.@+~-]{1,100}(?:\/[\w.@+~-]{1,100}){1,30})/,
    reach: { before: 10, after: 3200 },
    confidence: 0.8,
    // A dev server's own module URLs: the same on a 200 as on an error page, and always inside a <script>.
    context: { success: 1, quotedInPage: 1 },
    accept: isDevServerFilePath,
  },
  {
    ...PATH,
    id: 'file-path.astro-source-attribute',
    title: 'Server path in a dev source attribute',
    // `astro dev` marks every element with the absolute path of the component that rendered it.
    keywords: ['data-astro-source-file='],
    pattern: /data-astro-source-file=["'](?<evidence>(?:[A-Za-z]:)?(?:\/[\w.@+~ -]{1,100}){2,30})["']/,
    reach: { before: 0, after: 3200 },
    confidence: 0.8,
    // On every element of a dev page, <pre> and <code> included.
    context: { success: 1, quotedInPage: 1 },
  },
  {
    ...PATH,
    id: 'file-path.jsx-dev-file-name',
    title: 'Server path in a development JSX module',
    // React's development JSX transform (Babel, esbuild, SWC, Oxc under a Vite dev server) stamps
    // each module with the absolute path of its source file; production builds never do.
    keywords: ['_jsxfilename = "'],
    pattern: /\b_jsxFileName = "(?<evidence>(?:[A-Za-z]:)?(?:\/[\w.@+~ -]{1,100}){2,30})"/,
    reach: { before: 4, after: 3200 },
    confidence: 0.8,
    // In the module itself, whatever the status: this is the one place a script names the server's disk.
    context: { success: 1, kind: { script: 1 } },
  },
  {
    ...PATH,
    id: 'file-path.file-url',
    title: 'Absolute server path',
    // Node's ES-module stack frames (`at load (file:///srv/app/node_modules/x/index.js:3:9)`), and
    // other runtimes, name files on disk as file: URLs: the scheme says it is a file, whatever its root.
    keywords: ['file:///'],
    pattern: /(?<![\w/])file:\/\/(?<evidence>(?:\/[\w.@+~%-]{1,100}){2,30})/,
    reach: { before: 1, after: 3200 },
    confidence: 0.75,
  },
  {
    ...PATH,
    id: 'file-path.windows',
    title: 'Absolute Windows server path',
    keywords: [':\\'],
    pattern: /(?<![\w\\])[A-Za-z]:\\{1,2}(?:[\w .$@()~-]{1,100}\\{1,2}){1,30}[\w.$@~-]{1,100}/,
    reach: { before: 2, after: 3200 },
    confidence: 0.75,
  },
];

// Software versions: they let an attacker pick exploits. A product name alone (`Server: nginx`)
// is not a version disclosure; a number is.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY, headersOnly } from '../../text/text-rule';

const VERSION = { category: 'version-disclosure', severity: 'low', confidence: 0.9 } as const;

/** `product/1.2`, `product/1.2.3 (Debian)`, `Jetty(9.4.51.v20230217)`, `PHP/8.2.7`. */
const BANNER = /(?<![\w.-])[A-Za-z][\w.-]{0,60}(?:\/v?\d{1,5}(?:\.[\w-]{1,20}){1,4}|\(\d{1,5}(?:\.[\w-]{1,20}){1,4}\))(?: \([^)\n]{1,60}\))?/;

export const VERSION_DISCLOSURE_RULES: readonly LeakRule[] = [
  {
    ...VERSION,
    id: 'version-disclosure.server-banner-header',
    title: 'Software version in response header',
    keywords: [],
    pattern: BANNER,
    reach: { before: 0, after: 0 },
    scope: headersOnly('server', 'x-powered-by', 'x-server', 'x-runtime-version', 'via', 'x-generator'),
  },
  {
    ...VERSION,
    id: 'version-disclosure.spaced-banner-header',
    title: 'Software version in response header',
    // A product and its version with a space between: "Server: Perl Dancer2 0.400001".
    keywords: [],
    pattern: /(?<![\w.-])[A-Za-z][\w.-]{1,40} v?\d{1,5}\.\d{1,9}(?:\.\d{1,9}){0,2}(?![\w.])/,
    reach: { before: 0, after: 0 },
    scope: headersOnly('server', 'x-powered-by'),
  },
  {
    ...VERSION,
    id: 'version-disclosure.aspnet-header',
    title: 'ASP.NET version header',
    keywords: [],
    pattern: /\d{1,5}(?:\.\d{1,6}){1,3}/,
    reach: { before: 0, after: 0 },
    scope: headersOnly('x-aspnet-version', 'x-aspnetmvc-version'),
  },
  {
    ...VERSION,
    id: 'version-disclosure.error-page-footer',
    title: 'Server version in error page footer',
    scope: BODY_ONLY,
    // nginx: <center>nginx/1.22.1</center>; Apache: <address>Apache/2.4.62 (Debian) Server at … Port 80</address>;
    // Tomcat: <h3>Apache Tomcat/10.1.6</h3>; Jetty: Powered by Jetty:// 9.4.51; Dancer2: Powered by <a …>Dancer2</a> 0.400001.
    keywords: ['<center>', '<address>', 'apache tomcat/', 'powered by jetty://', '">dancer2</a> '],
    pattern:
      /<center>[\w.-]{1,40}\/\d{1,5}(?:\.[\w-]{1,20}){1,4}[^<\n]{0,60}<\/center>|<address>[\w.-]{1,40}\/\d{1,5}(?:\.[\w-]{1,20}){1,4}[^<\n]{0,200}<\/address>|Apache Tomcat\/\d{1,5}(?:\.[\w-]{1,20}){1,4}|Powered by Jetty:\/\/ \d{1,5}(?:\.[\w-]{1,20}){1,4}|">Dancer2<\/a> \d{1,5}(?:\.\d{1,9}){1,3}/,
    reach: { before: 20, after: 300 },
  },
  {
    ...VERSION,
    id: 'version-disclosure.framework-version-line',
    title: 'Framework/runtime version in error page',
    scope: BODY_ONLY,
    // Mojolicious' development page lists "Perl:" and "Mojolicious:" with their versions.
    keywords: ['asp.net version', 'django version', 'python version', 'php version', 'werkzeug/', 'framework version', 'text-right">perl:</td>', 'text-right">mojolicious:</td>'],
    pattern:
      /(?:ASP\.NET Version|Django Version|Python Version|PHP Version|Framework Version):?(?:<\/t[hd]>\s{0,20}<td>|\s{0,4})\d{1,5}(?:\.[\w-]{1,20}){1,4}|Werkzeug\/\d{1,5}(?:\.\w{1,20}){1,4}|(?:Perl|Mojolicious):<\/td>\s{0,40}<td class="value"><pre>v?\d{1,5}(?:\.[\w-]{1,20}){1,4}/,
    reach: { before: 40, after: 80 },
    context: { success: 0.7 },
  },
  {
    ...VERSION,
    id: 'version-disclosure.astro-dev-toolbar',
    title: 'Framework/runtime versions in the dev toolbar',
    scope: BODY_ONLY,
    // `astro dev` inlines its toolbar's settings in every page, debugInfo being `astro info`'s report:
    // "Astro v5.18.2\nNode v20.20.2\nSystem Linux (x64)…". The same report pasted into an issue is
    // no JSON string under this key.
    keywords: ['"debuginfo":"astro '],
    pattern: /"debugInfo":"Astro {1,40}v\d{1,5}(?:\.[\w-]{1,20}){1,4}(?:\\nNode {1,40}v\d{1,5}(?:\.\d{1,6}){1,3})?/,
    reach: { before: 0, after: 120 },
    // Always in the page's inline <script>.
    context: { quotedInPage: 1 },
  },
  {
    ...VERSION,
    id: 'version-disclosure.runtime-in-path',
    title: 'Runtime version in a server path',
    scope: BODY_ONLY,
    // Toolchain install dirs in traces: /usr/lib/go-1.19/src, /usr/lib/python3.11/, /opt/jdk-17.0.2/;
    // and installed gems, each in a directory named with its version (/gems/puma-5.6.5/lib/).
    keywords: ['/go-', '/go1.', '/python2.', '/python3.', '/ruby-', '/php7.', '/php8.', '/jdk', '/openjdk-', '/java-', '/node-v', '/gems/'],
    pattern: /(?<=\/)(?:go-?|python|ruby-|php|jdk-?|openjdk-|java-|node-v)\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?=\/)|(?<=\/gems\/)[A-Za-z][\w-]{0,60}-\d{1,4}(?:\.\d{1,4}){1,3}(?=\/)/,
    reach: { before: 1, after: 20 },
    confidence: 0.7,
  },
  {
    ...VERSION,
    id: 'version-disclosure.prisma-client-version',
    title: 'Prisma Client version in a serialised error',
    scope: BODY_ONLY,
    // `res.json({ error: err })` of a Prisma error: its P-code first, its client's version after.
    keywords: ['"clientversion":"'],
    pattern: /"code":"P\d{4}"[^\n]{0,2000}?(?<evidence>"clientVersion":"\d{1,4}\.\d{1,4}\.\d{1,4}[\w.+-]{0,40}")/,
    reach: { before: 2040, after: 60 },
  },
];

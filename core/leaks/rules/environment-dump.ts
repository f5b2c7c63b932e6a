// Listings of the server's configuration and environment: phpinfo, framework settings pages,
// process.env dumps, Spring Boot /actuator/env, served .env files.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY } from '../../text/text-rule';

const ENV = {
  category: 'environment-dump',
  severity: 'high',
  scope: BODY_ONLY,
  confidence: 0.85,
  mergeWithin: 600,
  provesError: true,
} as const;

/** Variables every process environment has, and the secrets apps keep in it. */
const ENV_NAMES = ['PATH', 'HOME', 'HOSTNAME', 'PWD', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'TERM', 'PYTHONPATH', 'JAVA_HOME', 'VIRTUAL_ENV', 'NODE_ENV', 'DATABASE_URL', 'SECRET_KEY', 'APP_KEY', 'APP_ENV', 'DB_PASSWORD', 'DB_HOST', 'AWS_SECRET_ACCESS_KEY', 'REDIS_URL', 'KUBERNETES_SERVICE_HOST', 'DOCUMENT_ROOT', 'SERVER_SOFTWARE', 'GATEWAY_INTERFACE'];
const ENV_NAME_PATTERN = ENV_NAMES.join('|');

export const ENVIRONMENT_DUMP_RULES: readonly LeakRule[] = [
  {
    ...ENV,
    id: 'environment-dump.phpinfo',
    title: 'phpinfo() output',
    keywords: ['phpinfo()'],
    pattern: /<title>[^<\n]{0,80}phpinfo\(\)<\/title>/,
    reach: { before: 100, after: 20 },
  },
  {
    ...ENV,
    id: 'environment-dump.debug-page-settings',
    title: 'Settings / environment table of a debug page',
    // Django: <h3 id="settings-info">, <h3 id="meta-info"> (request META = process environment);
    // Sinatra / Rack::ShowExceptions: <h3 id="env-info">Rack ENV</h3>; Rails: <div id="env_dump">;
    // Dancer2: its Environment pane.
    keywords: ['id="settings-info"', 'id="meta-info"', 'id="env-info"', 'id="env_dump"', '<div class="title">environment</div>'],
    pattern: /id="(?:settings-info|meta-info|env-info|env_dump)"|<div class="title">Environment<\/div><pre class="content">/,
    reach: { before: 4, after: 60 },
  },
  {
    ...ENV,
    id: 'environment-dump.rails-text-env-dump',
    title: 'Request environment of a debug page',
    // Rails' DebugExceptions answers an XHR or API request with the text version of its page, whose
    // "Env dump" section lists the request's CGI/Rack environment one `NAME: "value"` a line.
    keywords: ['env dump'],
    pattern: /^Env dump\r?\n[A-Z][A-Z\d_]{0,60}: "/m,
    reach: { before: 0, after: 70 },
    extendToLineEnd: 300,
  },
  {
    ...ENV,
    id: 'environment-dump.spring-actuator-env',
    title: 'Spring Boot actuator environment',
    keywords: ['systemenvironment'],
    pattern: /"name"\s{0,3}:\s{0,3}"systemEnvironment"/,
    reach: { before: 30, after: 4 },
  },
  {
    ...ENV,
    id: 'environment-dump.env-lines',
    title: 'Environment variable listing',
    // One NAME=value per line (env, .env files, `printenv`, Django's plain-text META dump);
    // three known names close together are a listing.
    keywords: ENV_NAMES.flatMap((name) => [`${name.toLowerCase()}=`, `${name.toLowerCase()} = `]),
    pattern: new RegExp(String.raw`^(?:export )?(?:${ENV_NAME_PATTERN})(?: = |=)[^\n]{0,300}$`, 'm'),
    reach: { before: 8, after: 310 },
    minMatches: 3,
  },
  {
    ...ENV,
    id: 'environment-dump.env-object',
    title: 'Environment variables object (process.env, os.environ)',
    keywords: ENV_NAMES.map((name) => `"${name.toLowerCase()}"`).concat(ENV_NAMES.map((name) => `'${name.toLowerCase()}'`)),
    pattern: new RegExp(String.raw`["'](?:${ENV_NAME_PATTERN})["']\s{0,3}(?::|=>)\s{0,3}["'][^"'\n]{0,300}["']`),
    reach: { before: 1, after: 330 },
    minMatches: 3,
  },
];

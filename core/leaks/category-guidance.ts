// What each kind of leak gives an attacker and what generally stops it, in a sentence each: the
// help text of reports (SARIF rules, Markdown). Our words; framework-specific settings are the
// fix catalogue's (a finding whose origin is known gets the exact setting there).
import type { LeakCategory } from './leak-finding';

export interface CategoryGuidance {
  risk: string;
  fix: string;
}

export const CATEGORY_GUIDANCE: Record<LeakCategory, CategoryGuidance> = {
  'stack-trace': {
    risk: 'A stack trace shows the code path, file layout, libraries and often the data that made the request fail.',
    fix: 'Run the application in production mode and answer errors with a generic page; log the trace on the server instead.',
  },
  'file-path': {
    risk: 'Absolute server paths reveal the deployment layout, the user the app runs as and the framework in use.',
    fix: 'Turn off detailed error output (debug mode, display_errors) and keep paths out of error messages sent to clients.',
  },
  'database-error': {
    risk: 'Database errors expose table and column names, queries and driver versions, and often confirm an injection point.',
    fix: 'Catch database errors in the application, log them, and return a generic error without the driver message.',
  },
  'debug-page': {
    risk: 'A framework debug page exposes source code, settings, environment and sometimes an interactive console.',
    fix: 'Disable the framework\'s debug mode in every deployed environment and serve its production error handler.',
  },
  'version-disclosure': {
    risk: 'Exact server and framework versions let an attacker pick known vulnerabilities without probing.',
    fix: 'Remove version details from Server and X-Powered-By headers and from default error pages.',
  },
  secret: {
    risk: 'A credential in a response can be used by anyone who sees the response, cache or log it went through.',
    fix: 'Revoke and rotate the credential now, then keep secrets out of responses and error output.',
  },
  'internal-address': {
    risk: 'Internal host names and private addresses map the network behind the edge for a later attack.',
    fix: 'Keep upstream addresses out of error pages and headers written by proxies and applications.',
  },
  'source-code': {
    risk: 'Server-side source in a response reveals logic, credentials and other weaknesses directly.',
    fix: 'Make sure the server executes or refuses server-side files instead of sending them, and turn off debug excerpts.',
  },
  'environment-dump': {
    risk: 'An environment or settings dump often holds credentials, internal hosts and keys all at once.',
    fix: 'Disable debug pages and phpinfo-style endpoints in deployed environments; rotate whatever the dump showed.',
  },
};

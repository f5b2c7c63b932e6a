// Default wording for each cause. Status entries start from these and override the detail where a
// status needs more precise advice, so the same cause reads the same everywhere in the panel.

import type { CauseId } from './cause-ids';
import type { CauseChecklistItem } from './status-explanation';

export const CAUSE_CATALOGUE: Record<CauseId, { label: string; detail: string }> = {
  'unhandled-exception': {
    label: 'Unhandled exception in application code',
    detail:
      'Code threw an error that nothing caught, so the framework fell back to its default error response. The stack trace in the application log names the failing line.',
  },
  'server-config': {
    label: 'Web server or .htaccess misconfiguration',
    detail:
      'A directive the server does not understand, a module that is not loaded, a bad rewrite rule or a wrong handler mapping makes the server fail before the application runs. The web server error log names the file and line.',
  },
  database: {
    label: 'Database or data store unreachable or failing',
    detail:
      'The application could not connect to its database, cache or queue (refused connection, wrong credentials, pool exhausted), or a query failed (missing table after a migration, deadlock, constraint violation).',
  },
  memory: {
    label: 'Out of memory',
    detail:
      'The process hit its memory limit (PHP memory_limit, JVM heap, Node heap, container limit) or the host ran out of memory, so the request was aborted.',
  },
  'disk-space': {
    label: 'Disk full',
    detail:
      'A write (upload, session file, cache, log, temporary file) failed because the volume or its inodes are exhausted.',
  },
  permissions: {
    label: 'Wrong file or directory permissions',
    detail:
      'The server process lacks the rights to read a script, write a cache or upload directory, or traverse a parent directory, often after files were copied or deployed as a different user.',
  },
  'syntax-error': {
    label: 'Syntax error in server code after an update',
    detail:
      'A script or template that no longer parses (partial upload, merge leftover, code for a newer language version) fails on every request that loads it.',
  },
  upstream: {
    label: 'Upstream server down, refusing or too slow',
    detail:
      'A proxy or gateway could not get a valid, timely answer from the next server: it refused the connection, closed it early, sent garbage, or took longer than the proxy waits.',
  },
  capacity: {
    label: 'Overload, rate limit or maintenance',
    detail:
      'The server is deliberately turning requests away: too many requests, a full worker pool or queue, a hosting plan limit, or a maintenance switch.',
  },
  unknown: {
    label: 'No evidence in the response',
    detail:
      'The response carries no clue about the cause; the server and application logs for the same moment are the only place to find it.',
  },
  tls: {
    label: 'TLS handshake or certificate problem between servers',
    detail:
      'Two servers in the chain could not agree on a secure connection: expired, self-signed or mismatched certificate, no common cipher or protocol version, or plain HTTP spoken to a TLS port.',
  },
  dns: {
    label: 'Name resolution failure',
    detail:
      'A server in the chain could not resolve the host name of the next one (missing or wrong DNS record, resolver down).',
  },
  network: {
    label: 'Network path blocked between servers',
    detail:
      'A firewall, security group, rate limiter or routing problem drops or resets the connection between two servers in the chain.',
  },
  'unsupported-method': {
    label: 'Method or feature not implemented',
    detail:
      'The server does not support the request method or a feature the request relies on (for example a WebDAV method or an unknown Transfer-Encoding).',
  },
  'protocol-version': {
    label: 'HTTP version not supported',
    detail: 'The server refuses the major HTTP version the request used.',
  },
  'content-negotiation': {
    label: 'Content negotiation misconfiguration',
    detail: 'A negotiable resource points to variants that are themselves negotiable, so negotiation never ends.',
  },
  'request-loop': {
    label: 'Infinite loop detected',
    detail: 'The server noticed it was processing the same resource or hop again and stopped.',
  },
  'network-auth': {
    label: 'Network login required',
    detail: 'A network operator (hotel, airport, company Wi-Fi) intercepts traffic until you sign in on its portal.',
  },
};

/** A checklist item with the catalogue wording, optionally with a status-specific detail. */
export function checklistItem(id: CauseId, detail?: string): CauseChecklistItem {
  const entry = CAUSE_CATALOGUE[id];
  return { id, label: entry.label, detail: detail ?? entry.detail };
}

// The web server itself failed on its configuration before any application code ran.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const SERVER_CONFIG_RULES: readonly EvidenceRule[] = [
  {
    id: 'apache-config-directive',
    causeId: 'server-config',
    description: 'Apache rejected a configuration or .htaccess directive.',
    scope: BODY_ONLY,
    keywords: ['.htaccess', 'invalid command', 'rewriterule', 'rewritecond', 'not allowed here'],
    pattern:
      /\.htaccess: |Invalid command '[^'\s]{1,80}', perhaps misspelled|\bRewrite(?:Rule|Cond): bad |\b\w{1,40} not allowed here\b/,
    weight: 0.95,
  },
  {
    id: 'apache-default-500-page',
    causeId: 'server-config',
    description:
      'Apache\'s built-in 500 page. Apache writes it for its own failures: .htaccess or config errors most often, but also CGI scripts that crash before sending headers.',
    scope: BODY_ONLY,
    keywords: ['misconfiguration'],
    pattern: /internal error or\s{1,4}misconfiguration and was unable to complete/,
    weight: 0.6,
  },
  {
    id: 'iis-config-error',
    causeId: 'server-config',
    description: 'An IIS or ASP.NET Core Module sub-status that means configuration or hosting setup, not application code.',
    scope: BODY_ONLY,
    keywords: ['http error 500.'],
    pattern: /HTTP Error 500\.(?:19|21|22|23|24|31|32|34|35|50|52)\b/,
    weight: 0.9,
  },
];

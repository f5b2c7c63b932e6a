// Default trust of each category per context. Rules override single factors when they know better.

import type { LeakCategory } from './leak-finding';
import type { ContextFactors } from './leak-rule';

/**
 * Text the server writes about itself: meaningless inside bundles and stylesheets, and quoted
 * (not reported) in Markdown, which is documentation, never how a server reports an error.
 */
const SERVER_TALK: ContextFactors = {
  serverError: 1.15,
  clientError: 1.05,
  success: 0.9,
  kind: { script: 0, style: 0, 'source-map': 0, markdown: 0.4 },
  quotedInPage: 0.3,
};

export const CATEGORY_CONTEXT: Record<LeakCategory, ContextFactors> = {
  'stack-trace': SERVER_TALK,
  // Documentation and APIs name paths in passing; a path counts when the response reports an error.
  'file-path': { ...SERVER_TALK, success: 0.6 },
  'database-error': SERVER_TALK,
  'debug-page': { ...SERVER_TALK, kind: { ...SERVER_TALK.kind, json: 0.8 } },
  'version-disclosure': SERVER_TALK,
  'source-code': SERVER_TALK,
  'environment-dump': SERVER_TALK,
  // Addresses are everywhere in docs and configs; only an error response talking about them is a leak.
  'internal-address': { ...SERVER_TALK, serverError: 1.3, clientError: 1.2, success: 0.8 },
  // A key is a key wherever it appears: bundles shipping a secret key are a classic leak.
  secret: { serverError: 1.1, clientError: 1.05, success: 1, kind: { style: 0 }, quotedInPage: 0.4 },
};

/** Findings below this confidence are look-alikes and not reported. */
export const REPORT_CONFIDENCE_FLOOR = 0.5;

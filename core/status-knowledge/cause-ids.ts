// Every cause the product can name. The ranked ones are what evidence rules rank and fixture labels
// use; the rest only appear in the checklists of the statuses they belong to.

/** Causes that evidence rules rank and fixture labels use. */
export const RANKED_CAUSE_IDS = [
  'unhandled-exception',
  'server-config',
  'database',
  'memory',
  'disk-space',
  'permissions',
  'syntax-error',
  'upstream',
  'capacity',
  'unknown',
] as const;

export const CAUSE_IDS = [
  ...RANKED_CAUSE_IDS,
  'tls',
  'dns',
  'network',
  'unsupported-method',
  'protocol-version',
  'content-negotiation',
  'request-loop',
  'network-auth',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

// Every cause the product can name. The first ten are the ones evidence rules rank and fixture
// labels use; the rest only appear in the checklists of the statuses they belong to.

export const CAUSE_IDS = [
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

import type { LeakCategory } from '@/core/leaks/leak-finding';

export const LEAK_CATEGORY_LABELS: Record<LeakCategory, string> = {
  'stack-trace': 'Stack trace',
  'file-path': 'File path',
  'database-error': 'Database error',
  'debug-page': 'Debug page',
  'version-disclosure': 'Version banner',
  secret: 'Secret',
  'internal-address': 'Internal address',
  'source-code': 'Source code',
  'environment-dump': 'Environment dump',
};

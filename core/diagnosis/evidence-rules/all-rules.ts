// Every evidence rule, most specific families first (ties in score keep this order).

import { CAPACITY_RULES } from './capacity';
import { CONNECTIVITY_RULES } from './connectivity';
import { DATABASE_RULES } from './database';
import { DISK_SPACE_RULES } from './disk-space';
import type { EvidenceRule } from './evidence-rule';
import { MEMORY_RULES } from './memory';
import { PERMISSION_RULES } from './permissions';
import { SERVER_CONFIG_RULES } from './server-config';
import { SYNTAX_ERROR_RULES } from './syntax-error';
import { UNHANDLED_EXCEPTION_RULES } from './unhandled-exception';
import { UPSTREAM_RULES } from './upstream';

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  ...DATABASE_RULES,
  ...DISK_SPACE_RULES,
  ...MEMORY_RULES,
  ...PERMISSION_RULES,
  ...SYNTAX_ERROR_RULES,
  ...SERVER_CONFIG_RULES,
  ...CONNECTIVITY_RULES,
  ...UPSTREAM_RULES,
  ...CAPACITY_RULES,
  ...UNHANDLED_EXCEPTION_RULES,
];

// Every leak rule, in one list the engine, the ReDoS test and the benchmark enumerate.

import type { LeakRule } from '../leak-rule';
import { DATABASE_ERROR_RULES } from './database-error';
import { DEBUG_PAGE_RULES } from './debug-page';
import { ENVIRONMENT_DUMP_RULES } from './environment-dump';
import { FILE_PATH_RULES } from './file-path';
import { INTERNAL_ADDRESS_RULES } from './internal-address';
import { SECRET_RULES } from './secret';
import { SOURCE_CODE_RULES } from './source-code';
import { STACK_TRACE_RULES } from './stack-trace';
import { VERSION_DISCLOSURE_RULES } from './version-disclosure';

export const LEAK_RULES: readonly LeakRule[] = [
  ...STACK_TRACE_RULES,
  ...FILE_PATH_RULES,
  ...DATABASE_ERROR_RULES,
  ...DEBUG_PAGE_RULES,
  ...VERSION_DISCLOSURE_RULES,
  ...SECRET_RULES,
  ...INTERNAL_ADDRESS_RULES,
  ...SOURCE_CODE_RULES,
  ...ENVIRONMENT_DUMP_RULES,
];

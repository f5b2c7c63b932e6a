// The process or host ran out of memory. Redis "OOM command not allowed" is a data-store limit and
// belongs to the database rules.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const MEMORY_RULES: readonly EvidenceRule[] = [
  {
    id: 'php-memory-limit',
    causeId: 'memory',
    description: 'PHP hit its memory_limit while running the request.',
    scope: BODY_ONLY,
    keywords: ['allowed memory size'],
    pattern: /Allowed memory size of \d{1,20} bytes exhausted/,
    weight: 0.95,
  },
  {
    id: 'runtime-out-of-memory',
    causeId: 'memory',
    description: 'A language runtime ran out of heap (Java OutOfMemoryError, .NET OutOfMemoryException, Node heap, Python MemoryError).',
    scope: BODY_ONLY,
    keywords: ['outofmemory', 'heap out of memory', 'memoryerror'],
    pattern: /\bOutOfMemory(?:Error|Exception)\b|JavaScript heap out of memory|\bMemoryError\b/,
    weight: 0.95,
  },
  {
    id: 'os-out-of-memory',
    causeId: 'memory',
    description: 'The operating system could not give the process more memory (ENOMEM).',
    scope: BODY_ONLY,
    keywords: ['enomem', 'cannot allocate memory', 'out of memory'],
    pattern: /\bENOMEM\b|Cannot allocate memory|\b[Oo]ut of memory\b/,
    weight: 0.85,
  },
];

// A write failed because the volume (or its inodes, or a quota) is full.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const DISK_SPACE_RULES: readonly EvidenceRule[] = [
  {
    id: 'no-space-left',
    causeId: 'disk-space',
    description: 'The operating system refused a write because the disk is full (ENOSPC, errno 28).',
    scope: BODY_ONLY,
    keywords: ['enospc', 'no space left', 'errno 28', 'errno=28', 'errno: 28'],
    pattern: /\bENOSPC\b|No space left on device|\[Errno 28\]|\berrno[=:]\s?28\b/i,
    weight: 0.95,
  },
  {
    id: 'disk-full',
    causeId: 'disk-space',
    description: 'A message saying the disk or a storage quota is full.',
    scope: BODY_ONLY,
    keywords: ['disk full', 'disk is full', 'quota exceeded', 'edquot', 'not enough space on the disk'],
    pattern: /\bdisk (?:is )?full\b|\bdisk quota exceeded\b|\bEDQUOT\b|not enough space on the disk/i,
    weight: 0.85,
  },
];

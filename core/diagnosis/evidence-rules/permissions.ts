// The server process was not allowed to read, write or execute a file. Database privilege errors
// ("permission denied for table ...") are left to the database rules: they are a DB grant problem.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const PERMISSION_RULES: readonly EvidenceRule[] = [
  {
    id: 'errno-eacces',
    causeId: 'permissions',
    description: 'The operating system denied access to a file or directory (EACCES or EPERM).',
    scope: BODY_ONLY,
    keywords: ['eacces', 'eperm', 'operation not permitted', 'errno 13', 'errno 1]'],
    pattern: /\bEACCES\b|\bEPERM\b|\bOperation not permitted\b|\[Errno 13\]/,
    weight: 0.9,
  },
  {
    id: 'permission-error',
    causeId: 'permissions',
    description: 'A runtime permission exception (Python PermissionError, Java AccessDeniedException, .NET UnauthorizedAccessException).',
    scope: BODY_ONLY,
    keywords: ['permissionerror', 'accessdeniedexception', 'unauthorizedaccessexception'],
    pattern: /\bPermissionError\b|\bjava\.nio\.file\.AccessDeniedException\b|\bUnauthorizedAccessException\b/,
    weight: 0.9,
  },
  {
    id: 'permission-denied',
    causeId: 'permissions',
    description: 'A file operation failed with "Permission denied".',
    scope: BODY_ONLY,
    keywords: ['permission denied'],
    // "permission denied for table/schema…" is PostgreSQL's privilege error, not a file problem.
    pattern: /\bPermission denied\b(?! for (?:table|relation|schema|database|sequence|function|view)\b)/i,
    weight: 0.85,
  },
];

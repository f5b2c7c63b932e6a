// Signs that an exception escaped the application: stack traces, debug pages, "uncaught" wording.
// These only say *that* code failed; a more specific rule (database, memory…) says *why*, so the
// ranker treats this cause as a fallback.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const UNHANDLED_EXCEPTION_RULES: readonly EvidenceRule[] = [
  {
    id: 'uncaught-exception-wording',
    causeId: 'unhandled-exception',
    description: 'The runtime says an exception was not caught.',
    scope: BODY_ONLY,
    keywords: ['uncaught', 'unhandled', 'exception in thread', 'panic:', 'fatal error'],
    pattern: /\bUncaught\b|\bUnhandled (?:exception|error|rejection)\b|An unhandled exception occurred|\bUnhandledPromiseRejection|Exception in thread "|\bpanic: |\bFatal error\b/i,
    weight: 0.7,
  },
  {
    id: 'stack-trace',
    causeId: 'unhandled-exception',
    description: 'A stack trace: Python Traceback, Java/JavaScript/.NET frames, PHP "Stack trace:", Go goroutine dump, Ruby frames.',
    scope: BODY_ONLY,
    keywords: ['traceback', 'stack trace', ' at ', '\tat ', '&nbsp;at ', 'goroutine ', '.rb:'],
    pattern:
      /\bTraceback \(most recent call last\)|\bTraceback <em>\(most recent call last\)|\bStack trace:|^[ \t]{1,8}at [\w$.<>]{1,200}[ (]|&nbsp;at [\w$.<>]{1,200} |\bgoroutine \d{1,10} \[|\.rb:\d{1,6}:in [`']/m,
    weight: 0.6,
  },
  {
    id: 'programming-error-message',
    causeId: 'unhandled-exception',
    description:
      'The message of a typical programming error (null or undefined access, missing key or attribute, calling a non-function), which production frameworks often pass through in JSON error bodies.',
    scope: BODY_ONLY,
    keywords: ['cannot read propert', 'is not a function', 'is not defined', 'nonetype', 'has no attribute', 'index out of range', 'nullpointerexception', 'object reference not set', 'on null', 'undefined method', 'keyerror'],
    pattern:
      /Cannot read propert(?:y '[\w$]{1,80}'|ies) of (?:undefined|null)|\bis not (?:a function|defined)\b|'NoneType' object (?:has no attribute|is not subscriptable)|\bobject has no attribute '|\b(?:list|string|tuple) index out of range\b|\bNullPointerException\b|Object reference not set to an instance of an object|Call to a member function \w{1,80}\(\) on null|undefined method `|\bKeyError: /,
    weight: 0.7,
  },
  {
    id: 'framework-debug-page',
    causeId: 'unhandled-exception',
    description: 'A framework debug page that shows a crashed request (Django, Werkzeug, Laravel/Symfony, Rails, ASP.NET, Tomcat exception report).',
    scope: BODY_ONLY,
    keywords: ['exception value', 'werkzeug', 'whoops', 'symfony', 'action controller', 'server error in', 'exception report', 'root cause'],
    pattern:
      /\bException Value:|\bwerkzeug\.exceptions\b|Werkzeug Debugger|\bWhoops\\|\bSymfony\\Component\\ErrorHandler\b|Action Controller: Exception caught|Server Error in '[^'\s]{1,80}' Application|<b>Type<\/b> Exception Report<|<b>Root Cause<\/b>/,
    weight: 0.75,
  },
];

// The single entry point the panel and the CLI use to explain a status code.

import { badGateway, gatewayTimeout, networkConnectTimeout, networkReadTimeout } from './gateway-errors';
import { internalServerError, notImplemented } from './application-errors';
import { bandwidthLimitExceeded, serviceUnavailable, siteOverloaded } from './availability-errors';
import {
  cloudflareOriginError,
  originConnectionTimedOut,
  originDown,
  originInvalidCertificate,
  originTimeout,
  originTlsHandshakeFailed,
  originUnknownError,
  originUnreachable,
  railgunError,
} from './cdn-errors';
import { checklistItem } from './cause-catalogue';
import { httpVersionNotSupported, networkAuthenticationRequired, notExtended, variantAlsoNegotiates } from './protocol-errors';
import { unregistered } from './spec-references';
import type { StatusExplanation } from './status-explanation';
import { insufficientStorage, loopDetected } from './webdav-errors';

export const STATUS_EXPLANATIONS: readonly StatusExplanation[] = [
  internalServerError,
  notImplemented,
  badGateway,
  serviceUnavailable,
  gatewayTimeout,
  httpVersionNotSupported,
  variantAlsoNegotiates,
  insufficientStorage,
  loopDetected,
  bandwidthLimitExceeded,
  notExtended,
  networkAuthenticationRequired,
  originUnknownError,
  originDown,
  originConnectionTimedOut,
  originUnreachable,
  originTimeout,
  originTlsHandshakeFailed,
  originInvalidCertificate,
  railgunError,
  siteOverloaded,
  cloudflareOriginError,
  networkReadTimeout,
  networkConnectTimeout,
];

const BY_CODE = new Map(STATUS_EXPLANATIONS.map((entry) => [entry.code, entry]));

/**
 * What a status means and what to check. Every 5xx gets an answer (a generic one when we know
 * nothing specific); other classes stay unexplained for now and return undefined.
 */
export function explainStatus(code: number): StatusExplanation | undefined {
  if (!Number.isInteger(code) || code < 500 || code > 599) return undefined;
  return BY_CODE.get(code) ?? genericServerError(code);
}

function genericServerError(code: number): StatusExplanation {
  return {
    code,
    title: `Server Error ${code} (unrecognised)`,
    meaning:
      'A server-side failure with a code no standard or well-known vendor defines; read it as a generic 5xx from whichever server sent it.',
    tier: 'application',
    spec: unregistered(`Status ${code}`),
    causes: [
      checklistItem('unhandled-exception', 'Custom application or proxy code chose this code for its own error; its documentation or logs say what it means.'),
      checklistItem('upstream'),
      checklistItem('capacity'),
      checklistItem('server-config'),
    ],
    scenarios: ['A custom API gateway or application maps its internal error kinds to unusual 5xx numbers.'],
    whatToKnow: [
      'Clients treat any unknown 5xx like a 500, as the HTTP specification requires, so the exact number only has meaning for the software that sent it.',
      'The response headers (Server, Via, vendor-specific ids) often reveal which product sent the code; its documentation is the reference.',
    ],
    faq: [{ q: 'Is this a real status code?', a: 'Not a registered one. It is still a server error, and the server logs are where the explanation is.' }],
    generic: true,
  };
}

// Statuses about the HTTP protocol or network access itself rather than the resource asked for.

import { checklistItem } from './cause-catalogue';
import { rfc9110, rfcSection } from './spec-references';
import type { StatusExplanation } from './status-explanation';

export const httpVersionNotSupported: StatusExplanation = {
  code: 505,
  title: 'HTTP Version Not Supported',
  meaning: 'The server refuses to use the major HTTP version of the request.',
  tier: 'origin-server',
  spec: rfc9110('15.6.6'),
  causes: [
    checklistItem('protocol-version', 'The client, or a proxy in between, sent a version the server does not speak (for example HTTP/2 cleartext to an HTTP/1-only backend).'),
    checklistItem('server-config', 'A proxy forwards requests with a different HTTP version than the backend accepts, or a malformed request line is read as an unknown version.'),
  ],
  scenarios: ['A load balancer is switched to HTTP/2 towards backends that only accept HTTP/1.1.'],
  whatToKnow: [
    'Browsers negotiate versions automatically, so a 505 seen in DevTools almost always points at a proxy-to-backend hop, not at the browser.',
    'The server should say in the body which versions it does support.',
  ],
  faq: [{ q: 'Can the visitor fix it?', a: 'Rarely; it is a mismatch between servers or an unusual client. The server operator has to fix the protocol settings.' }],
};

export const variantAlsoNegotiates: StatusExplanation = {
  code: 506,
  title: 'Variant Also Negotiates',
  meaning:
    'The server\'s content negotiation is misconfigured: the variant it chose is itself set up to negotiate, so there is no final answer.',
  tier: 'origin-server',
  spec: rfcSection(2295, '8.1'),
  causes: [checklistItem('content-negotiation', 'Type maps or MultiViews settings (Apache mod_negotiation) point to variants that negotiate again.')],
  scenarios: ['An Apache type-map file lists a variant that is itself a type map.'],
  whatToKnow: [
    'It comes from the experimental Transparent Content Negotiation extension and is rare today; when it appears, the fix is in the web server\'s negotiation configuration.',
  ],
  faq: [{ q: 'Is this the application\'s fault?', a: 'Usually not; it is the web server\'s negotiation setup.' }],
};

export const notExtended: StatusExplanation = {
  code: 510,
  title: 'Not Extended',
  meaning:
    'The request did not meet the server\'s policy for the HTTP Extension Framework, which it requires for this resource.',
  tier: 'origin-server',
  spec: {
    ...rfcSection(2774, '7'),
    label: 'RFC 2774 §7 (experimental HTTP Extension Framework, now historic; IANA marks 510 as obsoleted)',
  },
  causes: [checklistItem('unsupported-method', 'The server expects an extension declaration (the RFC 2774 Man/Opt headers) the client did not send.')],
  scenarios: ['An old or custom server built on the HTTP Extension Framework rejects a plain request.'],
  whatToKnow: [
    'The extension framework never saw real adoption and is obsolete; a 510 today usually means custom server code chose an odd status. Check that code.',
  ],
  faq: [{ q: 'Should new APIs use 510?', a: 'No; the registry marks it obsoleted. Use a 4xx that says what the client must change.' }],
};

export const networkAuthenticationRequired: StatusExplanation = {
  code: 511,
  title: 'Network Authentication Required',
  meaning: 'The network you are on wants you to sign in (captive portal) before it lets requests through.',
  tier: 'proxy',
  spec: rfcSection(6585, '6'),
  causes: [checklistItem('network-auth', 'A hotel, airport, café or corporate network intercepts traffic until you accept its terms or log in; the response should link to its login page.')],
  scenarios: ['A laptop joins hotel Wi-Fi and every request returns 511 until the portal login is done.'],
  whatToKnow: [
    'The 511 is written by the network operator\'s intercepting proxy, not by the site you asked for; the site has no error.',
    'Origin servers should not send 511; it is meant for intercepting network devices only.',
  ],
  faq: [{ q: 'How do I get rid of it?', a: 'Open any plain http page in a normal browser tab to reach the portal and sign in.' }],
  comparedWith: [{ code: 407, difference: '407 asks you to authenticate to a proxy you configured; 511 comes from a network that intercepts you without being configured.' }],
};

// Statuses defined by the WebDAV family of RFCs, also reused by hosting platforms.

import { checklistItem } from './cause-catalogue';
import { rfcSection } from './spec-references';
import type { StatusExplanation } from './status-explanation';

export const insufficientStorage: StatusExplanation = {
  code: 507,
  title: 'Insufficient Storage',
  meaning: 'The server cannot store what it needs to complete the request: the disk or the account quota is full.',
  tier: 'application',
  spec: rfcSection(4918, '11.5'),
  causes: [
    checklistItem('disk-space', 'The user\'s storage quota (Nextcloud, ownCloud, a WebDAV share) is used up, or the server volume itself is full.'),
    checklistItem('server-config', 'A quota was set far smaller than intended, or uploads go to a small temporary volume.'),
  ],
  scenarios: ['A file sync client uploads to a Nextcloud account that has hit its quota.'],
  whatToKnow: [
    'The condition is meant to be temporary: freeing space or raising the quota fixes it without code changes.',
    'Defined for WebDAV but also used by some storage APIs for quota errors.',
  ],
  faq: [{ q: 'Is it my disk or the server\'s?', a: 'The server\'s, or your account\'s quota on it; your local disk is not involved.' }],
  comparedWith: [{ code: 413, difference: '413 rejects one request for being too large; 507 says the server has no room left, whatever the size.' }],
};

export const loopDetected: StatusExplanation = {
  code: 508,
  title: 'Loop Detected',
  meaning:
    'The server stopped because processing the request would loop forever; shared hosts also reuse 508 for "resource limit reached".',
  tier: 'origin-server',
  spec: rfcSection(5842, '7.2'),
  causes: [
    checklistItem('request-loop', 'A WebDAV operation with infinite depth met a collection that contains itself through a binding.'),
    checklistItem('capacity', 'On shared hosting (CloudLinux LVE, cPanel), 508 "Resource Limit Is Reached" means the account hit its CPU, memory or process limit.'),
    checklistItem('server-config', 'Redirect or rewrite rules that send the request back to itself, on servers that report that as a loop.'),
  ],
  scenarios: [
    'A shared-hosting WordPress site under a crawler burst exceeds its entry-process limit and answers 508.',
    'A WebDAV PROPFIND with Depth: infinity walks into a binding cycle.',
  ],
  whatToKnow: [
    'Outside WebDAV, a 508 almost always comes from the hosting platform\'s resource limits, not from the application; the hosting control panel shows which limit was hit.',
  ],
  faq: [{ q: 'Why does my WordPress site show 508?', a: 'Usually the host throttled the account for using too much CPU, memory or too many processes at once.' }],
  comparedWith: [{ code: 509, difference: '509 on the same hosts means the bandwidth quota ran out.' }],
};

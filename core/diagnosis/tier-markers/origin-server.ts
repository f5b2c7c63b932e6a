// The web server itself failing (not proxying): its stock error pages for its own errors.

import { BODY_ONLY, headersOnly } from '../../text/text-rule';
import { LIGHTTPD_ERROR_PAGE, LIGHTTPD_GATEWAY_STATUSES } from '../../text/lighttpd-error-page';
import { GATEWAY_STATUSES, type TierMarker } from './tier-marker';

export const ORIGIN_SERVER_MARKERS: readonly TierMarker[] = [
  {
    id: 'nginx-own-page',
    tier: 'origin-server',
    role: 'generated',
    vendor: 'nginx',
    scope: BODY_ONLY,
    keywords: ['<center>nginx'],
    pattern: /<center>nginx(?:\/[\d.]{1,20})?<\/center>/,
    exceptStatuses: GATEWAY_STATUSES,
    weight: 0.9,
  },
  {
    id: 'apache-stock-page',
    tier: 'origin-server',
    role: 'generated',
    vendor: 'Apache httpd',
    scope: BODY_ONLY,
    keywords: ['misconfiguration', 'server at'],
    pattern: /internal error or\s{1,4}misconfiguration|<address>Apache[^<\n]{0,120} Server at /,
    weight: 0.85,
  },
  {
    id: 'iis-error-page',
    tier: 'origin-server',
    role: 'generated',
    vendor: 'Microsoft IIS',
    scope: BODY_ONLY,
    keywords: ['http error 50', 'iis'],
    pattern: /HTTP Error 50\d\.\d{1,2} - |<h3>HTTP Error 50\d\.\d{1,2}/,
    exceptStatuses: GATEWAY_STATUSES,
    weight: 0.85,
  },
  {
    id: 'litespeed-page',
    tier: 'origin-server',
    role: 'generated',
    vendor: 'LiteSpeed',
    scope: BODY_ONLY,
    keywords: ['litespeed'],
    pattern: /Proudly powered by LiteSpeed Web Server/,
    weight: 0.85,
  },
  {
    id: 'lighttpd-own-page',
    tier: 'origin-server',
    role: 'generated',
    vendor: 'lighttpd',
    scope: BODY_ONLY,
    keywords: ['encoding="iso-8859-1"?>'],
    pattern: LIGHTTPD_ERROR_PAGE,
    exceptStatuses: LIGHTTPD_GATEWAY_STATUSES,
    weight: 0.85,
  },
  {
    // Web servers stamp Server on what they proxy too, so this only shows which server faced the client.
    id: 'web-server-header',
    tier: 'origin-server',
    role: 'on-path',
    vendorFromMatch: true,
    scope: headersOnly('server'),
    keywords: ['nginx', 'apache', 'caddy', 'litespeed', 'iis', 'openresty', 'lighttpd'],
    pattern: /^(?:nginx|Apache|Caddy|LiteSpeed|Microsoft-IIS|openresty|lighttpd)\b[^\r\n]{0,80}/,
    weight: 0.3,
  },
];

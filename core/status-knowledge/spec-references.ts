// Builders for the spec links, so every entry cites sections the same way and the URLs stay exact.

import type { SpecReference } from './status-explanation';

/** RFC 9110 (HTTP Semantics, 2022) replaced RFC 7231; its 5xx definitions live in §15.6.x. */
export function rfc9110(section: string): SpecReference {
  return rfcSection(9110, section);
}

export function rfcSection(rfc: number, section: string): SpecReference {
  return {
    label: `RFC ${rfc} §${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`,
    standard: true,
  };
}

export function cloudflareDoc(code: number): SpecReference {
  return {
    label: `Cloudflare documentation, error ${code} (non-standard, Cloudflare-specific)`,
    url: `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
    standard: false,
  };
}

/** For codes nobody registered: the IANA registry is the honest reference (it shows them unassigned). */
export function unregistered(label: string): SpecReference {
  return {
    label: `${label} (non-standard; unassigned in the IANA HTTP status code registry)`,
    url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    standard: false,
  };
}

// A finding's identity across runs, for baselines and ignore lists: which rule, on which route
// (method and path with ids generalised, so /orders/41 and /orders/42 are one), where in the
// response, and a hash of the evidence as the server sent it (secrets included, never shown). It
// does not change with entry order, timestamps, hosts or query strings.
import { normalisePath } from '../diagnosis/route-key';
import type { LeakLocation } from '../leaks/leak-finding';

export interface FingerprintSource {
  rule: string;
  method: string;
  url: string;
  location: LeakLocation;
  /** The evidence unmasked: the bytes the rule matched. */
  evidence: string;
}

/** 32 hex digits of SHA-256. */
export async function fingerprintOf({ rule, method, url, location, evidence }: FingerprintSource): Promise<string> {
  const where = location.in === 'header' ? `header:${location.name.toLowerCase()}` : 'body';
  const evidenceHash = await sha256Hex(evidence);
  return (await sha256Hex([rule, method.toUpperCase(), routePath(url), where, evidenceHash].join('\n'))).slice(0, 32);
}

function routePath(url: string): string {
  try {
    return normalisePath(new URL(url).pathname);
  } catch {
    return url;
  }
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

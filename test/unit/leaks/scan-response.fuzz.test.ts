// Bodies are attacker-controlled: whatever they contain, the scanner must terminate, never throw,
// and report locations that point at the evidence it shows.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScannableResponse } from '../../../core/leaks/leak-finding';
import { LEAK_RULES } from '../../../core/leaks/rules/index';
import { scanResponse } from '../../../core/leaks/scan-response';

/** Fragments that trigger rules, so random bodies exercise the windows and merging, not just misses. */
const TRIGGERS = [...new Set(LEAK_RULES.flatMap((rule) => rule.keywords))];
const NOISE = ['\n', ' ', '\t', '/', '\\', ':', '"', "'", '<pre>', '</pre>', '&#x2F;', '&quot;', 'at ', '=', '.', '0', '9', 'A', '(', ')', '#0 ', '{main}'];

const fragment = fc.oneof(
  fc.constantFrom(...TRIGGERS),
  fc.constantFrom(...NOISE),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const body = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));
const subject = fc.record<ScannableResponse>({
  url: fc.constantFrom('https://shop.example.com/x', 'http://127.0.0.1:8080/', 'not a url', 'https://cdn.example.com/app.js'),
  status: fc.constantFrom(0, 200, 404, 500, 503),
  mimeType: fc.constantFrom('text/html', 'application/json', 'text/plain', 'application/javascript', 'text/css', ''),
  headers: fc.array(fc.record({ name: fc.constantFrom('Server', 'X-Powered-By', 'X-Backend', 'Set-Cookie', 'X-AspNet-Version'), value: body }), { maxLength: 3 }),
  body: fc.option(body, { nil: null }),
});

function assertWellFormed(response: ScannableResponse): void {
  const report = scanResponse(response);
  const text = response.body ?? '';
  let previousOffset = -1;
  for (const finding of report.findings) {
    expect(finding.confidence).toBeGreaterThanOrEqual(0);
    expect(finding.confidence).toBeLessThanOrEqual(1);
    if (finding.location.in === 'header') {
      expect(previousOffset).toBe(-1);
      continue;
    }
    const { offset, length, line, column } = finding.location;
    expect(offset).toBeGreaterThanOrEqual(previousOffset);
    previousOffset = offset;
    expect(length).toBeGreaterThan(0);
    expect(offset + length).toBeLessThanOrEqual(text.length);
    const before = text.slice(0, offset);
    expect(line).toBe(before.split('\n').length);
    expect(column).toBe(offset - (before.lastIndexOf('\n') + 1) + 1);
    if (finding.category !== 'secret') {
      // Evidence is the start of the located text (cut at MAX_EVIDENCE_CHARS, or before a secret value).
      if (finding.evidence !== '****') expect(text.slice(offset, offset + length).startsWith(finding.evidence)).toBe(true);
    } else {
      expect(finding.evidence).toContain('****');
    }
  }
}

describe('scanResponse under fuzzing', () => {
  it('never throws and reports valid locations for random and keyword-laden bodies', () => {
    fc.assert(fc.property(subject, (response) => assertWellFormed(response)), { numRuns: 1500 });
  });

  it('keeps secrets masked in every finding', () => {
    const secret = fc.constantFrom('AKIA4MTWJQ3ZR6Y2P7NB', 'ghp_R8m2Qk7Lw4Zx9Pn3Vt6Yb1Hs5Jd0Fc2Ga8Ke', 'sk_live_51NxQ2LHk8sD3fG7aB2cV9mQ4tR6yU1iO0pLkJ', 'DB_PASSWORD=Vq7#rT2m!pX9wL4z');
    fc.assert(
      fc.property(body, secret, body, (prefix, key, suffix) => {
        const text = `${prefix} ${key} ${suffix}`;
        const findings = scanResponse({ url: 'https://x.example/', status: 500, mimeType: 'text/plain', headers: [], body: text }).findings;
        const hidden = key.slice(key.indexOf('=') + 1);
        for (const finding of findings) expect(finding.evidence).not.toContain(hidden);
      }),
      { numRuns: 300 },
    );
  });

  it('terminates on adversarial repetitions built from every rule keyword', () => {
    // Each keyword repeated back to back, and interleaved with separators the patterns expect.
    for (const keyword of TRIGGERS) {
      for (const glue of ['', ' ', '/', ':1:', '\n\t']) {
        const text = `${keyword}${glue}`.repeat(Math.ceil(20_000 / (keyword.length + glue.length)));
        assertWellFormed({ url: 'https://x.example/', status: 500, mimeType: 'text/html', headers: [{ name: 'Server', value: text.slice(0, 4000) }], body: text });
      }
    }
  });
});

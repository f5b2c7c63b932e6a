// The panel keeps one CaptureDiagnoser per capture and feeds it entries as they arrive and as their
// bodies and tiers are found: whatever the order, its diagnosis must be the one a fresh diagnosis of
// the same entries gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureDiagnoser, diagnoseCapture, type DiagnosableEntry } from '../../../core/diagnosis/diagnose-capture';
import type { TierDetection } from '../../../core/diagnosis/detect-tier';

const proxyTier: TierDetection = { tier: 'proxy', vendor: 'nginx', basis: 'markers', evidence: [] };
const appTier: TierDetection = { tier: 'application', basis: 'markers', evidence: [] };

const entrySpec = fc.record({
  url: fc.constantFrom(
    'https://shop.example/',
    'https://shop.example/cart',
    'https://shop.example/orders/1',
    'https://shop.example/orders/2',
    'https://api.example/v1/reports/9',
    'data:text/plain,hi',
    'not a url',
  ),
  method: fc.constantFrom('GET', 'post'),
  status: fc.constantFrom(0, 200, 404, 500, 502, 503),
  startedAt: fc.integer({ min: 0, max: 1_000_000 }),
});
/** Each step either adds the next entry or re-sends an earlier one with its tier now known. */
const step = fc.oneof(fc.constant<'add'>('add'), fc.record({ replace: fc.nat(), tier: fc.constantFrom(proxyTier, appTier) }));

describe('CaptureDiagnoser', () => {
  it('gives the same diagnosis as diagnosing the final entries at once, whatever arrived when', () => {
    fc.assert(
      fc.property(fc.array(entrySpec, { maxLength: 30 }), fc.array(step, { maxLength: 60 }), (specs, steps) => {
        const entries: DiagnosableEntry[] = specs.map((spec, i) => ({
          id: `e${i}`,
          url: spec.url,
          method: spec.method,
          status: spec.status,
          startedDateTime: new Date(spec.startedAt).toISOString(),
          responseHeaders: [],
        }));
        const diagnoser = new CaptureDiagnoser();
        let added = 0;
        for (const s of steps) {
          if (s === 'add') {
            if (added < entries.length) diagnoser.upsert(entries[added++]!);
          } else if (added > 0) {
            const index = s.replace % added;
            entries[index] = { ...entries[index]!, tier: s.tier };
            diagnoser.upsert(entries[index]!);
          }
        }
        expect(diagnoser.diagnosis()).toEqual(diagnoseCapture(entries.slice(0, added)));
      }),
    );
  });

  it('forgets everything on clear', () => {
    const diagnoser = new CaptureDiagnoser();
    diagnoser.upsert({ id: 'a', url: 'https://shop.example/', method: 'GET', status: 500, startedDateTime: '', responseHeaders: [] });
    diagnoser.clear();
    expect(diagnoser.diagnosis()).toEqual({ origins: [], repeatedFailures: [], failingEntries: [] });
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { CapturedEntry } from '@/core/capture/captured-entry';
import { analyzeEntry, worstSeverity } from '@/core/analysis/entry-analysis';
import * as leakScanner from '@/core/leaks/scan-response';
import { MAX_SCAN_CHARS } from '@/core/leaks/scan-response';
import { detectTier } from '@/core/diagnosis/detect-tier';
import { rankCauses } from '@/core/diagnosis/rank-causes';
import { isServerError } from '@/core/status/status-class';
import { KeywordAutomaton } from '@/core/text/keyword-automaton';
import { LEAK_CORPUS, loadDiagnosisFixtures, loadFixtures } from '../../fixtures/labelled-fixtures';

const crash: CapturedEntry = {
  id: '1', startedDateTime: '', method: 'GET', url: 'http://shop.test/checkout', status: 500, statusText: 'Internal Server Error',
  mimeType: 'text/plain', resourceType: 'fetch', size: 0, time: 0, requestHeaders: [],
  responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }],
};
const body = (text: string) => ({ text, truncated: false, byteLength: text.length, binary: false });
const TRACE = `Traceback (most recent call last):
  File "/srv/shop/app/views.py", line 42, in checkout
    order = Order.objects.get(id=order_id)
OSError: [Errno 28] No space left on device
`;

describe('analyzeEntry', () => {
  it('scans for leaks and ranks causes of a server error from the same body', () => {
    const analysis = analyzeEntry(crash, body(TRACE));
    expect(analysis.leaks.findings.map((finding) => finding.category)).toContain('stack-trace');
    expect(worstSeverity(analysis.leaks)).toBe('high');
    expect(analysis.causes[0]).toMatchObject({ causeId: 'disk-space' });
    expect(analysis.causes[0]!.evidence[0]!.text).toMatch(/No space left on device|Errno 28/);
  });

  it('ranks no causes below 500', () => {
    expect(analyzeEntry({ ...crash, status: 404 }, body(TRACE)).causes).toEqual([]);
  });

  it('keeps the entry and says so when analysis throws', () => {
    const spy = vi.spyOn(leakScanner, 'scanResponseAndFind').mockImplementation(() => {
      throw new Error('boom');
    });
    const analysis = analyzeEntry(crash, body(TRACE));
    spy.mockRestore();
    expect(analysis.failure).toContain('boom');
    expect(analysis.leaks.findings).toEqual([]);
  });

  it('reads a server error\'s body in one keyword pass for leaks, causes and tier', () => {
    const scan = vi.spyOn(KeywordAutomaton.prototype, 'scan');
    analyzeEntry(crash, body(TRACE));
    const passes = scan.mock.calls.length;
    scan.mockRestore();
    expect(passes).toBe(1);
  });

  it('ranks the causes and finds the tier of every captured 5xx exactly as their own keyword passes do', () => {
    const fixtures = [...loadFixtures(LEAK_CORPUS), ...loadDiagnosisFixtures()].filter((fixture) => isServerError(fixture.status));
    expect(fixtures.length).toBeGreaterThan(50);
    for (const fixture of fixtures) {
      const entry: CapturedEntry = { ...crash, url: fixture.request.url, status: fixture.status, mimeType: fixture.mimeType, responseHeaders: fixture.headers };
      const analysis = analyzeEntry(entry, { text: fixture.body, truncated: false, byteLength: fixture.body?.length ?? 0, binary: false });
      const response = { status: fixture.status, headers: fixture.headers, body: fixture.body };
      expect(analysis.causes, fixture.file).toEqual(rankCauses(response));
      expect(analysis.tier, fixture.file).toEqual(detectTier(response));
    }
  });

  it('still finds causes past the part of a body the leak scanner reads', () => {
    const long = `${' '.repeat(MAX_SCAN_CHARS)}OSError: [Errno 28] No space left on device`;
    expect(analyzeEntry(crash, body(long)).causes[0]).toMatchObject({ causeId: 'disk-space' });
  });
});

describe('analyzeEntry when one step fails', () => {
  it('still ranks causes when leak scanning throws', () => {
    const spy = vi.spyOn(leakScanner, 'scanResponseAndFind').mockImplementation(() => {
      throw new Error('scanner bug');
    });
    const analysis = analyzeEntry(crash, body(TRACE));
    spy.mockRestore();
    expect(analysis.failure).toBe('Leak scanning failed on this response (scanner bug).');
    expect(analysis.causes[0]).toMatchObject({ causeId: 'disk-space' });
  });
});

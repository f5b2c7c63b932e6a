import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../../core/status-knowledge/cause-ids';
import { STATUS_EXPLANATIONS, explainStatus } from '../../../core/status-knowledge/explain-status';

const TIERS = ['application', 'proxy', 'cdn', 'origin-server'];

describe('explainStatus coverage', () => {
  const required = [
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 509, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 598, 599,
  ];

  it.each(required)('has a specific, complete entry for %i', (code) => {
    const entry = explainStatus(code);
    expect(entry?.code).toBe(code);
    expect(entry?.generic).toBeUndefined();
    expect(entry?.title.length).toBeGreaterThan(3);
    expect(entry?.meaning.length).toBeGreaterThan(20);
    expect(entry?.meaning).not.toContain('\n');
    expect(TIERS).toContain(entry?.tier);
    expect(entry?.causes.length).toBeGreaterThan(0);
    expect(entry?.scenarios.length).toBeGreaterThan(0);
    expect(entry?.whatToKnow.length).toBeGreaterThan(0);
    expect(entry?.faq.length).toBeGreaterThan(0);
    expect(entry?.spec.url).toMatch(/^https:\/\//);
  });

  it('lists each code once', () => {
    const codes = STATUS_EXPLANATIONS.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...required].sort());
  });

  it.each(STATUS_EXPLANATIONS.map((e) => [e.code, e] as const))('%i checklist uses known, distinct cause ids', (_code, entry) => {
    const ids = entry.causes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CAUSE_IDS).toContain(id);
    for (const cause of entry.causes) {
      expect(cause.label).not.toBe('');
      expect(cause.detail).not.toBe('');
    }
  });
});

describe('spec references', () => {
  it.each([
    [500, 'RFC 9110 §15.6.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1'],
    [501, 'RFC 9110 §15.6.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2'],
    [502, 'RFC 9110 §15.6.3', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3'],
    [503, 'RFC 9110 §15.6.4', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4'],
    [504, 'RFC 9110 §15.6.5', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5'],
    [505, 'RFC 9110 §15.6.6', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6'],
    [506, 'RFC 2295 §8.1', 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1'],
    [507, 'RFC 4918 §11.5', 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5'],
    [508, 'RFC 5842 §7.2', 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2'],
    [511, 'RFC 6585 §6', 'https://www.rfc-editor.org/rfc/rfc6585#section-6'],
  ])('%i cites %s', (code, label, url) => {
    const spec = explainStatus(code)?.spec;
    expect(spec).toEqual({ label, url, standard: true });
  });

  it('cites RFC 2774 for 510 and says it is obsolete', () => {
    const spec = explainStatus(510)?.spec;
    expect(spec?.url).toBe('https://www.rfc-editor.org/rfc/rfc2774#section-7');
    expect(spec?.label).toMatch(/^RFC 2774 §7 .*obsoleted/);
  });

  it.each([520, 521, 522, 523, 524, 525, 526, 527, 530])('%i links Cloudflare docs and is labelled non-standard', (code) => {
    const spec = explainStatus(code)?.spec;
    expect(spec?.standard).toBe(false);
    expect(spec?.label).toMatch(/non-standard/);
    expect(spec?.url).toBe(
      `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
    );
  });

  it.each([509, 529, 598, 599])('%i is labelled non-standard', (code) => {
    const spec = explainStatus(code)?.spec;
    expect(spec?.standard).toBe(false);
    expect(spec?.label.toLowerCase()).toMatch(/non-standard|informal/);
  });
});

describe('usual tier', () => {
  it.each([
    [500, 'application'],
    [502, 'proxy'],
    [503, 'proxy'],
    [504, 'proxy'],
    [511, 'proxy'],
    [520, 'cdn'],
    [524, 'cdn'],
    [530, 'cdn'],
    [509, 'origin-server'],
  ])('%i is usually produced by the %s tier', (code, tier) => {
    expect(explainStatus(code)?.tier).toBe(tier);
  });
});

describe('500 carries the required facts', () => {
  const entry = explainStatus(500)!;
  const allText = [entry.meaning, ...entry.whatToKnow, ...entry.scenarios, ...entry.faq.flatMap((f) => [f.q, f.a])].join('\n');

  it('is the catch-all for unexpected conditions', () => {
    expect(entry.meaning).toMatch(/did not expect/);
    expect(entry.meaning).toMatch(/catch-all/);
    expect(entry.causes[0]?.detail).toMatch(/framework/);
  });

  it('has the cause checklist in order of likelihood', () => {
    expect(entry.causes.map((c) => c.id).slice(0, 7)).toEqual([
      'unhandled-exception',
      'server-config',
      'database',
      'memory',
      'disk-space',
      'permissions',
      'syntax-error',
    ]);
    expect(entry.causes[1]?.detail).toMatch(/\.htaccess/);
  });

  it('scopes 500 against 502, 503 and 504', () => {
    expect(allText).toMatch(/502 or 504 says a server in a proxy chain/);
    expect(allText).toMatch(/503 says the server is temporarily out of capacity or in maintenance/);
    expect(entry.comparedWith?.map((c) => c.code)).toEqual([502, 503, 504]);
  });

  it('points to the logs and to the leak warnings', () => {
    expect(allText).toMatch(/server error log and the application log/);
    expect(allText).toMatch(/stack traces/);
    expect(allText).toMatch(/leak warnings/);
  });

  it('has the three typical scenarios', () => {
    expect(entry.scenarios).toHaveLength(3);
    expect(entry.scenarios.join(' ')).toMatch(/deployment.*unhandled exception.*traffic spike.*database.*syntax error/s);
  });

  it('explains refresh, systemic and route-specific failures', () => {
    expect(allText).toMatch(/Refreshing rarely helps/);
    expect(allText).toMatch(/systemic/);
    expect(allText).toMatch(/One URL failing while the others work/);
  });

  it('answers the three FAQ questions', () => {
    expect(entry.faq.map((f) => f.q)).toEqual([
      'What usually causes a 500?',
      'Does a 500 mean the site is down?',
      'Why does the response show no details?',
    ]);
    expect(entry.faq[1]?.a).toMatch(/^No\./);
    expect(entry.faq[1]?.a).toMatch(/no HTTP status at all/);
  });
});

describe('codes without a specific entry', () => {
  it.each([512, 590, 597, 550])('%i gets a generic 5xx explanation', (code) => {
    const entry = explainStatus(code);
    expect(entry?.code).toBe(code);
    expect(entry?.generic).toBe(true);
    expect(entry?.title).toContain(String(code));
    expect(entry?.spec.standard).toBe(false);
  });

  it.each([0, 200, 304, 404, 429, 499, 600, 1000, 500.5, Number.NaN])('%s stays unexplained', (code) => {
    expect(explainStatus(code)).toBeUndefined();
  });
});

// Agreement with the human labels of real captured responses.

import { describe, expect, it } from 'vitest';
import { rankCauses } from '../../../core/diagnosis/rank-causes';
import { loadDiagnosisFixtures } from '../../fixtures/labelled-fixtures';

const fixtures = loadDiagnosisFixtures();

/**
 * Fixtures where the ranking deliberately differs from the human label, with the reason. The
 * test pins what we compute so a change in either direction is noticed.
 */
const KNOWN_DISAGREEMENTS: Record<string, { ranked: string; why: string }> = {
  'test/fixtures/responses/tomcat/jsp-connect-refused-500.json': {
    ranked: 'upstream',
    why: 'The response shows "ConnectException: Connection refused" with no address; the port 5432 appears only in the quoted JSP source, which is not read as evidence.',
  },
  'test/fixtures/responses/sinatra/internal-host-source-dev.json': {
    ranked: 'dns',
    why: 'The message is only getaddrinfo\'s "Name or service not known"; the database host and its port 5432 appear only in the quoted source excerpt, which is not read as evidence.',
  },
};
const labelled = fixtures.filter((f) => f.labels.causes.length > 0);
const asResponse = (f: (typeof fixtures)[number], status = f.status) => ({ status, headers: f.headers, body: f.body, mimeType: f.mimeType });

describe('rankCauses on real 5xx responses', () => {
  const errors = labelled.filter((f) => f.status >= 500);

  it('has fixtures to check', () => {
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each(errors.filter((f) => f.labels.causes[0] !== 'unknown').map((f) => [f.file, f] as const))(
    '%s: the labelled cause ranks first',
    (_file, fixture) => {
      // With no evidence the status's own checklist order decides (e.g. capacity first for a bare 503).
      const [top] = rankCauses(asResponse(fixture));
      expect(top?.causeId).toBe(KNOWN_DISAGREEMENTS[fixture.file]?.ranked ?? fixture.labels.causes[0]);
    },
  );

  it.each(errors.filter((f) => f.labels.causes[0] === 'unknown').map((f) => [f.file, f] as const))(
    '%s: labelled "unknown", so nothing is claimed as evidence',
    (_file, fixture) => {
      const ranked = rankCauses(asResponse(fixture));
      expect(ranked.filter((c) => c.score > 0)).toEqual([]);
      expect(ranked.length).toBeGreaterThan(0);
    },
  );

  it.each(errors.map((f) => [f.file, f] as const))('%s: every evidence offset points at its text', (_file, fixture) => {
    for (const cause of rankCauses(asResponse(fixture))) {
      for (const evidence of cause.evidence) {
        const source =
          evidence.where === 'body'
            ? fixture.body ?? ''
            : fixture.headers.find((h) => h.name.toLowerCase() === (evidence.where as { header: string }).header)?.value ?? '';
        expect(source.slice(evidence.offset, (evidence.offset ?? 0) + (evidence.length ?? 0))).toBe(evidence.text);
      }
    }
  });
});

describe('error text in responses below 500', () => {
  const successes = fixtures.filter((f) => f.status < 500);

  it.each(successes.map((f) => [f.file, f] as const))('%s: nothing is ranked', (_file, fixture) => {
    expect(rankCauses(asResponse(fixture))).toEqual([]);
  });

  // PHP with display_errors=1 sends fatal errors with status 200. The ranker refuses those by
  // design (status < 500 is not a server error); the same body under a 500 must rank correctly.
  it.each(labelled.filter((f) => f.status < 500).map((f) => [f.file, f] as const))(
    '%s: the same body sent as a 500 ranks the labelled cause first',
    (_file, fixture) => {
      expect(rankCauses(asResponse(fixture, 500))[0]?.causeId).toBe(fixture.labels.causes[0]);
    },
  );
});

// The JSON Schema of server-error-lens.json, for editor completion. Built from the rules, so it
// lists every rule id and category; schema/server-error-lens.schema.json is its output, kept equal
// by a unit test (regenerate with `node --import tsx scripts/write-config-schema.ts`).
import { LEAK_CATEGORIES } from '../core/leaks/leak-finding';
import { LEAK_RULES } from '../core/leaks/rules/index';
import { FAIL_ON_LEVELS } from '../core/report/fail-on';

export function configSchema(): object {
  const level = { enum: ['fail', 'warn', 'ignore'] };
  const nonEmpty = { type: 'string', minLength: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://server-error-lens.invalid/schema/server-error-lens.schema.json',
    title: 'server-error-lens.json',
    description: 'CI policy for server-error-lens scan: which findings fail a run, which are warnings, which are ignored and why.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      failOn: { description: 'Findings of this severity or worse fail the run (the command line --fail-on wins).', enum: FAIL_ON_LEVELS },
      statuses: { description: 'Which responses are scanned: error responses (4xx/5xx) or all (--all wins).', enum: ['errors', 'all'] },
      rules: {
        description: 'Per rule id or category: "fail", "warn" or "ignore". A rule id wins over its category.',
        type: 'object',
        propertyNames: { enum: [...LEAK_CATEGORIES, ...LEAK_RULES.map((rule) => rule.id)] },
        additionalProperties: level,
      },
      allow: {
        description: 'Findings matching every field of an entry are ignored.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          anyOf: ['url', 'header', 'status', 'evidenceContains'].map((field) => ({ required: [field] })),
          properties: {
            url: { ...nonEmpty, description: 'Glob over the whole URL: * is any run of characters but /, ** any run at all.' },
            header: { ...nonEmpty, description: 'The response header the finding is in (case-insensitive).' },
            status: { type: 'string', pattern: '^(?:[1-5][0-9][0-9](?:-[1-5][0-9][0-9])?|[1-5]xx)$', description: '"502", "500-599" or "5xx".' },
            evidenceContains: { ...nonEmpty, description: 'A plain substring of the reported (masked) evidence; never a regular expression.' },
            reason: { ...nonEmpty, description: 'Why: shown with the ignored finding.' },
          },
        },
      },
      ignore: {
        description: 'Findings ignored by fingerprint (as a report gives it), each with the reason.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['fingerprint', 'reason'],
          properties: { fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' }, reason: { type: 'string', pattern: '\\S' } },
        },
      },
    },
  };
}

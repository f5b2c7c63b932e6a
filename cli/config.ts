// The CI policy file, server-error-lens.json (found in the working directory, or given with
// --config): per rule or category fail/warn/ignore, allowlists, ignored fingerprints with a reason,
// the default --fail-on and which statuses to scan. Its JSON Schema ships in the package
// (schema/server-error-lens.schema.json) for editor completion; this loader checks the same rules
// and names the file, the key and the problem in one line. Allowlist evidence is a plain substring,
// never a regular expression, so no pattern in a config can make a scan hang.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../core/har/json-shape';
import { LEAK_CATEGORIES } from '../core/leaks/leak-finding';
import { LEAK_RULES } from '../core/leaks/rules/index';
import { describeFileError } from './open-input';
import { FAIL_ON_LEVELS, isFailOn } from '../core/report/fail-on';
import { EMPTY_CONFIG, type AllowEntry, type LensConfig, type RuleLevel } from '../core/report/lens-config';

export const CONFIG_FILE_NAME = 'server-error-lens.json';

/** The config file cannot be used: one line naming the file, the key and the problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KNOWN_RULE_KEYS = new Set<string>([...LEAK_CATEGORIES, ...LEAK_RULES.map((rule) => rule.id)]);
const TOP_KEYS = new Set(['$schema', 'failOn', 'statuses', 'rules', 'allow', 'ignore']);
const ALLOW_KEYS = new Set(['url', 'header', 'status', 'evidenceContains', 'reason']);
const STATUS_PATTERN = /^(?:[1-5]\d\d(?:-[1-5]\d\d)?|[1-5]xx)$/;

/** Loads `explicit`, or server-error-lens.json from `directory` when there is one; else the empty config. */
export async function loadConfig(explicit: string | undefined, directory: string): Promise<LensConfig> {
  const file = explicit ?? path.join(directory, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CONFIG;
    throw new ConfigError(`${file}: ${describeFileError(error) ?? (error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not JSON (${(error as Error).message})`);
  }
  return parseConfig(document, (key, problem) => new ConfigError(`${file}: ${key}: ${problem}`));
}

type Fail = (key: string, problem: string) => ConfigError;

export function parseConfig(document: unknown, fail: Fail): LensConfig {
  if (!isRecord(document)) throw fail('(top level)', 'must be an object');
  for (const key of Object.keys(document)) if (!TOP_KEYS.has(key)) throw fail(key, `unknown key (known: ${[...TOP_KEYS].join(', ')})`);
  const config: LensConfig = { rules: {}, allow: [], ignore: new Map() };

  if (document.failOn !== undefined) {
    if (!isFailOn(document.failOn)) throw fail('failOn', `must be one of ${FAIL_ON_LEVELS.map((level) => JSON.stringify(level)).join(', ')}, not ${JSON.stringify(document.failOn)}`);
    config.failOn = document.failOn;
  }
  if (document.statuses !== undefined) {
    if (document.statuses !== 'errors' && document.statuses !== 'all') throw fail('statuses', `must be "errors" or "all", not ${JSON.stringify(document.statuses)}`);
    config.statuses = document.statuses;
  }
  if (document.rules !== undefined) {
    if (!isRecord(document.rules)) throw fail('rules', 'must be an object of rule or category → "fail", "warn" or "ignore"');
    for (const [key, level] of Object.entries(document.rules)) {
      if (!KNOWN_RULE_KEYS.has(key)) throw fail(`rules.${key}`, 'no rule or category of that name');
      if (level !== 'fail' && level !== 'warn' && level !== 'ignore') throw fail(`rules.${key}`, `must be "fail", "warn" or "ignore", not ${JSON.stringify(level)}`);
      config.rules[key] = level;
    }
  }
  if (document.allow !== undefined) {
    if (!Array.isArray(document.allow)) throw fail('allow', 'must be a list');
    document.allow.forEach((entry: unknown, index) => {
      const key = `allow[${index}]`;
      if (!isRecord(entry)) throw fail(key, 'must be an object');
      for (const field of Object.keys(entry)) {
        if (!ALLOW_KEYS.has(field)) throw fail(`${key}.${field}`, `unknown key (known: ${[...ALLOW_KEYS].join(', ')})`);
        if (typeof entry[field] !== 'string' || entry[field] === '') throw fail(`${key}.${field}`, 'must be a non-empty string');
      }
      if (!['url', 'header', 'status', 'evidenceContains'].some((field) => field in entry)) throw fail(key, 'needs at least one of url, header, status, evidenceContains');
      if (typeof entry.status === 'string' && !STATUS_PATTERN.test(entry.status)) throw fail(`${key}.status`, `must be like "502", "500-599" or "5xx", not ${JSON.stringify(entry.status)}`);
      config.allow.push(entry as AllowEntry);
    });
  }
  if (document.ignore !== undefined) {
    if (!Array.isArray(document.ignore)) throw fail('ignore', 'must be a list of {"fingerprint", "reason"}');
    document.ignore.forEach((entry: unknown, index) => {
      const key = `ignore[${index}]`;
      if (!isRecord(entry) || typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(entry.fingerprint)) throw fail(`${key}.fingerprint`, 'must be the 32 hex digits a report gives');
      if (typeof entry.reason !== 'string' || entry.reason.trim() === '') throw fail(`${key}.reason`, 'must say why (a non-empty string)');
      config.ignore.set(entry.fingerprint, entry.reason);
    });
  }
  return config;
}

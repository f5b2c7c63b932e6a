// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule per leak rule with what
// it means and how to stop it, one result per finding with its level, the HAR file and entry as
// its location and its fingerprint in partialFingerprints. Evidence is as the scanner reports it:
// secrets masked. Unreadable files and entries are tool notifications, not silence.
import { CATEGORY_GUIDANCE } from '../../core/leaks/category-guidance';
import type { LeakSeverity } from '../../core/leaks/leak-finding';
import { LEAK_RULES } from '../../core/leaks/rules/index';
import { readProblems } from '../file-scan';
import type { JudgedFile, Verdict } from '../../core/report/judge';
import { terminalSafe } from '../../core/text/terminal-safe';

export const SARIF_FINGERPRINT_KEY = 'serverErrorLens/v1';
const INFORMATION_URI = 'https://github.com/server-error-lens/server-error-lens';

const LEVEL_OF_SEVERITY: Record<LeakSeverity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
/** GitHub ranks security alerts by this CVSS-like score (critical ≥ 9, high ≥ 7, medium ≥ 4). */
const SECURITY_SEVERITY: Record<LeakSeverity, string> = { high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL_OF_VERDICT: Record<Verdict, 'error' | 'warning' | 'note'> = { fail: 'error', warn: 'warning', baseline: 'note', ignored: 'note' };

export interface SarifOptions {
  toolVersion: string;
  /** A baseline was given: each result says whether it is new. */
  withBaseline: boolean;
}

export function toSarifReport(files: readonly JudgedFile[], { toolVersion, withBaseline }: SarifOptions): object {
  const ruleIndex = new Map(LEAK_RULES.map((rule, index) => [rule.id, index]));
  const results = files.flatMap(({ file, scan }) =>
    scan.entries.flatMap((entry) =>
      entry.findings.map((finding) => ({
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: LEVEL_OF_VERDICT[finding.verdict],
        message: {
          text:
            `${finding.title} in the response to ${terminalSafe(entry.method)} ${terminalSafe(entry.url)} (${entry.status}): ${terminalSafe(finding.evidence)}` +
            (finding.fix ? `. Fix (${finding.fix.origin}): ${finding.fix.change}.` : ''),
        },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: { startLine: entry.line ?? 1 } },
            logicalLocations: [{ fullyQualifiedName: `log.entries[${entry.index}]`, kind: 'element' }],
          },
        ],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
        // Ignored by the config: kept, as SARIF viewers show suppressed results apart, with the reason.
        ...(finding.verdict === 'ignored' ? { suppressions: [{ kind: 'external', justification: finding.ignoredBecause ?? 'ignored by the config' }] } : {}),
        ...(withBaseline ? { baselineState: finding.verdict === 'baseline' ? 'unchanged' : 'new' } : {}),
        properties: {
          category: finding.category,
          severity: finding.severity,
          confidence: finding.confidence,
          where: finding.location.in === 'header' ? `header ${finding.location.name}` : `body line ${finding.location.line}, column ${finding.location.column}`,
          ...(finding.fix ? { fix: { origin: finding.fix.origin, change: finding.fix.change, docs: finding.fix.docs } } : {}),
        },
      })),
    ),
  );
  const notifications = files.flatMap(({ file, scan }) => readProblems(scan).map((problem) => notification(file, problem)));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'server-error-lens',
            version: toolVersion,
            informationUri: INFORMATION_URI,
            rules: LEAK_RULES.map((rule) => {
              const guidance = CATEGORY_GUIDANCE[rule.category];
              return {
                id: rule.id,
                name: ruleName(rule.id),
                shortDescription: { text: rule.title },
                fullDescription: { text: guidance.risk },
                help: { text: `${guidance.risk} ${guidance.fix}`, markdown: `**Risk.** ${guidance.risk}\n\n**Fix.** ${guidance.fix}` },
                defaultConfiguration: { level: LEVEL_OF_SEVERITY[rule.severity] },
                properties: { tags: ['security', rule.category], 'security-severity': SECURITY_SEVERITY[rule.severity], precision: 'high' },
              };
            }),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

function notification(file: string, text: string) {
  return { level: 'error', message: { text: terminalSafe(text) }, locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file) } } }] };
}

/** The file as given, as a relative URI reference (standard input has no file). */
function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** "stack-trace.python" → "StackTracePython": SARIF's rule name is an identifier-like word. */
function ruleName(id: string): string {
  return id
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

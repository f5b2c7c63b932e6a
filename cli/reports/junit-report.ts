// JUnit XML, as CI test reporters read it: a test suite per HAR file, a test case per scanned
// entry, a failure per failing finding (warnings and known findings go to the case's output), and
// an error case for what could not be read. Every text is escaped for XML, invisible characters
// shown as escapes, so no HAR content can break the document or hide in it.
import type { JudgedFile, JudgedFinding } from '../../core/report/judge';
import { readProblems } from '../file-scan';
import { inputLabel } from '../open-input';
import { terminalSafe } from '../../core/text/terminal-safe';

export function toJunitReport(files: readonly JudgedFile[]): string {
  const totals = { tests: 0, failures: 0, errors: 0 };
  const suites = files.map(({ file, scan }) => {
    const cases = scan.entries.map((entry) => {
      const name = `#${entry.index} ${entry.status} ${entry.method} ${entry.url}`;
      const failing = entry.findings.filter((finding) => finding.verdict === 'fail');
      const others = entry.findings.filter((finding) => finding.verdict === 'warn' || finding.verdict === 'baseline');
      const failures = failing.map((finding) => `      <failure message="${xml(`${finding.severity} ${finding.category}: ${finding.title}`)}" type="${xml(finding.rule)}">${xml(detail(finding))}</failure>`);
      const output = others.length ? [`      <system-out>${xml(others.map((finding) => `${finding.verdict === 'warn' ? 'warning' : 'known'}: ${detail(finding)}`).join('\n'))}</system-out>`] : [];
      const notScanned = entry.bodyNotScanned ? [`      <system-err>${xml(`body not scanned: ${entry.bodyNotScanned}`)}</system-err>`] : [];
      const body = [...failures, ...output, ...notScanned];
      const open = `    <testcase classname="${xml(inputLabel(file))}" name="${xml(name)}"`;
      return body.length ? [`${open}>`, ...body, '    </testcase>'].join('\n') : `${open}/>`;
    });
    const problems = readProblems(scan);
    const errorCases = problems.map((problem) => `    <testcase classname="${xml(inputLabel(file))}" name="reading the HAR">\n      <error message="${xml(problem)}"/>\n    </testcase>`);
    const suite = {
      tests: scan.entries.length + problems.length,
      failures: scan.entries.filter((entry) => entry.findings.some((finding) => finding.verdict === 'fail')).length,
      errors: problems.length,
    };
    totals.tests += suite.tests;
    totals.failures += suite.failures;
    totals.errors += suite.errors;
    return [`  <testsuite name="${xml(inputLabel(file))}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}">`, ...cases, ...errorCases, '  </testsuite>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="server-error-lens" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function detail(finding: JudgedFinding): string {
  const where = finding.location.in === 'header' ? `header ${finding.location.name}` : `body line ${finding.location.line}, column ${finding.location.column}`;
  return `${finding.severity} ${finding.category}: ${finding.title} (${where}): ${finding.evidence}`;
}

/** Escapes for XML 1.0 text and attributes, after making control and invisible characters visible. */
function xml(text: string): string {
  return terminalSafe(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

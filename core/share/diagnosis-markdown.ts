// "Copy as Markdown" for the site-wide diagnosis: per origin, one failing route or the whole site,
// with the numbers, the failing routes and who answered; URLs that kept failing; retry verdicts.
import type { CaptureDiagnosis } from '../diagnosis/diagnose-capture';
import type { DetectedTier } from '../diagnosis/detect-tier';
import { TIER_SHORT_LABELS } from '../diagnosis/tier-labels';
import { redactUrl } from '../redact/redact-entry';
import { markdownCode, markdownText } from './markdown-text';

export interface RetrySummary {
  /** "GET https://…" */
  request: string;
  verdict: string;
}

const VERDICT_TITLES = { systemic: 'Systemic', 'route-specific': 'Route-specific' } as const;

export function diagnosisMarkdown(diagnosis: CaptureDiagnosis, retried: readonly RetrySummary[] = []): string {
  const lines = ['### Server errors in this capture', ''];
  const failing = diagnosis.origins.filter((origin) => origin.verdict !== 'none');
  if (failing.length === 0) lines.push('No server errors.');
  for (const origin of failing) {
    lines.push(`**${VERDICT_TITLES[origin.verdict as keyof typeof VERDICT_TITLES]}:** ${markdownText(origin.summary)}`, '');
    for (const route of origin.routes) {
      lines.push(`- ${markdownCode(route.route)}: ${route.failingRequests} of ${route.totalRequests} failed (${route.statuses.join(', ')})`);
    }
    const tiers = (Object.entries(origin.tierCounts) as [DetectedTier, number][]).sort((a, b) => b[1] - a[1]);
    if (tiers.length) lines.push(`- Answered by: ${tiers.map(([tier, count]) => `${TIER_SHORT_LABELS[tier]} ${count}`).join(', ')}`);
    lines.push('');
  }
  if (diagnosis.repeatedFailures.length) {
    lines.push('#### Failed more than once', '');
    for (const repeat of diagnosis.repeatedFailures) {
      lines.push(`- ${markdownCode(`${repeat.method} ${redactUrl(repeat.url)}`)}: ${repeat.failures} times, ${repeat.kind === 'persistent' ? 'never succeeding in between' : 'with successes in between'}`);
    }
    lines.push('');
  }
  if (retried.length) {
    lines.push('#### Retried', '');
    for (const retry of retried) lines.push(`- ${markdownCode(retry.request)}: ${markdownText(retry.verdict)}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

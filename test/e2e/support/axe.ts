// axe-core run inside our panel's frame in Chromium DevTools, for the accessibility specs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the panel as it is now, each as "rule: help (selectors)". */
export async function seriousViolations(panel: Frame): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the extension page's CSP does not apply to it.
  await panel.evaluate(AXE_SOURCE);
  const violations = await panel.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  }) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

// The accessibility check of the panel's main states in real Firefox DevTools: axe-core run in a
// sandbox over the panel's document (the extension page's CSP forbids injecting it as a script),
// and the keyboard path through the list. No serious or critical violation.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { FirefoxSession } from '../support/firefox-bidi';
import { firefoxWithTestServer, selectRow } from '../support/firefox-panel';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const suite = firefoxWithTestServer();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(firefox: FirefoxSession): Promise<string[]> {
  const { violations, passed } = await firefox.inPanel((panel, source) => {
    // A frame script runs privileged: a sandbox whose prototype is the panel's window sees its DOM.
    const utils = (globalThis as unknown as { Components: { utils: { Sandbox(principal: unknown, options: object): object; evalInSandbox(code: string, sandbox: object): Promise<string> } } }).Components.utils;
    const sandbox = utils.Sandbox(panel, { sandboxPrototype: panel, wantXrays: false });
    return utils
      .evalInSandbox(`${source}\n;axe.run(document, { resultTypes: ['violations'] }).then((result) => JSON.stringify({ violations: result.violations, passed: result.passes.length }))`, sandbox)
      .then((json) => JSON.parse(json) as unknown);
  }, AXE_SOURCE) as { violations: AxeViolation[]; passed: number };
  // A run that checked nothing would pass anything.
  if (!(passed > 0)) throw new Error('axe checked no rule on the panel');
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const press = (firefox: FirefoxSession, key: string) =>
  firefox.inPanel((panel, wanted) => {
    const list = panel.document.querySelector<HTMLElement>('.request-table-scroller')!;
    list.focus();
    list.dispatchEvent(new panel.KeyboardEvent('keydown', { key: wanted, bubbles: true, cancelable: true }));
    return true;
  }, key);

test('the list and each detail tab have no serious or critical violations', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  await expect.poll(() => firefox.badgeText()).toBe('3');
  expect(await seriousViolations(firefox), 'list').toEqual([]);
  expect(await selectRow(firefox, '/api/crash')).toBe(true);
  for (const tab of ['Explanation', 'Logs', 'Leaks', 'Headers', 'Response']) {
    await expect.poll(() => firefox.inPanel((panel, name) => {
      const found = [...panel.document.querySelectorAll<HTMLElement>('[role=tab]')].find((candidate) => candidate.textContent?.startsWith(name));
      found?.click();
      return found?.getAttribute('aria-selected') === 'true';
    }, tab)).toBe(true);
    expect(await seriousViolations(firefox), tab).toEqual([]);
  }
});

test('the keyboard reaches everything: arrows through the list, Escape to close, / to filter', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  await expect.poll(() => firefox.badgeText()).toBe('3');
  const selectedPath = () => firefox.inPanel((panel) => panel.document.querySelector('tr.request-row.selected .url-path')?.textContent ?? null);
  const detailOpen = () => firefox.inPanel((panel) => panel.document.querySelector('aside[aria-label="Request details"]') !== null);
  await press(firefox, 'ArrowDown');
  await expect.poll(selectedPath).not.toBeNull();
  await expect.poll(detailOpen).toBe(true);
  const first = await selectedPath();
  await press(firefox, 'ArrowDown');
  await expect.poll(selectedPath).not.toBe(first);
  await press(firefox, 'Escape');
  await expect.poll(detailOpen).toBe(false);
  await press(firefox, '/');
  await expect.poll(() => firefox.inPanel((panel) => panel.document.activeElement?.getAttribute('aria-label') ?? null)).toBe('Filter requests');
});

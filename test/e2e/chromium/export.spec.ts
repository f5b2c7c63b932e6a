// Export in real Chromium DevTools, through real files: the HAR redacted by default, re-scanned by
// the command line with no secret in it, and opened by the same HAR reader as any other capture;
// the JSON report the same document the command line prints for the capture.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage } from '../support/chromium-panel';
import { PLANTED_ACCESS_KEY } from '../support/test-server';

const suite = chromiumWithTestServer();

async function saveExport(button: 'Save HAR' | 'Save JSON report', includeCredentials: boolean): Promise<string> {
  const panel = await suite.session.openPanel();
  const menu = panel.locator('details.export-menu');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  const options = panel.getByRole('group', { name: 'Export' });
  await options.getByLabel('include credentials (not for sharing)').setChecked(includeCredentials);
  const [download] = await Promise.all([suite.session.devtoolsPage.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
  const extension = button === 'Save HAR' ? '\\.har' : '\\.report\\.json';
  expect(download.suggestedFilename()).toMatch(new RegExp(`^server-errors-127\\.0\\.0\\.1-\\d{8}-\\d{6}${extension}$`));
  await expect(options.getByRole('status')).toContainText(button === 'Save HAR' ? (includeCredentials ? 'with credentials' : 'redacted') : 'JSON report');
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

const saveHar = (includeCredentials: boolean) => saveExport('Save HAR', includeCredentials);

test('the exported HAR is redacted by default, and re-scanned it shows the leak without the secret', async () => {
  await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/secret-page');
  const path = await saveHar(false);
  const text = readFileSync(path, 'utf8');
  expect(text).not.toContain(PLANTED_ACCESS_KEY);
  const har = JSON.parse(text) as { log: { entries: { request: { url: string } }[] } };
  expect(har.log.entries.map((entry) => new URL(entry.request.url).pathname)).toEqual(expect.arrayContaining(['/secret-page', '/api/settings']));
  // The bundled command line reads the file like any HAR; a leak is still found, the key is not in it.
  const run = spawnSync('node', ['dist/server-error-lens.mjs', 'scan', '--json', '--all', path], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1); // leaks found, file read whole
  const scan = JSON.parse(run.stdout) as {
    entries: { url: string; leaks: { category: string; evidence: string }[] }[];
    badEntries: unknown[];
  };
  expect(scan.badEntries).toEqual([]);
  const settings = scan.entries.find((entry) => entry.url.endsWith('/api/settings'))!;
  expect(settings.leaks.map((leak) => leak.category)).toContain('stack-trace');
  expect(JSON.stringify(scan)).not.toContain(PLANTED_ACCESS_KEY);

  const withCredentials = readFileSync(await saveHar(true), 'utf8');
  expect(withCredentials).toContain(PLANTED_ACCESS_KEY);
});

test('the JSON report is what the command line prints for the capture, with no secret in it', async () => {
  await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/secret-page');
  const reportText = readFileSync(await saveExport('Save JSON report', false), 'utf8');
  expect(reportText).not.toContain(PLANTED_ACCESS_KEY);
  const report = JSON.parse(reportText) as { entries: { url: string; leaks: { category: string; verdict: string }[] }[] };
  const settings = report.entries.find((entry) => entry.url.endsWith('/api/settings'))!;
  expect(settings.leaks.map((leak) => leak.category)).toEqual(expect.arrayContaining(['stack-trace', 'secret']));

  // The command line on the capture itself (with its credentials: the report masks them anyway).
  const run = spawnSync('node', ['dist/server-error-lens.mjs', 'scan', '--json', await saveHar(true)], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1);
  expect(report).toEqual(JSON.parse(run.stdout));
});

test('a HAR someone sent opens in the panel, analysed and marked imported, apart from the badge; a bad file changes nothing', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/secret-page');
  await expect.poll(() => suite.session.badgeText()).toBe('1');
  const exported = await saveHar(false);
  const live = await panel.locator('tr.request-row').count();

  await panel.locator('input[type=file]').setInputFiles(exported);
  await expect(panel.locator('.import-status')).toHaveText(/^Imported \d+ requests? from server-errors-127\.0\.0\.1-\d{8}-\d{6}\.har\.$/);
  const imported = panel.locator('tr.request-row', { has: panel.locator('.import-chip') });
  await expect(imported).toHaveCount(live);
  // Analysed like a capture: the imported /api/settings has its leak marker.
  await expect(imported.filter({ hasText: '/api/settings' }).locator('.leak-marker')).toBeVisible();
  await expect(panel.locator('.summary-bar')).toContainText(`(and ${live} imported from HAR files, not counted)`);
  expect(await suite.session.badgeText()).toBe('1');

  await panel.locator('input[type=file]').setInputFiles('test/fixtures/har/not-a-har.json');
  await expect(panel.locator('.import-status')).toContainText('not-a-har.json could not be opened');
  await expect(panel.locator('.import-status')).toContainText('Nothing was imported.');
  await expect(panel.locator('tr.request-row')).toHaveCount(2 * live);
});

test("Playwright's zip opens in the panel, its bodies read from the zip and analysed", async () => {
  const panel = await suite.session.openPanel();
  await panel.locator('input[type=file]').setInputFiles('test/fixtures/har/playwright.zip');
  await expect(panel.locator('.import-status')).toHaveText('Imported 3 requests from playwright.zip.');
  const imported = panel.locator('tr.request-row', { has: panel.locator('.import-chip') });
  await expect(imported).toHaveCount(3);
  // The 500's traceback lives only in the zip's body file: found means it was read there.
  await expect(imported.filter({ hasText: '/boom' }).locator('.leak-marker')).toBeVisible();
  await expect(imported.locator('.row-notice')).toHaveCount(0);
});

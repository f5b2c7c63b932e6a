// Sharing in Firefox ESR's real DevTools: the HAR export is redacted, opens again as an import
// (streamed through Firefox's File API), the JSON report masks the secret, and a failure copies as
// Markdown without it.
// The export's bytes are taken where the panel hands them to the download (URL.createObjectURL):
// driving Firefox's download dialog is not something WebDriver BiDi offers.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firefoxWithTestServer, openInPanel, rowMarksOf, selectRow } from '../support/firefox-panel';
import { PLANTED_ACCESS_KEY } from '../support/test-server';

const suite = firefoxWithTestServer();

test('export is redacted, the exported file opens again as imported requests, and the JSON report and Markdown keep the secret out', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/secret-page`);
  await expect.poll(() => firefox.badgeText()).toBe('1');
  await expect.poll(() => selectRow(firefox, '/api/settings')).toBe(true);

  // Copy as Markdown: the preview holds what went to the clipboard.
  const markdown = () =>
    firefox.inPanel((panel) => {
      const button = [...panel.document.querySelectorAll<HTMLButtonElement>('.reproduce-bar button')].find((candidate) => candidate.textContent === 'Copy as Markdown');
      button?.click();
      return panel.document.querySelector('.copy-preview[data-copy="Markdown"]')?.textContent ?? '';
    }, null);
  await expect.poll(markdown).toContain('/api/settings');
  expect(await markdown()).not.toContain(PLANTED_ACCESS_KEY);
  // The site-wide diagnosis too. The harness's click carries no user activation, so Firefox refuses
  // the clipboard and the panel shows the Markdown to copy by hand: that text is what is checked.
  const diagnosisCopy = () =>
    firefox.inPanel((panel) => {
      const banner = panel.document.querySelector('.diagnosis-banner');
      [...(banner?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((button) => button.textContent === 'Copy as Markdown')?.click();
      return banner?.querySelector('.banner-markdown')?.textContent ?? '';
    }, null);
  await expect.poll(diagnosisCopy).toContain('### Server errors in this capture');
  expect(await diagnosisCopy()).toContain('/api/settings');
  expect(await diagnosisCopy()).not.toContain(PLANTED_ACCESS_KEY);

  await firefox.inPanel((panel) => {
    // The frame script sees the panel through Xray wrappers: the hook goes on the page's own URL
    // object, exported into its scope, and the text onto the page's window.
    const page = (panel as unknown as { wrappedJSObject: { URL: typeof URL; __selExported?: string } }).wrappedJSObject;
    const original = page.URL.createObjectURL.bind(page.URL);
    const exportFunction = (globalThis as unknown as { Components: { utils: { exportFunction(fn: unknown, scope: unknown, options: object): void } } }).Components.utils.exportFunction;
    exportFunction(
      (blob: Blob) => {
        void blob.text().then((text) => (page.__selExported = text));
        return original(blob);
      },
      page.URL,
      { defineAs: 'createObjectURL' },
    );
    (panel.document.querySelector('details.export-menu') as HTMLDetailsElement).open = true;
    [...panel.document.querySelectorAll<HTMLButtonElement>('.export-options button')].find((button) => button.textContent === 'Save HAR')?.click();
    return true;
  }, null);
  const exportedText = () => firefox.inPanel((panel) => (panel as unknown as { wrappedJSObject: { __selExported?: string } }).wrappedJSObject.__selExported ?? '', null);
  await expect.poll(exportedText).not.toBe('');
  const exported = await exportedText();
  expect(exported).not.toContain(PLANTED_ACCESS_KEY);
  const entries = (JSON.parse(exported) as { log: { entries: { request: { url: string } }[] } }).log.entries;
  expect(entries.some((entry) => entry.request.url.endsWith('/api/settings'))).toBe(true);
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector('.export-status')?.textContent ?? '', null)).toContain('redacted');

  // The JSON report, through the same hook: the command line's document, its secret masked.
  await firefox.inPanel((panel) => {
    [...panel.document.querySelectorAll<HTMLButtonElement>('.export-options button')].find((button) => button.textContent === 'Save JSON report')?.click();
    return true;
  }, null);
  await expect.poll(async () => (await exportedText()).startsWith('{"entries":')).toBe(true);
  const reportText = await exportedText();
  expect(reportText).not.toContain(PLANTED_ACCESS_KEY);
  const report = JSON.parse(reportText) as { entries: { url: string; leaks: { category: string }[] }[] };
  expect(report.entries.find((entry) => entry.url.endsWith('/api/settings'))?.leaks.map((leak) => leak.category)).toEqual(expect.arrayContaining(['stack-trace', 'secret']));
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector('.export-status')?.textContent ?? '', null)).toContain('JSON report');

  // The exported file, opened through the panel's file input as a user would pick it.
  await openInPanel(firefox, 'exported.har', Buffer.from(exported));
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector('.import-status')?.textContent ?? '', null)).toBe(`Imported ${entries.length} ${entries.length === 1 ? 'request' : 'requests'} from exported.har.`);
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelectorAll('tr.request-row .import-chip').length, null)).toBe(entries.length);
  expect(await firefox.badgeText()).toBe('1');
});

test("Playwright's zip opens in the panel through Firefox's File API, its bodies read from the zip", async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await openInPanel(firefox, 'playwright.zip', readFileSync('test/fixtures/har/playwright.zip'));
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector('.import-status')?.textContent ?? '', null)).toBe('Imported 3 requests from playwright.zip.');
  await expect.poll(async () => (await rowMarksOf(firefox, '/boom'))[0]?.leaks ?? 0).toBeGreaterThan(0);
  expect((await rowMarksOf(firefox, '/boom'))[0]?.notice).toBeNull();
});

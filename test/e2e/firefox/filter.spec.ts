// The filter language in Firefox ESR's real DevTools, and that the filter survives closing and
// reopening the toolbox.
import { expect, test } from '@playwright/test';
import { firefoxWithTestServer, textOf } from '../support/firefox-panel';

const suite = firefoxWithTestServer();

const typeFilter = (text: string) =>
  suite.session.inPanel((panel, value) => {
    const input = panel.document.querySelector<HTMLInputElement>('input.toolbar-filter')!;
    input.value = value;
    input.dispatchEvent(new panel.Event('input', { bubbles: true }));
  }, text);
// Sorted: concurrent requests finish, and are listed, in any order.
const paths = async () => (await suite.session.inPanel((panel) => [...panel.document.querySelectorAll('tr.request-row .url-path')].map((element) => element.textContent ?? ''), null)).sort();

test('terms filter the list, an invalid one is shown, and the filter outlives the toolbox', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  await expect.poll(async () => (await paths()).length).toBeGreaterThanOrEqual(6);

  await typeFilter('status:5xx -status:503');
  await expect.poll(paths).toEqual(['/api/crash', '/api/gateway']);
  await typeFilter('status:5xx sevrity:high');
  await expect.poll(() => textOf(firefox, '.filter-problems')).toBe('sevrity:high not understood: unknown key sevrity (keys: status, method, domain, leak, severity, tier, has)');
  await expect.poll(paths).toEqual(['/api/crash', '/api/gateway', '/api/unavailable']);

  await typeFilter('status:502');
  await expect.poll(paths).toEqual(['/api/gateway']);
  await firefox.closeToolbox();
  await firefox.openPanel();
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector<HTMLInputElement>('input.toolbar-filter')?.value, null)).toBe('status:502');
});

test('the list sorts by status, and back to arrival', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  const statuses = () => firefox.inPanel((panel) => [...panel.document.querySelectorAll('tr.request-row')].map((row) => Number(row.getAttribute('data-status'))), null);
  const sortBy = (order: string) =>
    firefox.inPanel((panel, value) => {
      const select = panel.document.querySelector<HTMLSelectElement>('select.toolbar-sort')!;
      select.value = value;
      select.dispatchEvent(new panel.Event('change', { bubbles: true }));
    }, order);
  await expect.poll(async () => (await statuses()).length).toBeGreaterThanOrEqual(6);
  const arrival = await statuses();
  await sortBy('status');
  await expect.poll(statuses).toEqual([...arrival].sort((a, b) => b - a));
  await sortBy('arrival');
  await expect.poll(statuses).toEqual(arrival);
});

test('with Search bodies on, free text finds a response by what its body says, and the panel says how many bodies it searched', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  await expect.poll(async () => (await paths()).length).toBeGreaterThanOrEqual(6);
  const setSearchBodies = (on: boolean) =>
    firefox.inPanel((panel, wanted) => {
      const box = [...panel.document.querySelectorAll<HTMLLabelElement>('label')].find((label) => label.textContent?.trim() === 'Search bodies')?.querySelector('input');
      if (box && box.checked !== wanted) box.click();
      return Boolean(box);
    }, on);
  // Only the traceback of /api/crash says psycopg2; no URL does.
  await typeFilter('psycopg2');
  await expect.poll(paths).toEqual([]);
  expect(await setSearchBodies(true)).toBe(true);
  await expect.poll(paths).toEqual(['/api/crash']);
  await expect.poll(() => textOf(firefox, '.body-search-status')).toMatch(/^Searched \d+ bodies\.$/);
  await typeFilter('psycopg2 -status:5xx');
  await expect.poll(paths).toEqual([]);
  expect(await setSearchBodies(false)).toBe(true);
  await expect.poll(() => textOf(firefox, '.body-search-status')).toBeNull();
});

test('the filter box suggests the term being typed, and the sort outlives the toolbox', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/mixed`);
  await expect.poll(async () => (await paths()).length).toBeGreaterThanOrEqual(6);
  const suggestions = () => firefox.inPanel((panel) => [...panel.document.querySelectorAll<HTMLOptionElement>('#filter-suggestions option')].map((option) => option.value), null);
  await typeFilter('status:5');
  await expect.poll(suggestions).toEqual(expect.arrayContaining(['status:5xx', 'status:500', 'status:502']));
  await typeFilter('status:5xx dom');
  await expect.poll(suggestions).toEqual(['status:5xx domain:']);

  await firefox.inPanel((panel) => {
    const select = panel.document.querySelector<HTMLSelectElement>('select.toolbar-sort')!;
    select.value = 'status';
    select.dispatchEvent(new panel.Event('change', { bubbles: true }));
  }, null);
  await firefox.closeToolbox();
  await firefox.openPanel();
  await expect.poll(() => firefox.inPanel((panel) => panel.document.querySelector<HTMLSelectElement>('select.toolbar-sort')?.value ?? null, null)).toBe('status');
});

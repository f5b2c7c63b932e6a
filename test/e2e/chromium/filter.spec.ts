// The filter language in real Chromium DevTools: terms as DevTools users type them, negation,
// several terms ANDed, an invalid term shown as such (and the rest still applied).
import { expect, test } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage } from '../support/chromium-panel';

const suite = chromiumWithTestServer();

test('status, method, leak and negated terms filter the list; an invalid term is shown, not ignored', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  const filter = panel.locator('input.toolbar-filter');
  // Sorted: concurrent requests finish, and are listed, in any order.
  const paths = async () => (await panel.locator('tr.request-row .url-path').allTextContents()).sort();

  await filter.fill('status:5xx');
  await expect.poll(paths).toEqual(['/api/crash', '/api/gateway', '/api/unavailable']);
  await filter.fill('status:5xx -status:503');
  await expect.poll(paths).toEqual(['/api/crash', '/api/gateway']);
  await filter.fill('status:>=400 api/');
  await expect.poll(paths).toEqual(['/api/crash', '/api/gateway', '/api/missing', '/api/unavailable']);
  // The crash's traceback names a file on the server: a file-path leak, found by the scanner.
  await filter.fill('leak:file-path');
  await expect.poll(paths).toEqual(['/api/crash']);
  // The traceback says the application answered; the others' tier is their status's usual one.
  await filter.fill('tier:application');
  await expect.poll(paths).toEqual(['/api/crash']);

  await filter.fill('stauts:5xx method:GET');
  await expect(panel.locator('.filter-problems')).toHaveText('stauts:5xx not understood: unknown key stauts (keys: status, method, domain, leak, severity, tier, has)');
  await expect(filter).toHaveClass(/has-invalid/);
  expect((await paths()).length).toBeGreaterThanOrEqual(6);
  await filter.fill('');
  await expect(panel.locator('.filter-problems')).toHaveCount(0);
});

test('the list sorts by status or worst leak (duration and size in unit tests), and back to arrival', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  const sort = panel.locator('select.toolbar-sort');
  const statuses = async () => (await panel.locator('tr.request-row').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-status')))));
  await expect.poll(async () => (await statuses()).length).toBeGreaterThanOrEqual(6);
  const arrival = await statuses();

  await sort.selectOption('status');
  await expect.poll(statuses).toEqual([...arrival].sort((a, b) => b - a));
  // Leaks are found once the bodies are scanned: the traceback's 500 comes first.
  await sort.selectOption('leak');
  await expect.poll(async () => (await panel.locator('tr.request-row .url-path').first().textContent())).toBe('/api/crash');
  await sort.selectOption('arrival');
  await expect.poll(statuses).toEqual(arrival);
});

test('the filter box suggests the term being typed, and has:request-id finds the responses that carry one', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  await panel.getByLabel('Preserve log').check();
  await loadTestPage(suite.session, suite.server, '/traced-page');
  const filter = panel.locator('input.toolbar-filter');
  const suggestions = () => panel.locator('#filter-suggestions option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  await filter.fill('status:5');
  await expect.poll(suggestions).toEqual(expect.arrayContaining(['status:5xx', 'status:500', 'status:502']));
  await filter.fill('status:5xx dom');
  await expect.poll(suggestions).toEqual(['status:5xx domain:']);
  await filter.fill('has:request-id');
  await expect.poll(async () => panel.locator('tr.request-row .url-path').allTextContents()).toEqual(['/api/traced']);
});

test('with Search bodies on, free text finds a response by what its body says, and the panel says how many bodies it searched', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  const filter = panel.locator('input.toolbar-filter');
  const paths = async () => (await panel.locator('tr.request-row .url-path').allTextContents()).sort();
  // Only the traceback of /api/crash says psycopg2; no URL does.
  await filter.fill('psycopg2');
  await expect.poll(paths).toEqual([]);
  await panel.getByLabel('Search bodies').check();
  await expect.poll(paths).toEqual(['/api/crash']);
  await expect(panel.locator('.body-search-status')).toHaveText(/^Searched \d+ bodies\.$/);
  await filter.fill('psycopg2 -status:5xx');
  await expect.poll(paths).toEqual([]);
  await panel.getByLabel('Search bodies').uncheck();
  await expect(panel.locator('.body-search-status')).toHaveCount(0);
});

// Explanations, evidence-ranked causes and leak warnings, in real Chromium DevTools.
import { expect, test, type Frame } from '@playwright/test';
import { launchChromiumWithDevtools, type ChromiumSession } from '../support/chromium-devtools';
import { PLANTED_ACCESS_KEY, PYTHON_TRACEBACK, startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let chromiumSession: ChromiumSession;
let panel: Frame;

test.beforeEach(async () => {
  server = await startTestServer();
  chromiumSession = await launchChromiumWithDevtools();
  panel = await chromiumSession.openPanel();
  await chromiumSession.inspectedPage.goto(`${server.origin}/mixed`);
  await expect(chromiumSession.inspectedPage).toHaveTitle('done');
});

test.afterEach(async () => {
  await chromiumSession?.close();
  await server?.close();
});

const row = (path: string) =>
  panel.locator('tr.request-row', { has: panel.locator('.url-path', { hasText: new RegExp(`^${path}$`) }) });

test('a 500 opens on its explanation with the cause checklist ranked by the evidence', async () => {
  await row('/api/crash').click();
  const explanation = panel.getByRole('article', { name: 'Explanation' });
  await expect(explanation.locator('h2')).toHaveText('500 Internal Server Error');
  await expect(explanation).toContainText('RFC 9110 §15.6.1');
  await expect(explanation).toContainText('vs 502');
  const firstCause = explanation.locator('.cause-checklist > li').first();
  // The body says psycopg2 could not connect on port 5432: the database comes first, with that text.
  await expect(firstCause).toHaveClass(/has-evidence/);
  await expect(firstCause.locator('.cause-label')).toContainText(/database/i);
  const evidence = firstCause.locator('.cause-evidence code');
  await expect(evidence.first()).toContainText(/psycopg2|could not connect|Connection refused|5432/);
  for (const text of await evidence.allTextContents()) expect(PYTHON_TRACEBACK).toContain(text);
  await expect(explanation.locator('.cause-checklist > li:not(.has-evidence)').first()).toBeVisible();
  await expect(explanation.locator('.faq summary').first()).toBeVisible();
});

test('checklist ticks last for the session, per origin and status', async () => {
  await row('/api/crash').click();
  const databaseCause = panel.locator('.cause', { has: panel.locator('.cause-label', { hasText: /database/i }) }).first();
  await databaseCause.getByRole('checkbox').check();
  await expect(databaseCause).toHaveClass(/ticked/);

  await row('/api/gateway').click();
  await expect(panel.locator('.status-explanation h2')).toHaveText('502 Bad Gateway');
  await expect(panel.locator('.cause.ticked')).toHaveCount(0);

  await panel.getByLabel('Preserve log').check();
  await chromiumSession.inspectedPage.reload();
  await expect(panel.locator('tr.status-server-error')).toHaveCount(6);
  await row('/api/crash').last().click();
  await expect(panel.locator('.cause.ticked .cause-label')).toContainText(/database/i);
});

test('leaks are marked on the row, listed, and highlighted in the body', async () => {
  const marker = row('/api/crash').locator('.leak-marker');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveClass(/severity-high/);
  await expect(row('/api/ok').locator('.leak-marker')).toHaveCount(0);

  await panel.getByLabel('Leaks only').check();
  await expect(row('/api/ok')).toHaveCount(0);
  await expect(row('/api/crash')).toHaveCount(1);
  await panel.getByLabel('Leaks only').uncheck();

  await row('/api/crash').click();
  await panel.getByRole('tab', { name: /Leaks/ }).click();
  const stackTrace = panel.locator('.finding', { has: panel.locator('.finding-category', { hasText: 'Stack trace' }) });
  await expect(stackTrace).toHaveCount(1);
  await expect(panel.locator('.finding', { has: panel.locator('.finding-category', { hasText: 'File path' }) }).first()).toContainText('/srv/shop/app/views.py');
  await expect(panel.locator('.finding', { has: panel.locator('.finding-category', { hasText: 'Database error' }) }).first()).toBeVisible();

  await stackTrace.getByRole('button', { name: 'Show in body' }).click();
  const focused = panel.locator('pre.body-text mark.evidence.focused');
  await expect(focused).toBeVisible();
  await expect(focused).toContainText('Traceback (most recent call last)');
  await expect(focused).toBeInViewport();
  await chromiumSession.devtoolsPage.screenshot({ path: 'test-results/leak-highlight-chromium.png' });
});

test('secrets stay masked on screen until revealed; nested evidence can be shown on its own', async () => {
  await chromiumSession.inspectedPage.goto(`${server.origin}/secret-page`);
  await expect(chromiumSession.inspectedPage).toHaveTitle('done');
  await row('/api/settings').click();
  await panel.getByRole('tab', { name: /Leaks/ }).click();
  const secret = panel.locator('.finding', { has: panel.locator('.finding-category', { hasText: 'Secret' }) });
  await expect(secret.locator('.finding-evidence')).toHaveText('AKIA****');

  await secret.getByRole('button', { name: 'Show in body' }).click();
  const body = panel.locator('pre.body-text');
  await expect(body.locator('mark.evidence.focused')).toHaveText('AKIA****');
  await expect(body).not.toContainText(PLANTED_ACCESS_KEY);

  await panel.getByRole('tab', { name: /Leaks/ }).click();
  await panel.getByLabel('Reveal secrets on screen').check();
  await expect(secret.locator('.finding-evidence')).toHaveText(PLANTED_ACCESS_KEY);
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(body).toContainText(PLANTED_ACCESS_KEY);

  // The path sits inside the stack frame's evidence; asking for it marks the path itself.
  await panel.getByRole('tab', { name: /Leaks/ }).click();
  const path = panel.locator('.finding', { has: panel.locator('.finding-category', { hasText: 'File path' }) });
  await path.getByRole('button', { name: 'Show in body' }).click();
  await expect(body.locator('mark.evidence.focused')).toHaveText('/srv/shop/config/settings.js');
});

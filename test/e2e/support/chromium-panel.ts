// Driving the inspected page and reading our panel in Chromium, shared by the Chromium specs.
import { expect, type Frame } from '@playwright/test';
import { launchChromiumWithDevtools, type ChromiumSession } from './chromium-devtools';
import type { TestServer } from './test-server';
import { withTestServer } from './with-test-server';

/**
 * Loads a test page in the inspected tab and waits until it marked all its requests done. A wait,
 * not a speed check: Debian's Chromium 150 with DevTools open took 12 s to fire /many's 1,501
 * requests on a 2-core machine (17 s with our panel shown).
 */
export async function loadTestPage(session: ChromiumSession, server: TestServer, path: string): Promise<void> {
  await session.inspectedPage.goto(`${server.origin}${path}`);
  await expect(session.inspectedPage).toHaveTitle('done', { timeout: 60_000 });
}

/** The panel rows whose path is exactly `path`. */
export function requestRow(panel: Frame, path: string) {
  const exactly = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return panel.locator('tr.request-row', { has: panel.locator('.url-path', { hasText: exactly }) });
}

/** Gives each test of the calling spec its own test server and Chromium with DevTools open. */
export function chromiumWithTestServer(): { server: TestServer; session: ChromiumSession } {
  return withTestServer(() => launchChromiumWithDevtools());
}

// The panel in the widths DevTools gives it, in real Chromium DevTools: docked to the side (about
// 550 px) with a request open, the list still says which request each row is, nothing scrolls
// sideways and every detail tab is in reach; the list follows new requests only when at the bottom;
// and the keys DevTools users reach for work here too.
import { expect, test, type Frame } from '@playwright/test';
import { chromiumWithTestServer, loadTestPage, requestRow } from '../support/chromium-panel';
import type { ChromiumSession } from '../support/chromium-devtools';

const suite = chromiumWithTestServer();

/** DevTools is docked at the bottom of the window, so the panel is as wide as the window. */
async function setWindowWidth(session: ChromiumSession, width: number): Promise<void> {
  const cdp = await session.context.newCDPSession(session.inspectedPage);
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width, height: 900 } });
  await cdp.detach();
}

/** What a user can see of the layout, measured in the panel. */
const layoutOf = (panel: Frame) =>
  panel.evaluate(() => {
    const width = (selector: string) => document.querySelector<HTMLElement>(selector)?.getBoundingClientRect().width ?? 0;
    const scroller = document.querySelector<HTMLElement>('.request-table-scroller')!;
    const tabs = [...document.querySelectorAll<HTMLElement>('.detail-tab')];
    return {
      panelWidth: window.innerWidth,
      urlColumn: width('th.col-url'),
      methodColumn: width('th.col-method'),
      listScrollsSideways: scroller.scrollWidth > scroller.clientWidth,
      pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      tabsOutOfReach: tabs.filter((tab) => tab.getBoundingClientRect().right > window.innerWidth + 0.5).map((tab) => tab.textContent),
      tabCount: tabs.length,
    };
  });

for (const width of [560, 800, 1400]) {
  test(`at ${width} px with a request open, each row still says which request it is`, async () => {
    const panel = await suite.session.openPanel();
    await setWindowWidth(suite.session, width);
    await loadTestPage(suite.session, suite.server, '/mixed');
    await requestRow(panel, '/api/crash').click();
    await expect(panel.locator('.detail-view')).toBeVisible();
    await expect.poll(async () => (await layoutOf(panel)).panelWidth).toBeLessThanOrEqual(width);

    const layout = await layoutOf(panel);
    // The URL column keeps room for a path (in a 560 px panel the list has 40% of it).
    expect(layout.urlColumn).toBeGreaterThanOrEqual(Math.min(120, layout.panelWidth * 0.4 * 0.6));
    expect(layout.listScrollsSideways).toBe(false);
    expect(layout.pageScrollsSideways).toBe(false);
    expect(layout.tabCount).toBeGreaterThan(2);
    expect(layout.tabsOutOfReach).toEqual([]);
    await expect(requestRow(panel, '/api/crash').locator('.col-status')).toContainText('500');
    await expect(requestRow(panel, '/api/crash').locator('.url-path')).toBeVisible();
    if (width < 700) expect(layout.methodColumn).toBe(0);
    await suite.session.devtoolsPage.screenshot({ path: `test-results/panel-${width}px-chromium.png` });
  });
}

test('follows new requests when scrolled to the bottom, and stays put when scrolled up', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/many');
  const scroller = panel.locator('.request-table-scroller');
  const position = () => scroller.evaluate((element) => ({ top: element.scrollTop, fromBottom: element.scrollHeight - element.scrollTop - element.clientHeight }));
  await expect.poll(async () => (await position()).top).toBeGreaterThan(0);
  await expect.poll(async () => (await position()).fromBottom).toBeLessThan(2);

  const fetchMore = (count: number) =>
    suite.session.inspectedPage.evaluate(async (n) => {
      await Promise.all(Array.from({ length: n }, (_, i) => fetch(`/api/ok?more=${i}-${Math.random()}`).then((response) => response.text())));
    }, count);
  const rows = () => panel.locator('.summary-bar').textContent();
  let before = await rows();
  await fetchMore(5);
  await expect.poll(rows).not.toBe(before);
  await expect.poll(async () => (await position()).fromBottom).toBeLessThan(2);

  await scroller.evaluate((element) => (element.scrollTop = 0));
  before = await rows();
  await fetchMore(5);
  await expect.poll(rows).not.toBe(before);
  expect((await position()).top).toBe(0);
});

test('/ jumps to the filter and Esc closes the open request, as in DevTools', async () => {
  const panel = await suite.session.openPanel();
  await loadTestPage(suite.session, suite.server, '/mixed');
  await requestRow(panel, '/api/crash').click();
  await expect(panel.locator('.detail-view')).toBeVisible();
  await panel.locator('.request-table-scroller').press('/');
  await expect(panel.locator('input.toolbar-filter')).toBeFocused();
  await expect(panel.locator('input.toolbar-filter')).toHaveValue('');
  await panel.locator('.request-table-scroller').press('Escape');
  await expect(panel.locator('.detail-view')).toHaveCount(0);
});

// The panel in the widths the toolbox gives it, in Firefox ESR's real DevTools: with a request
// open in about 560 px, the list still says which request each row is, nothing scrolls sideways
// and every detail tab is in reach.
import { expect, test } from '@playwright/test';
import { firefoxWithTestServer, selectRow } from '../support/firefox-panel';

const suite = firefoxWithTestServer();

for (const width of [560, 1400]) {
  test(`at ${width} px with a request open, each row still says which request it is`, async () => {
    const firefox = suite.session;
    await firefox.openPanel();
    // The toolbox is docked at the bottom of the browser window, so the panel is as wide as it.
    await firefox.inChrome(`() => window.resizeTo(${width}, 900)`);
    await firefox.navigate(`${suite.server.origin}/mixed`);
    await expect.poll(() => selectRow(firefox, '/api/crash')).toBe(true);

    const layoutOf = () =>
      firefox.inPanel((panel) => {
        const width = (selector: string) => panel.document.querySelector(selector)?.getBoundingClientRect().width ?? 0;
        const scroller = panel.document.querySelector('.request-table-scroller')!;
        const root = panel.document.documentElement;
        const tabs = [...panel.document.querySelectorAll('.detail-tab')];
        const crashRow = [...panel.document.querySelectorAll('tr.request-row')].find((row) => row.querySelector('.url-path')?.textContent === '/api/crash');
        return {
          panelWidth: panel.innerWidth,
          detailOpen: Boolean(panel.document.querySelector('.detail-view')),
          urlColumn: width('th.col-url'),
          methodColumn: width('th.col-method'),
          crashPathWidth: crashRow?.querySelector('.url-path')?.getBoundingClientRect().width ?? 0,
          crashStatus: crashRow?.querySelector('.col-status')?.textContent ?? '',
          listScrollsSideways: scroller.scrollWidth > scroller.clientWidth,
          pageScrollsSideways: root.scrollWidth > root.clientWidth,
          tabsOutOfReach: tabs.filter((tab) => tab.getBoundingClientRect().right > panel.innerWidth + 0.5).map((tab) => tab.textContent),
          tabCount: tabs.length,
        };
      }, null);
    await expect.poll(async () => (await layoutOf()).detailOpen && (await layoutOf()).panelWidth <= width).toBe(true);

    const layout = await layoutOf();
    expect(layout.urlColumn).toBeGreaterThanOrEqual(Math.min(120, layout.panelWidth * 0.4 * 0.6));
    expect(layout.crashPathWidth).toBeGreaterThan(0);
    expect(layout.crashStatus).toContain('500');
    expect(layout.listScrollsSideways).toBe(false);
    expect(layout.pageScrollsSideways).toBe(false);
    expect(layout.tabCount).toBeGreaterThan(2);
    expect(layout.tabsOutOfReach).toEqual([]);
    if (width < 700) expect(layout.methodColumn).toBe(0);
  });
}

test('follows new requests when scrolled to the bottom, and stays put when scrolled up', async () => {
  const firefox = suite.session;
  await firefox.openPanel();
  await firefox.navigate(`${suite.server.origin}/burst`);
  const position = () =>
    firefox.inPanel((panel) => {
      const scroller = panel.document.querySelector('.request-table-scroller')!;
      return { top: scroller.scrollTop, fromBottom: scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight };
    });
  await expect.poll(async () => (await position()).top, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await position()).fromBottom).toBeLessThan(2);

  const fetchMore = (count: number) =>
    firefox.inTab(`Promise.all(Array.from({ length: ${count} }, (_, i) => fetch('/api/ok?more=' + i + '-' + Math.random()).then((response) => response.text()))).then(() => 'fetched')`);
  const summary = () => firefox.inPanel((panel) => panel.document.querySelector('.summary-bar')?.textContent ?? '');
  let before = await summary();
  await fetchMore(5);
  await expect.poll(summary).not.toBe(before);
  await expect.poll(async () => (await position()).fromBottom).toBeLessThan(2);

  await firefox.inPanel((panel) => {
    panel.document.querySelector('.request-table-scroller')!.scrollTop = 0;
    return true;
  });
  before = await summary();
  await fetchMore(5);
  await expect.poll(summary).not.toBe(before);
  expect((await position()).top).toBe(0);
});

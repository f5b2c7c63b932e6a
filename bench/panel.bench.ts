// The built panel under load, in real browsers with real DevTools open (npm run bench:panel):
//  - a page fires 10,000 requests (every tenth a 500 leaking a traceback); rows the panel lists
//    vs requests the server served, and the time from the first request to all rows listed;
//  - capture latency: a probe fetch (a 500 on a route of its own) fully read in the page → its row
//    in the panel's DOM, then → the diagnosis banner redrawn with it; and, on an empty capture
//    before the workload (the badge reads 999+ after it), → the toolbar badge counting it;
//  - frame times while scrolling the whole list, one viewport per animation frame;
//  - JS heap of the panel document and of the extension's DevTools page.
// Each browser runs twice: with our extension, and with a reference extension that only forwards
// each event to a panel that appends a plain row (bench/reference-extension.ts), the floor the
// browser itself sets. Figures of one run on this machine, printed, never asserted. Shortfalls are
// reported as such.
// SEL_CHROME_EXTENSION_DIR / SEL_FIREFOX_EXTENSION_DIR point it at another build than .output/.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame } from '@playwright/test';
import { poll } from '../test/e2e/support/browser-process';
import { CHROME_EXTENSION_DIR, launchChromiumWithDevtools } from '../test/e2e/support/chromium-devtools';
import {
  FIREFOX_EXTENSION_DIR,
  launchFirefoxWithDevtools,
  type FirefoxSession,
  type PanelFunction,
} from '../test/e2e/support/firefox-bidi';
import { writeReferenceExtension } from './reference-extension';
import { BLANK_PAGE, DEVTOOLS_OWN_PATHS, PROBE_PREFIX, WORKLOAD_PAGE, startBenchServer, type BenchServer } from './panel-bench-server';

/** The extension API as the panel frame sees it: only what the benchmark calls there. */
declare const chrome: {
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  devtools: { inspectedWindow: { tabId: number } };
};

// SEL_BENCH_REQUESTS / SEL_BENCH_PROBES shrink a run to try a change; the figures in README use the defaults.
const REQUEST_COUNT = Number(process.env.SEL_BENCH_REQUESTS ?? 10_000);
const BATCH_SIZE = 100;
const PROBE_COUNT = Number(process.env.SEL_BENCH_PROBES ?? 30);
const BADGE_PROBE_COUNT = 10;
const PROBE_PAUSE_MS = 200;
const PROBE_TIMEOUT_MS = 10_000;
const WORKLOAD_TIMEOUT_MS = 240_000;
/** After the page is done, rows still arriving is progress; this long without a change is a stall. */
const CAPTURE_STALL_MS = 30_000;
const SCROLL_MAX_FRAMES = 5_000;
const SCROLL_MAX_MS = 60_000;
const MEASURE_TIMEOUT_MS = 600_000;

const chromeExtensionDir = path.resolve(process.env.SEL_CHROME_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);
const firefoxExtensionDir = path.resolve(process.env.SEL_FIREFOX_EXTENSION_DIR ?? FIREFOX_EXTENSION_DIR);

/** One browser with our panel open, driven the same way whichever it is. */
interface PanelUnderTest {
  /** Runs `fn` in the panel document. Sent as source: no named inner functions (tsx would wrap them in __name()). */
  inPanel<T, A>(fn: PanelFunction<T, A>, arg: A): Promise<T>;
  /** Navigates the inspected tab; resolves false if the page did not finish firing in time. */
  loadWorkload(url: string, timeoutMs: number): Promise<boolean>;
  /** Fetches `path` from the inspected page; wall-clock ms when its body was fully read, or undefined. */
  fetchFromPage(path: string): Promise<number | undefined>;
  /**
   * Resolves with the wall-clock ms at which the tab's badge text next differs from what it is now,
   * or undefined after `timeoutMs` or when the extension has no badge.
   */
  nextBadgeChange(timeoutMs: number): Promise<number | undefined>;
  heap(): Promise<HeapFigures>;
  close(): Promise<void>;
}

interface Figures {
  served: number;
  servedErrors: number;
  listed: number;
  listedErrors: number;
  pageFinished: boolean;
  firstToLastServedMs: number;
  otherPathsServed: string;
  firstToAllListedMs?: number;
  servedAfterProbes: number;
  listedAfterProbes: number;
  latenciesMs: number[];
  probesMissed: number;
  /** Row visible → diagnosis banner redrawn with the probe, per probe (none for a panel without a banner). */
  bannerAfterRowMs: number[];
  /** Row visible → toolbar badge changed, per probe on an empty capture (none for an extension without a badge). */
  badgeAfterRowMs: number[];
  frameDeltasMs: number[];
  scrolledToBottom: boolean;
  scrollStepPx: number;
  heap: HeapFigures;
}

interface HeapFigures {
  panel: string;
  devtoolsPage: string;
  method: string;
}

/**
 * Panel-side state, kept between calls as primitives on the panel's own window: in Firefox behind
 * its Xray wrapper (`wrappedJSObject`), where the frame script may only set primitives.
 */
interface BenchState {
  selBenchSummaryChangedAt?: number;
  selBenchProbeSeenAt?: number;
  selBenchBannerChangedAt?: number;
  selBenchScroll?: string;
}
type XrayWindow = Window & { wrappedJSObject?: BenchState };

async function main(): Promise<void> {
  console.log(`workload: ${REQUEST_COUNT} requests in batches of ${BATCH_SIZE}, every tenth a 500 with a Python traceback`);
  console.log(`extensions: ${chromeExtensionDir}, ${firefoxExtensionDir}`);
  // Timings depend on what else runs: say how busy the machine was.
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)} at start`);
  const references = { chromium: writeReferenceExtension('chromium'), firefox: writeReferenceExtension('firefox') };
  const results: { browser: string; figures?: Figures; failure?: string }[] = [];
  try {
    for (const [browser, launch] of [
      ['Chromium', () => launchChromium(chromeExtensionDir)],
      ['Chromium, reference', () => launchChromium(references.chromium)],
      ['Firefox ESR', () => launchFirefox(firefoxExtensionDir)],
      ['Firefox ESR, reference', () => launchFirefox(references.firefox)],
    ] as const) {
      const started = Date.now();
      progress(`${browser}: launching`);
      try {
        const figures = await runOnce(browser, launch);
        results.push({ browser, figures });
        console.log(`${browser}: measured in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (error) {
        results.push({ browser, failure: error instanceof Error ? error.message.split('\n')[0] : String(error) });
      }
    }
  } finally {
    for (const dir of Object.values(references)) rmSync(dir, { recursive: true, force: true });
  }
  printTable(results);
}

async function runOnce(name: string, launch: () => Promise<PanelUnderTest>): Promise<Figures> {
  const server = await startBenchServer({ requestCount: REQUEST_COUNT, batchSize: BATCH_SIZE });
  let browser: PanelUnderTest | undefined;
  try {
    browser = await launch();
    return await withTimeout(measure(browser, server), MEASURE_TIMEOUT_MS, `measuring ${name}`);
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function measure(browser: PanelUnderTest, server: BenchServer): Promise<Figures> {
  // Records when the summary bar last changed, so the time all rows were listed is the panel's own.
  await browser.inPanel((panel) => {
    const state = ((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState;
    const bar = panel.document.querySelector('.summary-bar');
    if (!bar) throw new Error('no .summary-bar in the panel');
    state.selBenchSummaryChangedAt = 0;
    new panel.MutationObserver(() => {
      state.selBenchSummaryChangedAt = panel.performance.timeOrigin + panel.performance.now();
    }).observe(bar, { subtree: true, childList: true, characterData: true });
  }, null);

  // The badge reads 999+ once the workload has run, so its timing is taken first, on an empty capture.
  await browser.loadWorkload(`${server.origin}${BLANK_PAGE}`, PROBE_TIMEOUT_MS);
  const badgeAfterRowMs: number[] = [];
  for (let probe = 1; probe <= BADGE_PROBE_COUNT; probe++) {
    const timing = await probeLatency(browser, `${PROBE_PREFIX.slice(1)}badge-${String(probe).padStart(3, '0')}`, { watchBadge: true });
    if (timing?.badgeAfterRowMs !== undefined) badgeAfterRowMs.push(timing.badgeAfterRowMs);
    await sleep(PROBE_PAUSE_MS);
  }
  await setFilter(browser, '');
  server.resetCounts();

  progress('firing the workload');
  const pageFinished = await browser.loadWorkload(`${server.origin}${WORKLOAD_PAGE}`, WORKLOAD_TIMEOUT_MS);
  let summary = await readSummary(browser);
  let lastChangeSeen = Date.now();
  for (const deadline = Date.now() + WORKLOAD_TIMEOUT_MS; Date.now() < deadline && Date.now() - lastChangeSeen < CAPTURE_STALL_MS; ) {
    if (summary.total >= server.requestsServed()) break;
    await sleep(250);
    const next = await readSummary(browser);
    if (next.total !== summary.total) lastChangeSeen = Date.now();
    summary = next;
  }
  const served = server.requestsServed();
  const servedErrors = server.serverErrorsServed();
  const firstRequestAt = server.firstRequestAt() ?? NaN;
  const firstToLastServedMs = (server.lastRequestAt() ?? NaN) - firstRequestAt;
  const otherPathsServed = [...server.otherPathsServed()]
    .map(([path, count]) => `${path} ×${count}${DEVTOOLS_OWN_PATHS.has(path) ? " (DevTools' own, not counted)" : ''}`)
    .join(', ');
  const complete = summary.total >= served;
  progress(`capture: ${summary.total} rows listed of ${served} requests served`);

  const latenciesMs: number[] = [];
  const bannerAfterRowMs: number[] = [];
  for (let probe = 1; probe <= PROBE_COUNT; probe++) {
    const marker = `${PROBE_PREFIX.slice(1)}${String(probe).padStart(3, '0')}`;
    const timing = await probeLatency(browser, marker, { watchBadge: false });
    if (timing) {
      latenciesMs.push(timing.rowMs);
      if (timing.bannerAfterRowMs !== undefined) bannerAfterRowMs.push(timing.bannerAfterRowMs);
    }
    await sleep(PROBE_PAUSE_MS);
  }
  await sleep(1000);
  const afterProbes = await readSummary(browser);
  const servedAfterProbes = server.requestsServed();
  progress(`latency: ${latenciesMs.length} of ${PROBE_COUNT} probes seen`);

  await setFilter(browser, '');
  await poll('the unfiltered list', () => browser.inPanel((panel) => panel.document.querySelectorAll('.url-path').length > 0, null));
  const scroll = await scrollWholeList(browser);
  progress(`scroll: ${scroll.deltas.length} frames`);

  return {
    served,
    servedErrors,
    listed: summary.total,
    listedErrors: summary.serverErrors,
    pageFinished,
    firstToLastServedMs,
    otherPathsServed,
    firstToAllListedMs: complete ? summary.changedAt - firstRequestAt : undefined,
    servedAfterProbes,
    listedAfterProbes: afterProbes.total,
    latenciesMs,
    probesMissed: PROBE_COUNT - latenciesMs.length,
    bannerAfterRowMs,
    badgeAfterRowMs,
    frameDeltasMs: scroll.deltas,
    scrolledToBottom: scroll.reachedBottom,
    scrollStepPx: scroll.stepPx,
    heap: await browser.heap(),
  };
}

async function readSummary(browser: PanelUnderTest): Promise<{ total: number; serverErrors: number; changedAt: number }> {
  const { text, changedAt } = await browser.inPanel(
    (panel) => ({
      text: panel.document.querySelector('.summary-bar')?.textContent ?? '',
      changedAt: (((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState).selBenchSummaryChangedAt ?? 0,
    }),
    null,
  );
  const match = /(\d+) server errors? of (\d+) requests?/.exec(text);
  if (!match) throw new Error(`unexpected summary bar text: ${JSON.stringify(text)}`);
  return { serverErrors: Number(match[1]), total: Number(match[2]), changedAt };
}

/** Types into the toolbar's URL filter as a user would (an input event, which the panel listens to). */
function setFilter(browser: PanelUnderTest, text: string): Promise<void> {
  return browser.inPanel((panel, value) => {
    const input = panel.document.querySelector<HTMLInputElement>('input.toolbar-filter');
    if (!input) throw new Error('no filter input in the panel toolbar');
    input.value = value;
    input.dispatchEvent(new panel.Event('input', { bubbles: true }));
  }, text);
}

interface ProbeTiming {
  /** Probe body read in the page → its row in the panel's DOM. */
  rowMs: number;
  bannerAfterRowMs?: number;
  badgeAfterRowMs?: number;
}

/**
 * One probe, a 500 on a route of its own: filter the list to `marker`, watch for its row, for the
 * diagnosis banner to change (a new failing route changes its numbers) and for the badge to count
 * it, then fetch it from the page.
 */
async function probeLatency(browser: PanelUnderTest, marker: string, { watchBadge }: { watchBadge: boolean }): Promise<ProbeTiming | undefined> {
  await setFilter(browser, marker);
  await poll(`the list filtered to ${marker}`, () => browser.inPanel((panel) => panel.document.querySelectorAll('.url-path').length === 0, null), PROBE_TIMEOUT_MS);
  await browser.inPanel((panel, wanted) => {
    const state = ((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState;
    state.selBenchProbeSeenAt = 0;
    state.selBenchBannerChangedAt = 0;
    const bannerBefore = panel.document.querySelector('.diagnosis-banner')?.textContent ?? undefined;
    const observer = new panel.MutationObserver(() => {
      const now = panel.performance.timeOrigin + panel.performance.now();
      const banner = panel.document.querySelector('.diagnosis-banner')?.textContent ?? undefined;
      if (!state.selBenchBannerChangedAt && bannerBefore !== undefined && banner !== bannerBefore) state.selBenchBannerChangedAt = now;
      if (!state.selBenchProbeSeenAt && [...panel.document.querySelectorAll('.url-path')].some((element) => element.textContent?.includes(wanted))) {
        state.selBenchProbeSeenAt = now;
      }
      if (state.selBenchProbeSeenAt && (state.selBenchBannerChangedAt || bannerBefore === undefined)) observer.disconnect();
    });
    observer.observe(panel.document.body, { subtree: true, childList: true, characterData: true });
  }, marker);
  const badgeChange = watchBadge ? browser.nextBadgeChange(PROBE_TIMEOUT_MS) : Promise.resolve(undefined);
  const bodyReadAt = await browser.fetchFromPage(`/${marker}`);
  if (bodyReadAt === undefined) return undefined;
  const seenAt = await poll(
    `the row of ${marker}`,
    () => browser.inPanel((panel) => (((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState).selBenchProbeSeenAt, null),
    PROBE_TIMEOUT_MS,
  ).catch(() => undefined);
  if (seenAt === undefined) return undefined;
  const bannerAt = await poll(
    `the banner to count ${marker}`,
    () => browser.inPanel((panel) => (((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState).selBenchBannerChangedAt, null),
    1000,
  ).catch(() => undefined);
  const badgeAt = await badgeChange;
  return {
    rowMs: seenAt - bodyReadAt,
    ...(bannerAt ? { bannerAfterRowMs: bannerAt - seenAt } : {}),
    ...(badgeAt ? { badgeAfterRowMs: badgeAt - seenAt } : {}),
  };
}

/** Scrolls the list top to bottom, one viewport per animation frame, and collects the frame deltas. */
async function scrollWholeList(browser: PanelUnderTest): Promise<{ deltas: number[]; reachedBottom: boolean; stepPx: number }> {
  await browser.inPanel(
    (panel, caps) => {
      const state = ((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState;
      const scroller = panel.document.querySelector<HTMLElement>('.request-table-scroller');
      if (!scroller) throw new Error('no .request-table-scroller in the panel');
      state.selBenchScroll = '';
      scroller.scrollTop = 0;
      // Not awaited: a frame script answers within 5 s, a long scroll takes longer; results are polled.
      void (async () => {
        const deltas: number[] = [];
        const stepPx = scroller.clientHeight;
        let previous = await new Promise<number>((resolve) => panel.requestAnimationFrame(resolve));
        const started = previous;
        let reachedBottom = false;
        while (!reachedBottom && deltas.length < caps.maxFrames && previous - started < caps.maxMs) {
          scroller.scrollTop += stepPx;
          const now = await new Promise<number>((resolve) => panel.requestAnimationFrame(resolve));
          deltas.push(now - previous);
          previous = now;
          reachedBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        }
        state.selBenchScroll = JSON.stringify({ deltas, reachedBottom, stepPx });
      })();
    },
    { maxFrames: SCROLL_MAX_FRAMES, maxMs: SCROLL_MAX_MS },
  );
  const json = await poll(
    'the scroll to finish',
    () => browser.inPanel((panel) => (((panel as XrayWindow).wrappedJSObject ?? panel) as BenchState).selBenchScroll, null),
    SCROLL_MAX_MS + 10_000,
  );
  return JSON.parse(json) as { deltas: number[]; reachedBottom: boolean; stepPx: number };
}

async function launchChromium(extensionDir: string): Promise<PanelUnderTest> {
  const session = await launchChromiumWithDevtools({ extensionDir });
  try {
    const panelFrame = await session.openPanel();
    const devtoolsFrame = await poll('our DevTools page frame', () =>
      session.devtoolsPage.frames().find((frame) => frame.url() === `chrome-extension://${session.extensionId}/devtools.html`),
    );
    // Collect garbage first: what the documents retain, not what they happened to allocate lately.
    const heapOf = async (frame: Frame): Promise<{ usedBytes: number; isolateId: string }> => {
      const cdp = await session.context.newCDPSession(frame);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { id } = await cdp.send('Runtime.getIsolateId');
      await cdp.detach();
      return { usedBytes: usedSize, isolateId: id };
    };
    return {
      inPanel: (fn, arg) => panelFrame.evaluate(`(${fn.toString()})(window, ${JSON.stringify(arg ?? null)})`),
      loadWorkload: async (url, timeoutMs) => {
        await session.inspectedPage.goto(url);
        return session.inspectedPage
          .waitForFunction(() => document.title === 'done', null, { timeout: timeoutMs, polling: 250 })
          .then(() => true, () => false);
      },
      fetchFromPage: (probePath) =>
        session.inspectedPage
          .evaluate(async (wanted) => {
            const response = await fetch(wanted);
            await response.text();
            return performance.timeOrigin + performance.now();
          }, probePath)
          .catch(() => undefined),
      // Polled from the panel, which shares the extension's chrome.action; no action, no badge.
      nextBadgeChange: (timeoutMs) =>
        panelFrame.evaluate(async (timeout) => {
          if (!chrome.action) return undefined;
          const tabId = chrome.devtools.inspectedWindow.tabId;
          const before = await chrome.action.getBadgeText({ tabId });
          for (const deadline = performance.now() + timeout; performance.now() < deadline; ) {
            if ((await chrome.action.getBadgeText({ tabId })) !== before) return performance.timeOrigin + performance.now();
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          return undefined;
        }, timeoutMs),
      heap: async () => {
        const panel = await heapOf(panelFrame);
        const devtoolsPage = await heapOf(devtoolsFrame);
        const shared = panel.isolateId === devtoolsPage.isolateId;
        return {
          panel: megabytes(panel.usedBytes),
          devtoolsPage: megabytes(devtoolsPage.usedBytes),
          method: `CDP Runtime.getHeapUsage per V8 isolate${shared ? '; the panel and the DevTools page share one isolate, so both figures are their sum' : ''}`,
        };
      },
      close: () => session.close(),
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function launchFirefox(extensionDir: string): Promise<PanelUnderTest> {
  const session = await launchFirefoxWithDevtools({ extensionDir });
  try {
    await session.openPanel();
    return {
      inPanel: (fn, arg) => session.inPanel(fn, arg),
      loadWorkload: async (url, timeoutMs) => {
        await session.inChrome(`() => openTrustedLinkIn(${JSON.stringify(url)}, 'current')`);
        // The page before may be titled "done" too: wait for this URL's document.
        const finished = `() => gBrowser.selectedBrowser.currentURI.spec === ${JSON.stringify(url)} && gBrowser.selectedBrowser.contentTitle === "done"`;
        return poll('the page to finish', () => session.inChrome<boolean>(finished), timeoutMs).then(
          () => true,
          () => false,
        );
      },
      fetchFromPage: (probePath) => fetchFromFirefoxPage(session, probePath),
      nextBadgeChange: (timeoutMs) => nextFirefoxBadgeChange(session, timeoutMs),
      heap: () => firefoxHeap(session),
      close: () => session.close(),
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * BiDi is not exposed by the session, so the fetch runs through a frame script in the inspected
 * tab, calling the page's own fetch (through `wrappedJSObject`, so the request is the page's).
 */
function fetchFromFirefoxPage(session: FirefoxSession, probePath: string): Promise<number | undefined> {
  const frameScript = `content.wrappedJSObject.fetch(${JSON.stringify(probePath)})
    .then((response) => response.text())
    .then(() => sendAsyncMessage('sel-bench-probe', { at: content.performance.timeOrigin + content.performance.now() }),
          (error) => sendAsyncMessage('sel-bench-probe', { error: String(error) }));`;
  return session
    .inChrome<{ at?: number }>(`() => new Promise((resolve) => {
      const manager = gBrowser.selectedBrowser.messageManager;
      const timer = setTimeout(() => resolve({}), ${PROBE_TIMEOUT_MS});
      manager.addMessageListener('sel-bench-probe', function listener(message) {
        manager.removeMessageListener('sel-bench-probe', listener);
        clearTimeout(timer);
        resolve(message.data);
      });
      manager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
    })`)
    .then((answer) => answer.at);
}

/** Polled in the browser's chrome, where the add-on's browserAction keeps each tab's badge text. */
function nextFirefoxBadgeChange(session: FirefoxSession, timeoutMs: number): Promise<number | undefined> {
  return session.inChrome<number | null>(`async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(session.addonId)}).extension;
    if (!extension.manifest.browser_action) return null;
    const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
    const read = () => action.getProperty(gBrowser.selectedTab, 'badgeText') ?? '';
    const before = read();
    for (const deadline = Date.now() + ${timeoutMs}; Date.now() < deadline; ) {
      if (read() !== before) return Date.now();
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return null;
  }`).then((at) => at ?? undefined);
}

/**
 * Firefox has no performance.memory; about:memory's reporters attribute JS memory (zone and realms)
 * to each window, after a GC and CC in every process as its "Minimize memory usage" does.
 */
async function firefoxHeap(session: FirefoxSession): Promise<HeapFigures> {
  const bytesByPage = await session.inChrome<Record<string, number>>(`() => new Promise((resolve) => {
    const host = WebExtensionPolicy.getByID(${JSON.stringify(session.addonId)}).mozExtensionHostname;
    // Reporter paths write the URLs' slashes as backslashes.
    const prefix = 'explicit/window-objects/top(moz-extension://' + host + '/';
    const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
    const totals = {};
    manager.minimizeMemoryUsage(() => manager.getReports((process, path, kind, units, amount) => {
      const normalized = path.replaceAll('\\\\', '/');
      if (units !== Ci.nsIMemoryReporter.UNITS_BYTES || !normalized.startsWith(prefix) || !normalized.includes('/js-')) return;
      const page = normalized.slice(prefix.length).split(',')[0];
      totals[page] = (totals[page] ?? 0) + amount;
    }, null, () => resolve(totals), null, false));
  })`);
  const figure = (page: string) => (bytesByPage[page] === undefined ? 'n/a (no such window)' : megabytes(bytesByPage[page]));
  return {
    panel: figure('devtools-panel.html'),
    devtoolsPage: figure('devtools.html'),
    method: 'about:memory reporters, JS of each window (zone + realms)',
  };
}

function printTable(results: { browser: string; figures?: Figures; failure?: string }[]): void {
  const rows: [string, (figures: Figures) => string][] = [
    ['requests served to the page (server count)', (f) => `${f.served} (${f.servedErrors} 5xx)`],
    ['rows listed in the panel (summary bar)', (f) => `${f.listed} (${f.listedErrors} 5xx)`],
    ['requests other than API calls', (f) => f.otherPathsServed],
    ['rows missing', (f) => `${f.served - f.listed} (${f.servedErrors - f.listedErrors} 5xx)${f.pageFinished ? '' : ', page did not finish firing'}`],
    ['first request → last request served', (f) => seconds(f.firstToLastServedMs)],
    ['first request → all rows listed', (f) => (f.firstToAllListedMs === undefined ? 'never (rows missing)' : seconds(f.firstToAllListedMs))],
    ['after the probes: served / listed', (f) => `${f.servedAfterProbes} / ${f.listedAfterProbes}`],
    ['capture latency median / p95', (f) => `${ms(percentile(f.latenciesMs, 50))} / ${ms(percentile(f.latenciesMs, 95))} (${f.latenciesMs.length} probes, ${f.probesMissed} missed)`],
    ['row → diagnosis banner median / p95', (f) => afterRow(f.bannerAfterRowMs, f.latenciesMs.length, 'no banner')],
    ['row → toolbar badge median / p95 (empty capture)', (f) => afterRow(f.badgeAfterRowMs, BADGE_PROBE_COUNT, 'no badge')],
    ['scroll frame time median / p95 / max', (f) =>
      `${ms(percentile(f.frameDeltasMs, 50))} / ${ms(percentile(f.frameDeltasMs, 95))} / ${ms(Math.max(...f.frameDeltasMs))} (${f.frameDeltasMs.length} frames of ${f.scrollStepPx} px${f.scrolledToBottom ? '' : ', bottom not reached'})`],
    ['panel JS heap after GC', (f) => f.heap.panel],
    ['DevTools page JS heap after GC', (f) => f.heap.devtoolsPage],
    ['heap measured as', (f) => f.heap.method],
  ];
  const header = ['measure', ...results.map((result) => result.browser)];
  const body = rows.map(([label, cell]) => [label, ...results.map((result) => (result.figures ? cell(result.figures) : 'not measured'))]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
  for (const result of results) if (result.failure) console.log(`\n${result.browser} was not measured: ${result.failure}`);
}

function afterRow(values: number[], probes: number, none: string): string {
  if (values.length === 0) return `n/a (${none})`;
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}${values.length < probes ? ` (${probes - values.length} of ${probes} never changed)` : ''}`;
}

function percentile(values: number[], wanted: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((wanted / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const seconds = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'n/a');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Progress goes to stderr, so stdout holds only the results. */
const progress = (message: string) => console.error(`  … ${message}`);
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${timeoutMs / 1000} s`)), timeoutMs)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

await main();

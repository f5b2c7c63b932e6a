// Starts Debian's Chromium with our built extension and DevTools already open, then hands the tests
// Playwright handles on the inspected tab, the DevTools front-end and our panel's frame.
// Recipe: ../shared/notes/e2e-real-browsers.md (connect only after the devtools:// page exists).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { poll, startBrowserProcess } from './browser-process';

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';
/** SEL_CHROME_EXTENSION_DIR runs the suite against another build (an older one, to see a test fail). */
export const CHROME_EXTENSION_DIR = path.resolve(process.env.SEL_CHROME_EXTENSION_DIR ?? '.output/chrome-mv3');
const PANEL_TITLE = 'Server Errors';
// Evaluated inside extension pages, where Chrome's own API object exists.
declare const chrome: any;

export interface ChromiumSession {
  browser: Browser;
  context: BrowserContext;
  inspectedPage: Page;
  devtoolsPage: Page;
  extensionId: string;
  /** Selects our panel in DevTools and returns its document's frame. */
  openPanel(): Promise<Frame>;
  /** The toolbar badge text for the inspected tab (opens our panel to read it). */
  badgeText(): Promise<string>;
  serviceWorker(): Promise<Worker>;
  /** Stops the extension's MV3 service worker, as Chrome does when it idles. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface ChromiumLaunchOptions {
  headless?: boolean;
  /** Another build of the extension than .output/chrome-mv3 (e.g. a copy a benchmark runs against). */
  extensionDir?: string;
  /**
   * Optional permissions the user granted in an earlier run, as Chromium keeps them in the profile.
   * Its grant dialog cannot be answered headless, so this is how a test starts with them granted.
   */
  grantedOptional?: { permissions: string[]; origins: string[] };
}

/** The id Chromium gives an unpacked extension: the SHA-256 of its folder's path, in letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export async function launchChromiumWithDevtools({
  headless = true,
  extensionDir = CHROME_EXTENSION_DIR,
  grantedOptional,
}: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'sel-chromium-'));
  // Dock DevTools at the bottom, as most people use it, so the panel gets the window's width.
  mkdirSync(path.join(profileDir, 'Default'));
  writeFileSync(
    path.join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({
      devtools: {
        preferences: {
          currentDockState: '"bottom"',
          'inspector-view.split-view-state': JSON.stringify({ horizontal: { size: 560 } }),
        },
      },
      ...(grantedOptional && { extensions: { settings: { [unpackedExtensionId(extensionDir)]: grantedPermissionPrefs(grantedOptional) } } }),
    }),
  );
  const browserProcess = startBrowserProcess(
    'Chromium',
    CHROMIUM_BINARY,
    [
      ...(headless ? ['--headless'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profileDir}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--auto-open-devtools-for-tabs',
      '--remote-debugging-port=0',
      '--window-size=1400,900',
      'about:blank',
    ],
    profileDir,
  );
  const stopBrowser = browserProcess.stop;
  try {
    const wsUrl = (await browserProcess.announced(/DevTools listening on (ws:\/\/\S+)/, 30_000))[1]!;
    const httpOrigin = `http://${new URL(wsUrl).host}`;
    await poll('a devtools:// front-end', async () => {
      const targets = (await (await fetch(`${httpOrigin}/json/list`)).json()) as { type: string; url: string }[];
      return targets.some((target) => target.type === 'page' && target.url.startsWith('devtools://'));
    });
    const browser = await chromium.connectOverCDP(wsUrl);
    const context = browser.contexts()[0]!;
    const devtoolsPage = await poll('the DevTools page handle', () =>
      context.pages().find((page) => page.url().startsWith('devtools://')),
    );
    const inspectedPage = await poll('the inspected page handle', () =>
      context.pages().find((page) => !page.url().startsWith('devtools://')),
    );
    const stoppedWorkers = new WeakSet<Worker>();
    const serviceWorker = () =>
      poll('the extension service worker', async () =>
        context
          .serviceWorkers()
          .findLast((worker) => worker.url().startsWith('chrome-extension://') && !stoppedWorkers.has(worker)),
      );
    const extensionId = new URL((await serviceWorker()).url()).host;
    // Requests fired before the DevTools page has loaded would only reach us through backfill;
    // the tests want the live path, as a user who opened DevTools a moment ago gets.
    await poll('our DevTools page', () =>
      devtoolsPage
        .frames()
        .find((frame) => frame.url() === `chrome-extension://${extensionId}/devtools.html`)
        ?.evaluate(() => document.readyState === 'complete'),
    );

    const stopServiceWorker = async () => {
      const running = await serviceWorker();
      const cdp = await context.newCDPSession(inspectedPage);
      // Waits for Chrome's own report that a version at the worker's URL stopped. An open DevTools
      // page reconnects at once and Chrome restarts the worker, often under the same target id,
      // so polling the target list can miss the moment it was gone.
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((version) => version.scriptURL === running.url() && version.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Timed out waiting for the service worker to stop')), 20_000);
      });
      await Promise.race([stopped, timedOut]).finally(() => clearTimeout(timer));
      await cdp.detach();
      stoppedWorkers.add(running);
    };

    const openPanel = async (): Promise<Frame> => {
      const panelId = `chrome-extension://${extensionId}${PANEL_TITLE.replace(/ /g, '')}`;
      await poll('our panel tab in DevTools', () =>
        devtoolsPage.evaluate(async (id) => {
          // @ts-expect-error DevTools front-end module, resolved inside devtools://
          const UI = await import('./ui/legacy/legacy.js');
          return UI.InspectorView.InspectorView.instance().tabbedPane.tabIds().includes(id);
        }, panelId),
      );
      await devtoolsPage.evaluate(async (id) => {
        // @ts-expect-error DevTools front-end module, resolved inside devtools://
        const UI = await import('./ui/legacy/legacy.js');
        await UI.InspectorView.InspectorView.instance().showPanel(id);
      }, panelId);
      return poll('the panel frame', () =>
        devtoolsPage.frames().find((frame) => frame.url().startsWith(`chrome-extension://${extensionId}/devtools-panel.html`)),
      );
    };

    // Read through our panel page: it shares the extension's chrome.action with the worker, and
    // Playwright does not hand out a restarted worker once the first one was stopped.
    const badgeText = async () =>
      (await openPanel()).evaluate(() =>
        chrome.action.getBadgeText({ tabId: chrome.devtools.inspectedWindow.tabId }),
      ) as Promise<string>;

    return {
      browser,
      context,
      inspectedPage,
      devtoolsPage,
      extensionId,
      openPanel,
      badgeText,
      serviceWorker,
      stopServiceWorker,
      close: async () => {
        try {
          const session = await browser.newBrowserCDPSession();
          await session.send('Browser.close');
        } catch {
          /* the process is killed below anyway */
        }
        stopBrowser();
      },
    };
  } catch (error) {
    stopBrowser();
    throw error;
  }
}

function grantedPermissionPrefs({ permissions, origins }: { permissions: string[]; origins: string[] }) {
  const set = { api: permissions, explicit_host: origins, manifest_permissions: [], scriptable_host: [] };
  return { granted_permissions: set, active_permissions: set, runtime_granted_permissions: set };
}

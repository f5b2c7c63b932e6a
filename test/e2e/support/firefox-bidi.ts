// Starts Debian's Firefox ESR headless with our built add-on installed as a temporary add-on, and
// drives it over WebDriver BiDi: the inspected tab as a content context, DevTools and the toolbar
// badge through privileged script in the browser window (over Marionette, see marionette.ts), and
// our panel's document through a frame script (BiDi lists no context for it).
// Recipe: ../shared/notes/e2e-real-browsers.md, section Firefox ESR.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { poll, startBrowserProcess } from './browser-process';
import { MARIONETTE_ANY_PORT_PREF, MarionetteConnection } from './marionette';

export const FIREFOX_BINARY = process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr';
/** SEL_FIREFOX_EXTENSION_DIR runs the suite against another build (an older one, to see a test fail). */
export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.SEL_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
const PANEL_TITLE = 'Server Errors';

/**
 * Runs in the panel's window (the frame script's `content`, seen through Xray wrappers: DOM works,
 * page-set globals are on `panel.wrappedJSObject`). Sent as source, so it must be self-contained;
 * `arg` is passed as JSON.
 */
export type PanelFunction<T, A> = (panel: Window & typeof globalThis, arg: A) => T | Promise<T>;

export interface FirefoxSession {
  addonId: string;
  /** Opens the toolbox on the inspected tab, showing the given built-in tool (not ours). */
  openToolbox(toolId?: string): Promise<void>;
  /** Selects our panel in the toolbox (opening the toolbox if needed). */
  openPanel(): Promise<void>;
  /** Opens another tab and selects it; the other calls then drive and read that tab. Returns its index. */
  openTab(): Promise<number>;
  /** Selects the tab opened as `index` (0: the first). */
  selectTab(index: number): Promise<void>;
  /** Closes the toolbox of the inspected tab, as the user closing DevTools does. */
  closeToolbox(): Promise<void>;
  /** Navigates the inspected tab and waits until the test page marked itself done. */
  navigate(url: string): Promise<void>;
  /** Shows our options page in the selected tab, as a page of its own. */
  openOptionsPage(): Promise<void>;
  /** Clicks the centre of the first element matching `selector` in the selected tab with real input events. */
  clickInTab(selector: string): Promise<void>;
  /** Evaluates an expression in the selected tab's page, awaiting a promise; returns its primitive value. */
  inTab(expression: string): Promise<unknown>;
  /** Text of the first element matching `selector` in the selected tab (null: none). */
  textInTab(selector: string): Promise<string | null>;
  /** Runs a function in our panel's document and returns its JSON-serialisable result. */
  inPanel<T, A = undefined>(fn: PanelFunction<T, A>, arg?: A): Promise<T>;
  /** Runs privileged script in the browser window; `fn` gets the window's globals. */
  inChrome<T>(fn: string): Promise<T>;
  /** The toolbar badge text our add-on set for the inspected tab. */
  badgeText(): Promise<string>;
  /**
   * Stops our background page (Firefox's own test hook) and returns its state afterwards; the next
   * message to it starts it again, with none of its former memory.
   */
  stopBackground(): Promise<string>;
  close(): Promise<void>;
}

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface FirefoxLaunchOptions {
  theme?: 'light' | 'dark';
  /** Another build of the add-on than .output/firefox-mv2 (e.g. a copy a benchmark runs against). */
  extensionDir?: string;
}

export async function launchFirefoxWithDevtools({
  theme = 'light',
  extensionDir = FIREFOX_EXTENSION_DIR,
}: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'sel-firefox-'));
  writeFileSync(path.join(profileDir, 'user.js'), MARIONETTE_ANY_PORT_PREF);
  const port = await freeLoopbackPort();
  const browserProcess = startBrowserProcess(
    'Firefox',
    FIREFOX_BINARY,
    ['-headless', '--marionette', '--remote-debugging-port', String(port), '--remote-allow-system-access', '-no-remote', '-profile', profileDir, 'about:blank'],
    profileDir,
    { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  );
  let marionette: MarionetteConnection | undefined;
  const stopBrowser = () => {
    marionette?.close();
    browserProcess.stop();
  };
  try {
    await browserProcess.announced(/WebDriver BiDi listening/, 60_000);
    marionette = await MarionetteConnection.open(profileDir);
    const session = await marionette.send<{ capabilities: { webSocketUrl: string } }>('WebDriver:NewSession', { webSocketUrl: true });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const bidi = await BidiConnection.open(session.capabilities.webSocketUrl);
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    // The inspected tabs, by the order they were opened; the selected one is driven and read.
    const tabContexts = [await firstTab(bidi)];
    let selectedTab = 0;

    const chrome = marionette;
    const inChrome = async <T>(source: string): Promise<T> => {
      const script = `return (async () => JSON.stringify(await (${source})()))()`;
      const { value: json } = await chrome.send<{ value: unknown }>('WebDriver:ExecuteScript', { script, args: [] }).catch((error: Error) => {
        throw new Error(`chrome script failed: ${error.message}`);
      });
      return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
    };

    await inChrome(`() => Services.prefs.setCharPref('devtools.theme', ${JSON.stringify(theme)})`);

    const openToolbox = (toolId = 'webconsole') =>
      inChrome<void>(`async () => {
        ${DEVTOOLS_IMPORT}
        await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: ${JSON.stringify(toolId)} });
      }`);

    const openPanel = async () => {
      const toolId = await poll('our panel in the toolbox', () =>
        inChrome<string | null>(`async () => {
          ${DEVTOOLS_IMPORT}
          const toolbox = gDevTools.getToolboxForTab(gBrowser.selectedTab)
            ?? await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: 'webconsole' });
          const tab = [...toolbox.doc.querySelectorAll('.devtools-tab')]
            .find((element) => element.textContent.trim() === ${JSON.stringify(PANEL_TITLE)});
          return tab ? tab.id.replace(/^toolbox-tab-/, '') : null;
        }`),
      );
      await inChrome(`async () => {
        ${DEVTOOLS_IMPORT}
        await gDevTools.getToolboxForTab(gBrowser.selectedTab).selectTool(${JSON.stringify(toolId)});
      }`);
      // The panel's <browser> holds about:blank until our page has loaded into it.
      await poll('the panel document', () =>
        inPanelOnce((panel) => panel.location.pathname === '/devtools-panel.html' && panel.document.readyState === 'complete'),
      );
    };

    let frameScriptCalls = 0;
    // One frame script per call: it runs `fn` in the panel's window and posts back the JSON result.
    const inPanelOnce = <T, A = undefined>(fn: PanelFunction<T, A>, arg?: A): Promise<T> => {
      const reply = `sel-probe-${++frameScriptCalls}`;
      const script = `Promise.resolve().then(() => (${fn.toString()})(content, ${JSON.stringify(arg ?? null)}))
        .then((value) => sendAsyncMessage(${JSON.stringify(reply)}, { value: JSON.stringify(value) }),
              (error) => sendAsyncMessage(${JSON.stringify(reply)}, { error: String(error) }));`;
      return inChrome<{ value?: string; error?: string }>(`() => new Promise((resolve, reject) => {
        ${DEVTOOLS_IMPORT}
        const toolbox = gDevTools.getToolboxForTab(gBrowser.selectedTab);
        const panelFrame = [...(toolbox?.doc.querySelectorAll('iframe') ?? [])]
          .find((frame) => frame.contentDocument?.getElementById('webext-panels-browser'));
        const browser = panelFrame?.contentDocument.getElementById('webext-panels-browser');
        if (!browser?.messageManager) return reject(new Error('our panel is not open'));
        const manager = browser.messageManager;
        const timer = setTimeout(() => reject(new Error('the panel did not answer')), 5000);
        manager.addMessageListener(${JSON.stringify(reply)}, function listener(message) {
          manager.removeMessageListener(${JSON.stringify(reply)}, listener);
          clearTimeout(timer);
          resolve(message.data);
        });
        manager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
      })`).then((answer) => {
        if (answer.error !== undefined) throw new Error(`panel script failed: ${answer.error}`);
        return (answer.value === undefined ? undefined : JSON.parse(answer.value)) as T;
      });
    };

    const selectTab = async (index: number) => {
      await bidi.send('browsingContext.activate', { context: tabContexts[index]! });
      selectedTab = index;
    };
    const openTab = async () => {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      tabContexts.push(context);
      await selectTab(tabContexts.length - 1);
      return selectedTab;
    };

    const closeToolbox = () =>
      inChrome<void>(`async () => {
        ${DEVTOOLS_IMPORT}
        await gDevTools.closeToolboxForTab(gBrowser.selectedTab);
      }`);

    const navigate = async (url: string) => {
      const contentContext = tabContexts[selectedTab]!;
      await bidi.send('browsingContext.navigate', { context: contentContext, url, wait: 'complete' });
      await poll(`${url} to finish its requests`, async () => {
        const evaluated = await bidi.send<BidiEvaluateResult>('script.evaluate', {
          expression: 'document.title',
          target: { context: contentContext },
          awaitPromise: false,
        });
        return evaluated.result?.value === 'done';
      });
      // Firefox drops onRequestFinished events of a document replaced before they were delivered.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    };

    const inTab = async (expression: string): Promise<unknown> => {
      const evaluated = await bidi.send<BidiEvaluateResult>('script.evaluate', {
        expression,
        target: { context: tabContexts[selectedTab]! },
        awaitPromise: true,
      });
      if (evaluated.type === 'exception') throw new Error(`tab script failed: ${evaluated.exceptionDetails?.text}`);
      return evaluated.result?.value;
    };
    const textInTab = async (selector: string) =>
      (await inTab(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`)) as string | null;
    const openOptionsPage = async () => {
      const host = await inChrome<string>(`() => WebExtensionPolicy.getByID(${JSON.stringify(extension)}).mozExtensionHostname`);
      await bidi.send('browsingContext.navigate', { context: tabContexts[selectedTab]!, url: `moz-extension://${host}/options.html`, wait: 'complete' });
    };
    // Trusted pointer events: a permission request counts only from the user's own click.
    const clickInTab = async (selector: string) => {
      const centre = JSON.parse(
        String(
          await inTab(`(() => {
            const box = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
            return JSON.stringify(box ? { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) } : null);
          })()`),
        ),
      ) as { x: number; y: number } | null;
      if (!centre) throw new Error(`nothing matches ${selector} in the tab`);
      await bidi.send('input.performActions', {
        context: tabContexts[selectedTab]!,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', x: centre.x, y: centre.y },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    };

    const ourExtension = `WebExtensionPolicy.getByID(${JSON.stringify(extension)}).extension`;
    const badgeText = () =>
      inChrome<string>(`() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        return ExtensionParent.apiManager.global.browserActionFor(${ourExtension}).action
          .getProperty(gBrowser.selectedTab, 'badgeText') ?? '';
      }`);
    const stopBackground = () =>
      inChrome<string>(`async () => {
        const extension = ${ourExtension};
        await extension.terminateBackground({ disableResetIdleForTest: true });
        return String(extension.backgroundState);
      }`);

    return {
      addonId: extension,
      openToolbox,
      openPanel,
      closeToolbox,
      openTab,
      selectTab,
      navigate,
      openOptionsPage,
      clickInTab,
      inTab,
      textInTab,
      inPanel: inPanelOnce,
      inChrome,
      badgeText,
      stopBackground,
      close: async () => {
        await bidi.send('browser.close', {}).catch(() => {});
        bidi.close();
        stopBrowser();
      },
    };
  } catch (error) {
    stopBrowser();
    throw error;
  }
}

const DEVTOOLS_IMPORT = `
  const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
  const { gDevTools } = require('devtools/client/framework/devtools');`;

async function firstTab(bidi: BidiConnection): Promise<string> {
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  const context = contexts[0]?.context;
  if (!context) throw new Error('Firefox has no tab');
  return context;
}

/** A minimal WebDriver BiDi client: numbered commands, each resolved by the answer with its id. */
class BidiConnection {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static open(url: string): Promise<BidiConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new BidiConnection(socket)));
      socket.once('error', reject);
    });
  }

  send<T = unknown>(method: string, params: object): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Firefox needs a fixed port number; ask the OS for a free one on loopback. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

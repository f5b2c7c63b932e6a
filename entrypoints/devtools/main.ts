import { browser } from 'wxt/browser';
import { connectBadge } from '@/adapters/badge-port';
import { devtoolsNetworkEvents, inspectedTabId } from '@/adapters/devtools-network';
import { sendFromInspectedPage } from '@/adapters/inspected-page';
import { openDevtoolsSide } from '@/messaging/tab-channel';
import { startCaptureSession } from '@/session/capture-session';
import { browserTaskScheduler } from '@/session/task-scheduler';
import { createWorkerAnalyser, type AnalysisWorker } from '@/session/worker-analyser';

const PRESERVE_LOG_KEY = 'server-error-lens.preserve-log';

// Capture starts here, not in the panel: the panel document exists only once it is first shown.
const tabId = inspectedTabId();
const panel = openDevtoolsSide(tabId, (message) => session.handlePanelMessage(message));
const session = startCaptureSession({
  network: devtoolsNetworkEvents(),
  analyse: createWorkerAnalyser(
    () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as AnalysisWorker,
  ),
  panel,
  badge: connectBadge(tabId),
  scheduler: browserTaskScheduler(),
  inspectedPage: { send: sendFromInspectedPage },
  extensionVersion: browser.runtime.getManifest().version,
  preserveLog: {
    load: () => localStorage.getItem(PRESERVE_LOG_KEY) === 'true',
    save: (value) => localStorage.setItem(PRESERVE_LOG_KEY, String(value)),
  },
});
void browser.devtools.panels.create('Server Errors', 'icon/32.png', 'devtools-panel.html');

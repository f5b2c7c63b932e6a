import { browser } from 'wxt/browser';
import { inspectedTabId } from '@/adapters/devtools-network';
import { startCaptureSession } from './capture-session';

// Capture starts here, not in the panel: the panel document exists only once it is first shown.
startCaptureSession(inspectedTabId(), new AbortController().signal);
void browser.devtools.panels.create('Server Errors', 'icon/32.png', 'devtools-panel.html');

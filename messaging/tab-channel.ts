// The DevTools page and the panel of one inspected tab talk over a BroadcastChannel: both are
// pages of our extension's origin in the same DevTools window, in Chrome and in Firefox, and a
// channel needs no background relay (which an MV3 worker could drop when it is stopped).
import type { DevtoolsToPanel, PanelToDevtools } from './protocol';

function channelName(tabId: number): string {
  return `server-error-lens/tab/${tabId}`;
}

export interface TypedChannel<Send, Receive> {
  send(message: Send): void;
  close(): void;
}

function openChannel<Send, Receive>(
  tabId: number,
  onMessage: (message: Receive) => void,
): TypedChannel<Send, Receive> {
  const channel = new BroadcastChannel(channelName(tabId));
  channel.onmessage = (event: MessageEvent<Receive>) => onMessage(event.data);
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

export const openDevtoolsSide = (tabId: number, onMessage: (message: PanelToDevtools) => void) =>
  openChannel<DevtoolsToPanel, PanelToDevtools>(tabId, onMessage);

export const openPanelSide = (tabId: number, onMessage: (message: DevtoolsToPanel) => void) =>
  openChannel<PanelToDevtools, DevtoolsToPanel>(tabId, onMessage);

// The least an extension can do to show a finished request: forward the event to its panel.
const rows = [];
const channel = new BroadcastChannel(`reference/${chrome.devtools.inspectedWindow.tabId}`);
// The panel says hello when it opens: it gets everything so far, replacing what it had.
channel.onmessage = () => channel.postMessage({ all: rows });
chrome.devtools.network.onRequestFinished.addListener((request) => {
  const row = { url: request.request.url, status: request.response.status };
  rows.push(row);
  channel.postMessage({ rows: [row] });
});
// A new page replaces the list, as in the Network panel with Preserve log off.
chrome.devtools.network.onNavigated.addListener(() => {
  rows.length = 0;
  channel.postMessage({ all: rows });
});
chrome.devtools.panels.create('Server Errors', 'icon/32.png', 'devtools-panel.html');

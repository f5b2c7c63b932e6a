// Appends one plain row per finished request; the filter rebuilds the list. Same class names as
// our panel, so the benchmark drives both alike.
const summary = document.querySelector('.summary-bar');
const filter = document.querySelector('.toolbar-filter');
const list = document.querySelector('.request-table-scroller');
const rows = [];
let serverErrors = 0;

function append(row) {
  if (!row.url.includes(filter.value)) return;
  const element = document.createElement('div');
  element.className = 'url-path';
  element.textContent = row.url;
  list.append(element);
}

function showSummary() {
  summary.textContent = `${serverErrors} server errors of ${rows.length} requests`;
}

const channel = new BroadcastChannel(`reference/${chrome.devtools.inspectedWindow.tabId}`);
channel.onmessage = ({ data }) => {
  if (data.all) {
    rows.length = 0;
    serverErrors = 0;
    list.replaceChildren();
  }
  for (const row of data.all ?? data.rows) {
    rows.push(row);
    if (row.status >= 500 && row.status < 600) serverErrors += 1;
    append(row);
  }
  showSummary();
};
channel.postMessage('hello');
showSummary();

filter.addEventListener('input', () => {
  list.replaceChildren();
  for (const row of rows) append(row);
});

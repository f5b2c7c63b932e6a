/** Hands `text` to the browser as a download named `fileName` (the user's download settings apply). */
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its copy once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "server-errors-shop.example-20261202-101530.har": the site and the time, nothing else from the page. */
export function exportFileName(pageUrl: string | undefined, now: Date, extension: '.har' | '.report.json'): string {
  let host = 'capture';
  try {
    if (pageUrl) host = new URL(pageUrl).hostname.replace(/[^a-z0-9.-]/gi, '_') || host;
  } catch {
    // Not a URL: keep the neutral name.
  }
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `server-errors-${host}-${stamp}${extension}`;
}

// Display formatting shared by the list and the detail view, in the style of DevTools' Network panel.

export function formatBytes(bytes: number): string {
  if (bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Splits a URL so the path can stand out and the origin recede. */
export function splitUrl(url: string): { origin: string; path: string } {
  try {
    const parsed = new URL(url);
    if (parsed.origin === 'null') return { origin: '', path: url };
    return { origin: parsed.origin, path: parsed.pathname + parsed.search };
  } catch {
    return { origin: '', path: url };
  }
}

// A minimal extension for the panel benchmark's floor: its DevTools page forwards each
// onRequestFinished event to its panel, which appends a plain row. Whatever latency it shows is the
// browser's own, so ours is read against it. One source folder, a manifest per browser.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCE_DIR = path.join(import.meta.dirname, 'reference-extension');
const ICON = path.join(import.meta.dirname, '..', 'public', 'icon', '32.png');

const COMMON = { name: 'Panel benchmark reference', version: '1.0', devtools_page: 'devtools.html' };
const MANIFESTS = {
  chromium: { ...COMMON, manifest_version: 3, background: { service_worker: 'background.js' } },
  firefox: {
    ...COMMON,
    manifest_version: 2,
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'panel-bench-reference@example.org', data_collection_permissions: { required: ['none'] } } },
  },
};

/** Writes the reference extension for `browser` into a new temporary folder and returns its path. */
export function writeReferenceExtension(browser: keyof typeof MANIFESTS): string {
  const dir = mkdtempSync(path.join(tmpdir(), `sel-bench-reference-${browser}-`));
  cpSync(SOURCE_DIR, dir, { recursive: true });
  mkdirSync(path.join(dir, 'icon'));
  cpSync(ICON, path.join(dir, 'icon', '32.png'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(MANIFESTS[browser], null, 2));
  return dir;
}

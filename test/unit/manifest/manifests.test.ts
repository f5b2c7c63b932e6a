// Pins what both built manifests ask for: no permissions or host access up front, only the optional
// ones the opt-in all-tabs badge requests at run time, and the default CSP. A build
// is the only honest source (WXT adds keys of its own), so each browser is built into a temp folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(path.join(tmpdir(), 'sel-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function builtManifest(browser: 'chrome' | 'firefox'): Promise<Record<string, unknown>> {
  const script = `import('wxt').then((wxt) => wxt.build({ browser: '${browser}', outDir: ${JSON.stringify(outDir)}, logger: { ...console, info() {}, success() {}, log() {}, debug() {}, warn() {} } }))`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() });
  const folder = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(path.join(outDir, folder, 'manifest.json'), 'utf8'));
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks for no permissions or host access up front, only optional ones, and keeps the default content security policy', async () => {
    const manifest = await builtManifest(browser);
    for (const key of ['permissions', 'host_permissions', 'content_security_policy', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    // Firefox MV2 lists optional hosts among optional permissions; Chrome MV3 keeps them apart.
    if (browser === 'firefox') {
      expect(manifest.optional_permissions).toEqual(['webRequest', 'http://*/*', 'https://*/*']);
      expect(manifest).not.toHaveProperty('optional_host_permissions');
    } else {
      expect(manifest.optional_permissions).toEqual(['webRequest']);
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    }
    expect(manifest).toHaveProperty('devtools_page', 'devtools.html');
    if (browser === 'firefox') {
      expect(manifest).toMatchObject({ browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } } });
    }
  });
});

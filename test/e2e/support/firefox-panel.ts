// Reading and clicking our panel in Firefox, where it is reached through FirefoxSession.inPanel.
import { expect } from '@playwright/test';
import { launchFirefoxWithDevtools, type FirefoxSession } from './firefox-bidi';
import type { TestServer } from './test-server';
import { withTestServer } from './with-test-server';

/** Gives each test of the calling spec its own test server and Firefox with the toolbox open. */
export function firefoxWithTestServer(): { server: TestServer; session: FirefoxSession } {
  return withTestServer(() => launchFirefoxWithDevtools());
}

// The functions below run inside the panel document (see FirefoxSession.inPanel): self-contained.

/** Status cell text of each row whose path is exactly `path`. */
export const statusCellsOf = (firefox: FirefoxSession, path: string) =>
  firefox.inPanel(
    (panel, wanted) =>
      [...panel.document.querySelectorAll('tr.request-row')]
        .filter((row) => row.querySelector('.url-path')?.textContent === wanted)
        .map((row) => row.querySelector('.col-status')?.textContent ?? ''),
    path,
  );

export const countOf = (firefox: FirefoxSession, selector: string) =>
  firefox.inPanel((panel, wanted) => panel.document.querySelectorAll(wanted).length, selector);

export const textOf = (firefox: FirefoxSession, selector: string) =>
  firefox.inPanel((panel, wanted) => panel.document.querySelector(wanted)?.textContent ?? null, selector);

export const selectRow = (firefox: FirefoxSession, path: string) =>
  firefox.inPanel((panel, wanted) => {
    const row = [...panel.document.querySelectorAll<HTMLElement>('tr.request-row')].find(
      (candidate) => candidate.querySelector('.url-path')?.textContent === wanted,
    );
    row?.click();
    return Boolean(row);
  }, path);

/** Clicks the first element matching `selector` whose trimmed text is `text`, as a user would. */
export const clickByText = (firefox: FirefoxSession, selector: string, text: string) =>
  firefox.inPanel(
    (panel, [wantedSelector, wantedText]) => {
      const element = [...panel.document.querySelectorAll<HTMLElement>(wantedSelector)].find(
        (candidate) => candidate.textContent?.trim() === wantedText,
      );
      element?.click();
      return Boolean(element);
    },
    [selector, text] as const,
  );

export const setPreserveLog = async (firefox: FirefoxSession) =>
  expect(await clickByText(firefox, 'label', 'Preserve log')).toBe(true);


/** Number on the leak marker and the notice text of each row whose path is exactly `path`. */
export const rowMarksOf = (firefox: FirefoxSession, path: string) =>
  firefox.inPanel(
    (panel, wanted) =>
      [...panel.document.querySelectorAll('tr.request-row')]
        .filter((row) => row.querySelector('.url-path')?.textContent === wanted)
        .map((row) => ({
          leaks: Number(row.querySelector('.leak-marker')?.textContent ?? 0),
          notice: row.querySelector('.row-notice')?.getAttribute('title') ?? null,
        })),
    path,
  );

/** Hands a file to the panel's Open HAR input, as picking it in the file dialog does. */
export const openInPanel = (firefox: FirefoxSession, name: string, bytes: Uint8Array) =>
  firefox.inPanel(
    (panel, [fileName, base64]) => {
      const content = Uint8Array.from(panel.atob(base64), (char) => char.charCodeAt(0));
      const input = panel.document.querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new panel.DataTransfer();
      transfer.items.add(new panel.File([content], fileName));
      input.files = transfer.files;
      input.dispatchEvent(new panel.Event('change', { bubbles: true }));
      return true;
    },
    [name, Buffer.from(bytes).toString('base64')] as const,
  );

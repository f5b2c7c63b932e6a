// Sends a request from the inspected page, for Retry: devtools.inspectedWindow.eval runs a fetch()
// there, so the page's cookies, origin and service worker apply as they did the first time. Its
// outcome is not read back from the page (a script there could fake it): the response reaches us
// through DevTools' network events like every other request.
import { browser } from 'wxt/browser';
import { pageFetchCode } from '@/core/retry/page-fetch-code';
import type { PageRequest } from '@/core/retry/retry-plan';

export async function sendFromInspectedPage(request: PageRequest): Promise<void> {
  const answer: unknown = await browser.devtools.inspectedWindow.eval(pageFetchCode(request));
  // [result, exceptionInfo]: an exception means the fetch was never started.
  const exceptionInfo = Array.isArray(answer) ? (answer[1] as { isException?: boolean; isError?: boolean; value?: unknown } | undefined) : undefined;
  if (exceptionInfo?.isException || exceptionInfo?.isError) throw new Error(`the page could not send it (${String(exceptionInfo.value ?? 'error')})`);
}

// Each test of the calling spec gets its own test server and a fresh browser session from `launch`.
import { test } from '@playwright/test';
import { startTestServer, type TestServer } from './test-server';

export function withTestServer<Session extends { close(): Promise<void> }>(launch: () => Promise<Session>): { server: TestServer; session: Session } {
  const suite = {} as { server: TestServer; session: Session };
  test.beforeEach(async () => {
    suite.server = await startTestServer();
    suite.session = await launch();
  });
  test.afterEach(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}

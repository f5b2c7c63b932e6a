// `npm run demo`: the built extension in Debian's Chromium, DevTools open on our panel, pointed at
// a local server with failing routes. With a display it stays open for you to use; without one
// (CI, SSH) it saves a screenshot and prints its path.
import path from 'node:path';
import { launchChromiumWithDevtools } from '../test/e2e/support/chromium-devtools';
import { startTestServer } from '../test/e2e/support/test-server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startTestServer();
const session = await launchChromiumWithDevtools({ headless });
const panel = await session.openPanel();
await session.inspectedPage.goto(`${server.origin}/mixed`);
await panel.locator('tr.status-server-error').first().waitFor();
await panel.locator('tr.status-server-error').first().click();

if (headless) {
  const screenshot = path.resolve('demo-screenshot.png');
  await panel.waitForTimeout(500);
  await session.devtoolsPage.screenshot({ path: screenshot });
  console.log(`Demo server: ${server.origin}/mixed`);
  console.log(`No display, so the demo ran headless. Screenshot of the panel: ${screenshot}`);
  await session.close();
  await server.close();
} else {
  console.log(`Demo server: ${server.origin}/mixed — reload the page to capture again. Ctrl+C to quit.`);
  process.once('SIGINT', () => {
    void session
      .close()
      .then(() => server.close())
      .finally(() => process.exit(0));
  });
}

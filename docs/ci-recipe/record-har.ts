// Step 1 of the CI recipe (README "A recipe that runs"): record a HAR of the app under test with
// Playwright's own recordHar. Copy it into your project.
import { chromium } from '@playwright/test';

export async function recordHar(appUrl: string, pages: readonly string[], harPath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
  try {
    // content: 'embed' keeps bodies inside the HAR; 'attach' and .zip paths are read as well.
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    for (const path of pages) await page.goto(`${appUrl}${path}`, { waitUntil: 'networkidle' });
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
  }
}

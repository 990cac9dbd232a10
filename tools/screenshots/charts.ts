/**
 * The chart pictures for the README: a stage card with its charts at the sidebar's 300 px
 * (docs/stage-card.png) and the preview's Dashboard sheet after Create dashboard
 * (docs/dashboard.png). Called by `npm run screenshots`.
 */
import type { BrowserContext } from 'playwright-core';

export async function chartScreenshots(browser: BrowserContext, url: string): Promise<string[]> {
  const written: string[] = [];
  // The card alone, with one chart's numbers open.
  const side = await browser.newPage();
  await side.setViewportSize({ width: 300, height: 2400 });
  await side.goto(`${url}sidebar`);
  await side.getByRole('button', { name: 'Evaluate' }).click();
  const card = side.locator('article.card').first();
  await card.locator('figure.chart').first().waitFor();
  await card.locator('figure.chart[data-kind="metric"] button.link').click();
  await card.screenshot({ path: 'docs/stage-card.png' });
  written.push('docs/stage-card.png');
  await side.close();
  // The Dashboard sheet in the preview, after the sidebar's Create dashboard.
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1900, height: 1000 });
  await page.goto(url);
  await page.waitForSelector('table[data-sheet]');
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.getByRole('button', { name: 'Evaluate' }).waitFor();
  const create = sidebar.getByRole('button', { name: 'Create dashboard' });
  if ((await create.count()) > 0) {
    await create.click();
    await page.locator('#tabs button', { hasText: 'Dashboard' }).click();
    await page.locator('.dashboard-chart svg').first().waitFor();
    await page.screenshot({ path: 'docs/dashboard.png' });
    written.push('docs/dashboard.png');
  }
  await page.close();
  return written;
}

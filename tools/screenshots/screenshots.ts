/**
 * `npm run screenshots`: the pictures the README shows, made on purpose rather than as a side
 * effect of `npm test` (tests leave the tracked tree clean). Debian's Chromium, 1280×720.
 *   docs/preview.png  the local preview after Evaluate on the built-in example
 *   docs/stage-card.png, docs/dashboard.png  the charts (./charts.ts)
 *   docs/screens/*.png  the screens #26 fixed, in the four languages (./newcomerScreens.ts)
 * `npm run screenshots -- --only screens` makes only docs/screens/ (the other pictures stay).
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../../test/browser/chromium';
import { startPreview } from '../preview/server';
import { chartScreenshots } from './charts';
import { newcomerScreens } from './newcomerScreens';

async function main(): Promise<void> {
  const browser = await launch();
  if (process.argv.includes('--only') && process.argv.includes('screens')) {
    try {
      for (const f of await newcomerScreens(browser)) console.log(`wrote ${f}`);
    } finally {
      await browser.close();
    }
    return;
  }
  const { server, url } = await startPreview({ port: 0, log: console.log });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('table[data-sheet]');
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    await sidebar.locator('article.card').nth(2).waitFor();
    await page.locator('td[data-cell="O2"]', { hasText: 'SCALE UP' }).waitFor();
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/preview.png' });
    console.log('wrote docs/preview.png');
    for (const f of await chartScreenshots(browser, url)) console.log(`wrote ${f}`);
    for (const f of await newcomerScreens(browser)) console.log(`wrote ${f}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

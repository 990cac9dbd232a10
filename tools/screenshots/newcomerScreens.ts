/**
 * The screens #26 fixed, in the four languages, for docs/screens/ (run by `npm run screenshots`):
 *   plan-<lang>.png      the preview after New plan and a pasted block: headers in the document's
 *                        language, numbers in its locale, the edit tools
 *   sidebar-<lang>.png   the sidebar after Evaluate: Create dashboard with the top actions, the
 *                        reviewed words on the stage cards
 *   settings-<lang>.png  the settings with dropdowns, and every problem shown at once
 *   sheets-<lang>.png    after Create dashboard: the Dashboard sheet under the language's name
 *                        (Dashbord, Дашборд, 仪表板) beside Stages, Weekly, Geo, the log, and the
 *                        preview's toolbar in the language
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { catalogue } from '../../src/i18n/catalogues';
import type { Language } from '../../src/i18n/languages';
import { startPreview } from '../preview/server';

const LOCALES: readonly [string, Language, string][] = [
  ['en_US', 'en', 'Test\t5000\t\t2\t3\t40\nScale\t20000\t\t3\t3.5\t35\n'],
  ['nb_NO', 'nb', 'Test\t5000\t\t2\t3\t40\nSkalering\t20000,5\t\t3\t3,5\t35\n'],
  ['ru_RU', 'ru', 'Тест\t5000\t\t2\t3\t40\nМасштабирование\t20000,5\t\t3\t3,5\t35\n'],
  ['zh_CN', 'zh-Hans', '测试期\t5000\t\t2\t3\t40\n扩量期\t20000.5\t\t3\t3.5\t35\n'],
];

export async function newcomerScreens(browser: BrowserContext): Promise<string[]> {
  mkdirSync('docs/screens', { recursive: true });
  const written: string[] = [];
  for (const [locale, language, block] of LOCALES) {
    const c = catalogue(language);
    const short = language === 'zh-Hans' ? 'zh' : language;
    const { server, url } = await startPreview({ port: 0, locale });
    try {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(url);
      await page.waitForSelector('table[data-sheet]');
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.getByRole('button', { name: c['sidebar.evaluate'], exact: true }).click();
      await sidebar.locator('article.card').nth(2).waitFor();
      await page.locator('#sidebar').screenshot({ path: `docs/screens/sidebar-${short}.png` });
      written.push(`docs/screens/sidebar-${short}.png`);
      await sidebar.getByRole('button', { name: c['dashboard.button'] }).click();
      await page.locator('#tabs button', { hasText: c['sheet.dashboard'] }).waitFor();
      await page.locator('#tabs button', { hasText: c['sheet.dashboard'] }).click();
      await page.locator(`table[data-sheet="${c['sheet.dashboard']}"]`).waitFor();
      await page.screenshot({ path: `docs/screens/sheets-${short}.png` });
      written.push(`docs/screens/sheets-${short}.png`);
      await sidebar.getByRole('button', { name: c['settings.title'] }).click();
      await sidebar.locator('form.settings').waitFor();
      await sidebar.locator('input[name="tolerance"]').fill('abc');
      await sidebar.locator('input[name="budgetStep"]').fill('');
      await sidebar.getByRole('button', { name: c['settings.save'] }).click();
      await sidebar.getByRole('alert').waitFor();
      await sidebar.locator('form.settings').scrollIntoViewIfNeeded();
      await page.locator('#sidebar').screenshot({ path: `docs/screens/settings-${short}.png` });
      written.push(`docs/screens/settings-${short}.png`);
      await page.getByRole('button', { name: c['preview.newPlan'] }).click();
      await page.locator('td[data-cell="A1"]', { hasText: c['header.stage'] }).waitFor();
      await page.locator('td[data-cell="A2"]').click();
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.getElementById('grid')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      }, block);
      await page.locator('td[data-cell="A3"]').filter({ hasNotText: /^$/ }).waitFor();
      await page.screenshot({ path: `docs/screens/plan-${short}.png` });
      written.push(`docs/screens/plan-${short}.png`);
      await page.close();
    } finally {
      server.close();
    }
  }
  return written;
}

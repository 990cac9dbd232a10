/**
 * The sidebar in Norwegian, Russian and Chinese in Debian's Chromium: the preview workbook in
 * that locale (template, decisions and reasons in its language), every card rendered, nothing
 * wider than the 300 px sidebar, the glyphs drawn by a real font; and switching the language in
 * the settings panel re-renders the sidebar at once. Screenshots land in test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogues';
import type { Language } from '../../src/i18n/languages';
import { previewPages } from './previewPage';

const preview = previewPages();

async function open(locale: string): Promise<{ page: Page; frame: Frame }> {
  const { page, sidebar } = await preview.open({ locale, viewport: { width: 1280, height: 2600 } }); // the whole sidebar in one screenshot
  await sidebar.locator('button.primary').waitFor();
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
  return { page, frame };
}

/** Elements whose content is wider than their box (text cut off or pushing out of the 300 px sidebar). */
function overflowing(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const e = el as HTMLElement;
      if (e.clientWidth === 0 || getComputedStyle(e).overflowX === 'auto') continue;
      if (e.scrollWidth > e.clientWidth + 1)
        out.push(`${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth} > ${e.clientWidth} "${(e.textContent ?? '').slice(0, 40)}"`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return out;
  });
}

/** True when every character of `text` is drawn by a font that has it (no empty boxes). */
function rendersWithRealGlyphs(frame: Frame, text: string): Promise<boolean> {
  return frame.evaluate((t) => {
    const c = document.createElement('canvas').getContext('2d')!;
    // A missing glyph falls back to the same .notdef box for every character: compare widths with an unassigned code point.
    c.font = '13px Arial, Helvetica, sans-serif';
    const tofu = c.measureText('\u{10FFFD}').width;
    // Only the letters beyond ASCII (æøå, Cyrillic, Chinese): what a machine without the fonts cannot draw.
    return Array.from(t)
      .filter((ch) => ch.charCodeAt(0) > 0x7f && /\p{L}/u.test(ch))
      .every((ch) => c.measureText(ch).width !== tofu);
  }, text);
}

describe.each([
  ['nb_NO', 'nb'],
  ['ru_RU', 'ru'],
  ['zh_CN', 'zh-Hans'],
] as [string, Language][])('the sidebar in %s', (locale, language) => {
  const c = catalogue(language);

  it('speaks the language, fits 300 px and draws every glyph', async () => {
    const { page, frame } = await open(locale);
    await frame.locator('button.primary').click();
    await expect.poll(() => frame.locator('article.card').count()).toBe(3);
    expect(await frame.locator('button.primary').innerText()).toBe(c['sidebar.evaluate']);
    mkdirSync('test-results', { recursive: true });
    expect(await overflowing(frame)).toEqual([]);
    await page.locator('#sidebar').screenshot({ path: `test-results/sidebar-${language}.png` });
    const box = (await page.locator('#sidebar').boundingBox())!;
    await page.screenshot({ path: `test-results/sidebar-${language}-top.png`, clip: { x: box.x, y: 0, width: box.width, height: 760 } });
    const badges = await frame.locator('article.card .badge').allInnerTexts();
    expect(badges[0].trim()).toBe(c['decision.SCALE_UP']);
    expect(await frame.locator('article.card .reason').first().innerText()).toContain(c['decision.SCALE_UP']);
    // Open the settings too, so their labels are checked as well.
    await frame.locator('button[aria-controls="settings"]').click();
    await frame.locator('form.settings').waitFor();
    expect(await frame.locator('form.settings label span').first().innerText()).toBe(c['setting.tolerance']);
    expect(await frame.evaluate(() => document.body.clientWidth)).toBeLessThanOrEqual(300);
    expect(await overflowing(frame)).toEqual([]);
    expect(await rendersWithRealGlyphs(frame, await frame.locator('main').innerText())).toBe(true);
    await page.locator('#sidebar').screenshot({ path: `test-results/sidebar-${language}-settings.png` });
  });
});

describe('choosing a language in the settings panel', () => {
  it('re-renders the sidebar at once and keeps it for the document', async () => {
    const { frame } = await open('en_US');
    await frame.locator('button.primary').click();
    await expect.poll(() => frame.locator('article.card').count()).toBe(3);
    await frame.locator('button[aria-controls="settings"]').click();
    await frame.locator('select[name="language"]').selectOption('ru');
    // At once, before any evaluation: the buttons, the labels and the badges.
    await expect.poll(() => frame.locator('button.primary').innerText()).toBe('Оценить');
    expect(await frame.locator('article.card .badge').first().innerText()).toContain('УВЕЛИЧИТЬ');
    await expect.poll(() => frame.locator('form.settings p.ok').innerText()).toBe(catalogue('ru')['settings.saved']);
    // The reasons come from the server: evaluating again brings them in Russian too.
    await frame.locator('button.primary').click();
    await expect.poll(() => frame.locator('article.card .reason').first().innerText()).toMatch(/УВЕЛИЧИТЬ — следующий этап/);
    await frame.locator('select[name="language"]').selectOption('en');
    await expect.poll(() => frame.locator('button.primary').innerText()).toBe('Evaluate');
  });
});

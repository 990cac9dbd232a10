/**
 * The stage cards' charts in Chromium, in the 300 px sidebar of the local preview: three
 * charts with accessible names, "Show numbers" tables that hold the engine's numbers, the
 * toggle reachable by keyboard, legible tick labels, and no console errors.
 */
import { describe, expect, it } from 'vitest';

import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { formatValue } from '../../src/core/plan/format';
import { previewPages, type PreviewPage } from './previewPage';
import { evaluatePlanInWords, stagePicturesInWords as stagePictures } from '../support/inWords';

const { open } = previewPages();

async function evaluated(): Promise<PreviewPage> {
  const opened = await open({ consoleErrors: true });
  const { sidebar } = opened;
  await sidebar.getByRole('button', { name: 'Evaluate' }).click();
  await sidebar.locator('article.card figure.chart').first().waitFor();
  return opened;
}

const example = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY);

describe('charts in the stage cards', () => {
  it('draws the three pictures per stage with data, each with an accessible name and description', async () => {
    const { sidebar, errors } = await evaluated();
    const cards = sidebar.locator('article.card');
    const test = cards.nth(0);
    expect(await test.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-kind')))).toEqual(['spend', 'metric', 'control']);
    for (const p of stagePictures('Test', example.stages[0].series!)) {
      const img = test.getByRole('img', { name: p.title });
      expect(await img.count()).toBe(1);
      const described = await img.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby')!)!.textContent);
      expect(described).toBe(p.summary);
    }
    // Scale has its weeks and its holdout too: its pictures, drawn.
    expect(await cards.nth(1).locator('figure.chart').count()).toBe(stagePictures('Scale', example.stages[1].series!).length);
    // The locked stage has no weeks yet: a sentence instead of empty charts.
    expect(await cards.nth(2).locator('figure.chart').count()).toBe(0);
    expect(await cards.nth(2).locator('.charts-empty').innerText()).toMatch(/once this stage has weekly data/);
    // Bars for the four weeks of spend, a line for the metric.
    expect(await test.locator('figure[data-kind="spend"] svg rect').count()).toBeGreaterThanOrEqual(4);
    expect(await test.locator('figure[data-kind="metric"] svg path').count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('"Show numbers" opens a table that holds the engine\'s numbers', async () => {
    const { sidebar, errors } = await evaluated();
    const test = sidebar.locator('article.card').nth(0);
    for (const p of stagePictures('Test', example.stages[0].series!)) {
      const fig = test.locator(`figure[data-kind="${p.kind}"]`);
      const button = fig.getByRole('button', { name: 'Show numbers' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.click();
      expect(await fig.getByRole('button', { name: 'Hide numbers' }).getAttribute('aria-expanded')).toBe('true');
      const t = p.table;
      expect(await fig.locator('thead th').allInnerTexts()).toEqual(t.header);
      const shown = await fig.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText)));
      expect(shown).toHaveLength(t.rows.length);
      shown.forEach((row, i) => {
        // Every number as the reasons format it, blank where the series has no value.
        expect(row.slice(1)).toEqual(t.rows[i].slice(1).map((v) => (typeof v === 'number' ? formatValue(v, p.format) : v)));
      });
    }
    // Spot check against the raw example: week 1 spend of Test is 2,480 + 2,510.
    expect(await test.locator('figure[data-kind="spend"] tbody tr').first().locator('td').first().innerText()).toBe('4,990');
    expect(errors).toEqual([]);
  });

  it('the toggle is reachable and works with the keyboard alone', async () => {
    const { page, sidebar, errors } = await evaluated();
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    await frame.locator('button.primary').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(() => document.activeElement?.textContent === 'Show numbers');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.locator('figure.chart .numbers table').count()).toBe(1);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    expect(errors).toEqual([]);
  });

  it('is legible in the 300 px sidebar: the charts fill the card and labels stay at 9 px or more', async () => {
    const { page } = await evaluated();
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    const m = await frame.evaluate(() => {
      const svg = document.querySelector('figure.chart svg[role="img"]')!;
      const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height);
      return { width: svg.getBoundingClientRect().width, doc: document.documentElement.scrollWidth, smallest: Math.min(...texts) };
    });
    expect(m.doc).toBeLessThanOrEqual(300);
    expect(m.width).toBeGreaterThan(230);
    expect(m.smallest).toBeGreaterThanOrEqual(9);
  });
});

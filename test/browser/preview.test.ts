/**
 * The local preview in a real browser: the built sidebar beside the workbook, Evaluate, the
 * cards and the grid colours, hostile text from the sheet, the keyboard alone, a server
 * error in words. (The README's screenshot is made by `npm run screenshots`, not by tests:
 * tests leave the tree clean.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { previewPages } from './previewPage';

const preview = previewPages();

async function open(workbook?: string): Promise<{ page: Page; sidebar: FrameLocator }> {
  const { page, sidebar } = await preview.open({ workbook });
  await sidebar.getByRole('button', { name: 'Evaluate' }).waitFor();
  return { page, sidebar };
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

function csvFolder(stages: unknown[][], weekly: unknown[][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'liftgate-wb-'));
  writeFileSync(join(dir, 'Stages.csv'), Papa.unparse(stages.map((r) => r.map(iso))));
  if (weekly.length) writeFileSync(join(dir, 'Weekly.csv'), Papa.unparse(weekly.map((r) => r.map(iso))));
  return dir;
}

describe('local preview', () => {
  it('evaluates the built-in example: cards in plan order and the Decision colours in the grid', async () => {
    const { page, sidebar } = await open();
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    const cards = sidebar.locator('article.card');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-decision')))).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
    await expect.poll(() => sidebar.locator('article.card').first().innerText()).toMatch(/carry forward\s+Video/);
    expect(await sidebar.locator('article.card').first().locator('table.variants tbody th').allInnerTexts()).toEqual(['Video', 'Carousel']);
    // The grid refreshes: the Decision column (O, right of the plan A–N) shows the words on the contract's colours.
    await expect.poll(() => page.locator('td[data-cell="O2"]').innerText()).toBe('SCALE UP');
    const bg = (cell: string) => page.locator(`td[data-cell="${cell}"]`).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await bg('O2')).toBe('rgb(0, 114, 178)');
    expect(await bg('O3')).toBe('rgb(217, 217, 217)');
    expect(await bg('O4')).toBe('rgb(239, 239, 239)');
  });

  it('badges: black text on GO and STOP, drawn icons (no emoji), unmeasured criteria not shown as failures', async () => {
    const stages = [
      ['Stage', 'Budget', 'Min ROAS'],
      ['Go', 1000, 2],
      ['Ready', 1000, 2],
      ['Locked', 1000, 2],
    ];
    // Two weeks: one week alone is no verdict with ranges on (docs/contract.md §2.4).
    const weekly = [
      ['Week', 'Stage', 'Spend', 'Revenue'],
      [new Date(Date.UTC(2025, 0, 6)), 'Go', 600, 1260],
      [new Date(Date.UTC(2025, 0, 13)), 'Go', 600, 1260],
    ];
    const { sidebar } = await open(csvFolder(stages, weekly));
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    const cards = sidebar.locator('article.card');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-decision')))).toEqual(['GO', 'READY', 'LOCKED']);
    const badge = cards.nth(0).locator('.badge');
    expect(await badge.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    expect(await badge.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 158, 115)');
    // Every badge has an SVG icon and no character outside what every font carries.
    for (let i = 0; i < 3; i++) {
      expect(await cards.nth(i).locator('.badge svg').count()).toBe(1);
      expect(await cards.nth(i).locator('.badge').innerText()).toMatch(/^\s*[A-Z ]+$/);
    }
    // The overspent first stage says so on the card.
    expect(await cards.nth(0).locator('.spend').innerText()).toMatch(/Spend 1,200 of 1,000\s*· 200 over budget/);
    // READY and LOCKED: not yet measured, no red cross.
    for (const i of [1, 2]) {
      expect(await cards.nth(i).locator('.criterion .gap').innerText()).toBe('not yet measured');
      expect(await cards.nth(i).locator('.criterion.unmet').count()).toBe(0);
    }
  });

  it('shows hostile stage and variant names as text and runs nothing', async () => {
    const evil = '<img src=x onerror="window.top.__pwned=1">';
    const evilScript = '<script>window.top.__pwned=1</script>';
    const stages = EXAMPLE_STAGES.map((r, i) => (i === 1 ? [evil, ...r.slice(1)] : [...r]));
    const weekly = EXAMPLE_WEEKLY.map((r) => (r[1] === 'Test' ? [r[0], evil, r[2] === 'Video' ? evilScript : r[2], ...r.slice(3)] : [...r]));
    const { page, sidebar } = await open(csvFolder(stages, weekly));
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => sidebar.locator('article.card').count()).toBe(3);
    expect(await sidebar.locator('article.card h3').first().innerText()).toBe(`1. ${evil}`);
    expect(await sidebar.locator('article.card').first().innerText()).toContain(evilScript);
    expect(await sidebar.locator('article.card img, article.card script').count()).toBe(0);
    expect(await page.locator('#grid img, #grid script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('works with the keyboard alone: evaluate, open settings, change and save', async () => {
    const { page, sidebar } = await open();
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    await frame.locator('button.primary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.locator('article.card').count()).toBe(3);
    // Focus stays on the button after the evaluation (not dropped to <body>).
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('primary');
    await page.keyboard.press('Tab'); // → Settings
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // → Tolerance
    expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('tolerance');
    await page.keyboard.press('Tab'); // → Scale margin
    await page.keyboard.press('Tab'); // → Budget step
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50%'); // a percentage, as the help text offers
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.getByRole('status').last().innerText()).toMatch(/Settings saved/);
    await frame.locator('button.primary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.locator('article.card').first().innerText()).toMatch(/Next budget\s+30,000/);
  });

  it('shows a server error in words', async () => {
    const { sidebar } = await open(csvFolder(EXAMPLE_STAGES as unknown[][], []));
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => sidebar.getByRole('alert').innerText()).toMatch(/no "Weekly" sheet/);
    // The sidebar offers the template; it adds Weekly and leaves the user's Stages alone.
    await sidebar.getByRole('button', { name: 'Create template' }).click();
    await expect.poll(() => sidebar.locator('p.notice').innerText()).toMatch(/Created "Weekly".*"Stages" already exists and was left untouched/);
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => sidebar.locator('article.card').count()).toBe(3);
  });
});

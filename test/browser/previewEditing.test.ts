/**
 * Building one's own plan in the preview (#26): New plan with headers in the document's language,
 * a block pasted from a sheet, rows inserted and deleted, undo/redo, quick typing that loses no
 * keystroke, and a Norwegian document's `;` separator and numbers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogues';
import { previewPages } from './previewPage';

const preview = previewPages();
const cell = (page: Page, ref: string) => page.locator(`td[data-cell="${ref}"]`);
const texts = (page: Page, row: number, cols: string) => Promise.all([...cols].map((c) => cell(page, `${c}${row}`).innerText()));

describe('building your own plan in the preview', () => {
  it('New plan gives empty Stages and Weekly with headers; a pasted block, rows and undo/redo work on it', async () => {
    const { page, session, errors } = await preview.open({ consoleErrors: true });
    await page.getByRole('button', { name: 'New plan' }).click();
    await expect.poll(() => page.locator('#tabs button').allInnerTexts()).toEqual(['Stages', 'Weekly']);
    expect(await texts(page, 1, 'AB')).toEqual(['Stage', 'Budget']);
    expect(await cell(page, 'A2').innerText()).toBe('');
    // A block copied from a sheet arrives as tab-separated text.
    await cell(page, 'A2').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Test\t5000\nScale\t20000\n');
      document.getElementById('grid')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => texts(page, 3, 'AB')).toEqual(['Scale', '20,000']);
    expect(session.fake.spreadsheet.raw('Stages')!.get('values', 1, 1)).toBe(5000);
    // A row inserted above Scale, then deleted.
    await cell(page, 'A3').click();
    await page.getByRole('button', { name: 'Insert row' }).click();
    await expect.poll(() => texts(page, 4, 'A')).toEqual(['Scale']);
    expect(await cell(page, 'A3').innerText()).toBe('');
    await page.getByRole('button', { name: 'Delete row' }).click();
    await expect.poll(() => texts(page, 3, 'A')).toEqual(['Scale']);
    // Undo walks back (delete, insert, paste); redo forward; Ctrl+Z from the grid too.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cell(page, 'A2').innerText()).toBe('');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => cell(page, 'A2').innerText()).toBe('Test');
    await cell(page, 'A2').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'A2').innerText()).toBe('');
    expect(errors).toEqual([]);
  });

  it('loses no keystroke when values are typed quickly, cell after cell', async () => {
    const { page, session } = await preview.open();
    await page.getByRole('button', { name: 'New plan' }).click();
    await expect.poll(() => page.locator('#tabs button').allInnerTexts()).toEqual(['Stages', 'Weekly']);
    await cell(page, 'A2').click();
    // No waiting between cells: each Enter sends the cell and moves on while the server answers.
    await page.keyboard.type('Alpha\nBeta\nGamma\nDelta\n', { delay: 5 });
    await expect.poll(() => Promise.all(['A2', 'A3', 'A4', 'A5'].map((r) => cell(page, r).innerText()))).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    const stages = session.fake.spreadsheet.raw('Stages')!;
    expect([1, 2, 3, 4].map((r) => stages.get('values', r, 0))).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
  });

  it('in a Norwegian document: Norwegian headers, `;` between arguments, numbers as nb_NO writes them', async () => {
    const { page, session } = await preview.open({ locale: 'nb_NO' });
    const nb = catalogue('nb');
    // The toolbar speaks the document's language too (#26).
    expect(await page.locator('#edit button').allInnerTexts()).toEqual(
      (['newPlan', 'undo', 'redo', 'rowInsert', 'rowDelete'] as const).map((k) => nb[`preview.${k}`]),
    );
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.locator('#fx').getAttribute('aria-label')).toBe(nb['preview.ariaFx']);
    // The sources' platform list names the generic layout in Norwegian too (brand names as they are).
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.getByRole('button', { name: nb['import.button'], exact: true }).click();
    await expect.poll(() => sidebar.locator('option').allInnerTexts()).toContain(nb['import.genericFormat']);
    await page.getByRole('button', { name: nb['preview.newPlan'] }).click();
    await expect.poll(() => page.locator('#tabs button').allInnerTexts()).toEqual([nb['sheet.stages'], nb['sheet.weekly']]);
    expect(await texts(page, 1, 'AB')).toEqual([nb['header.stage'], nb['header.budget']]);
    await cell(page, 'B2').click();
    await page.locator('#fx').fill('20000,5');
    await page.locator('#fx').press('Enter');
    await expect.poll(() => cell(page, 'B2').innerText()).toBe('20\u00a0000,5');
    await cell(page, 'C2').click();
    await page.locator('#fx').fill('=ROAS(B2;2)');
    await page.locator('#fx').press('Enter');
    await expect.poll(() => cell(page, 'C2').innerText()).toBe('10\u00a0000,25');
    // Stored as Sheets stores it (English syntax), shown back as a Norwegian user typed it.
    expect(session.fake.spreadsheet.raw(nb['sheet.stages'])!.get('formulas', 1, 2)).toBe('=ROAS(B2,2)');
    await cell(page, 'C2').click();
    expect(await page.locator('#fx').inputValue()).toBe('=ROAS(B2;2)');
  });

  it('marks the stage cards stale when the next evaluation fails', async () => {
    const { sidebar, session } = await preview.open();
    const evaluate = sidebar.getByRole('button', { name: 'Evaluate', exact: true });
    await evaluate.click();
    await expect.poll(() => sidebar.locator('article.card').count()).toBe(3);
    expect(await sidebar.locator('#stale-note').count()).toBe(0);
    session.edit('Stages', 0, 1, 'Budgetx'); // the Budget header gone: the evaluation refuses
    await evaluate.click();
    await expect.poll(() => sidebar.locator('.error').innerText()).toMatch(/Budget/);
    expect(await sidebar.locator('#stale-note').innerText()).toMatch(/last evaluation that worked/);
    expect(await sidebar.locator('section.stale article.card').count()).toBe(3);
  });
});

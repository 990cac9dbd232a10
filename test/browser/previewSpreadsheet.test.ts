/**
 * The preview as a small spreadsheet: formulas (LiftGate's own included) shown as computed
 * values, cells edited through the formula bar and typed as the CSV reader types them,
 * recalculation, Save as an .xlsx download without --save, and a busy port in words.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../tools/preview/server';
import { previewPages } from './previewPage';

const preview = previewPages();

async function open(): Promise<Page> {
  return (await preview.open()).page;
}

const cell = (page: Page, ref: string) => page.locator(`td[data-cell="${ref}"]`);

async function type(page: Page, ref: string, text: string): Promise<void> {
  await cell(page, ref).click();
  await page.locator('#fx').fill(text);
  await page.locator('#fx').press('Enter');
}

describe('the preview spreadsheet', () => {
  it('shows formulas by their computed values, the formula in the bar', async () => {
    const page = await open();
    // Stages S2/T2: ROAS (formula), CPA (formula) of the Test stage (after the plan A–N with its
    // funnel targets and the outputs O–R); U: STAGE_DECISION spilled from U1.
    await expect.poll(() => cell(page, 'S2').innerText()).toBe('3.77');
    expect(await cell(page, 'T2').innerText()).toBe('29.24');
    expect(await cell(page, 'U2').innerText()).toBe('SCALE UP');
    expect(await cell(page, 'U3').innerText()).toBe('NEED DATA');
    await cell(page, 'U1').click();
    expect(await page.locator('#fx').inputValue()).toMatch(/^=STAGE_DECISION\(/);
    expect(await page.locator('#addr').innerText()).toBe('U1');
  });

  it('edits a cell: typed values, recalculated formulas, errors in words', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Weekly' }).click();
    await page.waitForSelector('table[data-sheet="Weekly"]');
    // An empty cell past the data (P: after Weekly's own formula column O): a number, then a
    // formula over it with LiftGate's own function.
    await type(page, 'P2', '1200');
    await expect.poll(() => cell(page, 'P2').innerText()).toBe('1,200');
    expect(await cell(page, 'P2').getAttribute('class')).toBe('num');
    await type(page, 'P3', '=ROAS(P2, 400)');
    await expect.poll(() => cell(page, 'P3').innerText()).toBe('3');
    await type(page, 'P2', '2000');
    await expect.poll(() => cell(page, 'P3').innerText()).toBe('5');
    // A text that is not a number stays text; the function says what is wrong, on the cell.
    await type(page, 'P2', 'lots');
    await expect.poll(() => cell(page, 'P3').innerText()).toBe('#VALUE!');
    expect(await cell(page, 'P3').getAttribute('title')).toBe('ROAS: revenue row 1 col 1 is "lots", not a number');
    // Keyboard: arrows move, typing starts an edit, Escape cancels.
    await cell(page, 'P3').click();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#addr').innerText()).toBe('P4');
    await page.keyboard.type('7');
    expect(await page.locator('#fx').inputValue()).toBe('7');
    await page.keyboard.press('Escape');
    expect(await cell(page, 'P4').innerText()).toBe('');
  });

  it('Save without --save downloads the workbook as .xlsx', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workbook' }).click()]);
    expect(download.suggestedFilename()).toBe('LiftGate workbook.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Stages', 'Weekly']));
    const live = wb.getWorksheet('Stages')!.getCell('U1').value as { formula: string; result: unknown };
    expect(live.formula).toMatch(/^STAGE_DECISION\(/);
    expect(wb.getWorksheet('Stages')!.getCell('U2').value).toBe('SCALE UP');
    expect(await page.locator('#saved').innerText()).toBe('Downloaded LiftGate workbook.xlsx');
  });
});

describe('a busy port', () => {
  it('is said in words, with what to do', async () => {
    // Not a page: two servers on one port, so startPreview itself; the first is closed with the others.
    const { server, url } = await startPreview({ port: 0 });
    preview.servers.push(server);
    const port = Number(new URL(url).port);
    await expect(startPreview({ port })).rejects.toThrow(`port ${port} is in use; set PORT (for example PORT=${port + 1} npm start)`);
  });
});

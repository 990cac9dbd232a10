/**
 * Export experiments in the sidebar over the local preview: after an evaluation the sheet's
 * ledger is saved as a file; before any experiment the panel says how to get one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewPages } from './previewPage';

const preview = previewPages();

describe('Export experiments', () => {
  it('says there is nothing yet, then saves the Experiments sheet as CSV after an evaluation', async () => {
    const { page, sidebar } = await preview.open();
    const panel = sidebar.getByRole('region', { name: 'Export experiments' });
    await panel.getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(() => panel.locator('p').innerText())
      .toBe('No experiments yet: a row appears when a stage with a control group or a geo test is judged.');
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    await expect.poll(() => sidebar.locator('article.card').count()).toBe(3);
    await panel.getByRole('combobox').selectOption('csv');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('liftgate-experiments.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Stage,Channel,Method,Test start,Test end,Spend,Incremental revenue,iROAS,Lower,Upper,Confidence,Test markets,Decision,Evaluated,ROAS',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['Test,,GEO_LIFT', 'Scale,,Control group']);
    await expect.poll(() => panel.locator('p').innerText()).toBe('liftgate-experiments.csv: 2 rows.');
  });
});

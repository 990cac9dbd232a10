/**
 * The geo test in a stage card, in Chromium in the local preview's sidebar: the template's Test
 * stage names test markets of its Geo sheet, so its card shows the result, the fit and the donors.
 */
import { describe, expect, it } from 'vitest';
import { previewPages } from './previewPage';

const { open } = previewPages();

describe('a stage card with a geo test', () => {
  it('shows the test markets, the fit in words and the donor regions', async () => {
    const { sidebar, errors } = await open();
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    const geo = sidebar.getByRole('region', { name: 'Geo test of Test' });
    await geo.waitFor();
    expect(await geo.locator('h4').innerText()).toBe('Geo test: Oslo, Bergen');
    expect(await geo.locator('.geo-fit').innerText()).toMatch(/^Fit before the test: scaled L2 imbalance 0\.08 \(0 = perfect/);
    expect(await geo.locator('table.donors tbody th').allInnerTexts()).toEqual(['Trondheim', 'Kristiansand', 'Stavanger']);
    expect(await geo.locator('.geo-result').innerText()).toMatch(/iROAS 2\.6/);
    expect(errors).toEqual([]);
  });
});

/**
 * The preview's Dashboard in Chromium: the sidebar's Create dashboard adds the sheet, the grid
 * shows the summary on the decision colours, and every native chart spec is drawn as an SVG
 * with the chart's title (the picked stage's three); pressing it again redraws the same charts, no more.
 */
import { describe, expect, it } from 'vitest';
import { previewPages } from './previewPage';

const { open } = previewPages();

describe('the preview draws the Dashboard', () => {
  it('Create dashboard → a Dashboard tab with the summary and the charts drawn from their specs', async () => {
    const { page, sidebar, session, errors } = await open({ consoleErrors: true });
    const create = sidebar.getByRole('button', { name: 'Create dashboard' });
    // Found with the other actions, above the stage cards (it was 3,300 px down the sidebar, #26).
    await sidebar.getByRole('button', { name: 'Evaluate', exact: true }).click();
    await sidebar.locator('article').first().waitFor();
    const top = await create.evaluate((b) => b.getBoundingClientRect().top);
    expect(top).toBeLessThan(
      await sidebar
        .locator('article')
        .first()
        .evaluate((a) => a.getBoundingClientRect().top),
    );
    expect(top).toBeLessThan(400);
    // Reachable by keyboard: focus it and press Enter.
    await create.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.locator('.dashboard .notice').innerText()).toMatch(/Created the "Dashboard" sheet: 3 stages, 3 charts/);
    await page.locator('#tabs button', { hasText: 'Dashboard' }).click();
    await page.locator('.dashboard-chart svg').first().waitFor();
    const specs = session.fake.snapshot().sheets.find((s) => s.name === 'Dashboard')!.charts!;
    expect(specs).toHaveLength(3); // the picked stage's three (#24: shared charts, a stage picker)
    const drawn = await page.locator('.dashboard-chart svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
    expect(drawn).toEqual(specs.map((c) => c.options.title));
    // Bars, lines and the shaded test period are all there.
    expect(await page.locator('.dashboard-chart svg rect').count()).toBeGreaterThan(8);
    expect(await page.locator('.dashboard-chart svg path').count()).toBeGreaterThan(5);
    // The summary's Decision cells carry the decision colours.
    expect(await page.locator('td[data-cell="B5"]').innerText()).toBe('SCALE UP');
    expect(await page.locator('td[data-cell="B5"]').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 114, 178)');
    // Again: refreshed in place, still three charts.
    await create.click();
    await expect.poll(() => sidebar.locator('.dashboard .notice').innerText()).toMatch(/Refreshed the "Dashboard" sheet/);
    await expect.poll(() => page.locator('.dashboard-chart').count()).toBe(3);
    expect(errors).toEqual([]);
  });
});

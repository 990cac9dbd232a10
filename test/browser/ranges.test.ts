/**
 * Ranges in the sidebar (docs/contract.md §2.5): each criterion row shows its value, its range and its
 * target, and says met / missed / unclear with an icon and a word — not by colour alone.
 */
import { describe, expect, it } from 'vitest';
import { previewPages } from './previewPage';

// These tests never waited for the grid: the sidebar's own waits are enough for them.
const { open } = previewPages();

describe('criterion rows with ranges', () => {
  it('the example: Test proven, Scale unclear with the range and the word, and the reason says what would settle it', async () => {
    const { sidebar } = await open({ waitForGrid: false });
    await sidebar.getByRole('button', { name: 'Evaluate' }).click();
    const cards = sidebar.locator('article.card');
    await expect.poll(() => cards.count()).toBe(3);

    const roas = (card: number) =>
      cards
        .nth(card)
        .locator('.criterion')
        .filter({ has: sidebar.locator('.name', { hasText: /^ROAS$/ }) });
    expect((await roas(1).locator('.vals').innerText()).replace(/\s+/g, ' ')).toBe('3.23 (2.63–3.82) ≥ 3.00'); // valid under weekly looks (rangeKind sequential);
    expect(await roas(1).getAttribute('class')).toBe('criterion unclear');
    expect(await roas(1).locator('.mark').innerText()).toBe('?');
    expect(await roas(1).locator('.evidence').innerText()).toBe('unclear');
    expect((await roas(0).locator('.vals').innerText()).replace(/\s+/g, ' ')).toBe('3.77 (3.70–3.84) ≥ 2.50');
    expect(await roas(0).locator('.evidence').innerText()).toBe('met');
    expect(await roas(0).locator('.mark').innerText()).toBe('✓');
    // The word is there for everyone: every judged rate row of the two judged stages carries one.
    for (const card of [0, 1]) {
      const words = await cards.nth(card).locator('.criterion .evidence').allInnerTexts();
      expect(words.length).toBeGreaterThanOrEqual(4);
      for (const w of words) expect(['met', 'missed', 'unclear', 'not yet met']).toContain(w);
    }
    expect(await cards.nth(1).locator('.reason').innerText()).toBe(
      'ROAS 3.23 vs min 3.00, not yet clear at 80%: 2.63–3.82; about 16 more weeks at this spread (an estimate): NEED DATA, keep spending. At 9,513 a week those weeks cost about 152,200; only 1,950 of the budget is left — raise the budget or lower Min ROAS',
    );
    // A locked stage shows no ranges and no evidence words.
    expect(await cards.nth(2).locator('.criterion .range, .criterion .evidence').count()).toBe(0);
  });

  it('the settings panel offers the confidence with its one-line explanation', async () => {
    const { sidebar } = await open({ waitForGrid: false });
    await sidebar.getByRole('button', { name: 'Settings' }).click();
    const field = sidebar.getByLabel('Confidence');
    await expect.poll(() => field.inputValue()).toBe('0.8');
    expect(await sidebar.locator('#confidence-help').innerText()).toBe(
      'How sure a range must be before money moves: 0.8, 0.9 or 0.95; 0 decides on averages alone.',
    );
    // Few values: a dropdown (#26), in words; so is the week start.
    expect(await field.locator('option').allInnerTexts()).toEqual(['0 (no ranges: decide on averages)', '80%', '90%', '95%']);
    expect(await sidebar.getByLabel('Week start').locator('option').allInnerTexts()).toEqual(['Monday', 'Sunday', 'Saturday']);
    await field.selectOption('0.9');
    // Every problem at once, not only the first.
    await sidebar.getByLabel('Tolerance').fill('abc');
    await sidebar.getByLabel('Budget step').fill('');
    await sidebar.getByRole('button', { name: 'Save settings' }).click();
    const alert = sidebar.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/^Tolerance must be a number .*\nBudget step is blank\.$/);
  });
});

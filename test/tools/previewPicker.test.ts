/**
 * The Dashboard's stage picker in the preview: a user picks a stage in B3 as in Sheets, and the
 * preview runs the simple trigger onEdit as Sheets does, so the three charts show that stage.
 * Editing any other cell leaves the charts as they were.
 */
import { describe, expect, it } from 'vitest';
import { openSession } from '../../tools/preview/session';

type Chart = { options: { title?: unknown } };
const titles = (s: Awaited<ReturnType<typeof openSession>>) => (s.fake.spreadsheet.raw('Dashboard')!.charts as Chart[]).map((c) => String(c.options.title));

describe('the preview’s Dashboard picker', () => {
  it('redraws the charts for the stage typed into B3, through onEdit, and only for B3', async () => {
    const session = await openSession();
    session.run('createDashboard', []);
    const first = titles(session);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((t) => t.includes('Test'))).toBe(true);
    session.edit('Dashboard', 3, 1, 'Scale'); // B4: not the picker
    expect(titles(session)).toEqual(first);
    session.edit('Dashboard', 2, 1, 'Scale'); // B3, the picker
    const picked = titles(session);
    expect(picked).not.toEqual(first);
    expect(picked.every((t) => t.includes('Scale'))).toBe(true);
  });
});

/** The document's `confidence` setting (docs/contract.md §2.5) through the built add-on: validated, saved, applied. */
import { describe, expect, it } from 'vitest';
import { POINT_EXAMPLE_STAGES, POINT_EXAMPLE_WEEKLY } from '../core/plan/data/pointExample';
import { load, messageOf } from '../support/workbook';

const d = (day: number) => new Date(Date.UTC(2025, 0, day));
/** The README's hand example: ROAS 2.70 (2.31–3.09 at 80%) against min 2.50, budget left. */
const HAND = {
  sheets: [
    {
      name: 'Stages',
      values: [
        ['Stage', 'Budget', 'Min ROAS'],
        ['A', 10000, 2.5],
      ],
    },
    { name: 'Weekly', values: [['Week', 'Stage', 'Spend', 'Revenue'], ...[2200, 3200, 2400, 3000].map((rev, i) => [d(6 + 7 * i), 'A', 1000, rev])] },
  ],
};

describe('the confidence setting', () => {
  it('defaults to 0.8 and takes 0, 0.8, 0.9, 0.95 (also as "90%")', () => {
    const { gs } = load();
    expect(gs.getSettings()).toMatchObject({ confidence: 0.8 });
    expect(gs.saveSettings({ confidence: 0.95 })).toMatchObject({ confidence: 0.95 });
    expect(gs.saveSettings({ confidence: '90%' })).toMatchObject({ confidence: 0.9 });
    expect(gs.saveSettings({ confidence: '0' })).toMatchObject({ confidence: 0 });
    expect(gs.getSettings()).toMatchObject({ confidence: 0 });
  });
  it.each([0.5, 1, 80, 'high'])('refuses %j', (v) => {
    const { gs } = load();
    expect(messageOf(() => gs.saveSettings({ confidence: v }))).toBe(`Confidence must be one of 0 (ranges off), 0.8, 0.9 or 0.95; got ${JSON.stringify(v)}.`);
  });
  it('decides on ranges by default and on point values at 0', () => {
    const { gs } = load(HAND as never);
    const at80 = gs.evaluateStages() as { stages: { decision: string; criteria: { lower: number; upper: number; evidence: string }[] }[] };
    expect(at80.stages[0].decision).toBe('NEED DATA');
    expect(at80.stages[0].criteria[0]).toMatchObject({ evidence: 'unclear' });
    // The default range is valid under weekly looks (rangeKind 'sequential'): wider than one look's.
    expect(at80.stages[0].criteria[0].lower).toBeLessThan(2.31);
    gs.saveSettings({ rangeKind: 'fixed' });
    const fixed = gs.evaluateStages() as typeof at80;
    expect(fixed.stages[0].criteria[0].lower).toBeCloseTo(2.3101388637942786, 12);
    gs.saveSettings({ confidence: 0 });
    const at0 = gs.evaluateStages() as { stages: { decision: string; criteria: { lower: null; evidence: string }[] }[] };
    expect(at0.stages[0].decision).toBe('GO');
    expect(at0.stages[0].criteria[0]).toMatchObject({ lower: null, upper: null, evidence: 'met' });
  });
  it('at 0 the pre-ranges example decides as it always did', () => {
    const { gs } = load({
      sheets: [
        { name: 'Stages', values: POINT_EXAMPLE_STAGES as never },
        { name: 'Weekly', values: POINT_EXAMPLE_WEEKLY as never },
      ],
    });
    gs.saveSettings({ confidence: 0 });
    const r = gs.evaluateStages() as { stages: { decision: string; nextBudget: number }[] };
    expect(r.stages.map((s) => [s.decision, s.nextBudget])).toEqual([
      ['SCALE UP', 24000],
      ['HOLD', 40000],
      ['LOCKED', 0],
    ]);
  });
});

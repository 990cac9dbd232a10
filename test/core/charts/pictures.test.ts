/** The pictures carry the series unchanged; their tables are what "Show numbers" and the Dashboard show. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../../src/core/plan/example';
import { evaluatePlanInWords, stagePicturesInWords as stagePictures } from '../../support/inWords';

const r = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY);

describe('stage pictures', () => {
  it('Test: spend with pace, the gating metric with its target, test vs control with the test period', () => {
    const s = r.stages[0].series!;
    const [spend, metric, control] = stagePictures('Test', s);
    expect(spend.kind).toBe('spend');
    expect(spend.layers).toEqual([
      { kind: 'bars', label: 'Spend', values: s.spend.spend, colour: '#0072B2' },
      { kind: 'rule', label: 'Even pace', value: 5000, colour: '#000000' },
    ]);
    expect(spend.summary).toBe('Spend 20,000 of the 20,000 budget in 4 weeks; even pace over 4 weeks is 5,000 a week.');
    expect(metric.title).toBe(`Test: ${s.metric!.label} per week vs target`);
    expect(metric.layers.find((l) => l.kind === 'rule')).toMatchObject({ value: s.metric!.target });
    expect(control.weeks).toHaveLength(8);
    expect(control.table.rows.map((row) => row[1])).toEqual(['', '', '', '', 'yes', 'yes', 'yes', 'yes']);
    // In the test period: Σ test revenue and Σ scaled control, as the summary says.
    expect(control.summary).toMatch(/test revenue 75,340 against 43,245/);
  });

  it('tables hold one row per week with blanks for missing values and the rule repeated', () => {
    const [spend, metric] = stagePictures('Test', r.stages[0].series!);
    const t = spend.table;
    expect(t.header).toEqual(['Week', 'Spend', 'Even pace']);
    expect(t.rows[0]).toEqual(['2025-01-06', 4990, 5000]);
    const m = metric.table;
    expect(m.rows).toHaveLength(4);
    expect(m.rows.at(-1)!.at(-2)).toBeCloseTo(r.stages[0].criteria.find((c) => c.key === r.stages[0].series!.metric!.key)!.actual!, 12);
  });

  it('a stage without Min weeks has no pace, and one without targets no metric picture', () => {
    const plan = [
      ['Stage', 'Budget'],
      ['Only', 1000],
    ];
    const p = stagePictures(
      'Only',
      evaluatePlanInWords(plan, [
        ['Week', 'Stage', 'Spend'],
        [new Date(Date.UTC(2025, 0, 6)), 'Only', 100],
      ]).stages[0].series!,
    );
    expect(p.map((x) => x.kind)).toEqual(['spend']);
    expect(p[0].layers.map((l) => l.kind)).toEqual(['bars']);
    expect(p[0].summary).toMatch(/no Min weeks, so no pace/);
  });
});

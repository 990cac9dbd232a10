/**
 * Properties of deciding on ranges (docs/contract.md §2.5), over random stages of 2–8 weeks with ROAS and
 * CPA targets: less week-to-week spread (the same totals) never turns a proven decision unclear,
 * and a higher confidence never turns an unclear decision proven.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../../src/core/plan/types';
import { evaluatePlanInWords } from '../../support/inWords';

const d = (i: number) => new Date(Date.UTC(2025, 0, 6 + 7 * i));

const week = fc.record({
  spend: fc.integer({ min: 100, max: 5000 }),
  roas: fc.double({ min: 0.5, max: 5, noNaN: true }),
  cpa: fc.double({ min: 5, max: 80, noNaN: true }),
});
const stageArb = fc.record({
  weeks: fc.array(week, { minLength: 2, maxLength: 8 }),
  minRoas: fc.double({ min: 1, max: 4, noNaN: true }),
  maxCpa: fc.oneof(fc.constant(''), fc.double({ min: 10, max: 60, noNaN: true })),
  budgetLeft: fc.boolean(),
});
type StageCase = typeof stageArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Weekly rows with each week's revenue and conversions pulled toward the overall ROAS and CPA by
 * `shrink` (0 = as drawn, 1 = every week exactly at the overall ratio): the totals, so the point
 * values, stay the same; only the spread changes.
 */
function tables(c: StageCase, shrink: number): [TableCell[][], TableCell[][]] {
  const revenue = c.weeks.map((w) => w.spend * w.roas);
  const conversions = c.weeks.map((w) => w.spend / w.cpa);
  const spend = c.weeks.reduce((s, w) => s + w.spend, 0);
  const roas = revenue.reduce((s, x) => s + x, 0) / spend;
  const perSpend = conversions.reduce((s, x) => s + x, 0) / spend;
  const weekly: TableCell[][] = [['Week', 'Stage', 'Spend', 'Revenue', 'Conversions']];
  c.weeks.forEach((w, i) => {
    weekly.push([d(i), 'A', w.spend, revenue[i] + shrink * (roas * w.spend - revenue[i]), conversions[i] + shrink * (perSpend * w.spend - conversions[i])]);
  });
  const stages = [
    ['Stage', 'Budget', 'Min ROAS', 'Max CPA'],
    ['A', c.budgetLeft ? spend * 2 : spend, c.minRoas, c.maxCpa],
  ];
  return [stages, weekly];
}

const decide = (c: StageCase, shrink: number, confidence: number) => {
  const [stages, weekly] = tables(c, shrink);
  return evaluatePlanInWords(stages, weekly, { confidence }).stages[0];
};
/** Proven: graded and not left open by the ranges (no "not yet clear"/"not clear at" in the reason). */
const proven = (s: ReturnType<typeof decide>) => s.decision !== 'NEED DATA' && !/not (yet )?clear/.test(s.reason);
const unclear = (s: ReturnType<typeof decide>) => /not (yet )?clear/.test(s.reason);

describe('properties of ranged decisions', () => {
  it('shrinking the weekly spread (same totals) never turns a proven decision unclear', () => {
    let provenSeen = 0;
    fc.assert(
      fc.property(stageArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.8, 0.9, 0.95), (c, shrink, conf) => {
        const before = decide(c, 0, conf);
        if (!proven(before)) return;
        provenSeen++;
        const after = decide(c, shrink, conf);
        expect(proven(after)).toBe(true);
        expect(after.decision).toBe(before.decision);
      }),
      { numRuns: 150, seed: 9 },
    );
    expect(provenSeen).toBeGreaterThan(25); // the property was exercised, not vacuous
  });

  it('raising the confidence never turns an unclear decision proven', () => {
    let unclearSeen = 0;
    fc.assert(
      fc.property(stageArb, fc.constantFrom([0.8, 0.9], [0.8, 0.95], [0.9, 0.95]), (c, [lo, hi]) => {
        const before = decide(c, 0, lo);
        if (!unclear(before)) return;
        unclearSeen++;
        const after = decide(c, 0, hi);
        expect(unclear(after)).toBe(true);
        if (before.decision === 'NEED DATA') expect(after.decision).toBe('NEED DATA');
      }),
      { numRuns: 150, seed: 9 },
    );
    expect(unclearSeen).toBeGreaterThan(25);
  });

  it('with no spread at all every decision is proven and equals the point decision', () => {
    fc.assert(
      fc.property(stageArb, (c) => {
        const flat = decide(c, 1, 0.95);
        expect(proven(flat)).toBe(true);
        expect(flat.decision).toBe(decide(c, 0, 0).decision);
      }),
      { numRuns: 100, seed: 9 },
    );
  });
});

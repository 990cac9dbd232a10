/** `Variant split` cells as people write them, and the budget-aware advice of a NEED DATA stage (docs/contract.md §2.1, 2.4). */
import { describe, expect, it } from 'vitest';
import { bindingNeed, volumeNeed } from '../../../src/core/plan/advice';
import { parseVariantSplit, percentSplit, plannedShares } from '../../../src/core/plan/variantSplit';
import type { Criterion } from '../../../src/core/model/criterion';

describe('Variant split', () => {
  it('reads positional and named splits', () => {
    expect(parseVariantSplit('50/50')).toEqual({ kind: 'positional', shares: [50, 50] });
    expect(parseVariantSplit('60% / 40%')).toEqual({ kind: 'positional', shares: [60, 40] });
    expect(parseVariantSplit('0,5/0,5')).toEqual({ kind: 'positional', shares: [0.5, 0.5] });
    expect(parseVariantSplit('34:33:33')).toEqual({ kind: 'positional', shares: [34, 33, 33] });
    const named = parseVariantSplit('A 60, B 40');
    expect(named && named.kind === 'named' && [...named.shares]).toEqual([
      ['a', 60],
      ['b', 40],
    ]);
    expect(plannedShares(parseVariantSplit('Video: 70%; Carousel: 30%'), ['Carousel', 'video'])).toEqual([30, 70]);
  });
  it('refuses what is not a split, and a split that does not name the variants', () => {
    for (const t of ['abc', '50', 'A 60', '0/0', 'A 1, A 2']) expect(parseVariantSplit(t), t).toBeNull();
    expect(plannedShares(parseVariantSplit('50/50'), ['A', 'B', 'C'])).toBeNull();
    expect(plannedShares(parseVariantSplit('A 50, B 50'), ['A', 'C'])).toBeNull();
    expect(plannedShares(null, ['A', 'B'])).toEqual([1, 1]);
  });
  it('delivered shares as whole percentages adding up to 100', () => {
    expect(percentSplit([5800, 4200])).toEqual([58, 42]);
    expect(percentSplit([1, 1, 1])).toEqual([34, 33, 33]);
  });
});

const criterion = (key: Criterion['key'], target: number, actual: number): Criterion => ({
  metric: key,
  key,
  volume: true,
  op: '>=',
  target,
  actual,
  gap: (actual - target) / target,
  met: actual >= target,
  lower: null,
  upper: null,
  evidence: 'missed',
});

describe('budget-aware advice', () => {
  it('30 conversions needed, 12 so far at 4,000 a week over 3 weeks: 18 more at 1,000 each, about 5 weeks', () => {
    const need = volumeNeed(criterion('conversions', 30, 12), { spend: 12000, budget: 13950, weeks: 3 });
    expect(need).toMatchObject({ weeksNeeded: 5, spendNeeded: 18000, budgetLeft: 1950, weeklySpend: 4000 });
  });
  it('weeks and spend need no rate; nothing bought yet cannot say', () => {
    expect(volumeNeed(criterion('weeks', 4, 1), { spend: 2000, budget: 20000, weeks: 1 })).toMatchObject({ weeksNeeded: 3, spendNeeded: 6000 });
    expect(volumeNeed(criterion('spend', 10000, 2500), { spend: 2500, budget: 20000, weeks: 1 })).toMatchObject({ weeksNeeded: 3, spendNeeded: 7500 });
    expect(volumeNeed(criterion('conversions', 30, 0), { spend: 2500, budget: 20000, weeks: 1 })).toMatchObject({ weeksNeeded: null, spendNeeded: null });
  });
  it('the binding need is the one that takes longest', () => {
    const pace = { spend: 4000, budget: 20000, weeks: 2 };
    expect(bindingNeed([criterion('weeks', 3, 2), criterion('conversions', 100, 20)], pace)!.criterion.key).toBe('conversions');
  });
});

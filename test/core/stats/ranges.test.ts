/**
 * The intervals behind the criteria's ranges (docs/contract.md §2.5) against independent computations
 * (reference/ranges_reference.py → ranges_reference.json: numpy's covariance matrix and
 * gradients, scipy's t quantiles, brute-force week counting), and the ratio interval by hand.
 */
import { describe, expect, it } from 'vitest';
import { growthInterval } from '../../../src/core/stats/growthInterval';
import { ratioInterval, ratioSpread, weeksUntilHalfWidth } from '../../../src/core/stats/ratioInterval';
import { timeBasedRegression } from '../../../src/core/stats/tbr';
import reference from './reference/ranges_reference.json';

const close = (actual: number, expected: number, rel = 1e-9) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

describe('ratio interval by hand: 4 weeks of 1,000 spend, revenue 2,200 / 3,200 / 2,400 / 3,000', () => {
  it('ROAS 2.70, 80% range 2.31–3.09', () => {
    // R = 10,800 / 4,000 = 2.7; d = A − 2.7·B = −500, 500, −300, 300; Σd² = 680,000;
    // s_d = √(680,000 / 3) = 476.095; B̄ = 1,000; t(3, 0.9) = 1.637744;
    // half-width = 1.637744 · 476.095 / (√4 · 1,000) = 0.389861.
    const r = ratioInterval([2200, 3200, 2400, 3000], [1000, 1000, 1000, 1000], 0.8)!;
    expect(r.estimate).toBe(2.7);
    close(r.scale, Math.sqrt(680000 / 3) / 1000, 1e-12);
    close(r.upper - r.estimate, (1.637744 * Math.sqrt(680000 / 3)) / 2000, 1e-6);
    expect(r.lower.toFixed(2)).toBe('2.31');
    expect(r.upper.toFixed(2)).toBe('3.09');
  });
  it('the same mean without swings has no width; one week has no range', () => {
    const flat = ratioInterval([2700, 2700, 2700, 2700], [1000, 1000, 1000, 1000], 0.8)!;
    expect([flat.lower, flat.upper]).toEqual([2.7, 2.7]);
    expect(ratioInterval([2700], [1000], 0.8)).toBeNull();
    expect(ratioInterval([5, 5], [0, 0], 0.8)).toBeNull();
    expect(ratioInterval([1, 2], [1, 1], 0)).toBeNull();
  });
});

describe('ratio interval against numpy/scipy (delta method through the covariance matrix)', () => {
  it.each(reference.ratio.map((c) => [`${c.a.length} weeks at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const r = ratioInterval(c.a, c.b, c.confidence)!;
    close(r.estimate, c.estimate);
    close(r.lower, c.lower);
    close(r.upper, c.upper);
  });
});

describe('weeks until the range clears a target, against brute force', () => {
  it.each(reference.weeksNeeded.map((c) => [`${c.direction} ${c.target} at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const s = ratioSpread(c.a, c.b)!;
    const wrongSide = c.direction === '>=' ? s.estimate < c.target : s.estimate > c.target;
    const w = wrongSide ? null : weeksUntilHalfWidth(s, Math.abs(s.estimate - c.target), c.confidence);
    expect(w).toBe(c.weeks);
  });
});

describe('sales growth interval against a numerical-gradient delta method with Welch df', () => {
  it.each(reference.growth.map((c) => [`${c.stage.length} vs ${c.baseline.length} weeks at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const r = growthInterval(c.stage, c.baseline, c.confidence)!;
    close(r.estimate, c.estimate, 1e-12);
    close(r.df, c.df, 1e-8);
    close(r.lower, c.lower, 1e-7);
    close(r.upper, c.upper, 1e-7);
  });
  it('no range with fewer than 2 weeks on either side or a zero baseline', () => {
    expect(growthInterval([1], [1, 2], 0.8)).toBeNull();
    expect(growthInterval([1, 2], [5], 0.8)).toBeNull();
    expect(growthInterval([1, 2], [0, 0], 0.8)).toBeNull();
  });
});

describe('TBR on weekly series against numpy least squares', () => {
  it.each(reference.tbr.map((c) => [`${c.pretest} pretest weeks at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const r = timeBasedRegression(c.test, c.control, c.pretest, c.spend, c.confidence);
    close(r.iroas, c.estimate, 1e-9);
    close(r.lower, c.lower, 1e-9);
    close(r.upper, c.upper, 1e-9);
  });
});

/**
 * Ranges valid under weekly monitoring (docs/contract.md §2.5, `rangeKind`, issue #27 item 1): the
 * normal-mixture confidence sequence over the ratio's delta-method pseudo-observations, tuned to
 * the stage's horizon, and the default in every evaluation.
 */
import { describe, expect, it } from 'vitest';
import { horizonWeeks, mixtureMultiplier, mixtureRho, rangeMultiplier } from '../../../src/core/stats/confidenceSequence';
import { normQuantile } from '../../../src/core/stats/normal';
import { ratioInterval, ratioSpread } from '../../../src/core/stats/ratioInterval';
import { studentTQuantile } from '../../../src/core/stats/studentT';
import { runScenario } from '../../../tools/simulate/simulate';
import { evaluatePlanInWords } from '../../support/inWords';

describe('the normal mixture (Howard et al. 2021, eq. 14)', () => {
  it('is the boundary √((V+ρ)·ln((V+ρ)/(ρα²))) in units of σ√n', () => {
    // n = 12 weeks, ρ = 3 weeks, α = 0.2: √((15/12)·ln(15/(3·0.04))) = √(1.25·ln 125).
    expect(mixtureMultiplier(12, 0.2, 3)).toBeCloseTo(Math.sqrt(1.25 * Math.log(125)), 14);
  });
  it('ρ tuned to the horizon makes the boundary (nearly) tightest there', () => {
    const alpha = 0.2;
    for (const horizon of [4, 12, 26, 52]) {
      const tuned = mixtureMultiplier(horizon, alpha, mixtureRho(horizon, alpha));
      for (const factor of [0.25, 0.5, 2, 4]) expect(tuned).toBeLessThan(mixtureMultiplier(horizon, alpha, mixtureRho(horizon, alpha) * factor));
    }
  });
  it('is wider than the fixed range at every look, and both shrink like 1/√n', () => {
    for (let n = 2; n <= 52; n++) {
      const seq = rangeMultiplier('sequential', n, 0.8, n - 1, 12);
      expect(seq).toBeGreaterThan(rangeMultiplier('fixed', n, 0.8, n - 1, 12));
      expect(rangeMultiplier('fixed', n, 0.8, n - 1, 12)).toBe(studentTQuantile(0.9, n - 1));
      if (n > 2) expect(seq / Math.sqrt(n)).toBeLessThan(rangeMultiplier('sequential', n - 1, 0.8, n - 2, 12) / Math.sqrt(n - 1));
    }
    // At the horizon, 12 weekly looks at 80 % cost a factor of about 2 in width over one look.
    const ratio = rangeMultiplier('sequential', 12, 0.8, 11, 12) / rangeMultiplier('fixed', 12, 0.8, 11, 12);
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2.3);
    expect(rangeMultiplier('sequential', 12, 0.8, 1e7, 12)).toBeCloseTo(mixtureMultiplier(12, 0.2, mixtureRho(12, 0.2)), 5); // a known spread: no t factor
    expect(normQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
  });
  it('gives each multiplier its own t quantile, asked in any order, for every confidence and spread', () => {
    // studentTQuantile remembers each (p, df) it worked out: asked interleaved, each multiplier
    // must still be the one worked out from its own confidence and spread.
    for (const df of [40, 3, 17, 3, 1e7, 40, 2.5])
      for (const c of [0.95, 0.8, 0.9, 0.8]) {
        const z = normQuantile((1 + c) / 2);
        expect(rangeMultiplier('fixed', 9, c, df, 12)).toBe(studentTQuantile((1 + c) / 2, df));
        expect(rangeMultiplier('sequential', 9, c, df, 26)).toBe((mixtureMultiplier(9, 1 - c, mixtureRho(26, 1 - c)) * studentTQuantile((1 + c) / 2, df)) / z);
      }
  });
  it('the horizon is the weeks the budget lasts at the weekly spend, within 4–52', () => {
    expect(horizonWeeks(120000, 10000)).toBe(12);
    expect(horizonWeeks(10000, 10000)).toBe(4);
    expect(horizonWeeks(1e9, 10000)).toBe(52);
    expect(horizonWeeks(50000, 0)).toBe(12);
  });
});

describe('evaluations use it by default; rangeKind fixed gives the single-look range', () => {
  const d = (i: number) => new Date(Date.UTC(2025, 0, 6 + 7 * i));
  const weekly = [['Week', 'Stage', 'Spend', 'Revenue'], ...[2200, 3200, 2400, 3000].map((rev, i) => [d(i), 'A', 1000, rev])];
  const stages = [
    ['Stage', 'Budget', 'Min ROAS'],
    ['A', 12000, 2.2],
  ];
  const revenue = [2200, 3200, 2400, 3000];
  const spread = ratioSpread(revenue, [1000, 1000, 1000, 1000])!;
  it('sequential: R ± m·s_d/(√n·B̄) with the mixture multiplier for a 12-week horizon', () => {
    const c = evaluatePlanInWords(stages, weekly).stages[0].criteria[0];
    const h = (rangeMultiplier('sequential', 4, 0.8, 3, 12) * spread.scale) / 2;
    expect(c.lower).toBeCloseTo(2.7 - h, 12);
    expect(c.upper).toBeCloseTo(2.7 + h, 12);
  });
  it('fixed: the delta-method interval of docs/contract.md §2.5', () => {
    const c = evaluatePlanInWords(stages, weekly, { rangeKind: 'fixed' }).stages[0].criteria[0];
    const r = ratioInterval(revenue, [1000, 1000, 1000, 1000], 0.8)!;
    expect(c.lower).toBeCloseTo(r.lower, 12);
    expect(c.upper).toBeCloseTo(r.upper, 12);
  });
  it('the same data release under a single look but wait under weekly looks', () => {
    expect(evaluatePlanInWords(stages, weekly, { rangeKind: 'fixed' }).stages[0].decision).toBe('GO'); // 2.31 ≥ 2.20
    expect(evaluatePlanInWords(stages, weekly).stages[0].decision).toBe('NEED DATA');
  });
  it('confidence 0 ignores it: point values, as before', () => {
    const seq = evaluatePlanInWords(stages, weekly, { confidence: 0 }).stages[0];
    const fixed = evaluatePlanInWords(stages, weekly, { confidence: 0, rangeKind: 'fixed' }).stages[0];
    expect(seq).toEqual(fixed);
    expect(seq.criteria[0].lower).toBeNull();
  });
});

describe('the simulation, small and seeded (npm run simulate runs it at full size)', () => {
  it('at target, weekly looks with fixed ranges release far more often than sequential ones', () => {
    const seq = runScenario('sequential', 1, 200, 60, 11);
    const fixed = runScenario('fixed', 1, 200, 60, 11);
    expect(seq.everReleased).toBeLessThan(fixed.everReleased);
    expect(seq.everReleased).toBeLessThanOrEqual(0.15);
    expect(fixed.everReleased).toBeGreaterThan(0.15);
  });
  it('+28 % over target at 200 orders a week is released by week 12', () => {
    expect(runScenario('sequential', 1.28, 200, 30, 12).releasedAt12).toBeGreaterThanOrEqual(0.8);
  });
});

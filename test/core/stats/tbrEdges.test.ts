/**
 * IROAS_TBR at its edges and IROAS_MDE, against independent numpy/scipy computations
 * (test/core/stats/reference/tbr_reference.py → tbr_reference.json).
 */
import { describe, expect, it } from 'vitest';
import { iroasMde } from '../../../src/core/stats/iroasMde';
import { timeBasedRegression } from '../../../src/core/stats/tbr';
import ref from './reference/tbr_reference.json';

const rel = (actual: number, expected: number, tol: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));

describe('IROAS_TBR edges', () => {
  it("a control that is constant in the pretest: intercept-only, the issue's 1.8 [1.274, 2.326], P 0.981", () => {
    const { test, control, pretest, spend } = ref.constantControl.input;
    const r = timeBasedRegression(test, control, pretest, spend);
    expect([r.iroas, r.lower, r.upper].map((v) => v.toFixed(3))).toEqual(['1.800', '1.274', '2.326']);
    expect(r.probability.toFixed(3)).toBe('0.981');
    expect(r.df).toBe(ref.constantControl.df);
    rel(r.lower, ref.constantControl.lower, 1e-12);
    rel(r.probability, ref.constantControl.probability, 1e-12);
  });

  it('a control constant up to rounding noise is constant too (as R lm tolerates)', () => {
    const r = timeBasedRegression([10, 12, 11, 13, 20, 21], [5, 5 + 1e-12, 5, 5, 5, 6], 4, 10);
    expect(r.iroas.toFixed(3)).toBe('1.800');
  });

  it.each(ref.tinyTails.map((c) => [c.threshold, c] as const))('P(iROAS > %s) keeps its digits in the far upper tail (scipy t.sf)', (threshold, c) => {
    const rows = ref.mde[0];
    const r = timeBasedRegression(rows.test, rows.control, 42, 50000, 0.95, threshold);
    expect(r.probability).toBeGreaterThan(0);
    rel(r.probability, c.probability, 1e-9);
  });
});

describe('IROAS_MDE (numpy/scipy, and a seeded simulation of the power it promises)', () => {
  it.each(ref.mde.map((c, i) => [i, c] as const))('case %s', (_, c) => {
    const r = iroasMde(c.test, c.control, c.pretest, c.weeks, c.spend, c.confidence, c.power);
    rel(r.mde, c.mde, 1e-10);
    // The simulation (offline, recorded) found about the promised power at that iROAS.
    expect(Math.abs(c.simulation.simulatedPower - c.power)).toBeLessThan(4 * c.simulation.monteCarloSe + 0.01);
  });

  it('halves when the spend doubles, shrinks with longer tests, grows with confidence and power', () => {
    const c = ref.mde[2];
    const base = iroasMde(c.test, c.control, c.pretest, 6, 5000).mde;
    expect(iroasMde(c.test, c.control, c.pretest, 6, 10000).mde).toBeCloseTo(base / 2, 12);
    expect(iroasMde(c.test, c.control, c.pretest, 12, 5000).mde).toBeLessThan(base);
    expect(iroasMde(c.test, c.control, c.pretest, 6, 5000, 0.95).mde).toBeGreaterThan(base);
    expect(iroasMde(c.test, c.control, c.pretest, 6, 5000, 0.9, 0.9).mde).toBeGreaterThan(base);
  });

  it('an effect of the MDE is exactly where the TBR interval would start to clear 0 at power 0.5', () => {
    // With power 0.5, t_power = 0: a test showing exactly the MDE has its lower end at 0.
    const c = ref.mde[2];
    const { mde } = iroasMde(c.test, c.control, c.pretest, 6, 5000, 0.9, 0.5);
    const m = c.pretest;
    const fitTest = c.test.slice(0, m);
    const fitControl = c.control.slice(0, m);
    const meanControl = fitControl.reduce((s, v) => s + v, 0) / m;
    // Test period: control at its mean, test on the fitted line plus the MDE's lift.
    const base = timeBasedRegression([...fitTest, ...Array(6).fill(0)], [...fitControl, ...Array(6).fill(meanControl)], m, 1);
    const onLine = base.a + base.b * meanControl;
    const r = timeBasedRegression([...fitTest, ...Array(6).fill(onLine + mde * 5000)], [...fitControl, ...Array(6).fill(meanControl)], m, 30000, 0.9);
    expect(Math.abs(r.lower)).toBeLessThan(1e-9);
  });
});

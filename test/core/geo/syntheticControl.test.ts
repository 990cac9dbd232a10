/**
 * The synthetic control against GeoLift's published walkthrough numbers, against an independent
 * scipy / brute-force computation (data/brute_force.py) and against cases whose answer is known.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoLift } from '../../../src/core/geo/geoLift';
import { buildPanel, findRegions } from '../../../src/core/geo/panel';
import { simplexLeastSquares } from '../../../src/core/geo/simplexLeastSquares';
import { donorsOf, SyntheticControl } from '../../../src/core/geo/syntheticControl';
import { geoLiftTestPanel, smallPanel } from './geoData';

describe('GeoLift walkthrough (GeoLift_Test, Chicago + Portland, days 91–105)', () => {
  const panel = geoLiftTestPanel();
  const treated = findRegions(panel, ['Chicago', 'PORTLAND'], 'treated');
  const r = geoLift(panel, { treated, start: 90, end: 104, confidence: 0.9, spend: null });

  it('reproduces the published ATT, lift, incremental units and imbalance', () => {
    expect(panel.regions.length).toBe(40);
    expect(panel.periods.length).toBe(105);
    expect(r.att.toFixed(3)).toBe('155.556');
    expect((100 * r.lift).toFixed(1)).toBe('5.4');
    expect(r.incremental.toFixed(0)).toBe('4667');
    expect(r.l2Imbalance.toFixed(3)).toBe('909.489');
    expect(r.scaledL2Imbalance.toFixed(4)).toBe('0.1636');
  });

  it('reproduces the published donor weights to the 4 digits printed', () => {
    const printed = {
      cincinnati: 0.2272,
      miami: 0.2028,
      'baton rouge': 0.1335,
      minneapolis: 0.09,
      dallas: 0.0739,
      nashville: 0.0685,
      honolulu: 0.0673,
      austin: 0.0465,
      'san diego': 0.0451,
      reno: 0.0306,
      'san antonio': 0.0054,
      'new york': 0.0046,
      houston: 0.0046,
    };
    const shown = r.weights.filter((w) => w.weight >= 0.0001).map((w) => [w.region, Number(w.weight.toFixed(4))]);
    expect(Object.fromEntries(shown)).toEqual(printed);
    expect(shown.map(([name]) => name)).toEqual(Object.keys(printed));
    expect(r.weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 12);
  });

  it('p-value and interval by moving-block conformal inference (#27): p = 12/105, the interval holds the ATT and, as p > 0.1, 0', () => {
    // data/conformal_block.py (numpy/scipy) gives p(0) = 0.1143 = 12/105 for |Σu|.
    expect(r.pValue).toBeCloseTo(12 / 105, 12);
    expect(r.placebos).toBe(105);
    expect(r.lower!).toBeLessThan(0);
    expect(r.lower!).toBeLessThan(r.att);
    expect(r.upper!).toBeGreaterThan(r.att);
    // Between the nulls the reference keeps and rejects: p(−25) = 0.076, p(0) = 0.114; p(275) = 0.105, p(300) = 0.067.
    expect(r.lower!).toBeGreaterThan(-25);
    expect(r.upper!).toBeGreaterThan(275);
    expect(r.upper!).toBeLessThan(300);
    expect(geoLift(panel, { treated, start: 90, end: 104, confidence: 0.9, spend: null })).toEqual(r);
  });

  it('scales the interval to iROAS with spend', () => {
    const s = geoLift(panel, { treated, start: 90, end: 104, confidence: 0.9, spend: 40000 });
    expect(s.iroas).toBeCloseTo(4666.67 / 40000, 4);
    expect(s.lower!).toBeCloseTo((r.lower! * 30) / 40000, 12);
    expect(s.upper!).toBeCloseTo((r.upper! * 30) / 40000, 12);
  });
});

describe('against an independent computation (data/brute_force.py: scipy SLSQP and a simplex grid)', () => {
  const ref = JSON.parse(readFileSync(join(__dirname, 'data', 'small_panel.json'), 'utf8'));
  const panel = smallPanel();

  it('finds the same weights, imbalance and ATT as SLSQP', () => {
    const treated = findRegions(panel, ref.treated, 'treated');
    const r = geoLift(panel, { treated, start: ref.testStart - 1, end: panel.periods.length - 1, confidence: 0.9, spend: null });
    for (const [region, w] of Object.entries(ref.weights as Record<string, number>)) {
      expect(r.weights.find((x) => x.region === region)?.weight ?? 0).toBeCloseTo(w, 6);
    }
    expect(r.l2Imbalance).toBeCloseTo(ref.l2Imbalance, 8);
    expect(r.scaledL2Imbalance).toBeCloseTo(ref.scaledL2Imbalance, 8);
    expect(r.att).toBeCloseTo(ref.att, 6);
  });

  it('agrees with the brute-force grid on three donors', () => {
    const three = ref.threeDonors;
    const sc = new SyntheticControl(panel);
    const [t] = findRegions(panel, [three.treated], 'treated');
    const donors = findRegions(panel, three.donors, 'donors');
    const fit = sc.fit(ref.testStart - 1, [t], donors);
    fit.weights.forEach((w, k) => {
      expect(Math.abs(w - three.gridWeights[k])).toBeLessThanOrEqual(three.gridStep);
      expect(w).toBeCloseTo(three.slsqpWeights[k], 6);
    });
    expect(Math.sqrt(fit.sse)).toBeCloseTo(three.l2Imbalance, 6);
  });
});

describe('cases with a known answer', () => {
  it('a donor that copies the treated series gets weight 1, and the ATT is the injected effect', () => {
    const T = 40;
    const start = 30;
    const effect = 12.5;
    const series = (f: (t: number) => number) => Array.from({ length: T }, (_, t) => f(t));
    const shape = (t: number) => 50 + 10 * Math.sin(t / 3) + (t % 7 === 5 ? 8 : 0) + 0.3 * t;
    const rows: [string, number[]][] = [
      ['Test town', series((t) => 200 + shape(t) + (t >= start ? effect : 0))],
      ['Twin', series((t) => 80 + shape(t))], // the same shape at another level: fixed effects remove it
      ['Other A', series((t) => 120 + 7 * Math.cos(t / 2) + ((t * 37) % 11))],
      ['Other B', series((t) => 90 + 0.8 * t + ((t * 53) % 13))],
      ['Other C', series((t) => 60 + 15 * Math.sin(t / 5 + 1))],
    ];
    const panel = buildPanel(
      rows.flatMap(([name]) => Array(T).fill(name)),
      rows.flatMap(() => series((t) => t + 1)),
      rows.flatMap(([, ys]) => ys),
    );
    const r = geoLift(panel, { treated: [0], start, end: T - 1, confidence: 0.9, spend: null });
    expect(r.weights[0].region).toBe('Twin');
    expect(r.weights[0].weight).toBeCloseTo(1, 7); // the solver's 1e-9 ridge moves it by ~1e-9
    expect(r.att).toBeCloseTo(effect, 6);
    expect(r.l2Imbalance).toBeLessThan(1e-6);
  });

  it('does not depend on the order of the donors (no start point matters)', () => {
    const panel = geoLiftTestPanel();
    const treated = findRegions(panel, ['chicago', 'portland'], 'treated');
    const donors = donorsOf(40, treated);
    const a = new SyntheticControl(panel).fit(90, treated, donors);
    const reversed = [...donors].reverse();
    const b = new SyntheticControl(panel).fit(90, treated, reversed);
    donors.forEach((d, k) => expect(b.weights[reversed.indexOf(d)]).toBeCloseTo(a.weights[k], 10));
    // Started from other feasible weights (a neighbouring window's, equal weights): the same optimum.
    const sc = new SyntheticControl(panel);
    for (const start of [sc.fit(60, treated, donors).weights, new Float64Array(38).fill(1 / 38)]) {
      const c = sc.fit(90, treated, donors, start);
      c.weights.forEach((w, k) => expect(w).toBeCloseTo(a.weights[k], 10));
    }
  });

  it("started from the neighbouring window's weights, every placebo fit is the cold-started optimum", () => {
    const panel = geoLiftTestPanel();
    const sc = new SyntheticControl(panel);
    for (const city of [0, 5, 13, 27, 39]) {
      const donors = donorsOf(40, [city]);
      let previous: Float64Array | undefined;
      for (let s = 14; s < 90; s++) {
        const warm = sc.fit(s, [city], donors, previous);
        previous = warm.weights;
        const cold = sc.fit(s, [city], donors);
        warm.weights.forEach((w, k) => expect(Math.abs(w - cold.weights[k])).toBeLessThan(1e-9));
      }
    }
  });

  it('the solver meets the optimality conditions on random problems, collinear donors included', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + (trial % 30);
      const T = 3 + ((trial * 7) % 40); // fewer periods than donors in some trials
      const X = Array.from({ length: n }, () => Array.from({ length: T }, rand));
      if (trial % 5 === 0) X[1] = X[0].slice(); // two identical donors
      const x1 = Array.from({ length: T }, rand);
      const h = new Float64Array(n * n);
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) for (let t = 0; t < T; t++) h[i * n + j] += X[i][t] * X[j][t];
        for (let t = 0; t < T; t++) c[i] += X[i][t] * x1[t];
      }
      const { weights } = simplexLeastSquares(h, c, n);
      const sum = weights.reduce((s, w) => s + w, 0);
      expect(sum).toBeCloseTo(1, 12);
      // KKT: gradient equal (λ) on the support, at least λ off it.
      const g = Array.from({ length: n }, (_, j) => weights.reduce((s, w, k) => s + h[j * n + k] * w, 0) - c[j]);
      const onSupport = g.filter((_, j) => weights[j] > 1e-12);
      const lambda = Math.min(...onSupport);
      for (let j = 0; j < n; j++) {
        expect(weights[j]).toBeGreaterThanOrEqual(0);
        if (weights[j] > 1e-9) expect(Math.abs(g[j] - lambda)).toBeLessThan(1e-6);
        else expect(g[j]).toBeGreaterThan(lambda - 1e-6);
      }
    }
  });
});

/**
 * Market selection skips sets by lower bounds of their squared error: each bound must stay at or
 * below the error the solver then reports (else a set that belongs in the beam is dropped), and
 * must be close to it where it matters (else nothing is skipped and the search is slow again).
 */
import { describe, expect, it } from 'vitest';
import { selectMarkets } from '../../../src/core/geo/marketSelection';
import { grownSetBound, largestSquares, residualOf, screenBest } from '../../../src/core/geo/screeningBound';
import { simplexLeastSquares, simplexLeastSquaresUnlessAbove } from '../../../src/core/geo/simplexLeastSquares';
import { minimumDetectableEffect, powerAt, simulatedTestsOfSets } from '../../../src/core/geo/power';
import { donorsOf, scaledL2Imbalance, SyntheticControl } from '../../../src/core/geo/syntheticControl';
import { simulatedPanel } from './calibration';

describe("the solver's stop bound", () => {
  it('never exceeds the squared error at the optimum, and reaches it there', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
    let exact = 0;
    for (let trial = 0; trial < 100; trial++) {
      const n = 3 + (trial % 25);
      const T = 5 + ((trial * 7) % 40);
      const X = Array.from({ length: n }, () => Array.from({ length: T }, rand));
      const x1 = Array.from({ length: T }, (_, t) => 0.5 * X[0][t] + 0.3 * X[n - 1][t] + 0.2 * rand());
      const h = new Float64Array(n * n);
      const c = new Float64Array(n);
      let q = 0;
      for (let t = 0; t < T; t++) q += x1[t] * x1[t];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) for (let t = 0; t < T; t++) h[i * n + j] += X[i][t] * X[j][t];
        for (let t = 0; t < T; t++) c[i] += X[i][t] * x1[t];
      }
      const bounds: number[] = [];
      const fit = simplexLeastSquaresUnlessAbove(h, c, n, { q, cannotWin: (b) => (bounds.push(b), false) })!;
      const sse = 2 * fit.objective + q;
      expect(Array.from(fit.weights)).toEqual(Array.from(simplexLeastSquares(h, c, n).weights));
      expect(bounds.length).toBeGreaterThan(0);
      for (const b of bounds) expect(b).toBeLessThanOrEqual(Math.max(0, sse));
      // The last pass is at the optimum, where weak duality is tight.
      expect(bounds[bounds.length - 1]).toBeGreaterThanOrEqual(sse * 0.999 - 1e-6 * q);
      // A mark below the optimum stops the solve.
      if (sse > 1e-3 * q) expect(simplexLeastSquaresUnlessAbove(h, c, n, { q, cannotWin: (b) => b > sse / 2 })).toBeUndefined();
      else exact++;
    }
    expect(exact).toBeLessThan(50);
  });
});

describe('the bound of a grown set from two residuals', () => {
  const panel = simulatedPanel(30, 200, 4242, 0.9);
  const sc = new SyntheticControl(panel);
  const n = panel.regions.length;
  const T = panel.periods.length;
  const m = sc.centredBefore(T);
  const singles = panel.regions.map((_, i) => residualOf(m, n, sc.fit(T, [i], donorsOf(n, [i]))));
  const pair = (a: number, b: number) => residualOf(m, n, sc.fit(T, [a, b], donorsOf(n, [a, b])));

  it('is never above the fitted squared error of a pair or a triple, and often close to it', () => {
    const maxSquares = largestSquares(m, n);
    let close = 0;
    let count = 0;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const sse = sc.fit(T, [a, b], donorsOf(n, [a, b])).sse;
        const bound = grownSetBound(m, n, [a, b], singles[a], singles[b], maxSquares);
        expect(bound).toBeLessThanOrEqual(sse);
        if (bound > 0.5 * sse) close++;
        count++;
      }
    }
    expect(close).toBeGreaterThan(count / 4);
    const from = pair(2, 9);
    for (let i = 0; i < n; i++) {
      if (i === 2 || i === 9) continue;
      const set = [2, 9, i].sort((x, y) => x - y);
      expect(grownSetBound(m, n, set, from, singles[i], maxSquares)).toBeLessThanOrEqual(sc.fit(T, set, donorsOf(n, set)).sse);
    }
  });
});

describe('screenBest', () => {
  it('keeps exactly the best sets, skipping only ones whose bound is above the mark', () => {
    let seed = 5;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: 200 }, (_, id) => {
        const score = Math.floor(rand() * 40) / 40; // many ties
        return { id, score, bound: score * rand() };
      });
      let screened = 0;
      const kept = screenBest(items, 10, (c, cannotWin) => {
        screened++;
        return cannotWin(c.score) ? undefined : c;
      });
      const byScore = (a: { score: number; id: number }, b: { score: number; id: number }) => a.score - b.score || a.id - b.id;
      expect(kept.sort(byScore).slice(0, 10)).toEqual([...items].sort(byScore).slice(0, 10));
      expect(screened).toBeLessThan(200);
    }
  });
});

describe('market selection with skipped sets', () => {
  // The beam as it was before sets were skipped: every grown set fitted from the same start.
  function everySetFitted(panel: ReturnType<typeof simulatedPanel>, count: number, length: number, effect: number, candidates: number) {
    const sc = new SyntheticControl(panel);
    const n = panel.regions.length;
    const T = panel.periods.length;
    type S = { regions: number[]; score: number; name: string; fit: ReturnType<SyntheticControl['fit']> };
    const screen = (set: number[], start?: Float64Array): S => {
      const fit = sc.fit(T, set, donorsOf(n, set), start);
      const level = Math.abs(sc.treatedLevel(set, 0, T));
      const names = set
        .map((i) => panel.regions[i].toLowerCase())
        .sort()
        .join('\u0000');
      return { regions: set, score: Math.sqrt(Math.max(0, fit.sse) / T) / level, name: names, fit };
    };
    const byScore = (a: S, b: S) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    let beam = panel.regions
      .map((_, i) => screen([i]))
      .sort(byScore)
      .slice(0, 60);
    for (let size = 2; size <= count; size++) {
      const seen = new Set<string>();
      const next: S[] = [];
      for (const b of beam) {
        for (let i = 0; i < n; i++) {
          if (b.regions.includes(i)) continue;
          const set = [...b.regions, i].sort((x, y) => x - y);
          if (seen.has(set.join(','))) continue;
          seen.add(set.join(','));
          const w = Float64Array.from(b.fit.donors.flatMap((d, k) => (d === i ? [] : [b.fit.weights[k]])));
          const sum = w.reduce((s, v) => s + v, 0);
          next.push(screen(set, sum > 0 ? w.map((v) => v / sum) : undefined));
        }
      }
      beam = next.sort(byScore).slice(0, 60);
    }
    const tests = simulatedTestsOfSets(
      sc,
      beam.map((s) => ({ treated: s.regions, donors: donorsOf(n, s.regions) })),
      length,
      0.8,
    );
    return beam
      .map((s, k) => ({ s, power: powerAt(tests[k], effect), mde: minimumDetectableEffect(tests[k]), scaled: scaledL2Imbalance(s.fit) }))
      .sort((a, b) => b.power - a.power || a.scaled - b.scaled || (a.s.name < b.s.name ? -1 : 1))
      .slice(0, candidates)
      .map(({ s, power, mde, scaled }) => ({ regions: s.regions, scaledL2Imbalance: scaled, power, mde }));
  }

  it('ranks the same sets with the same numbers as fitting every grown set (3-region sets of 30)', () => {
    const panel = simulatedPanel(30, 200, 4242, 0.9);
    const found = selectMarkets(panel, { count: 3, length: 10, effect: 0.05, candidates: 8, exclude: [], confidence: 0.8 });
    expect(found).toEqual(everySetFitted(panel, 3, 10, 0.05, 8));
  });
});

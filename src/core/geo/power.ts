/**
 * Power of a geo test before it runs, by simulation on history (GeoLift's `GeoLiftPower`, made
 * deterministic): every historical window of the test's length that has enough placebo windows
 * before it is a simulated test. The effect is injected into the treated regions' series over
 * that window (values × (1 + effect)), the model is fitted on the periods before it, and the
 * placebo-in-time test of GEO_LIFT judges it against the windows before. Power = the share of
 * simulated tests that find the effect at the chosen confidence.
 *
 * Because the fit only sees the periods before a window, injecting the effect there does not move
 * the weights: the simulated estimate is (the window's placebo effect) + effect × (the treated
 * regions' level in the window). So one set of fits answers every effect size, and the minimum
 * detectable effect is found exactly, not on a grid.
 */
import { alphaOf, halfWidthOfSorted, minimumHistory, rejects } from './placeboInference';
import type { SyntheticControl } from './syntheticControl';

export interface SimulatedTest {
  /** The window's first period. */
  readonly start: number;
  /** Mean effect the model reports there with nothing injected. */
  readonly placebo: number;
  /** The treated regions' average level over the window: an effect e adds e × level. */
  readonly level: number;
  /** |estimate| above this is significant (from the placebo windows before this one). */
  readonly halfWidth: number | null;
}

/** Placebo windows a simulated test needs before it: enough for p-values down to alpha / 2. */
export function windowsNeeded(alpha: number): number {
  return Math.ceil(2 / alpha - 1e-9) - 1;
}

/** Periods of data a power analysis of tests of `length` periods needs at least. */
export function periodsNeeded(length: number, confidence: number): number {
  return minimumHistory(length) + 2 * length + windowsNeeded(alphaOf(confidence)) - 1;
}

/**
 * The simulated tests of `length` periods for a treated set: windows ending at or before the last
 * period, each with at least `windowsNeeded` placebo windows ending before it starts.
 */
export function simulatedTests(
  sc: SyntheticControl,
  treated: readonly number[],
  donors: readonly number[],
  length: number,
  confidence: number,
): SimulatedTest[] {
  return simulatedTestsOfSets(sc, [{ treated, donors }], length, confidence)[0];
}

/**
 * simulatedTests for many region sets at once, window by window: every set's fit at a window
 * reads the same cross products of the periods before it, built once for all sets (market
 * selection asks this of 60 sets; set by set, each rebuilt them from the first period).
 */
export function simulatedTestsOfSets(
  sc: SyntheticControl,
  sets: readonly { treated: readonly number[]; donors: readonly number[] }[],
  length: number,
  confidence: number,
): SimulatedTest[][] {
  const h = minimumHistory(length);
  const placebos = sets.map(() => [] as number[]);
  const levels = sets.map(() => [] as number[]);
  const previous: (Float64Array | undefined)[] = sets.map(() => undefined);
  for (let s = h; s + length <= sc.T; s++) {
    sets.forEach(({ treated, donors }, k) => {
      const fit = sc.fit(s, treated, donors, previous[k], false);
      previous[k] = fit.weights;
      placebos[k].push(sc.meanEffect(fit, s, s + length));
      levels[k].push(sc.treatedLevel(treated, s, s + length));
    });
  }
  return sets.map((_, k) => testsFromWindows(placebos[k], levels[k], length, confidence));
}

function testsFromWindows(placebos: readonly number[], levels: readonly number[], length: number, confidence: number): SimulatedTest[] {
  const h = minimumHistory(length);
  const alpha = alphaOf(confidence);
  const need = windowsNeeded(alpha);
  const tests: SimulatedTest[] = [];
  // The sizes |e| of the windows before, largest first: one more each step, inserted in place
  // rather than every prefix sorted anew (the same values, so the same half widths).
  const sizes: number[] = [];
  for (let k = 0; k < placebos.length; k++) {
    const s = h + k;
    // Windows j end before s starts: h + j + length ≤ s.
    const count = Math.max(0, s - length - h + 1);
    while (sizes.length < count) {
      const v = Math.abs(placebos[sizes.length]);
      let i = sizes.length;
      while (i > 0 && sizes[i - 1] < v) i--;
      sizes.splice(i, 0, v);
    }
    if (count < need) continue;
    tests.push({ start: s, placebo: placebos[k], level: levels[k], halfWidth: halfWidthOfSorted(sizes, alpha) });
  }
  return tests;
}

/** Share of simulated tests in which an effect of `effect` (0.05 = +5%) is significant. */
export function powerAt(tests: readonly SimulatedTest[], effect: number): number {
  if (tests.length === 0) return NaN;
  let hits = 0;
  for (const t of tests) if (rejects(t.placebo + effect * t.level, t.halfWidth)) hits++;
  return hits / tests.length;
}

/**
 * The smallest positive effect whose power reaches `target` (0.8, the usual convention), exactly:
 * power only changes where one simulated test's estimate crosses its threshold. Null when no
 * effect reaches it.
 */
export function minimumDetectableEffect(tests: readonly SimulatedTest[], target = 0.8): number | null {
  if (tests.length === 0) return null;
  if (powerAt(tests, 0) >= target) return 0;
  const breaks: number[] = [];
  for (const t of tests) {
    if (t.halfWidth === null || !(t.level > 0)) continue;
    for (const edge of [t.halfWidth, -t.halfWidth]) {
      const e = (edge - t.placebo) / t.level;
      if (e > 0) breaks.push(e);
    }
  }
  breaks.sort((a, b) => a - b);
  for (const e of breaks) {
    // Just past the crossing, where the test turns significant.
    if (powerAt(tests, e + Math.max(1e-12, e * 1e-9)) >= target) return e;
  }
  return null;
}

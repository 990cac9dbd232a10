/**
 * Placebo-in-time inference for a synthetic-control geo test (Abadie, Diamond & Hainmueller
 * 2015, "in-time placebos"; the forward-window form of Chernozhukov, Wüthrich & Zhu's 2021
 * conformal test). The question a p-value answers is "how often does this model report an effect
 * this large when nothing happened?", and the pre-period holds that answer: pretend a test of the
 * same length started at every earlier period, fit the model on the periods before that window
 * only — exactly as the real test is fitted on the periods before it — and record the mean effect
 * it reports there. Those placebo effects are the model's own forecast errors, with the same
 * donors, the same regions and the same season of the data.
 *
 * - p-value: (1 + #placebos with |effect| ≥ |ATT|) / (1 + #placebos) — two-sided, like GeoLift's
 *   default `stat_test = "Total"`; never 0, exact if the windows were exchangeable.
 * - Interval: the effects h not rejected at 1 − confidence (ATT − h judged against the same
 *   placebos), so it excludes 0 exactly when p ≤ 1 − confidence.
 * - Deterministic: every window is used, nothing is drawn at random (GeoLift draws 1,000 random
 *   permutations, so its p-value moves between runs).
 *
 * A placebo window needs history before it: at least twice the test's length (and 8 periods), so
 * its fit is not a fit to noise. The windows overlap, so they are not independent: the p-value is
 * as coarse as the history is short, and the calibration test (test/core/geo) checks that on
 * windows where nothing happened it is below 0.1 about one time in ten.
 */
import type { ScFit, SyntheticControl } from './syntheticControl';

/** Periods of history a window needs before it. */
export function minimumHistory(testLength: number): number {
  return Math.max(2 * testLength, 8);
}

/** 1 − confidence, rounded so that 0.9 gives exactly 0.1. */
export function alphaOf(confidence: number): number {
  return Math.round((1 - confidence) * 1e12) / 1e12;
}

/**
 * Mean effects of placebo tests of `length` periods starting at every period s with
 * `minimumHistory(length) ≤ s` and s + length ≤ `endBefore`, each fitted on [0, s).
 * Returned in start order (index k is the window starting at minimumHistory + k).
 */
export function placeboEffects(sc: SyntheticControl, treated: readonly number[], donors: readonly number[], length: number, endBefore: number): number[] {
  const out: number[] = [];
  let previous: Float64Array | undefined;
  for (let s = minimumHistory(length); s + length <= endBefore; s++) {
    const fit: ScFit = sc.fit(s, treated, donors, previous, false);
    previous = fit.weights;
    out.push(sc.meanEffect(fit, s, s + length));
  }
  return out;
}

export function placeboPValue(estimate: number, placebos: readonly number[]): number {
  const a = Math.abs(estimate);
  let k = 0;
  for (const e of placebos) if (Math.abs(e) >= a) k++;
  return (1 + k) / (1 + placebos.length);
}

/**
 * The largest |ATT − h| that is not rejected (p > alpha), or null when even the largest
 * placebo leaves p above alpha (too few windows for this confidence: the interval is unbounded).
 */
export function placeboHalfWidth(placebos: readonly number[], alpha: number): number | null {
  return halfWidthOfSorted(
    placebos.map(Math.abs).sort((x, y) => y - x),
    alpha,
  );
}

/** placeboHalfWidth from the placebos' sizes |e|, largest first (a power analysis keeps them so). */
export function halfWidthOfSorted(sizes: readonly number[], alpha: number): number | null {
  const k = sizes.length;
  // Not rejected ⇔ 1 + #{|e| ≥ |d|} > alpha·(k + 1) ⇔ #{|e| ≥ |d|} ≥ m.
  const m = Math.floor(alpha * (k + 1) - 1 + 1e-9) + 1;
  if (m <= 0 || m > k) return null;
  return sizes[m - 1];
}

/** Whether an estimate is rejected (p ≤ alpha) against placebos, through the half width. */
export function rejects(estimate: number, halfWidth: number | null): boolean {
  return halfWidth !== null && Math.abs(estimate) > halfWidth;
}

/**
 * The range of a ratio of sums over weeks, R = ΣA / ΣB (ROAS = Σrevenue/Σspend, CPA =
 * Σspend/Σconversions, …), by the ratio estimator's delta method (docs/contract.md §2.5):
 *
 *   R ± t(n−1, (1+c)/2) · s_d / (√n · B̄),   d_w = A_w − R·B_w,   B̄ = ΣB / n,
 *
 * s_d the sample standard deviation of the d_w over the n weeks. Each week is one observation
 * of (A, B), so the week-to-week swing is what widens the range: four weeks of ROAS 2.2, 3.2,
 * 2.4, 3.0 give a wider range than four weeks of 2.7 each, though both read 2.70 overall.
 * Fewer than 2 weeks (no spread to measure) or ΣB = 0: no range.
 */
import { studentTQuantile } from './studentT';

export interface RatioSpread {
  /** R = ΣA / ΣB. */
  readonly estimate: number;
  /** n, the weeks. */
  readonly weeks: number;
  /** s_d / B̄: the spread of one week's ratio around R; the half-width is t · scale / √n. */
  readonly scale: number;
}

export interface RatioRange extends RatioSpread {
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
}

/** R, n and s_d/B̄ of weekly numerators `a` and denominators `b`; null with fewer than 2 weeks or ΣB = 0. */
export function ratioSpread(a: readonly number[], b: readonly number[]): RatioSpread | null {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i];
    sb += b[i];
  }
  return spreadWithSums(a, b, n, sa, sb);
}

/**
 * ratioSpread of the first `n` weeks of `a` and `b`, whose sums are `sa` and `sb` (added from the
 * first week on, as ratioSpread adds them): the charts ask one per week so far, and slicing and
 * re-adding every prefix was most of their bands (issue #24). The same numbers as ratioSpread
 * of the sliced weeks, operation for operation.
 */
export function prefixSpread(a: readonly number[], b: readonly number[], n: number, sa: number, sb: number): RatioSpread | null {
  if (n < 2 || a.length < n || b.length < n) return null;
  return spreadWithSums(a, b, n, sa, sb);
}

function spreadWithSums(a: readonly number[], b: readonly number[], n: number, sa: number, sb: number): RatioSpread | null {
  if (sb === 0) return null;
  const r = sa / sb;
  if (!Number.isFinite(r)) return null;
  // The d_w sum to 0 by construction (ΣA − R·ΣB), so their variance is Σd²/(n−1).
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - r * b[i];
    ss += d * d;
  }
  const sd = Math.sqrt(ss / (n - 1));
  return { estimate: r, weeks: n, scale: sd / Math.abs(sb / n) };
}

/** t(n−1, (1+c)/2): the two-sided Student-t multiplier for `weeks` weeks at confidence `c`. */
export function tMultiplier(weeks: number, confidence: number): number {
  return studentTQuantile((1 + confidence) / 2, weeks - 1);
}

/**
 * The multiplier of s_d/(√n·B̄) after n weeks: t(n−1, (1+c)/2) for a single look, or a
 * confidence sequence's (confidenceSequence.ts) for ranges looked at every week.
 */
export type Multiplier = (weeks: number) => number;

/** Half the width of the range after `weeks` weeks at the given spread. */
export function halfWidth(spread: RatioSpread, weeks: number, confidence: number, multiplier: Multiplier = (n) => tMultiplier(n, confidence)): number {
  return spread.scale === 0 ? 0 : (multiplier(weeks) * spread.scale) / Math.sqrt(weeks);
}

/** The delta-method range of ΣA/ΣB at `confidence` (0 < c < 1); null with fewer than 2 weeks or ΣB = 0. */
export function ratioInterval(a: readonly number[], b: readonly number[], confidence: number): RatioRange | null {
  const s = ratioSpread(a, b);
  if (!s || !(confidence > 0 && confidence < 1)) return null;
  const h = halfWidth(s, s.weeks, confidence);
  return { ...s, lower: s.estimate - h, upper: s.estimate + h, confidence };
}

/**
 * The fewest further weeks, at the same spread and average denominator, after which the half-width
 * is at most `distance` — how long until the range fits on one side of a threshold that lies
 * `distance` from the estimate. 0 when it already does; null when no number of weeks would do
 * it (a threshold exactly at the estimate, with any spread). The half-width shrinks with every
 * week (t falls with the degrees of freedom, √n grows), so doubling then bisecting finds the
 * first week that fits.
 */
export function weeksUntilHalfWidth(spread: RatioSpread, distance: number, confidence: number, multiplier?: Multiplier): number | null {
  if (!(distance >= 0)) return null;
  const fits = (n: number) => halfWidth(spread, n, confidence, multiplier) <= distance;
  if (fits(spread.weeks)) return 0;
  if (distance === 0) return null;
  let lo = spread.weeks; // does not fit
  let hi = 2 * lo; // fits, once doubled far enough
  while (!fits(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 2 ** 40) return null;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi - spread.weeks;
}

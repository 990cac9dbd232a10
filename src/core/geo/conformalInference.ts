/**
 * Conformal inference for a synthetic-control geo test: GeoLift's own (augsynth's
 * `conformal_inf`, Chernozhukov, Wüthrich & Zhu 2021, "An exact and robust conformal inference
 * method for counterfactual and synthetic controls", JASA 116), with moving-block permutations
 * of time (augsynth's `type = "block"`), two-sided on the test periods' total, S(u) = |Σ_test u_t|
 * (GeoLift's one-sided tests use sum(x); its two-sided default sums |u_t| instead). |Σu| is the
 * statistic of a constant effect: the set of nulls it keeps always holds the estimate and is one
 * stretch, so the interval excludes 0 exactly when p ≤ 1 − confidence. Σ|u| also rejects when the
 * effect merely varies over the test: on GeoLift_Test it rejects every constant effect at 90% but
 * one near −100, which is no interval to show. On GeoLift_PreTest's 40 markets, each treated in
 * turn over its last 15 days, |Σu| rejects 3 of 40 at 10% with nothing injected and finds a 5% lift
 * in 20 of 40 (Σ|u|: 10), its 90% intervals holding the truth in 37 of 40 (test/core/geo).
 * data/conformal_block.py recomputes p(h) independently (numpy/scipy) for both statistics.
 *
 * Under the null "the effect is h per treated region and period", take h out of the treated
 * average over the test periods, fit the synthetic control on every period (before the test and
 * during it: the null says what the test periods would have been), and take its residuals
 * u_1..u_T. If the null holds, the residuals of the test periods are like those of any other
 * stretch of the same length, so S of the test periods is compared with S of each cyclic shift
 * of the whole series (eq. 2.6 of the paper, moving blocks):
 *     p(h) = #{j = 1..T : S(u shifted by j) ≥ S(u)} / T.
 * - p-value: p(0).
 * - Interval: every h with p(h) > 1 − confidence (the paper's confidence set, eq. 2.8), found
 *   from the ATT outwards by doubling and bisection to 1e-7 of the ATT's scale, not on
 *   augsynth's grid of 50 points, so it does not depend on a grid.
 * - Deterministic: T permutations, all of them; GeoLift draws 1,000 random ones (`type = "iid"`),
 *   so its p-value moves between runs.
 *
 * Why not the forward placebo windows this replaced: each window there was fitted on less
 * history than the real test, and the latest window is the one after the longest history, so
 * the windows were not alike and the test rejected 20% of the time at 10% on GeoLift's own
 * untreated markets (#27). The moving-block test fits the model once per null on all periods,
 * the same way for every block.
 */
import type { SyntheticControl } from './syntheticControl';

export interface ConformalResult {
  readonly pValue: number;
  /** The ATT's interval, or nulls when it is unbounded at this confidence. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Periods before the test the method asks for: the fit needs a pre-period, p-values down to α/2 need 2/α periods in all. */
export function historyNeeded(testLength: number, alpha: number): number {
  return Math.max(2 * testLength, 8, Math.ceil(2 / alpha - 1e-9) - testLength);
}

/** p(h) from the residuals: the share of cyclic shifts whose test-period |Σu| is at least the real one. */
export function blockPValue(residuals: Float64Array, from: number): number {
  const T = residuals.length;
  const L = T - from;
  // Sums of every cyclic stretch of length L, from prefix sums over the series written twice.
  const cum = new Float64Array(2 * T + 1);
  for (let t = 0; t < 2 * T; t++) cum[t + 1] = cum[t] + residuals[t % T];
  const observed = Math.abs(cum[from + L] - cum[from]);
  // Rounding of the prefix sums: a shift that equals the real one up to it counts as equal.
  const tol = 1e-12 * (Math.abs(cum[T]) + observed + 1e-300);
  let k = 0;
  for (let j = 1; j <= T; j++) {
    const s = (from + j) % T;
    if (Math.abs(cum[s + L] - cum[s]) >= observed - tol) k++;
  }
  return k / T;
}

export function conformalInference(
  sc: SyntheticControl,
  treated: readonly number[],
  donors: readonly number[],
  from: number,
  before: number,
  att: number,
  alpha: number,
): ConformalResult {
  let start: Float64Array | undefined;
  const p = (h: number) => {
    const fit = sc.fitUnderNull(before, from, treated, donors, h, start);
    start = fit.weights;
    return blockPValue(fit.residuals, from);
  };
  const pValue = p(0);
  // Outward from the ATT: double the step until a null is rejected, then bisect the edge.
  const edge = (direction: 1 | -1): number | null => {
    let inside = att;
    let step = Math.max(Math.abs(att), 1e-9) * 0.25 || 1;
    let outside: number | null = null;
    for (let i = 0; i < 60; i++) {
      const h = att + direction * step;
      if (p(h) <= alpha) {
        outside = h;
        break;
      }
      inside = h;
      step *= 2;
    }
    if (outside === null) return null;
    let out: number = outside;
    while (Math.abs(out - inside) > 1e-7 * Math.max(1, Math.abs(inside), Math.abs(att))) {
      const mid: number = inside + (out - inside) / 2;
      if (p(mid) <= alpha) out = mid;
      else inside = mid;
    }
    return inside;
  };
  const upper = edge(1);
  const lower = edge(-1);
  return { pValue, lower: lower === null || upper === null ? null : lower, upper: lower === null || upper === null ? null : upper };
}

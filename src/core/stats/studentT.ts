/** Student's t distribution: @stdlib's CDF, and its quantile solved from that CDF. */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import tCdf from '@stdlib/stats-base-dists-t-cdf/lib/main.js';
import { logBeta } from './logBeta';
import { normQuantile } from './normal';

/** P(T ≤ x) with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  return (tCdf as (x: number, v: number) => number)(x, df);
}

/**
 * The t quantile, solved from @stdlib's t CDF, instead of importing @stdlib's t quantile, whose
 * inverse incomplete beta and gamma functions would add about 50 KB to every custom-function
 * call for one number per IROAS_TBR call.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  // An evaluation asks for the same few (p, df) pairs over and over (one range per criterion,
  // per week for the charts' bands), so remember them. The function is pure, so the cache
  // cannot change an answer; it is bounded so no call grows it without limit.
  let byDf = QUANTILES.get(p);
  if (byDf === undefined) {
    if (QUANTILES.size >= 64) QUANTILES.clear();
    QUANTILES.set(p, (byDf = new Map()));
  }
  const known = byDf.get(df);
  if (known !== undefined) return known;
  const q = solveQuantile(p, df);
  if (byDf.size >= 4096) byDf.clear();
  byDf.set(df, q);
  return q;
}

/** Remembered quantiles: p, then degrees of freedom (no key string built per call). */
const QUANTILES = new Map<number, Map<number, number>>();

/**
 * The root of CDF(x) = p by Newton's method on the CDF with the t density, kept inside a bracket
 * (a step that leaves it bisects instead). Bisection to the last bit took ~60 CDF calls per
 * (p, df) and was a third of evaluateStages on a 10,000-row Weekly sheet, whose chart bands ask
 * for a few hundred degrees of freedom (issue #24). From the Cornish–Fisher start Newton takes
 * 2–4 CDF calls, so the bracket is only searched for when a step would leave the sides already
 * seen (small ν, far tails): every CDF call the bracket made up front was a third of the
 * quantile's time. Every path stops at the crossing of the same CDF, so they agree to its
 * rounding (~1e-15).
 */
function solveQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  const z = normQuantile(p);
  // The sides seen so far: CDF(lo) < p < CDF(hi). Unbounded until a CDF call or the search below.
  let lo = -Infinity;
  let hi = Infinity;
  const bracket = () => {
    if (lo === -Infinity) {
      lo = Math.min(z, 0) * 2 - 1;
      while (studentTCdf(lo, df) > p) lo *= 2;
    }
    if (hi === Infinity) {
      hi = Math.max(z, 0) * 2 + 1;
      while (studentTCdf(hi, df) < p) hi *= 2;
    }
  };
  // f(x) = (1 + x²/ν)^(−(ν+1)/2) / (√ν·B(ν/2, 1/2)).
  const logScale = 0.5 * Math.log(df) + logBeta(df / 2, 0.5);
  const density = (x: number) => Math.exp(-((df + 1) / 2) * Math.log1p((x * x) / df) - logScale);
  let x = cornishFisher(z, df);
  if (!Number.isFinite(x)) {
    bracket();
    x = (lo + hi) / 2;
  }
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(x, df) - p;
    if (f === 0) return x;
    // x is always strictly inside (lo, hi): a step that would leave it bisects instead.
    if (f < 0) lo = x;
    else hi = x;
    let next = x - f / density(x);
    if (!(next > lo && next < hi)) {
      bracket();
      if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= 1e-14 * Math.abs(x) || next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/** The Cornish–Fisher expansion of the t quantile in 1/ν (Abramowitz & Stegun 26.7.5): Newton's start. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

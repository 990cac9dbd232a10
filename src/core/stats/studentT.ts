/** Student's t distribution: @stdlib's CDF, and its quantile solved from that CDF. */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import tCdf from '@stdlib/stats-base-dists-t-cdf/lib/main.js';
import { normQuantile } from './normal';

/** P(T ≤ x) with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  return (tCdf as (x: number, v: number) => number)(x, df);
}

/**
 * The t quantile, solved from @stdlib's t CDF by bracketing and bisection to the last bit,
 * instead of importing @stdlib's t quantile, whose inverse incomplete beta and gamma functions
 * would add about 50 KB to every custom-function call for one number per IROAS_TBR call.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  // An evaluation asks for the same few (p, df) pairs over and over (one range per criterion,
  // per week for the charts' bands): each costs ~60 CDF calls, so remember them. The function is
  // pure, so the cache cannot change an answer; it is bounded so no call grows it without limit.
  const key = `${p}|${df}`;
  const known = QUANTILES.get(key);
  if (known !== undefined) return known;
  const q = solveQuantile(p, df);
  if (QUANTILES.size >= 4096) QUANTILES.clear();
  QUANTILES.set(key, q);
  return q;
}

const QUANTILES = new Map<string, number>();

function solveQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  // The normal quantile is a good start; t tails are heavier, so widen until bracketed.
  const z = normQuantile(p);
  let lo = Math.min(z, 0) * 2 - 1;
  let hi = Math.max(z, 0) * 2 + 1;
  while (studentTCdf(lo, df) > p) lo *= 2;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

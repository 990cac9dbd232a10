/**
 * The distributions the statistics use, from @stdlib (well-kept, tested against R and Boost).
 * Deep imports of each package's `lib/main.js` keep its `factory`/`ndarray` extras (and their
 * helpers) out of the pushed bundle: every custom-function call loads the bundle.
 */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile/lib/main.js';
// @ts-expect-error as above
import normalCdf from '@stdlib/stats-base-dists-normal-cdf/lib/main.js';
// @ts-expect-error as above
import tCdf from '@stdlib/stats-base-dists-t-cdf/lib/main.js';
// @ts-expect-error as above
import betaln from '@stdlib/math-base-special-betaln/lib/main.js';

/** Standard normal CDF Φ(x). */
export function normCdf(x: number): number {
  return (normalCdf as (x: number, mu: number, sigma: number) => number)(x, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p). */
export function normQuantile(p: number): number {
  return (normalQuantile as (p: number, mu: number, sigma: number) => number)(p, 0, 1);
}

/** Student's t CDF with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  return (tCdf as (x: number, v: number) => number)(x, df);
}

/**
 * Student's t quantile, solved from @stdlib's t CDF (bracketing + bisection to the last bit)
 * instead of importing @stdlib's t quantile, whose inverse incomplete beta and gamma
 * functions would add about 50 KB to every custom-function call for one number per TBR call.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p === 0.5) return 0;
  // The normal quantile is a good start; the t tails are heavier, so widen until bracketed.
  let lo = -1, hi = 1;
  const z = normQuantile(p);
  lo = Math.min(z, 0) * 2 - 1;
  hi = Math.max(z, 0) * 2 + 1;
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

/** ln B(a, b), the log of the beta function. */
export function logBeta(a: number, b: number): number {
  return (betaln as (a: number, b: number) => number)(a, b);
}

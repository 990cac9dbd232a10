/**
 * The regularised incomplete beta function I_x(a, b) (the Beta CDF) and its upper tail, from
 * @stdlib (a port of Boost's ibeta, accurate to a few ulps in either tail). Student's t CDF
 * already pulls it into the bundle, so it costs nothing extra.
 */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import betainc from '@stdlib/math-base-special-betainc/lib/main.js';

const ibeta = betainc as (x: number, a: number, b: number, regularized: boolean, upper: boolean) => number;

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  return ibeta(x, a, b, true, false);
}

/** P(X > x), computed directly (not 1 − CDF) so tiny upper tails keep their digits. */
export function betaSf(x: number, a: number, b: number): number {
  return ibeta(x, a, b, true, true);
}

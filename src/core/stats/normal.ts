/**
 * The standard normal distribution, from @stdlib (well-kept, tested against R and Boost).
 * Deep imports of `lib/main.js` keep each package's `factory` extras out of the bundle, and one
 * file per distribution lets the bundle carry only the distributions that are used: every
 * custom-function call in Sheets loads the whole bundle.
 */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import normalCdf from '@stdlib/stats-base-dists-normal-cdf/lib/main.js';
// @ts-expect-error as above
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile/lib/main.js';

/** Φ(x). */
export function normCdf(x: number): number {
  return (normalCdf as (x: number, mu: number, sigma: number) => number)(x, 0, 1);
}

/** Φ⁻¹(p). */
export function normQuantile(p: number): number {
  // The charts' bands ask for z at the stage's one confidence once per week and metric (issue
  // #24): the last answer is kept, and the function being pure, it is the same number.
  if (p === lastP) return lastZ;
  lastZ = (normalQuantile as (p: number, mu: number, sigma: number) => number)(p, 0, 1);
  lastP = p;
  return lastZ;
}

let lastP = NaN;
let lastZ = NaN;

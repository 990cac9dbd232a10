/**
 * Sample-ratio mismatch (docs/contract.md §1.2 `SRM_P`, 2.4): did delivery follow the planned split?
 * Pearson's chi-square goodness-of-fit test of the observed counts (visitors or clicks per
 * variant) against the planned shares: χ² = Σ (oᵢ − eᵢ)² / eᵢ with eᵢ = N · shareᵢ / Σshare,
 * k − 1 degrees of freedom, p = P(χ²ₖ₋₁ ≥ χ²) = Q((k − 1)/2, χ²/2), the regularised upper
 * incomplete gamma function, computed directly so p-values of 1e-6 and below keep their digits
 * (scipy.stats.chisquare gives the same: test/core/stats/srm/reference.py). The usual alarm is
 * p < 0.001 (Kohavi, Tang & Xu, "Trustworthy Online Controlled Experiments", ch. 21).
 */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import gammainc from '@stdlib/math-base-special-gammainc/lib/main.js';

const upperGamma = gammainc as (x: number, s: number, regularized: boolean, upper: boolean) => number;

/** The p-value below which a split is treated as broken delivery. */
export const SRM_ALARM = 0.001;

/**
 * p-value of the chi-square test of `observed` against `shares` (equal when absent). Null when
 * it cannot be said: fewer than two groups, no observations, or shares that do not fit.
 * Counts must be ≥ 0 and shares ≥ 0 with a positive sum (callers check and name the cell).
 */
export function srmPValue(observed: readonly number[], shares?: readonly number[]): number | null {
  const k = observed.length;
  if (k < 2 || (shares && shares.length !== k)) return null;
  let n = 0;
  for (const o of observed) n += o;
  let total = 0;
  for (let i = 0; i < k; i++) total += shares ? shares[i] : 1;
  if (!(n > 0) || !(total > 0)) return null;
  let chi2 = 0;
  for (let i = 0; i < k; i++) {
    const expected = (n * (shares ? shares[i] : 1)) / total;
    if (expected === 0) {
      if (observed[i] > 0) return 0; // a group planned to get nothing got something: certainly not the plan
      continue;
    }
    const d = observed[i] - expected;
    chi2 += (d * d) / expected;
  }
  if (chi2 === 0) return 1;
  return upperGamma(chi2 / 2, (k - 1) / 2, true, true);
}

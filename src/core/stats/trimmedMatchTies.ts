/**
 * The tie-breaking perturbation of Google's trimmed_match Python entry point (estimator.py;
 * Algorithm 1 of Chen & Au): tiny, deterministic, non-linear in the row index, so no two
 * breakpoints coincide afterwards. Applied by row in the order the user gave the pairs:
 *   response_i ← (response_i + tiny)·(1 + 2⁻⁴⁰·(i^1.5 − median_j j^1.5)),
 *   spend_i    ← (spend_i + tiny)·(1 + 2⁻⁴⁰·(i − n/2))   (only when Δspend itself has ties),
 * with tiny the smallest normal double (so a 0 becomes a distinct, still negligible value).
 */
const PERTURBATION = 2 ** -40;
const TINY = 2.2250738585072014e-308;

export function perturbTies(deltaResponse: readonly number[], deltaSpend: readonly number[]): { deltaResponse: number[]; deltaSpend: number[] } {
  const n = deltaResponse.length;
  const spendTies = new Set(deltaSpend).size !== n;
  const powers = Array.from({ length: n }, (_, i) => i ** 1.5);
  // The median of i^1.5 over 0..n−1 (already increasing).
  const median = n % 2 === 1 ? powers[(n - 1) / 2] : (powers[n / 2 - 1] + powers[n / 2]) / 2;
  return {
    deltaResponse: deltaResponse.map((v, i) => (v + TINY) * (1 + (powers[i] - median) * PERTURBATION)),
    deltaSpend: deltaSpend.map((v, i) => (v + TINY) * (1 + (spendTies ? (i - n * 0.5) * PERTURBATION : 0))),
  };
}

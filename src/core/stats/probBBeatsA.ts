/**
 * P(rate_b > rate_a) for conversion rates with uniform Beta(1, 1) priors, exactly: Evan
 * Miller's closed form (https://www.evanmiller.org/bayesian-ab-testing.html)
 *   P = Σ_{i=0}^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i) · B(1+i, β_B) · B(α_A, β_A)),
 * with α = conversions + 1, β = non-conversions + 1. Consecutive terms differ by the rational
 * factor (α_A+i)(β_B+i) / ((α_A+β_A+β_B+i)(1+i)), so only the first term needs log-beta
 * functions, and the sum runs in log space (terms underflow long before they stop mattering).
 * The sum has α_B terms; by the symmetries P(B>A) = 1 − P(A>B) and p > q ⇔ 1−p < 1−q the same
 * probability is also a sum over α_A, β_A or β_B terms, so the shortest of the four is used:
 * with conversion rates under 50% that is the smaller conversion count.
 * Past EXACT_TERMS terms (every count in the millions) the two posteriors are normal to well
 * within 1e-3 and the normal approximation of their difference is used instead.
 */
import { logBeta } from './logBeta';
import { normCdf } from './normal';

export const EXACT_TERMS = 1_000_000;

// Looked up once: inside the summing loop a global `Math.` lookup per term is measurable in
// sandboxed global scopes (node:vm here).
const { log, exp, min, max } = Math;

/** P(X > Y) for X ~ Beta(aX, bX), Y ~ Beta(aY, bY), summing aX terms. */
function exactSum(aX: number, bX: number, aY: number, bY: number): number {
  // term_i = B(aY+i, bY+bX) / ((bX+i) B(1+i, bX) B(aY, bY))
  let logTerm = logBeta(aY, bY + bX) - log(bX) - logBeta(1, bX) - logBeta(aY, bY);
  let top = logTerm;
  let scaled = 1; // Σ exp(logTerm_i − max)
  for (let i = 0; i + 1 < aX; i++) {
    logTerm += log(((aY + i) * (bX + i)) / ((aY + bY + bX + i) * (1 + i)));
    if (logTerm > top) {
      scaled = scaled * exp(top - logTerm) + 1;
      top = logTerm;
    } else scaled += exp(logTerm - top);
  }
  return exp(top + log(scaled));
}

function normalApproximation(aA: number, bA: number, aB: number, bB: number): number {
  const mean = (a: number, b: number) => a / (a + b);
  const variance = (a: number, b: number) => (a * b) / ((a + b) ** 2 * (a + b + 1));
  return normCdf((mean(aB, bB) - mean(aA, bA)) / Math.sqrt(variance(aA, bA) + variance(aB, bB)));
}

export function probBBeatsA(convA: number, visA: number, convB: number, visB: number): number {
  const aA = convA + 1;
  const bA = visA - convA + 1;
  const aB = convB + 1;
  const bB = visB - convB + 1;
  const shortest = min(aA, bA, aB, bB);
  if (shortest > EXACT_TERMS) return normalApproximation(aA, bA, aB, bB);
  let p: number;
  if (shortest === aB) p = exactSum(aB, bB, aA, bA);
  else if (shortest === aA) p = 1 - exactSum(aA, bA, aB, bB);
  else if (shortest === bA) p = exactSum(bA, aA, bB, aB); // 1−p_A > 1−p_B ⇔ p_B > p_A
  else p = 1 - exactSum(bB, aB, bA, aA);
  return min(1, max(0, p));
}

/**
 * P(rate_b > rate_a) for conversion rates with uniform Beta(1, 1) priors, exactly, at every size
 * and for fractional counts (ad-platform exports report 120.4 conversions).
 * With α = conversions + 1 and β = non-conversions + 1, the answer is computed for the smaller
 * of the two tails, P(B > A) or P(A > B), directly — never as 1 − (the larger) — so a tiny
 * probability keeps its relative precision; the other is 1 minus it.
 * - Whole-number shapes with at most CLOSED_FORM_TERMS terms: Evan Miller's closed form
 *   (https://www.evanmiller.org/bayesian-ab-testing.html)
 *     P(X > Y) = Σ_{i=0}^{α_X−1} B(α_Y+i, β_Y+β_X) / ((β_X+i) · B(1+i, β_X) · B(α_Y, β_Y)),
 *   which needs α_X to be a whole number (the other shapes may be any real); by p > q ⇔ 1−p < 1−q
 *   the same tail is also a sum over β_Y terms, and the shorter is used. Consecutive terms differ
 *   by a rational factor, so only the first needs log-beta functions; the sum runs in logs.
 * - Otherwise (fractional counts, or counts in the millions): numerical integration of the two
 *   Beta posteriors in log space (betaQuadrature.ts) — exact to double precision, not an
 *   approximation.
 */
import { probXGreaterY } from './betaQuadrature';
import { logBeta } from './logBeta';

/** Up to this many terms the closed form is faster than the quadrature (≈ 500 incomplete betas). */
export const CLOSED_FORM_TERMS = 20_000;

// Looked up once: inside the summing loop a global `Math.` lookup per term is measurable in
// sandboxed global scopes (node:vm here).
const { log, exp, min, max } = Math;

/** P(X > Y) for X ~ Beta(aX, bX), Y ~ Beta(aY, bY), summing aX terms (aX a whole number). */
function closedForm(aX: number, bX: number, aY: number, bY: number): number {
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

const whole = (v: number) => v === Math.floor(v);

/** P(X > Y), by the closed form when it is short, else by quadrature. */
function tail(aX: number, bX: number, aY: number, bY: number): number {
  // Sum over aX terms, or over bY terms as P(1−Y > 1−X).
  const byA = whole(aX) ? aX : Infinity;
  const byB = whole(bY) ? bY : Infinity;
  if (min(byA, byB) <= CLOSED_FORM_TERMS) return byA <= byB ? closedForm(aX, bX, aY, bY) : closedForm(bY, aY, bX, aX);
  return probXGreaterY(aX, bX, aY, bY);
}

export function probBBeatsA(convA: number, visA: number, convB: number, visB: number): number {
  const aA = convA + 1;
  const bA = visA - convA + 1;
  const aB = convB + 1;
  const bB = visB - convB + 1;
  // The variant with the lower posterior mean is the one unlikely to be better: its tail is small.
  const bLower = aB * (aA + bA) <= aA * (aB + bB);
  const p = bLower ? tail(aB, bB, aA, bA) : 1 - tail(aA, bA, aB, bB);
  return min(1, max(0, p));
}

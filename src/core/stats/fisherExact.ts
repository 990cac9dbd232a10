/**
 * Fisher's exact test of two conversion rates, for small counts (docs/contract.md §1.4: an expected cell
 * under 5), and an interval for rate_b − rate_a that agrees with it.
 *
 * Given the total conversions m = conv_a + conv_b, B's conversions x follow Fisher's noncentral
 * hypergeometric law with odds ratio ψ = odds_b / odds_a:
 *   f_ψ(x) ∝ C(n_b, x)·C(n_a, m − x)·ψˣ,   max(0, m − n_a) ≤ x ≤ min(m, n_b).
 * The two-sided p-value at ψ is the total probability of the tables no more likely than the one
 * observed (the "minimum likelihood" rule of scipy.stats.fisher_exact and R's fisher.test); at
 * ψ = 1 it is Fisher's p-value. Inverting that same test over ψ (Baptista & Pike 1977) gives the
 * odds-ratio interval {ψ : p(ψ) ≥ α}, which excludes 1 exactly when Fisher's p < α. Its ends are
 * written as differences of rates through the conditional mean table, rate_b − rate_a =
 * E_ψ[x]/n_b − (m − E_ψ[x])/n_a, which is 0 at ψ = 1 and grows with ψ: so the difference
 * interval excludes 0 exactly when the test is significant, and the verdict and the interval
 * agree. Its ends stay inside what m conversions allow (e.g. at most 5/100 − 0/100 for 0/100
 * against 5/100).
 */

/** Ties within this relative distance count as equally likely (R's fisher.test uses 1 + 1e-7). */
const TIE = 1 + 1e-7;

/** The smallest expected count of the 2×2 table (conversions and non-conversions of A and B). */
export function smallestExpectedCell(convA: number, visA: number, convB: number, visB: number): number {
  const n = visA + visB;
  const m = convA + convB;
  return (Math.min(visA, visB) * Math.min(m, n - m)) / n;
}

interface Table {
  readonly lo: number;
  /** ln C(n_b, x) + ln C(n_a, m − x) for x = lo…hi, up to a constant. */
  readonly logWeights: Float64Array;
  readonly observed: number;
}

function table(convA: number, visA: number, convB: number, visB: number): Table {
  const m = convA + convB;
  const lo = Math.max(0, m - visA);
  const hi = Math.min(m, visB);
  const w = new Float64Array(hi - lo + 1);
  // f(x+1)/f(x) = (n_b − x)(m − x) / ((x + 1)(n_a − m + x + 1)), in logs from f(lo) = 1.
  for (let x = lo; x < hi; x++) w[x - lo + 1] = w[x - lo] + Math.log(((visB - x) * (m - x)) / ((x + 1) * (visA - m + x + 1)));
  return { lo, logWeights: w, observed: convB - lo };
}

/** The probabilities f_ψ(x) at ln ψ = t. */
function probabilities(tb: Table, t: number): Float64Array {
  const w = tb.logWeights;
  const p = new Float64Array(w.length);
  let max = -Infinity;
  for (let i = 0; i < w.length; i++) max = Math.max(max, w[i] + t * (i + tb.lo));
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += p[i] = Math.exp(w[i] + t * (i + tb.lo) - max);
  for (let i = 0; i < w.length; i++) p[i] /= sum;
  return p;
}

/** The two-sided minimum-likelihood p-value at ln ψ = t. */
function pValueAt(tb: Table, t: number): number {
  const p = probabilities(tb, t);
  const limit = p[tb.observed] * TIE;
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] <= limit) s += p[i];
  return Math.min(1, s);
}

/** E_ψ[x] at ln ψ = t. */
function meanAt(tb: Table, t: number): number {
  const p = probabilities(tb, t);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i] * (i + tb.lo);
  return s;
}

/** Fisher's exact two-sided p-value (as scipy.stats.fisher_exact) for whole counts. */
export function fisherExactPValue(convA: number, visA: number, convB: number, visB: number): number {
  return pValueAt(table(convA, visA, convB, visB), 0);
}

/** ln ψ where E_ψ[x] is the observed x (the conditional maximum-likelihood estimate); ±∞ at the support's ends. */
function conditionalMle(tb: Table): number {
  const x = tb.observed + tb.lo;
  if (tb.observed === 0) return -Infinity;
  if (tb.observed === tb.logWeights.length - 1) return Infinity;
  let a = -1;
  let b = 1;
  while (meanAt(tb, a) > x) a *= 2;
  while (meanAt(tb, b) < x) b *= 2;
  for (let i = 0; i < 200 && b - a > 1e-12; i++) {
    const mid = (a + b) / 2;
    if (meanAt(tb, mid) < x) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** A point beyond `from` (in the direction `step`) where p < α; the p-value falls off away from the estimate. */
function outside(tb: Table, from: number, step: number, alpha: number): number {
  let t = from + step;
  while (pValueAt(tb, t) >= alpha && Math.abs(t) < 1e4) {
    step *= 2;
    t = from + step;
  }
  return t;
}

/** A point beyond `from` (direction `step`) where p ≥ α: towards an estimate at the support's end, p rises to 1. */
function reach(tb: Table, from: number, step: number, alpha: number): number {
  let t = from + step;
  while (pValueAt(tb, t) < alpha && Math.abs(t) < 1e4) {
    step *= 2;
    t = from + step;
  }
  return t;
}

/** The crossing between `out` (p < α) and `inside` (p ≥ α), returned on the inside. */
function crossing(tb: Table, out: number, inside: number, alpha: number): number {
  for (let i = 0; i < 100 && Math.abs(inside - out) > 1e-13; i++) {
    const mid = (out + inside) / 2;
    if (pValueAt(tb, mid) >= alpha) inside = mid;
    else out = mid;
  }
  return inside;
}

export interface FisherResult {
  readonly pValue: number;
  readonly diffLower: number;
  readonly diffUpper: number;
}

/**
 * Fisher's p-value and the interval for rate_b − rate_a at `confidence` that inverts the same
 * test, for whole counts. Each end is bracketed on the side of ψ = 1 that Fisher's p decides, so
 * the interval excludes 0 exactly when p < 1 − confidence.
 */
export function fisherExact(convA: number, visA: number, convB: number, visB: number, confidence: number): FisherResult {
  const tb = table(convA, visA, convB, visB);
  const alpha = 1 - confidence;
  const m = convA + convB;
  const diffAt = (t: number) => {
    if (t === 0) return 0;
    const x = t === -Infinity ? tb.lo : t === Infinity ? tb.lo + tb.logWeights.length - 1 : meanAt(tb, t);
    return x / visB - (m - x) / visA;
  };
  const p0 = pValueAt(tb, 0);
  const significant = p0 < alpha;
  const mle = conditionalMle(tb);
  let lower: number;
  let upper: number;
  if (mle === -Infinity) lower = -Infinity;
  else if (mle > 0 && significant) lower = crossing(tb, 0, mle === Infinity ? reach(tb, 0, 1, alpha) : mle, alpha);
  else {
    const from = Math.min(0, mle);
    lower = crossing(tb, outside(tb, from, -1, alpha), from, alpha);
  }
  if (mle === Infinity) upper = Infinity;
  else if (mle < 0 && significant) upper = crossing(tb, 0, mle === -Infinity ? reach(tb, 0, -1, alpha) : mle, alpha);
  else {
    const from = Math.max(0, mle);
    upper = crossing(tb, outside(tb, from, 1, alpha), from, alpha);
  }
  let diffLower = diffAt(lower);
  let diffUpper = diffAt(upper);
  // Agreement must survive rounding next to ψ = 1.
  if (significant && lower > 0 && !(diffLower > 0)) diffLower = Number.MIN_VALUE;
  if (significant && upper < 0 && !(diffUpper < 0)) diffUpper = -Number.MIN_VALUE;
  return { pValue: p0, diffLower, diffUpper };
}

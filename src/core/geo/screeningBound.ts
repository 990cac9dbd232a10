/**
 * Which candidate sets of market selection's beam cannot win, before fitting them.
 *
 * A synthetic control's residual r = x₁ − X₀w gives, for any vector u (weak duality of the
 * least-squares programme over the simplex), min_v ‖x₁ − X₀v‖² ≥ 2t(uᵀx₁ − max_j x_jᵀu) − t²‖u‖²
 * for every t ≥ 0, at best A²/B with A = uᵀx₁ − max_j x_jᵀu, B = ‖u‖². A set grown from a beam
 * member S by a region i has for x₁ the average (s·x_S + x_i)/(s + 1); the residuals of S's fit
 * and of i's own fit, averaged with the same weights, are the residual of a nearby (not always
 * feasible) synthetic control — a good u. Everything is read from the n×n centred cross
 * products m, through m·(the residual's coefficients), one n-vector per fitted set.
 */
import type { ScFit } from './syntheticControl';

/** A fit's residual as coefficients over the regions, and m times them. */
export interface Residual {
  /** Regions with a nonzero coefficient (the treated, then the donors with weight) and their coefficients. */
  readonly at: Int32Array;
  readonly coef: Float64Array;
  /** m · coefficients: x_jᵀr for every region j. */
  readonly cross: Float64Array;
}

export function residualOf(m: Float64Array, n: number, fit: ScFit): Residual {
  const at: number[] = [];
  const coef: number[] = [];
  for (const t of fit.treated) {
    at.push(t);
    coef.push(1 / fit.treated.length);
  }
  fit.donors.forEach((d, k) => {
    if (fit.weights[k] === 0) return;
    at.push(d);
    coef.push(-fit.weights[k]);
  });
  const cross = new Float64Array(n);
  for (let q = 0; q < at.length; q++) {
    const row = at[q] * n;
    const a = coef[q];
    for (let j = 0; j < n; j++) cross[j] += m[row + j] * a;
  }
  return { at: Int32Array.from(at), coef: Float64Array.from(coef), cross };
}

/** The largest diagonal entry of m: the scale of the slack below. */
export function largestSquares(m: Float64Array, n: number): number {
  let d = 0;
  for (let i = 0; i < n; i++) if (m[i * n + i] > d) d = m[i * n + i];
  return d;
}

/**
 * A lower bound on the squared error of the fit of `set` (sorted, = S + i) on every other region,
 * from S's residual and i's. The slack takes off far more than the rounding of these sums and of
 * m's positive definiteness (~1e-13 of the largest diagonal), so the bound is never above the
 * squared error the solver reports.
 */
export function grownSetBound(m: Float64Array, n: number, set: readonly number[], from: Residual, single: Residual, maxSquares: number): number {
  const size = set.length;
  const alpha = (size - 1) / size;
  const beta = 1 / size;
  const fc = from.cross;
  const sc = single.cross;
  let ux = 0;
  for (const t of set) ux += alpha * fc[t] + beta * sc[t];
  ux /= size;
  let most = -Infinity;
  let k = 0;
  for (let j = 0; j < n; j++) {
    if (k < size && set[k] === j) {
      k++;
      continue;
    }
    const v = alpha * fc[j] + beta * sc[j];
    if (v > most) most = v;
  }
  let uu = 0;
  for (let q = 0; q < from.at.length; q++) {
    const j = from.at[q];
    uu += alpha * from.coef[q] * (alpha * fc[j] + beta * sc[j]);
  }
  for (let q = 0; q < single.at.length; q++) {
    const j = single.at[q];
    uu += beta * single.coef[q] * (alpha * fc[j] + beta * sc[j]);
  }
  const a = ux - most;
  if (!(a > 0 && uu > 0)) return 0;
  const t = a / uu;
  const slack = 1e-8 * (maxSquares + Math.abs(ux) + Math.abs(most)) * (1 + t) * (1 + t);
  const bound = (a * a) / uu - slack;
  return bound > 0 ? bound : 0;
}

/** The `keep` smallest scores seen so far; `worst` is the largest of them once there are that many. */
class BestScores {
  private readonly scores: number[] = [];
  constructor(private readonly keep: number) {}
  get worst(): number {
    return this.scores.length < this.keep ? Infinity : this.scores[this.keep - 1];
  }
  add(score: number): void {
    if (!(score < this.worst)) return;
    let i = this.scores.length;
    while (i > 0 && this.scores[i - 1] > score) i--;
    this.scores.splice(i, 0, score);
    if (this.scores.length > this.keep) this.scores.pop();
  }
}

/**
 * The candidates that can be among the `keep` best, screened; the others are left out unfitted
 * or half-fitted. Visited by lower bound, so good sets come first and the mark tightens fast;
 * a set is dropped only when its score is provably above the `keep`-th best score already
 * found (never equal: ties are broken by name). Each fit depends only on its set and start, so
 * the sets kept, their numbers and therefore the beam are those of screening every set.
 */
export function screenBest<C extends { readonly bound: number }, S extends { readonly score: number }>(
  candidates: readonly C[],
  keep: number,
  screen: (c: C, cannotWin: (score: number) => boolean) => S | undefined,
): S[] {
  const best = new BestScores(keep);
  const cannotWin = (score: number) => score > best.worst;
  const out: S[] = [];
  for (const c of [...candidates].sort((a, b) => a.bound - b.bound)) {
    if (cannotWin(c.bound)) break;
    const s = screen(c, cannotWin);
    if (!s) continue;
    out.push(s);
    best.add(s.score);
  }
  return out;
}

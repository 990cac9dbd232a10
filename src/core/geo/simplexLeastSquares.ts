/**
 * Synthetic-control donor weights: the quadratic programme
 *
 *     minimise ½ wᵀHw − cᵀw   subject to  w ≥ 0,  Σw = 1
 *
 * where H = X₀ᵀX₀ (donor cross products over the fit periods) and c = X₀ᵀx₁ (donors against the
 * treated series). ½wᵀHw − cᵀw + ½‖x₁‖² is half the squared error of the synthetic control, so
 * this is augsynth's `synth_qp` (which hands the same programme to OSQP).
 *
 * Solved exactly by a primal active-set method (Nocedal & Wright, ch. 16.5, the simplex version
 * of Lawson–Hanson's NNLS): keep a support P of positive weights, minimise over {w_P : Σw_P = 1}
 * with a Cholesky solve, step back to the boundary when a weight would turn negative, and add
 * the donor whose gradient most undercuts the multiplier while one does. It stops at the KKT
 * point (∂f/∂w_j = λ on P, ≥ λ off it), which is the optimum of a convex programme — not after
 * a fixed number of iterations, and not wherever a start point happened to lead.
 *
 * A ridge of 1e-9 × the mean diagonal makes H strictly convex, so the optimum is unique even when
 * donors are collinear or outnumber the periods (then the ridge picks the smallest-norm optimum).
 * It moves the squared error by a relative ~1e-9, far below any printed digit.
 */

export interface SimplexFit {
  /** One weight per donor, ≥ 0, summing to 1. */
  readonly weights: Float64Array;
  /** ½wᵀHw − cᵀw at the optimum (without the ridge). */
  readonly objective: number;
}

const RIDGE = 1e-9;
// Looked up once: a global lookup in the inner loops is slow in sandboxed global scopes.
const sqrt = Math.sqrt;
const abs = Math.abs;
const F64 = Float64Array;

/**
 * @param h the n×n matrix H, row-major (only symmetric H is meaningful).
 * @param c the vector c.
 * @param start optional feasible weights to start from (a neighbouring problem's answer: fewer
 *   passes). The optimum is unique, so the answer is the same from any start.
 */
export function simplexLeastSquares(h: Float64Array, c: Float64Array, n: number, start?: Float64Array, idx?: Int32Array, stride?: number): SimplexFit {
  return solve(h, c, n, start, idx, stride)!;
}

/**
 * A lower bound on the optimum's squared error, offered after every gradient pass to a caller
 * that only needs the fit if it can beat a mark (market selection's beam).
 */
export interface StopAbove {
  /** ‖x₁‖²: the squared error is 2(½wᵀHw − cᵀw) + q. */
  readonly q: number;
  /** True when a squared error of at least `sseLowerBound` cannot matter: the solve stops. */
  cannotWin(sseLowerBound: number): boolean;
}

/** simplexLeastSquares, or undefined once `stop.cannotWin` accepts a lower bound of the optimum. */
export function simplexLeastSquaresUnlessAbove(
  h: Float64Array,
  c: Float64Array,
  n: number,
  stop: StopAbove,
  start?: Float64Array,
  idx?: Int32Array,
  stride?: number,
): SimplexFit | undefined {
  return solve(h, c, n, start, idx, stride, stop);
}

function solve(h: Float64Array, c: Float64Array, n: number, start?: Float64Array, idx?: Int32Array, stride?: number, stop?: StopAbove): SimplexFit | undefined {
  // H(j, k) = h[row[j] + col[k]]: h itself (n×n), or the block idx×idx of a larger matrix.
  const col = idx ?? Int32Array.from({ length: n }, (_, j) => j);
  const width = idx ? stride! : n;
  // A plain loop: Int32Array.from with a callback cost a fifth of a warm-started fit.
  const row = new Int32Array(n);
  for (let j = 0; j < n; j++) row[j] = col[j] * width;
  if (n === 1) return { weights: Float64Array.of(1), objective: 0.5 * h[row[0] + col[0]] - c[0] };
  let meanDiag = 0;
  let maxDiag = 0;
  for (let j = 0; j < n; j++) {
    const d = h[row[j] + col[j]];
    meanDiag += d;
    if (d > maxDiag) maxDiag = d;
  }
  meanDiag /= n;
  const ridge = RIDGE * (meanDiag > 0 ? meanDiag : 1);
  // Scale of the gradient, for a tolerance that does not depend on the units of the data.
  let scale = meanDiag;
  for (let j = 0; j < n; j++) if (abs(c[j]) > scale) scale = abs(c[j]);
  const tol = 1e-11 * (scale > 0 ? scale : 1);

  const w = new F64(n);
  const inP = new Uint8Array(n);
  const warm = start !== undefined && isFeasible(start, n);
  if (warm) {
    for (let j = 0; j < n; j++) {
      w[j] = start![j];
      inP[j] = start![j] > 0 ? 1 : 0;
    }
  } else {
    // Deterministic start: the single donor with the smallest error (a vertex of the simplex).
    let best = 0;
    let bestF = Infinity;
    for (let j = 0; j < n; j++) {
      const f = 0.5 * (h[row[j] + col[j]] + ridge) - c[j];
      if (f < bestF) {
        bestF = f;
        best = j;
      }
    }
    w[best] = 1;
    inP[best] = 1;
  }

  const g = new F64(n);
  const z = new F64(n);
  const live = new Int32Array(n);
  const liveW = new F64(n);
  // The Cholesky factor is support × support; it grows when the support does (an n×n one per
  // fit was most of the allocation when market selection fits thousands of sets of 200 donors).
  const work: Factor = {
    l: new F64(Math.min(n, 16) ** 2),
    stride: Math.min(n, 16),
    support: new Int32Array(Math.min(n, 16)),
    size: 0,
    u: new F64(n),
    v: new F64(n),
  };
  let first = true;
  const support: number[] = [];
  // Each pass either adds a donor or removes at least one; the objective falls strictly, so
  // no support repeats. The bound only turns a floating-point pathology into an error.
  const maxPasses = 50 * n + 100;
  for (let pass = 0; pass < maxPasses; pass++) {
    // A warm start's weights are not the optimum on their own support: the first pass solves
    // there before anything enters (so the KKT test below always sees a subspace optimum). Its
    // gradient would be thrown away, so it is not computed — unless a stop test reads it.
    if (first && warm && !stop) {
      first = false;
      stepOnSupport();
      continue;
    }
    // Gradient and the multiplier λ (the common gradient value on the support). Only nonzero
    // weights contribute: listing them once (in order, so the sums are the same) makes a pass
    // O(n × support), not O(n²).
    let lambda = 0;
    let count = 0;
    let nonzero = 0;
    // Their columns and weights side by side, so the inner loop reads two short arrays.
    for (let k = 0; k < n; k++) {
      if (w[k] !== 0) {
        live[nonzero] = col[k];
        liveW[nonzero++] = w[k];
      }
    }
    for (let j = 0; j < n; j++) {
      let s = ridge * w[j] - c[j];
      const r = row[j];
      for (let q = 0; q < nonzero; q++) s += h[r + live[q]] * liveW[q];
      g[j] = s;
      if (inP[j]) {
        lambda += s;
        count++;
      }
    }
    lambda /= count;
    let enter = -1;
    let most = -tol;
    for (let j = 0; j < n; j++) {
      if (inP[j]) continue;
      const d = g[j] - lambda;
      if (d < most) {
        most = d;
        enter = j;
      }
    }
    if (stop && cannotWin(stop, g, w, c, n, ridge, maxDiag)) return undefined;
    if (first && warm) enter = -1;
    else if (enter < 0) return { weights: w, objective: objective(h, c, w, n, row, col) };
    else inP[enter] = 1;
    first = false;
    if (stepOnSupport(enter)) return { weights: w, objective: objective(h, c, w, n, row, col) };
  }
  throw new Error('the donor-weight solver did not converge');

  /**
   * Minimises over the support, stepping back whenever a weight would cross zero. True when the
   * donor just let in (`enter`) would leave at once: its gradient undercut λ only by rounding.
   */
  function stepOnSupport(enter = -1): boolean {
    for (;;) {
      support.length = 0;
      for (let j = 0; j < n; j++) if (inP[j]) support.push(j);
      solveOnSupport(h, c, row, col, ridge, support, z, work);
      let alpha = 1;
      let blocking = -1;
      for (const j of support) {
        if (z[j] <= 0) {
          const a = w[j] / (w[j] - z[j]);
          if (a < alpha) {
            alpha = a;
            blocking = j;
          }
        }
      }
      if (blocking < 0) {
        for (const j of support) w[j] = z[j];
        return false;
      }
      if (enter >= 0 && blocking === enter && alpha === 0) return true;
      for (const j of support) w[j] += alpha * (z[j] - w[j]);
      w[blocking] = 0;
      inP[blocking] = 0;
      for (const j of support) {
        if (w[j] <= 0) {
          w[j] = 0;
          inP[j] = 0;
        }
      }
      // Renormalise against rounding drift: the iterate stays on the simplex.
      let sum = 0;
      for (let j = 0; j < n; j++) sum += w[j];
      for (let j = 0; j < n; j++) w[j] /= sum;
    }
  }
}

/**
 * The lower bound offered to `stop`, from the gradient at a feasible w. With the residual
 * u = x₁ − X₀w, weak duality gives for any t ≥ 0: min ‖x₁ − X₀v‖² ≥ 2t(uᵀx₁ − max_j x_jᵀu) − t²‖u‖²,
 * in cross products A = q − cᵀw + min_j g_j and B = ‖u‖² = wᵀHw − 2cᵀw + q (g = Hw − c, no
 * ridge), best at t = A/B: A²/B. (It is the Frank–Wolfe bound B − 2·gap, plus gap²/B.) The slack
 * takes off far more than the rounding of these sums and of H's positive definiteness (~1e-13
 * of the largest term), so a set is only stopped when its optimum is above the mark for sure.
 */
function cannotWin(stop: StopAbove, g: Float64Array, w: Float64Array, c: Float64Array, n: number, ridge: number, maxDiag: number): boolean {
  let cw = 0;
  let gw = 0;
  let minG = Infinity;
  for (let j = 0; j < n; j++) {
    const gj = g[j] - ridge * w[j];
    cw += c[j] * w[j];
    gw += gj * w[j];
    if (gj < minG) minG = gj;
  }
  const q = stop.q;
  const a = q - cw + minG;
  const b = gw - cw + q;
  const slack = 4e-9 * (abs(q) + maxDiag + abs(cw) + abs(gw) + abs(minG));
  const bound = a > 0 && b > 0 ? (a * a) / b - slack : 0;
  return stop.cannotWin(bound > 0 ? bound : 0);
}

/** The Cholesky factor of the last support solved on (its donors, `size` of them), kept between solves. */
interface Factor {
  l: Float64Array;
  stride: number;
  support: Int32Array;
  size: number;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

function isFeasible(w: Float64Array, n: number): boolean {
  if (w.length !== n) return false;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    if (!(w[j] >= 0)) return false;
    sum += w[j];
  }
  return abs(sum - 1) < 1e-9;
}

function objective(h: Float64Array, c: Float64Array, w: Float64Array, n: number, row: Int32Array, col: Int32Array): number {
  // Zero weights add exact zeros to each sum, so reading only the others (in the same order)
  // leaves every sum the same: O(support²), not O(support × n).
  const nz: number[] = [];
  for (let j = 0; j < n; j++) if (w[j] !== 0) nz.push(j);
  let f = 0;
  for (const j of nz) {
    let s = 0;
    const r = row[j];
    for (const k of nz) s += h[r + col[k]] * w[k];
    f += w[j] * (0.5 * s - c[j]);
  }
  return f;
}

/**
 * The equality-constrained minimum over the support P: z_P = u − ν·v with u = H_P⁻¹c_P,
 * v = H_P⁻¹1 and ν chosen so Σz_P = 1 (the KKT system [H 1; 1ᵀ 0] solved by elimination).
 */
function solveOnSupport(
  h: Float64Array,
  c: Float64Array,
  row: Int32Array,
  col: Int32Array,
  ridge: number,
  p: readonly number[],
  z: Float64Array,
  work: Factor,
): void {
  const k = p.length;
  // Row i of the Cholesky factor depends only on the support's first i+1 donors, and the support
  // is kept in donor order: the rows before the first donor that changed since the last solve
  // are the same numbers, so they are kept (the factor's stride is its capacity, not k).
  let same = 0;
  if (work.stride < k) {
    const stride = Math.max(k, 2 * work.stride);
    work.l = new F64(stride * stride);
    work.stride = stride;
    work.support = new Int32Array(stride);
    work.size = 0;
  }
  const { l, u, v, stride: S, support } = work;
  while (same < k && same < work.size && support[same] === p[same]) same++;
  // Cholesky H_P + ridge·I = LLᵀ, from row `same` on.
  for (let i = same; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = h[row[p[i]] + col[p[j]]] + (i === j ? ridge : 0);
      for (let m = 0; m < j; m++) s -= l[i * S + m] * l[j * S + m];
      if (i === j) l[i * S + i] = sqrt(s > 0 ? s : ridge);
      else l[i * S + j] = s / l[j * S + j];
    }
    support[i] = p[i];
  }
  work.size = k;
  for (let i = 0; i < k; i++) {
    u[i] = c[p[i]];
    v[i] = 1;
  }
  cholSolve(l, S, k, u);
  cholSolve(l, S, k, v);
  let su = 0;
  let sv = 0;
  for (let i = 0; i < k; i++) {
    su += u[i];
    sv += v[i];
  }
  const nu = (su - 1) / sv;
  for (let i = 0; i < k; i++) z[p[i]] = u[i] - nu * v[i];
}

/** Solves LLᵀx = b in place; L is k×k with row stride S. */
function cholSolve(l: Float64Array, S: number, k: number, b: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i];
    for (let m = 0; m < i; m++) s -= l[i * S + m] * b[m];
    b[i] = s / l[i * S + i];
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i];
    for (let m = i + 1; m < k; m++) s -= l[m * S + i] * b[m];
    b[i] = s / l[i * S + i];
  }
}

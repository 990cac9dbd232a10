/**
 * Trimmed Match for paired geo experiments (Chen & Au, 2022, "Robust causal inference for
 * incremental return on ad spend with randomized paired geo experiments"), following the
 * definitions of Google's reference implementation (google/trimmed_match, Apache-2.0) so that
 * its published numbers are reproduced.
 *
 * Each pair gives y = Δresponse (treatment − control) and x = Δspend. For a candidate iROAS θ
 * the residuals are r_i(θ) = y_i − θ·x_i; θ̂ solves trimmedMean(r(θ)) = 0, trimming
 * ⌈λn⌉ residuals from each tail, so a few geo pairs hit by local events cannot drag the
 * estimate. Each residual is a line in θ; two lines cross once, at the "breakpoint"
 * θ_ij = (y_i − y_j)/(x_i − x_j). Between breakpoints the order of the residuals is fixed, so
 * the trimmed set is fixed and the equation is linear there.
 *
 * The reference sorts all n(n−1)/2 breakpoints (O(n²) memory: 800 MB at 10,000 pairs) and scans
 * them once per candidate trim rate (O(n³) over the automatic search). Here one sweep of θ from
 * −∞ to +∞ keeps the residuals in order and visits the breakpoints in order with a heap of the
 * next crossing of each adjacent pair (a kinetic sorted list: O(n² log n) time, O(n) memory).
 * A crossing only swaps two neighbours, so it changes the trimmed set of trim rate k only at
 * ranks k−1/k and n−1−k/n−k; every candidate trim rate — its roots and its confidence interval —
 * is updated in O(1) per crossing in the same sweep. Only the tails need their order
 * (sweepTails): the middle lines are an unordered set watched by two kinetic tournaments.
 * The confidence interval is every θ whose studentised trimmed mean lies within ±z, which is a
 * quadratic inequality per breakpoint interval; it can be asymmetric.
 *
 * The estimator's steps, one file each: the pairs and the reference's arithmetic
 * (trimmedMatchPairs), the trimmed residuals at one θ and the standard error (trimmedMean),
 * roots by Newton's method (trimmedMatchNewton), one trim level's roots and confidence set
 * through the sweep (trimLevel, confidenceSet), the sweep itself (breakpointSweep, crossingHeap),
 * the reference's tie perturbation (trimmedMatchTies). This file chooses the trim rate.
 */
import { sweep, sweepTails } from './breakpointSweep';
import { untrimmedInterval } from './confidenceSet';
import { sweepOneLevel } from './kLevelSweep';
import { normQuantile } from './normal';
import { TrimLevel } from './trimLevel';
import { Pairs, trimCount } from './trimmedMatchPairs';
import { rootsByNewton } from './trimmedMatchNewton';
import { standardError, trimmedSymmetricNorm } from './trimmedMean';
import { perturbTies } from './trimmedMatchTies';

/** An interval wider than this many standard errors falls back to ±3·z·se (as the reference). */
const EXTREME_CI_WIDTH = 1e6;
/** At least one pair must have a spend difference above this (the reference's _MIN_SPEND_GAP). */
const MIN_SPEND_GAP = 1e-10;
/**
 * From this many pairs the automatic search finds its roots by Newton's method (rootsByNewton)
 * instead of the sweep. Below it the sweep is fast (77 ms at 1,000 pairs) and keeps the
 * reference's handling of breakpoint ties exactly.
 */
const NEWTON_FROM = 1000;

export interface TrimCandidate {
  trimRate: number;
  iroas: number;
  stdError: number;
}

export interface TrimmedMatchResult extends TrimCandidate {
  lower: number;
  upper: number;
  /** Every candidate trim rate tried (one when the trim rate was given). */
  candidates: TrimCandidate[];
  /** True when exact ties were broken by the reference's tiny perturbation. */
  tiesBroken: boolean;
}

export interface TrimmedMatchOptions {
  /** Largest trim rate the automatic choice may use (default 0.25). */
  maxTrimRate?: number;
  /** Two-sided confidence of the interval (default 0.8). */
  confidence?: number;
  /** A fixed trim rate; null/undefined chooses it automatically. */
  trimRate?: number | null;
}

/** The estimate for one trim level: its single root, or the most symmetric of several. */
function chooseRoot(p: Pairs, level: TrimLevel): number {
  const roots = level.roots;
  if (roots.length === 0) throw new Error('no root of the trimmed-mean equation (the untrimmed pairs have no spend difference)');
  if (roots.length === 1) return roots[0];
  let best = roots[0];
  let bestNorm = Infinity;
  for (const r of roots) {
    const norm = trimmedSymmetricNorm(p.residuals(r), level.n1);
    if (norm < bestNorm) {
      bestNorm = norm;
      best = r;
    }
  }
  return best;
}

export function trimmedMatch(deltaResponse: readonly number[], deltaSpend: readonly number[], opts: TrimmedMatchOptions = {}): TrimmedMatchResult {
  const n = deltaResponse.length;
  let largest = 0;
  for (const v of deltaSpend) largest = Math.max(largest, Math.abs(v));
  if (!(largest >= MIN_SPEND_GAP)) throw new Error(`delta_spends are all too close to 0 (the largest is ${largest}); the pairs need spend differences`);
  // As the reference: the automatic search keeps at least two pairs and trims at most 0.3.
  const maxTrimRate = Math.min(0.3, Math.max(0, Math.min(0.5 - 1 / n, opts.maxTrimRate ?? 0.25)));
  const z = normQuantile(1 - (1 - (opts.confidence ?? 0.8)) / 2);
  const fixed = opts.trimRate !== undefined && opts.trimRate !== null ? opts.trimRate : null;
  const rates: number[] = [];
  if (fixed !== null) rates.push(fixed);
  else {
    const most = Math.ceil(maxTrimRate * n);
    for (let i = 0; i <= most; i++) {
      const rate = i / n;
      if (rate > maxTrimRate) break;
      rates.push(rate);
    }
  }
  for (const rate of rates) if (2 * trimCount(rate, n) >= n) throw new Error('the trim rate leaves no geo pairs');

  // The automatic search needs every level's roots but only the chosen level's interval: the
  // roots come first (by Newton's method when every Δspend is positive, else by the sweep), then
  // a sweep keeping in order only the ranks the chosen level watches finds its interval.
  const run = (y: readonly number[], x: readonly number[], stopAtTie: boolean, counts: number[], withInterval: boolean) => {
    const p = new Pairs(y, x);
    const fast = withInterval || n <= NEWTON_FROM ? null : rootsByNewton(p, counts);
    if (fast) return { p, roots: (k: number) => fast.get(k)!.root, stdErrors: fast, levels: new Map<number, TrimLevel>() };
    const levels = new Map(counts.map((k) => [k, new TrimLevel(p, k, z, withInterval)]));
    // Keep in order the ranks the levels watch (0..kmax+1 and their mirror) and no more.
    const K = Math.max(0, ...counts) + 2;
    const all = [...levels.values()];
    // One level of many pairs reads only the crossings at its own ranks (kLevelSweep).
    const one = all.length === 1 && n > NEWTON_FROM && n - 2 * all[0].n1 >= 8 ? all[0] : null;
    const done = one ? sweepOneLevel(p, one, stopAtTie) : n - 2 * K >= 8 ? sweepTails(p, all, K, stopAtTie) : sweep(p, all, stopAtTie);
    if (!done) return null;
    for (const level of all) level.finish();
    return { p, roots: (k: number) => chooseRoot(p, levels.get(k)!), stdErrors: null, levels };
  };
  // Exact ties (in Δspend, or two breakpoints at the same θ — common with whole-number exports)
  // make the sweep's estimate depend on the order ties are visited; like Google's Python entry
  // point, break them with a tiny deterministic perturbation and estimate again. (Newton's roots
  // are unique, so only ties in Δspend, which the pairs' order needs broken, count there.)
  const counts = [...new Set(rates.map((r) => trimCount(r, n)).filter((k) => k > 0))];
  const oneLevel = fixed !== null;
  let tiesBroken = new Set(deltaSpend).size !== n;
  let data = { deltaResponse, deltaSpend };
  let state = tiesBroken ? null : run(deltaResponse, deltaSpend, true, counts, oneLevel);
  if (!state) {
    tiesBroken = true;
    data = perturbTies(deltaResponse, deltaSpend);
    state = run(data.deltaResponse, data.deltaSpend, false, counts, oneLevel)!;
  }
  const { p } = state;

  const res = new Float64Array(n);
  const work = new Float64Array(n);
  const candidates: TrimCandidate[] = rates.map((rate) => {
    const k = trimCount(rate, n);
    const iroas = k === 0 ? p.empirical() : state.roots(k);
    const known = k === 0 ? undefined : state.stdErrors?.get(k)?.stdError;
    return { trimRate: rate, iroas, stdError: known ?? standardError(p, k, iroas, res, work) };
  });
  let chosen = candidates[0];
  if (fixed === null) {
    // The least trimming whose standard error is within (1 + 0.25/√n) of the smallest:
    // robustness only as far as it buys precision.
    const minError = candidates.reduce((m, c) => Math.min(m, c.stdError), Infinity);
    chosen = candidates.find((c) => c.stdError <= (1 + 0.25 / Math.sqrt(n)) * minError) ?? candidates[0];
  }
  const k = trimCount(chosen.trimRate, n);
  if (k > 0 && n < 2 * k + 2) throw new Error('fewer than 2 geo pairs are left after trimming');
  const levels = k > 0 && !state.levels.get(k)?.withInterval ? run(data.deltaResponse, data.deltaSpend, false, [k], true)!.levels : state.levels;
  let [lower, upper] = k === 0 ? untrimmedInterval(p, z) : levels.get(k)!.interval();
  if (!(upper - lower <= EXTREME_CI_WIDTH * chosen.stdError)) {
    const width = chosen.stdError * z * 3;
    lower = chosen.iroas - width;
    upper = chosen.iroas + width;
  }
  return { ...chosen, lower, upper, candidates, tiesBroken };
}

/**
 * Market selection (GeoLift's `GeoLiftMarketSelection`): which `count` regions to treat so that a
 * test of `length` periods would find an effect of the given size. Every candidate set is judged
 * by the power analysis of power.ts; sets are ranked by power at the effect, then by fit.
 *
 * Power is ~60 model fits per set, so not every set gets one. The search is pruned by fit:
 * 1. Screen: fit each set's synthetic control on all periods and score it by its relative error,
 *    √(squared error / periods) ÷ the set's level — the noise a test of that set must see through,
 *    in the same units as the effect (a lift). All sets are screened when there are at most
 *    SCREEN_ALL of them (2 of 40 regions: 780); beyond that, a beam search grows sets one region
 *    at a time from the BEAM best-scoring smaller sets.
 * 2. Evaluate power and the minimum detectable effect for the best-scoring sets only (at least 60,
 *    or 4 × the candidates asked for).
 * Most of the beam's 12,000 sets (210 regions) cannot enter it: screeningBound.ts bounds their
 * score from below, and a set whose bound is above the beam's current mark is not fitted (or its
 * fit stops). The beam is the one of fitting every set, number for number.
 * Deterministic: ties are broken by the regions' names.
 */
import type { Panel } from './panel';
import { minimumDetectableEffect, powerAt, simulatedTestsOfSets } from './power';
import { grownSetBound, largestSquares, residualOf, screenBest } from './screeningBound';
import { donorsOf, scaledL2Imbalance, SyntheticControl, type ScFit } from './syntheticControl';

export interface MarketCandidate {
  readonly regions: readonly number[];
  readonly scaledL2Imbalance: number;
  readonly power: number;
  readonly mde: number | null;
}

export interface MarketSearch {
  readonly count: number;
  readonly length: number;
  readonly effect: number;
  readonly candidates: number;
  readonly exclude: readonly number[];
  readonly confidence: number;
}

const SCREEN_ALL = 2000;
const BEAM = 60;

interface Screened {
  readonly regions: number[];
  readonly score: number;
  readonly name: string;
  /** The screening fit (its uniformSse left out: only the sets kept need it). */
  readonly fit: ScFit;
}

/** A set to screen: its regions, its solver start, and a lower bound of its score. */
interface Candidate {
  readonly set: number[];
  readonly start?: Float64Array;
  readonly bound: number;
}

/**
 * A feasible start for the fit of `set` + `added`: the smaller set's weights without the added
 * region's, renormalised. The optimum is unique and the solver's answer is the exact solution on
 * the optimum's support, so the start changes how many passes it takes, not the weights.
 */
function startWithout(from: Screened, added: number): Float64Array | undefined {
  const { donors, weights } = from.fit;
  const out = new Float64Array(donors.length - 1);
  let sum = 0;
  let k = 0;
  donors.forEach((d, j) => {
    if (d === added) return;
    out[k++] = weights[j];
    sum += weights[j];
  });
  if (!(sum > 0) || k !== out.length) return undefined;
  for (let j = 0; j < out.length; j++) out[j] /= sum;
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

function combinations(pool: readonly number[], k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number) => {
    if (pick.length === k) {
      out.push(pick.slice());
      return;
    }
    for (let i = from; i <= pool.length - (k - pick.length); i++) {
      pick.push(pool[i]);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

export function selectMarkets(panel: Panel, search: MarketSearch): MarketCandidate[] {
  const { count, length, effect, candidates, exclude, confidence } = search;
  const n = panel.regions.length;
  const sc = new SyntheticControl(panel);
  const T = sc.T;
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) if (!exclude.includes(i)) eligible.push(i);
  const names = (set: readonly number[]) =>
    set
      .map((i) => panel.regions[i].toLowerCase())
      .sort()
      .join('\u0000');

  const level = (set: readonly number[]) => Math.abs(sc.treatedLevel(set, 0, T));
  const scoreOf = (sse: number, lvl: number) => (lvl > 0 ? Math.sqrt(Math.max(0, sse) / T) / lvl : Infinity);
  const screen = (c: Candidate, cannotWin?: (score: number) => boolean): Screened | undefined => {
    const lvl = level(c.set);
    const stop = cannotWin && ((sse: number) => cannotWin(scoreOf(sse, lvl)));
    const fit = sc.fitUnlessAbove(T, c.set, donorsOf(n, c.set), stop, c.start);
    return fit && { regions: c.set, score: scoreOf(fit.sse, lvl), name: names(c.set), fit };
  };
  const byScore = (a: Screened, b: Screened) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const keepLast = Math.max(60, 4 * candidates);

  let screened: Screened[];
  if (binomial(eligible.length, count) <= SCREEN_ALL) {
    screened = screenBest(
      combinations(eligible, count).map((set) => ({ set, bound: 0 })),
      keepLast,
      screen,
    );
  } else {
    const m = sc.centredBefore(T);
    const maxSquares = largestSquares(m, n);
    const singles = eligible.map((i) => screen({ set: [i], bound: 0 })!);
    const residualOfSingle = new Map(singles.map((s) => [s.regions[0], residualOf(m, n, s.fit)]));
    let beam = [...singles].sort(byScore).slice(0, BEAM);
    for (let size = 2; size <= count; size++) {
      const seen = new Set<string>();
      const next: Candidate[] = [];
      for (const b of beam) {
        const from = size === 2 ? residualOfSingle.get(b.regions[0])! : residualOf(m, n, b.fit);
        for (const i of eligible) {
          if (b.regions.includes(i)) continue;
          const set = [...b.regions, i].sort((x, y) => x - y);
          const key = set.join(',');
          if (seen.has(key)) continue;
          seen.add(key);
          const bound = scoreOf(grownSetBound(m, n, set, from, residualOfSingle.get(i)!, maxSquares), level(set));
          next.push({ set, start: startWithout(b, i), bound });
        }
      }
      beam = screenBest(next, size === count ? keepLast : BEAM, screen)
        .sort(byScore)
        .slice(0, size === count ? keepLast : BEAM);
    }
    screened = beam;
  }
  screened.sort(byScore);
  const best = screened.slice(0, keepLast);
  // The imbalance against equal weights, for the sets kept only (nd² additions each).
  const scaled = best.map((s) => scaledL2Imbalance({ ...s.fit, uniformSse: sc.uniformSseOf(s.fit) }));
  const allTests = simulatedTestsOfSets(
    sc,
    best.map((s) => ({ treated: s.regions, donors: donorsOf(n, s.regions) })),
    length,
    confidence,
  );
  const evaluated = best.map((s, k) => ({ s, scaled: scaled[k], power: powerAt(allTests[k], effect), mde: minimumDetectableEffect(allTests[k]) }));
  evaluated.sort((a, b) => b.power - a.power || a.scaled - b.scaled || (a.s.name < b.s.name ? -1 : 1));
  return evaluated.slice(0, candidates).map(({ s, scaled, power, mde }) => ({ regions: s.regions, scaledL2Imbalance: scaled, power, mde }));
}

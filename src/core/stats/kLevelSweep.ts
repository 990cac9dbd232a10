/**
 * The sweep of θ for one trim level alone, when the trim count k is large (a given trim of 0.25
 * of 10,000 pairs, or the chosen level's interval after the automatic search). One level only
 * reads the crossings at ranks k−1/k and n−2−k/n−1−k — where a line enters or leaves the
 * trimmed set — and at k/k+1 and n−3−k/n−2−k, where the body's lowest or highest line changes
 * (its winsorising end values). So the residual lines are kept as three unordered sets: the k
 * lowest (A), the body (M), the k highest (C), with kinetic tournaments following A's highest
 * line, M's lowest and highest, and C's lowest (geometers call the curve A's top traces the
 * k-level of the arrangement). Crossings inside a set are never visited; every crossing the
 * level reads is, in θ order and with the same arithmetic as breakpointSweep's, so the level
 * sees the very same calls. sweepTails keeps the k+2 lowest and highest lines in order and visits
 * about k² crossings: 6·10⁶ at a given trim of 0.25 of 10,000 pairs, where this visits ~10⁵.
 */
import { CrossingHeap, crossingOf } from './crossingHeap';
import { recomputeNode, type TournamentTree } from './tournamentNode';
import type { TrimLevel } from './trimLevel';
import type { Pairs } from './trimmedMatchPairs';

/**
 * The lowest (or highest) of a set of lines as θ grows: a tree over the lines whose nodes hold
 * the lower (higher) of their children's lines, each with the θ at which that changes, kept in
 * the shared heap at slot base + node.
 */
class Tournament implements TournamentTree {
  readonly win: Int32Array;

  constructor(
    private readonly P: number,
    readonly base: number,
    readonly lowest: boolean,
    private readonly heap: CrossingHeap,
    private readonly x: Float64Array,
    private readonly y: Float64Array,
  ) {
    this.win = new Int32Array(2 * P).fill(-1);
  }

  winner(): number {
    return this.win[1];
  }

  /** Recomputes node v at θ; returns whether its line changed. */
  node(v: number, theta: number, build: boolean): boolean {
    return recomputeNode(this, this.x, this.y, this.heap, v, theta, build);
  }

  build(): void {
    for (let v = this.P - 1; v >= 1; v--) this.node(v, -Infinity, true);
  }

  /** A line joins (or leaves) the set at θ. */
  set(line: number, member: boolean, theta: number): void {
    this.win[this.P + line] = member ? line : -1;
    for (let v = (this.P + line) >> 1; v >= 1; v >>= 1) this.node(v, theta, false);
  }

  /** Node v's two lines cross at θ: it, and maybe its ancestors, change hands. */
  event(v: number, theta: number): void {
    for (let u = v; u >= 1; u >>= 1) if (!this.node(u, theta, false) && u !== v) break;
  }
}

/**
 * Sweeps θ from −∞ to +∞ for one level with trim count k ≥ 1 and a body of at least 8 lines.
 * With `stopAtTie`, returns false as soon as two crossings the level reads coincide.
 */
export function sweepOneLevel(p: Pairs, level: TrimLevel, stopAtTie: boolean): boolean {
  const { n, x, y } = p;
  const k = level.n1;
  const n2 = level.n2;
  let P = 1;
  while (P < n) P <<= 1;
  // Slots: the two boundaries (A's top meets M's bottom, M's top meets C's bottom), then the trees.
  const AM = 0;
  const MC = 1;
  const heap = new CrossingHeap(2 + 4 * P);
  heap.key.fill(Infinity);
  const topA = new Tournament(P, 2, false, heap, x, y);
  const lowM = new Tournament(P, 2 + P, true, heap, x, y);
  const topM = new Tournament(P, 2 + 2 * P, false, heap, x, y);
  const lowC = new Tournament(P, 2 + 3 * P, true, heap, x, y);
  // At θ = −∞ the ranks are the Δspend order.
  for (let i = 0; i < n; i++) {
    if (i < k) topA.win[P + i] = i;
    else if (i <= n2) lowM.win[P + i] = topM.win[P + i] = i;
    else lowC.win[P + i] = i;
  }
  for (const t of [topA, lowM, topM, lowC]) t.build();
  const crossing = crossingOf(x, y);
  heap.key[AM] = crossing(topA.winner(), lowM.winner());
  heap.key[MC] = crossing(topM.winner(), lowC.winner());
  heap.build();
  const boundaries = () => {
    heap.set(AM, crossing(topA.winner(), lowM.winner()));
    heap.set(MC, crossing(topM.winner(), lowC.winner()));
  };
  // The level reads the lines at ranks k and n2 only.
  const order = new Int32Array(n);
  const cross = (theta: number, r: number, u: number, v: number) => {
    order[k] = lowM.winner();
    order[n2] = topM.winner();
    level.cross(theta, r, u, v, order);
  };
  let previous = NaN;
  const tie = (theta: number) => {
    if (theta === previous) return true;
    previous = theta;
    return false;
  };
  for (;;) {
    const slot = heap.top();
    const theta = heap.topKey();
    if (theta === Infinity) break;
    if (slot === AM) {
      // Ranks k−1/k: A's top line u rises into the body, the body's lowest v drops into A.
      if (stopAtTie && tie(theta)) return false;
      const u = topA.winner();
      const v = lowM.winner();
      topA.set(u, false, theta);
      topA.set(v, true, theta);
      lowM.set(v, false, theta);
      topM.set(v, false, theta);
      lowM.set(u, true, theta);
      topM.set(u, true, theta);
      cross(theta, k - 1, u, v);
    } else if (slot === MC) {
      // Ranks n2/n2+1: the body's top line u rises into C, C's lowest v drops into the body.
      if (stopAtTie && tie(theta)) return false;
      const u = topM.winner();
      const v = lowC.winner();
      lowC.set(v, false, theta);
      lowC.set(u, true, theta);
      lowM.set(u, false, theta);
      topM.set(u, false, theta);
      lowM.set(v, true, theta);
      topM.set(v, true, theta);
      cross(theta, n2, u, v);
    } else {
      const t = slot < 2 + P ? topA : slot < 2 + 2 * P ? lowM : slot < 2 + 3 * P ? topM : lowC;
      const before = t.winner();
      t.event(slot - t.base, theta);
      const after = t.winner();
      if (after !== before) {
        // The body's lowest line changed: ranks k/k+1 swapped (before at k, after at k+1).
        // Its highest: ranks n2−1/n2 (after at n2−1, before at n2).
        if ((t === lowM || t === topM) && stopAtTie && tie(theta)) return false;
        if (t === lowM) cross(theta, k, before, after);
        else if (t === topM) cross(theta, n2 - 1, after, before);
      }
    }
    boundaries();
  }
  return true;
}

/**
 * The sweep of θ from −∞ to +∞ through the crossings of the residual lines r_i(θ) = y_i − θ·x_i
 * (a kinetic sorted list), feeding each trim level the crossings at the ranks it watches.
 */
import { CrossingHeap, crossingOf } from './crossingHeap';
import { recomputeNode, type TournamentTree } from './tournamentNode';
import type { TrimLevel } from './trimLevel';
import type { Pairs } from './trimmedMatchPairs';

/**
 * Sweeps θ from −∞ to +∞ through every crossing of residual lines, feeding each trim level the
 * crossings at its ranks. With `stopAtTie`, returns false as soon as two breakpoints coincide
 * (the reference perturbs such data before estimating).
 */
export function sweep(p: Pairs, levels: TrimLevel[], stopAtTie: boolean): boolean {
  const n = p.n;
  if (n < 2) return true;
  const { x, y } = p;
  // Ranks at θ = −∞ are the Δspend order.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const watchers = watchersByRank(levels, n);
  const crossing = crossingOf(x, y);
  const heap = new CrossingHeap(n - 1);
  for (let r = 0; r < n - 1; r++) heap.key[r] = crossing(order[r], order[r + 1]);
  heap.build();
  let previous = NaN;
  for (;;) {
    const r = heap.top();
    const theta = heap.topKey();
    if (theta === Infinity) break;
    if (stopAtTie && theta === previous) return false;
    previous = theta;
    swapAdjacent(order, watchers, r, theta);
    const v = order[r];
    const u = order[r + 1];
    heap.set(r, Infinity); // they have crossed: they only move apart now
    if (r > 0) heap.set(r - 1, crossing(order[r - 1], v));
    if (r + 2 < n) heap.set(r + 1, crossing(u, order[r + 2]));
  }
  return true;
}

/**
 * The same sweep when only the tails matter: the trim levels watch ranks 0..kmax and
 * n−1−kmax..n−1 (kmax = the largest trim count), so only the K = kmax+2 lowest and K highest
 * residual lines are kept in order. The lines in between form an unordered set whose lowest and
 * highest line are followed by two kinetic tournaments (a tree over the lines whose nodes hold
 * the lower — or higher — of their children's lines and the θ at which that changes). Crossings
 * among the middle lines, most of the n(n−1)/2, are never visited: with the automatic search up
 * to a quarter of the pairs, about 1/8 of them remain. Every crossing at a watched rank is still
 * visited, in θ order, so the results are the full sweep's.
 */
export function sweepTails(p: Pairs, levels: TrimLevel[], K: number, stopAtTie: boolean): boolean {
  const n = p.n;
  const { x, y } = p;
  let P = 1;
  while (P < n) P <<= 1;
  // Event slots: L pairs, U pairs, the two boundaries, min-tree nodes, max-tree nodes.
  const U0 = K - 1;
  const LOW = 2 * K - 2;
  const HIGH = 2 * K - 1;
  const MIN0 = 2 * K - 1; // slot of min-tree node v is MIN0 + v (1 ≤ v < P)
  // Slot of max-tree node v is MAX0 + v. MAX0 = MIN0 + P − 1 once made the min tree's last node
  // (v = P − 1) share a slot with the max tree's, so with n = P − 1 or P pairs (32 of them,
  // say) a crossing there was read as the max tree's and never cleared: the sweep never ended.
  const MAX0 = MIN0 + P;
  const heap = new CrossingHeap(MAX0 + P);
  const key = heap.key;
  key.fill(Infinity);
  const order = new Int32Array(n); // valid at ranks 0..K−1 and n−K..n−1
  for (let i = 0; i < n; i++) order[i] = i;
  const winMin = new Int32Array(2 * P).fill(-1);
  const winMax = new Int32Array(2 * P).fill(-1);
  for (let i = K; i < n - K; i++) {
    winMin[P + i] = i;
    winMax[P + i] = i;
  }
  const crossing = crossingOf(x, y);
  const minTree: TournamentTree = { win: winMin, base: MIN0, lowest: true };
  const maxTree: TournamentTree = { win: winMax, base: MAX0, lowest: false };
  const node = (tree: TournamentTree, v: number, theta: number, build: boolean) => recomputeNode(tree, x, y, heap, v, theta, build);
  const climb = (tree: TournamentTree, leaf: number, theta: number) => {
    for (let v = (P + leaf) >> 1; v >= 1; v >>= 1) node(tree, v, theta, false);
  };
  const setLeaf = (line: number, active: boolean, theta: number) => {
    winMin[P + line] = active ? line : -1;
    winMax[P + line] = active ? line : -1;
    climb(minTree, line, theta);
    climb(maxTree, line, theta);
  };
  const boundaries = () => {
    const lo = winMin[1];
    heap.set(LOW, lo < 0 ? Infinity : crossing(order[K - 1], lo));
    const hi = winMax[1];
    heap.set(HIGH, hi < 0 ? Infinity : crossing(hi, order[n - K]));
  };
  for (let v = P - 1; v >= 1; v--) {
    node(minTree, v, -Infinity, true);
    node(maxTree, v, -Infinity, true);
  }
  for (let i = 0; i < K - 1; i++) key[i] = crossing(order[i], order[i + 1]);
  for (let i = 0; i < K - 1; i++) key[U0 + i] = crossing(order[n - K + i], order[n - K + i + 1]);
  key[LOW] = crossing(order[K - 1], winMin[1]);
  key[HIGH] = crossing(winMax[1], order[n - K]);
  heap.build();

  const watchers = watchersByRank(levels, n);
  let previous = NaN;
  for (;;) {
    const slot = heap.top();
    const theta = heap.topKey();
    if (theta === Infinity) break;
    if (slot <= HIGH) {
      // Two crossings of kept lines at one θ: a tie (tournament nodes are left out — the same
      // two middle lines can sit in both trees).
      if (stopAtTie && theta === previous) return false;
      previous = theta;
    }
    if (slot < U0) {
      const i = slot;
      swapAdjacent(order, watchers, i, theta);
      heap.set(i, Infinity);
      if (i > 0) heap.set(i - 1, crossing(order[i - 1], order[i]));
      if (i + 1 < K - 1) heap.set(i + 1, crossing(order[i + 1], order[i + 2]));
      else boundaries(); // the top of L changed
    } else if (slot < LOW) {
      const i = slot - U0;
      const r = n - K + i;
      swapAdjacent(order, watchers, r, theta);
      heap.set(slot, Infinity);
      if (i > 0) heap.set(slot - 1, crossing(order[r - 1], order[r]));
      else boundaries(); // the bottom of U changed
      if (i + 1 < K - 1) heap.set(slot + 1, crossing(order[r + 1], order[r + 2]));
    } else if (slot === LOW) {
      // The top line of L and the lowest middle line trade places.
      const out = order[K - 1];
      const into = winMin[1];
      order[K - 1] = into;
      setLeaf(into, false, theta);
      setLeaf(out, true, theta);
      heap.set(K - 2, crossing(order[K - 2], order[K - 1]));
      boundaries();
    } else if (slot === HIGH) {
      const out = order[n - K];
      const into = winMax[1];
      order[n - K] = into;
      setLeaf(into, false, theta);
      setLeaf(out, true, theta);
      heap.set(U0, crossing(order[n - K], order[n - K + 1]));
      boundaries();
    } else {
      // A tournament node's two lines cross: it (and maybe its ancestors) changes hands.
      const tree = slot < MAX0 ? minTree : maxTree;
      for (let v = slot - tree.base; v >= 1; v >>= 1) if (!node(tree, v, theta, false) && v !== slot - tree.base) break;
      boundaries();
    }
  }
  return true;
}

/** The levels that care about a crossing at ranks (r, r+1): r ∈ {n1−1, n1, n2−1, n2}. */
function watchersByRank(levels: readonly TrimLevel[], n: number): TrimLevel[][] {
  const watchers: TrimLevel[][] = Array.from({ length: n - 1 }, () => []);
  for (const level of levels) {
    for (const r of new Set([level.n1 - 1, level.n1, level.n2 - 1, level.n2])) if (r >= 0 && r < n - 1) watchers[r].push(level);
  }
  return watchers;
}

/** Adjacent lines at ranks r, r+1 (both kept in order) swap at θ; the levels watching rank r see it. */
function swapAdjacent(order: Int32Array, watchers: readonly TrimLevel[][], r: number, theta: number): void {
  const u = order[r];
  const v = order[r + 1];
  order[r] = v;
  order[r + 1] = u;
  const watching = watchers[r];
  for (let k = 0; k < watching.length; k++) watching[k].cross(theta, r, u, v, order);
}

/**
 * One node of a kinetic tournament over residual lines y − θ·x: it holds the lower (or higher)
 * of its two children's lines at the current θ, and the θ at which that changes (their crossing,
 * or Infinity once they have crossed). Both sweeps (breakpointSweep's tails, kLevelSweep's sets)
 * keep their trees in one Int32Array per tree — win[v] the line at node v, children at 2v, 2v+1,
 * −1 for an empty leaf — and the failure times in the shared CrossingHeap at slot base + v.
 */
import type { CrossingHeap } from './crossingHeap';

export interface TournamentTree {
  win: Int32Array;
  /** Heap slot of node 0; node v's failure time lives at base + v. */
  base: number;
  /** Whether the node keeps the lowest line (else the highest). */
  lowest: boolean;
}

/**
 * Recomputes node v at θ; returns whether its line changed. `build` writes the failure time
 * straight into the heap's keys (the heap is ordered once afterwards); otherwise it is re-sifted.
 */
export function recomputeNode(tree: TournamentTree, x: Float64Array, y: Float64Array, heap: CrossingHeap, v: number, theta: number, build: boolean): boolean {
  const win = tree.win;
  const a = win[2 * v];
  const b = win[2 * v + 1];
  let w: number;
  let fail = Infinity;
  if (a < 0) w = b;
  else if (b < 0) w = a;
  else {
    const s = x[a] < x[b] ? a : b; // lower before they cross, higher after
    const g = s === a ? b : a;
    const t = (y[g] - y[s]) / (x[g] - x[s]);
    const before = theta < t;
    w = tree.lowest === before ? s : g;
    if (before) fail = t;
  }
  const changed = win[v] !== w;
  win[v] = w;
  if (build) heap.key[tree.base + v] = fail;
  else heap.set(tree.base + v, fail);
  return changed;
}

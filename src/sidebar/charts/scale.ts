/** A linear scale with round ticks (d3-array's tick rule: 1, 2 or 5 × a power of ten). */
import { nice, ticks } from 'd3-array';
import type { Layer } from '../../core/charts/pictures';

export interface Scale {
  (v: number): number;
  readonly ticks: number[];
}

export function linearScale(lo: number, hi: number, from: number, to: number, count = 4): Scale {
  let [a, b] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  [a, b] = nice(a, b, count);
  const f = ((v: number) => from + ((v - a) / (b - a)) * (to - from)) as Scale;
  return Object.assign(f, { ticks: ticks(a, b, count) });
}

/** Everything a picture draws, and 0: bars and sums are read from zero. */
export function valueExtent(layers: readonly Layer<unknown>[]): [number, number] {
  let lo = 0;
  let hi = 0;
  const see = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const l of layers) {
    if (l.kind === 'rule') see(l.value);
    else if (l.kind === 'band') [...l.lower, ...l.upper].forEach(see);
    else if (l.kind !== 'span') l.values.forEach(see);
  }
  return [lo, hi];
}

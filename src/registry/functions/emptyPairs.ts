/**
 * Geo pairs whose test and control geos differ in neither response nor spend carry no information
 * about iROAS: their residual Δresponse − θ·Δspend is 0 at every θ. When trimming can leave
 * almost only such pairs, the trimmed mean is 0 for a whole range of θ and its standard error
 * collapses to 0, so the automatic trim choice prefers exactly that degenerate trim (issue #27:
 * 24 of 32 pairs 0/0 gave an iROAS of 7e-298 at trim 0.25). This screening keeps at least two
 * informative pairs in every trimmed set: the automatic search stops at the largest trim rate
 * that does, and a fixed trim rate that does not is refused with the numbers.
 */
export interface EmptyPairs {
  /** Pairs with Δresponse = 0 and Δspend = 0. */
  readonly empty: number;
  /** The largest trim rate i/n that still keeps two informative pairs among the retained ones; null when none does. */
  readonly maxTrimRate: number | null;
}

export function emptyPairs(deltaResponse: readonly number[], deltaSpend: readonly number[]): EmptyPairs {
  const n = deltaResponse.length;
  let empty = 0;
  for (let i = 0; i < n; i++) if (deltaResponse[i] === 0 && deltaSpend[i] === 0) empty++;
  // Trimming i pairs from each tail retains n − 2i; in the worst case every empty pair is among them.
  const i = Math.floor((n - empty - 2) / 2);
  return { empty, maxTrimRate: i < 0 ? null : i / n };
}

/** The retained pairs at trim rate λ: n − 2⌈λn⌉. */
export const retainedPairs = (n: number, trimRate: number): number => n - 2 * Math.ceil(trimRate * n - 1e-9);

/**
 * A stage's range after each of its weeks — the charts' band, "the range the gate would have
 * seen then" — as rangeFor over every prefix of the weeks. What the prefixes share is computed
 * once: the horizon's running sums (stageHorizon summed every prefix from its first week, which
 * made the bands O(weeks²): at 100,000 Weekly rows a third of evaluateStages), and what a
 * provider keeps in `prefix.memo` (the weekly ratio's per-week parts). Each prefix's range
 * is rangeFor's own, the same arithmetic in the same order, so every band is the number it was.
 */
import type { MetricKey } from '../model/metrics';
import { horizonAfter } from './monitoring';
import { rangeFor } from './providers';
import type { EvidenceInput, RangeProvider, WeekTotals } from './types';

/** rangeFor(metric) over weeks[0..i] for every i ≥ from, in order. */
export function prefixRanges(
  metric: MetricKey,
  input: EvidenceInput,
  weeks: readonly WeekTotals[],
  from: number,
  providers: readonly RangeProvider[],
): ({ lower: number; upper: number } | null)[] {
  const out: ({ lower: number; upper: number } | null)[] = [];
  const memo = new Map<string, unknown>();
  let spend = 0;
  let spent = 0;
  for (let i = 0; i < weeks.length; i++) {
    if (weeks[i].sums.spend > 0) {
      spend += weeks[i].sums.spend;
      spent++;
    }
    if (i < from) continue;
    let prefix: WeekTotals[] | null = null;
    const end = i + 1;
    const at = {
      ...input,
      weeks: () => (prefix ??= weeks.slice(0, end)),
      horizon: horizonAfter(input.stage.budget, spend, spent),
      prefix: { all: weeks, end, memo },
    };
    out.push(rangeFor(metric, at, providers));
  }
  return out;
}

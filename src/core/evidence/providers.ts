/**
 * The built-in range providers (docs/contract.md §2.5), asked in this order:
 * - iROAS by time-based regression when Baseline weeks carry both Revenue and Control revenue
 *   (IROAS_TBR over the weekly series, the Baseline weeks as pretest);
 * - sales growth by the delta method with Welch–Satterthwaite degrees of freedom;
 * - every other rate or ratio (and iROAS without such a Baseline) by the weekly ratio interval.
 */
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import { growthInterval } from '../stats/growthInterval';
import { ratioSpread, halfWidth, weeksUntilHalfWidth } from '../stats/ratioInterval';
import { timeBasedRegression } from '../stats/tbr';
import { multiplierFor } from './monitoring';
import type { EvidenceInput, MetricRange, RangeProvider, WeekTotals } from './types';
import type { MetricKey, Sums } from '../model/metrics';
import type { WeeklyRow } from '../model/weekly';
import { metricContext } from '../metrics/weeklySums';

/**
 * Numerator and denominator per week of each ratio metric: the metric layer's own ratio of sums
 * (src/core/metrics/definitions.ts), so the range is of the very number the criterion grades.
 */
function ratioParts(metric: MetricKey, input: EvidenceInput): readonly [(s: Sums) => number, (s: Sums) => number] | null {
  const d = METRIC_DEFINITIONS[metric];
  if (!d.ratio || (d.range !== 'weekly ratio' && d.range !== 'iroas')) return null;
  const x = input.context ?? metricContext(input.data, input.stage);
  const [num, den] = d.ratio;
  return [(s) => num(s, x), (s) => den(s, x)];
}

/**
 * Whether any of a stage's rows has a Control revenue cell, looked up once per rows array: the
 * charts ask a range for every week so far, each with the stage's whole rows (at 100,000 rows
 * this scan was a sixth of evaluateStages).
 */
const controlSeen = new WeakMap<readonly WeeklyRow[], boolean>();
function hasControl(rows: readonly WeeklyRow[]): boolean {
  let seen = controlSeen.get(rows);
  if (seen === undefined) {
    seen = rows.some((r) => r.control);
    controlSeen.set(rows, seen);
  }
  return seen;
}

/** Each week's numerator and denominator, leaving out weeks where both are 0. */
function collect(parts: readonly [(s: Sums) => number, (s: Sums) => number], weeks: readonly WeekTotals[]): { a: number[]; b: number[]; upTo: Int32Array } {
  const a: number[] = [];
  const b: number[] = [];
  const upTo = new Int32Array(weeks.length);
  weeks.forEach((w, i) => {
    const x = parts[0](w.sums);
    const y = parts[1](w.sums);
    if (!(x === 0 && y === 0)) {
      a.push(x);
      b.push(y);
    }
    upTo[i] = a.length;
  });
  return { a, b, upTo };
}

/** collect() over the weeks; for a prefix, the first entries of collect() over all weeks, made once. */
function ratioWeeks(metric: MetricKey, parts: readonly [(s: Sums) => number, (s: Sums) => number], input: EvidenceInput): { a: number[]; b: number[] } {
  const p = input.prefix;
  if (!p) return collect(parts, input.weeks());
  const key = `weekly ratio ${metric}`;
  let all = p.memo.get(key) as ReturnType<typeof collect> | undefined;
  if (!all) p.memo.set(key, (all = collect(parts, p.all)));
  const n = p.end > 0 ? all.upTo[p.end - 1] : 0;
  return { a: all.a.slice(0, n), b: all.b.slice(0, n) };
}

/**
 * ΣA/ΣB over the stage's weeks: R ± m·s_d/(√n·B̄), m = t(n−1) for one look or the confidence
 * sequence's multiplier (the normal mixture over the pseudo-observations d_w = A_w − R·B_w).
 * Weeks where both are 0 hold no information.
 */
export const weeklyRatioRange: RangeProvider = (metric, input) => {
  const parts = ratioParts(metric, input);
  if (!parts) return null;
  // Blank Control revenue cells are no control group (docs/contract.md §2.3): no iROAS, so no range for it.
  if (metric === 'iroas' && !hasControl(input.rows)) return null;
  const { a, b } = ratioWeeks(metric, parts, input);
  const spread = ratioSpread(a, b);
  if (!spread) return null;
  const m = multiplierFor(input);
  const multiplier = (n: number) => m(n);
  const h = halfWidth(spread, spread.weeks, input.confidence, multiplier);
  return {
    lower: spread.estimate - h,
    upper: spread.estimate + h,
    method: 'weekly ratio',
    weeksUntil: (distance) => weeksUntilHalfWidth(spread, distance, input.confidence, multiplier),
  };
};

/** Fewer Baseline weeks than this give a warning with a TBR range (issue #27 item 3). */
export const MIN_BASELINE_WEEKS = 10;

/** IROAS_TBR over weekly revenue and control revenue, the Baseline weeks that have both as pretest. */
export const iroasTbrRange: RangeProvider = (metric, input) => {
  if (metric !== 'iroas' || !input.data.has.has('revenue') || !input.data.has.has('controlRevenue')) return null;
  const test: number[] = [];
  const control: number[] = [];
  for (const w of input.baselineWeeks()) {
    if (w.sums.revenue !== 0 && w.sums.controlRevenue !== 0) {
      test.push(w.sums.revenue);
      control.push(w.sums.controlRevenue);
    }
  }
  const pretest = test.length;
  if (pretest < 3) return null; // a line and its residual spread need at least 3 weeks
  let spend = 0;
  for (const w of input.weeks()) {
    if (!(w.sums.spend > 0)) continue;
    test.push(w.sums.revenue);
    control.push(w.sums.controlRevenue);
    spend += w.sums.spend;
  }
  if (test.length === pretest || !(spend > 0)) return null;
  const r = timeBasedRegression(test, control, pretest, spend, input.confidence, 1, multiplierFor(input));
  if (!Number.isFinite(r.lower) || !Number.isFinite(r.upper)) return null; // a flat control series fits no line
  // Short pretests under-cover in practice (the audit of #27: 69–76 % at 80 % with 8 weeks),
  // though the variance is GeoexperimentsResearch's own: say so rather than widen silently.
  const warning = pretest < MIN_BASELINE_WEEKS ? { key: 'warning.shortBaseline' as const, params: { weeks: pretest, min: MIN_BASELINE_WEEKS } } : undefined;
  return { lower: r.lower, upper: r.upper, method: 'TBR', estimate: r.iroas, ...(warning ? { warning } : {}) };
};

/** Mean weekly revenue of the stage's weeks with spend over the Baseline weeks' mean, minus 1. */
export const salesGrowthRange: RangeProvider = (metric, input) => {
  if (metric !== 'salesGrowth') return null;
  const stage = input
    .weeks()
    .filter((w) => w.sums.spend > 0)
    .map((w) => w.sums.revenue);
  const base = input.baselineWeeks().map((w) => w.sums.revenue);
  const r = growthInterval(stage, base, input.confidence, multiplierFor(input));
  return r && { lower: r.lower, upper: r.upper, method: 'sales growth' };
};

export const DEFAULT_PROVIDERS: readonly RangeProvider[] = [iroasTbrRange, salesGrowthRange, weeklyRatioRange];

/** The first range a provider gives for `metric`, or null. */
export function rangeFor(metric: MetricKey, input: EvidenceInput, providers: readonly RangeProvider[]): MetricRange | null {
  for (const p of providers) {
    const r = p(metric, input);
    if (r) return r;
  }
  return null;
}

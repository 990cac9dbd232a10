/**
 * The built-in range providers (docs/contract.md §2.5), asked in this order:
 * - iROAS by time-based regression when Baseline weeks carry both Revenue and Control revenue
 *   (IROAS_TBR over the weekly series, the Baseline weeks as pretest);
 * - sales growth by the delta method with Welch–Satterthwaite degrees of freedom;
 * - every other rate or ratio (and iROAS without such a Baseline) by the weekly ratio interval.
 */
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import { growthInterval } from '../stats/growthInterval';
import { halfWidth, prefixSpread, ratioSpread, weeksUntilHalfWidth, type RatioSpread } from '../stats/ratioInterval';
import { fitPretest, tbrInterval, type PretestFit } from '../stats/tbr';
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

/** Each week's parts with their running sums: sa[k], sb[k] = the first k entries of a, b added in order. */
interface RatioWeeks {
  readonly a: number[];
  readonly b: number[];
  readonly upTo: Int32Array;
  readonly sa: Float64Array;
  readonly sb: Float64Array;
}

function withRunningSums(c: ReturnType<typeof collect>): RatioWeeks {
  const sa = new Float64Array(c.a.length + 1);
  const sb = new Float64Array(c.b.length + 1);
  for (let i = 0; i < c.a.length; i++) {
    sa[i + 1] = sa[i] + c.a[i];
    sb[i + 1] = sb[i] + c.b[i];
  }
  return { ...c, sa, sb };
}

/**
 * The spread of collect() over the weeks; for a prefix, of the first entries of collect() over all
 * weeks, made once, with their running sums (no slice and no re-adding per prefix).
 */
function ratioWeeksSpread(metric: MetricKey, parts: readonly [(s: Sums) => number, (s: Sums) => number], input: EvidenceInput): RatioSpread | null {
  const p = input.prefix;
  if (!p) {
    const { a, b } = collect(parts, input.weeks());
    return ratioSpread(a, b);
  }
  const key = `weekly ratio ${metric}`;
  let all = p.memo.get(key) as RatioWeeks | undefined;
  if (!all) p.memo.set(key, (all = withRunningSums(collect(parts, p.all))));
  const n = p.end > 0 ? all.upTo[p.end - 1] : 0;
  return prefixSpread(all.a, all.b, n, all.sa[n], all.sb[n]);
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
  const spread = ratioWeeksSpread(metric, parts, input);
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

/**
 * The pretest fit on the Baseline weeks, and running sums over `weeks` of what IROAS_TBR adds up
 * over the test period (weeks with spend): after weeks[0..i], `rows[i]` test weeks, their spend,
 * Σ residual and Σ control. The same additions in the same order as timeBasedRegression's loop,
 * so each prefix's interval is the number a fresh TBR over it gives; the charts' bands ask one
 * per week, and refitting each (O(weeks²)) was a quarter of evaluateStages at 500,000 rows.
 */
interface TbrSeries {
  readonly fit: PretestFit;
  /** Baseline weeks in the fit. */
  readonly pretest: number;
  readonly rows: Int32Array;
  readonly spend: Float64Array;
  readonly effect: Float64Array;
  readonly control: Float64Array;
}

function tbrSeries(baseline: readonly WeekTotals[], weeks: readonly WeekTotals[]): TbrSeries | null {
  const test: number[] = [];
  const control: number[] = [];
  for (const w of baseline) {
    if (w.sums.revenue !== 0 && w.sums.controlRevenue !== 0) {
      test.push(w.sums.revenue);
      control.push(w.sums.controlRevenue);
    }
  }
  if (test.length < 3) return null; // a line and its residual spread need at least 3 weeks
  const fit = fitPretest(test, control, test.length);
  const out = {
    fit,
    pretest: test.length,
    rows: new Int32Array(weeks.length),
    spend: new Float64Array(weeks.length),
    effect: new Float64Array(weeks.length),
    control: new Float64Array(weeks.length),
  };
  let rows = 0;
  let spend = 0;
  let effect = 0;
  let controlSum = 0;
  weeks.forEach((w, i) => {
    if (w.sums.spend > 0) {
      rows++;
      spend += w.sums.spend;
      effect += w.sums.revenue - fit.a - fit.b * w.sums.controlRevenue;
      controlSum += w.sums.controlRevenue;
    }
    out.rows[i] = rows;
    out.spend[i] = spend;
    out.effect[i] = effect;
    out.control[i] = controlSum;
  });
  return out;
}

/** IROAS_TBR over weekly revenue and control revenue, the Baseline weeks that have both as pretest. */
export const iroasTbrRange: RangeProvider = (metric, input) => {
  if (metric !== 'iroas' || !input.data.has.has('revenue') || !input.data.has.has('controlRevenue')) return null;
  const p = input.prefix;
  let series: TbrSeries | null;
  if (p) {
    if (!p.memo.has('tbr')) p.memo.set('tbr', tbrSeries(input.baselineWeeks(), p.all));
    series = p.memo.get('tbr') as TbrSeries | null;
  } else series = tbrSeries(input.baselineWeeks(), input.weeks());
  const last = (p ? p.end : input.weeks().length) - 1;
  if (!series || last < 0) return null;
  const n = series.rows[last];
  const spend = series.spend[last];
  if (n === 0 || !(spend > 0)) return null;
  const { fit, pretest } = series;
  const r = tbrInterval(fit, n, series.effect[last], series.control[last], spend, input.confidence, multiplierFor(input));
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

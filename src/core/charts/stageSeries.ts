/**
 * The series behind a stage's charts, computed with the engine's own metric formulas
 * (stageMetrics' metricValues) over the sums of the weeks so far, so the last cumulative point
 * is the number the gate judged. One pass of running sums: linear in the stage's weeks.
 */
import type { WeekTotals } from '../evidence/types';
import type { ControlSeries, MetricSeries, Point, SpendSeries, StageSeries } from './types';
import { weekBuckets, type WeekBucket } from './weekBuckets';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import type { MetricKey, Sums } from '../model/metrics';
import type { StagePlan } from '../model/stagePlan';
import type { WeeklyData, WeeklyRow } from '../model/weekly';
import { oneMetricValue } from '../metrics/weeklySums';
import { addMeasures } from '../metrics/addMeasures';
import { emptySums } from '../metrics/measures';
import type { Criterion } from '../model/criterion';

/** Two years of weeks: more than a 300 px chart can show, and a data block a client can read. */
export const MAX_SERIES_WEEKS = 104;

export interface SeriesInput {
  readonly stage: StagePlan;
  readonly rows: readonly WeeklyRow[];
  readonly baselineRows: readonly WeeklyRow[];
  readonly data: WeeklyData;
  readonly baselineWeeklyRevenue: number | null;
  readonly criteria: readonly Criterion[];
  /**
   * The engine's built-in range of a metric over weeks[0..i] for every i ≥ from (docs/contract.md
   * §2.5's weekly providers), so the band shows the range the gate would have seen after each
   * week; null with ranges off. The last week's band is the criterion's own range.
   */
  readonly rangesOfPrefixes?: ((metric: MetricKey, weeks: readonly WeekTotals[], from: number) => ({ lower: number; upper: number } | null)[]) | null;
}

/**
 * The criterion the picture is about: the rate or ratio that is furthest from its target (it
 * decides the grade), else the first one without inputs; volume targets (conversions, leads,
 * revenue) only when the stage has no rate; `Min weeks` and `Min spend` have the spend chart.
 */
export function gatingCriterion(criteria: readonly Criterion[]): Criterion | null {
  const pick = (cs: Criterion[]) => {
    const evaluable = cs.filter((c) => c.gap !== null);
    if (evaluable.length === 0) return cs[0] ?? null;
    return evaluable.reduce((worst, c) => (c.gap! < worst.gap! ? c : worst));
  };
  return pick(criteria.filter((c) => !c.volume)) ?? pick(criteria.filter((c) => c.volume && c.key !== 'weeks' && c.key !== 'spend'));
}

function spendSeries(shown: readonly WeekBucket[], input: SeriesInput): SpendSeries {
  const planned = input.criteria.find((c) => c.key === 'weeks' && c.op === '>=' && c.target > 0)?.target ?? null;
  return {
    spend: shown.map((b) => b.row.values.spend),
    pace: planned === null ? null : input.stage.budget / planned,
    plannedWeeks: planned,
    budget: input.stage.budget,
  };
}

function metricSeries(all: readonly WeekBucket[], first: number, input: SeriesInput, c: Criterion): MetricSeries {
  const info = METRIC_DEFINITIONS[c.key];
  const value = (sums: Sums, weeks: number): Point => oneMetricValue(c.key, sums, weeks, input.data, input.stage, input.baselineWeeklyRevenue);
  const weekly: Point[] = [];
  const cumulative: Point[] = [];
  const lower: Point[] = [];
  const upper: Point[] = [];
  const rangeOf = !info.volume ? input.rangesOfPrefixes : null;
  // The running sums get each week's measures in week order, field by field (addMeasures).
  const run = emptySums();
  let weeks = 0;
  all.forEach((b, i) => {
    addMeasures(run, b.row.values);
    if (b.spent) weeks++;
    if (i < first) return;
    weekly.push(value(b.row.values as Sums, b.spent ? 1 : 0));
    cumulative.push(value(run, weeks));
  });
  const ranges = rangeOf
    ? rangeOf(
        c.key,
        all.map((b): WeekTotals => ({ sums: b.row.values as Sums })),
        first,
      )
    : [];
  for (let i = 0; i < cumulative.length; i++) {
    lower.push(ranges[i] ? ranges[i]!.lower : null);
    upper.push(ranges[i] ? ranges[i]!.upper : null);
  }
  // The whole stage's range is the criterion's own, whoever made it (a test-markets provider
  // sees no weeks); the weeks before it have the built-in weekly ranges.
  if (rangeOf && cumulative.length > 0) {
    lower[lower.length - 1] = c.lower;
    upper[upper.length - 1] = c.upper;
  }
  // Ranges off, or a volume target: no band.
  const banded = rangeOf && lower.some((x) => x !== null);
  return {
    key: c.key,
    label: info.label,
    format: info.format,
    op: c.op,
    target: c.target,
    volume: info.volume,
    weekly,
    cumulative,
    lower: banded ? lower : null,
    upper: banded ? upper : null,
  };
}

/** The Baseline weeks are the same for every stage of a plan: bucketed once per plan. */
const baselineCache = new WeakMap<readonly WeeklyRow[], WeekBucket[]>();
function baselineBuckets(rows: readonly WeeklyRow[]): WeekBucket[] {
  let b = baselineCache.get(rows);
  if (!b) baselineCache.set(rows, (b = weekBuckets(rows)));
  return b;
}

/** Test revenue against the control scaled to the test group, Baseline weeks first as pretest. */
function controlSeries(stageWeeks: readonly WeekBucket[], input: SeriesInput): ControlSeries | null {
  if (!input.data.has.has('controlRevenue') || !input.data.has.has('revenue')) return null;
  if (!stageWeeks.some((b) => b.row.values.controlRevenue !== 0)) return null;
  const scale = input.stage.testSize / input.stage.controlSize;
  const firstTime = stageWeeks.find((b) => b.row.week)?.row.week?.getTime() ?? Infinity;
  const pre = baselineBuckets(input.baselineRows).filter((b) => !b.row.week || b.row.week.getTime() < firstTime);
  const all = [...pre, ...stageWeeks].slice(-MAX_SERIES_WEEKS);
  const testFrom = Math.max(0, all.length - stageWeeks.length);
  return {
    weeks: all.map((b) => b.label),
    test: all.map((b) => b.row.values.revenue),
    // A week without control revenue has no holdout measurement: a gap, not a zero.
    control: all.map((b) => (b.row.values.controlRevenue === 0 ? null : b.row.values.controlRevenue * scale)),
    controlLabel: scale === 1 ? 'Control' : 'Control × test/control size',
    testFrom,
  };
}

export function stageSeries(input: SeriesInput): StageSeries {
  const all = weekBuckets(input.rows);
  const first = Math.max(0, all.length - MAX_SERIES_WEEKS);
  const shown = all.slice(first);
  const gating = gatingCriterion(input.criteria);
  return {
    weeks: shown.map((b) => b.label),
    leftOut: first,
    spend: spendSeries(shown, input),
    metric: gating ? metricSeries(all, first, input, gating) : null,
    control: controlSeries(shown, input),
  };
}

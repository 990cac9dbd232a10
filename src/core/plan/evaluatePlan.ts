/**
 * The decisions of docs/contract.md §2.4, in plan order: LOCKED until the stage before passes, READY
 * with no data, NEED DATA while a volume criterion is unmet and budget is left, then the
 * STAGE_GATE grading of the stage's criteria.
 */
import { commonPlatform } from './commonPlatform';
import { asWeekStart, dateOf } from '../calendar/day';
import { stageSeries } from '../charts/stageSeries';
import { judge, closestToHold, evidenceOf, type Judgement } from '../evidence/judge';
import { DEFAULT_PROVIDERS, rangeFor } from '../evidence/providers';
import type { StageLedger } from '../evidence/ledger';
import type { EvidenceInput, MetricRange, RangeProvider, StageEvidenceSource, WeekTotals } from '../evidence/types';
import { prefixRanges } from '../evidence/prefixRanges';
import { weekTotals } from '../evidence/weeks';
import { nextBudget } from '../gates/nextBudget';
import { relativeGap } from '../gates/stageGate';
import { bestVariant } from '../stats/bestVariant';
import { say, type CoreMessage } from '../../i18n/render';
import { normalizeHeader } from './headers';
import { readStages, type NoteRow } from './readStages';
import { readWeekly } from './readWeekly';
import { reasonFor } from './reason';
import { PlanError } from './errors';
import { emptyPlan, rowsWithoutStage } from './sheetNotes';
import { targetLikeWarnings } from './targetLikeHeaders';
import { unknownTargets, unknownTargetWarnings } from './unknownTargets';
import { baselineWeeklyRevenue, stageMetrics } from './stageMetrics';
import { type MetricContext, METRIC_DEFINITIONS } from '../metrics/definitions';
import { stageWindow } from './stageWindow';
import { stageChecks } from './stageChecks';
import { DEFAULT_SETTINGS, type PlanVerdict, type Settings, type StageVerdict, type Table, type VariantSummary } from './types';
import type { Day } from '../model/day';
import { passes, type Decision } from '../model/decisions';
import type { StagePlan } from '../model/stagePlan';
import type { WeeklyData, WeeklyRow } from '../model/weekly';
import { metricContext, sumRows } from '../metrics/weeklySums';
import type { Criterion } from '../model/criterion';

export interface EvaluateOptions {
  /** The spreadsheet locale, for text numbers such as "1,234", and for numbers and dates in reasons. */
  readonly locale?: string;
  /**
   * Range providers asked before the built-in ones (docs/contract.md §2.5), e.g. GEO_LIFT for a stage with
   * test markets: the first to give a range for a criterion wins.
   */
  readonly rangeProviders?: readonly RangeProvider[];
  /** The spreadsheet's time zone: date cells count as the day they show there (UTC when absent). */
  readonly timeZone?: string;
  /** Evidence from outside Weekly for a whole stage (a geo test over the Geo sheet, src/core/geo/plan). */
  readonly stageEvidence?: StageEvidenceSource;
  /**
   * The experiments ledger (docs/contract.md §2.8; core/experiments' experimentLedger over the
   * Experiments sheet): calibrated iROAS for stages with a Channel, geo cooldown warnings, and the
   * experiment each judged stage measured. Without one nothing is borrowed or recorded.
   */
  readonly ledger?: StageLedger;
  /**
   * The day the plan is judged on (no clock in the core): a stage whose `Start` is after it is
   * LOCKED (issue #21). Absent, Start locks nothing; it only leaves out the rows before it.
   */
  readonly asOf?: Day;
}

/** Names of the pre-campaign weeks, in the four languages (docs/contract.md §2.2, 5). */
const BASELINE = new Set(['baseline', 'grunnlinje', 'referanseperiode', 'базовыйпериод', 'база', 'бейзлайн', '基线期', '基线', '基准期']);
const isBaseline = (stageKey: string) => BASELINE.has(normalizeHeader(stageKey));

/**
 * The stage's criteria at their point values, each with its range when `range` gives one
 * (rates and ratios, docs/contract.md §2.5); volume criteria accumulate and are counted, not estimated.
 */
function criteriaOf(
  stage: StagePlan,
  values: Readonly<Record<string, number | null>>,
  range: ((metric: StagePlan['criteria'][number]['metric']) => MetricRange | null) | null,
): { criteria: Criterion[]; ranges: Map<Criterion, MetricRange> } {
  const ranges = new Map<Criterion, MetricRange>();
  const criteria = stage.criteria.map((c) => {
    const volume = METRIC_DEFINITIONS[c.metric].volume;
    const r = range && values[c.metric] !== null && values[c.metric] !== undefined && !volume ? range(c.metric) : null;
    // The point graded is the estimate of the method that gives the range (TBR's iROAS), so it lies inside it.
    const actual = r?.estimate ?? values[c.metric] ?? null;
    const gap = actual === null ? null : relativeGap(actual, c.target, c.op);
    const point = {
      metric: METRIC_DEFINITIONS[c.metric].label,
      key: c.metric,
      volume,
      op: c.op,
      target: c.target,
      actual,
      gap,
      met: gap === null ? null : gap >= 0,
      lower: r ? r.lower : null,
      upper: r ? r.upper : null,
    };
    const criterion: Criterion = { ...point, evidence: evidenceOf(point, range !== null) };
    if (r) ranges.set(criterion, r);
    return criterion;
  });
  return { criteria, ranges };
}

/** The range an iROAS criterion was judged on, so the ledger keeps exactly that one (providers are not asked twice). */
function iroasRange(criteria: readonly Criterion[], ranges: ReadonlyMap<Criterion, MetricRange>): MetricRange | null | undefined {
  const c = criteria.find((x) => x.key === 'iroas');
  return c ? (ranges.get(c) ?? null) : undefined;
}

/** What the range providers see of one stage; the weeks are grouped once, when first asked for. */
function evidenceInput(
  stage: StagePlan,
  rows: readonly WeeklyRow[],
  baselineRows: readonly WeeklyRow[],
  data: WeeklyData,
  confidence: number,
  rangeKind: Settings['rangeKind'],
  context?: MetricContext,
): EvidenceInput {
  let weeks: readonly WeekTotals[] | null = null;
  let baseWeeks: readonly WeekTotals[] | null = null;
  const hasWeek = data.has.has('week');
  return {
    stage,
    rows,
    baselineRows,
    data,
    confidence,
    rangeKind,
    context,
    weeks: () => (weeks ??= weekTotals(rows, hasWeek)),
    // The Baseline's weeks are grouped once per evaluation, not once per stage (weekGroups remembers its rows).
    baselineWeeks: () => (baseWeeks ??= weekTotals(baselineRows, hasWeek)),
  };
}

/**
 * Each variant's sums in one pass over the rows, in order of first appearance. Rows are added in
 * sheet order, exactly as summing each variant's own list would, so the sums are the same numbers
 * without a list per variant (large Weekly sheets, issue #24).
 */
/** The four sums a variant's summary shows, each added in sheet order. */
type VariantSums = { spend: number; clicks: number; conversions: number; revenue: number };

function variantsOf(rows: readonly WeeklyRow[]): VariantSummary[] {
  const by = new Map<string, VariantSums>();
  // Only what the summary shows is summed, and a variant's rows often follow each other: the last
  // variant's sums are kept (at 100,000 rows full sums per variant were a twentieth of the stage loop).
  let lastName = '';
  let last: VariantSums | undefined;
  for (const r of rows) {
    if (!r.variant) continue;
    let s = r.variant === lastName ? last : by.get(r.variant);
    if (!s) by.set(r.variant, (s = { spend: 0, clicks: 0, conversions: 0, revenue: 0 }));
    lastName = r.variant;
    last = s;
    const v = r.values;
    s.spend += v.spend;
    s.clicks += v.clicks;
    s.conversions += v.conversions;
    s.revenue += v.revenue;
  }
  return [...by].map(([name, s]) => ({
    name,
    spend: s.spend,
    clicks: s.clicks,
    conversions: s.conversions,
    revenue: s.revenue,
    conversionRate: s.clicks > 0 ? s.conversions / s.clicks : null,
    roas: s.spend > 0 ? s.revenue / s.spend : null,
  }));
}

function variantNote(variants: VariantSummary[], data: WeeklyData): { note: CoreMessage | null; best: string | null } {
  if (variants.length < 2) return { note: null, best: null };
  if (!data.has.has('clicks') || !data.has.has('conversions')) return { note: say('variants.noColumns', { count: variants.length }), best: null };
  const r = bestVariant(variants.map((v) => ({ name: v.name, conversions: v.conversions, visitors: v.clicks })));
  return r.winner
    ? { note: say('variants.winner', { variant: r.winner, confidence: { percent: 0.95, decimals: 0 } }), best: r.winner }
    : { note: r.leader ? say('variants.noWinnerLeader', { leader: r.leader }) : say('variants.noWinner'), best: null };
}

export function evaluatePlan(stages: Table, weekly: Table, settings: Partial<Settings> = {}, options: EvaluateOptions = {}): PlanVerdict {
  const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const notes: NoteRow[] = [];
  const plan = readStages(stages, s.stagesSheet, options.locale, options.timeZone, notes);
  const data = readWeekly(weekly, s.weeklySheet, options.locale, options.timeZone, asWeekStart(s.weekStart));
  const warnings: CoreMessage[] = targetLikeWarnings(
    (stages[0] ?? []).map((h) => String(h ?? '')),
    s.stagesSheet,
  );
  warnings.push(...unknownTargetWarnings(unknownTargets(stages), s.stagesSheet));
  for (const n of notes)
    warnings.push(say('warning.noteRow', { sheet: s.stagesSheet, row: String(n.row + 1), text: n.text.length > 40 ? `${n.text.slice(0, 40)}…` : n.text }));
  if (plan.length === 0) throw new PlanError(emptyPlan(s.stagesSheet));
  if (data.withoutStage?.length) warnings.push(rowsWithoutStage(data.withoutStage, s.weeklySheet));

  const byStage = new Map<string, WeeklyRow[]>();
  for (const r of data.rows) {
    const key = r.stage.toLowerCase();
    let list = byStage.get(key);
    if (!list) byStage.set(key, (list = []));
    list.push(r);
  }
  const known = new Set(plan.map((p) => p.name.toLowerCase()));
  for (const key of byStage.keys()) {
    if (!isBaseline(key) && !known.has(key)) {
      const name = byStage.get(key)![0].stage;
      warnings.push(say('warning.unknownStage', { count: byStage.get(key)!.length, sheet: s.weeklySheet, stage: name, stages: s.stagesSheet }));
    }
  }
  const baselineRows = [...byStage].filter(([key]) => isBaseline(key)).flatMap(([, rows]) => rows);
  const baseline = baselineWeeklyRevenue(baselineRows, data);
  const providers = [...(options.rangeProviders ?? []), ...DEFAULT_PROVIDERS];
  const ledger = options.ledger;

  const results: StageVerdict[] = [];
  plan.forEach((planned, i) => {
    // The stage's own Margin, else the document's; the LTV multiple is the document's (docs/contract.md §2.3).
    // A blank Channel is the platform all its rows were imported from, if one (docs/experiments.md).
    const ownRows = byStage.get(planned.name.toLowerCase()) ?? [];
    const stage: StagePlan = { ...planned, margin: planned.margin ?? s.margin, channel: planned.channel || commonPlatform(ownRows) };
    const sizes = { ...stage, ltvMultiple: s.ltvMultiple };
    const window = stageWindow(ownRows, stage.start, stage.lagWeeks ?? s.lagWeeks, data.has.has('week'));
    const rows = window.judged;
    const m = stageMetrics(rows, data, sizes, baseline);
    // Without a lag the judged rows are the counted ones: their sums are already there (no second pass).
    const spent = (window.counted === rows ? m.sums : sumRows(window.counted)).spend;
    const confidence = stage.confidence ?? s.confidence;
    const rangesOn = confidence > 0;
    const input = rangesOn ? evidenceInput(stage, rows, baselineRows, data, confidence, s.rangeKind, metricContext(data, sizes)) : null;
    // A geo test replaces the stage's iROAS / lift and their ranges (docs/contract.md §2.6).
    const outside = options.stageEvidence?.(stage, confidence, m.sums.spend) ?? null;
    if (outside?.warning) warnings.push(outside.warning);
    const values = outside?.values ? { ...m.values, ...outside.values } : m.values;
    // No control group of its own, a Channel and an iROAS target: gate on the channel's measured incrementality (docs/contract.md §2.8).
    const ownIroas = outside?.values?.iroas !== undefined || (values.iroas !== null && m.sums.controlRevenue !== 0);
    const calibration =
      ledger && !ownIroas && stage.channel && stage.criteria.some((c) => c.metric === 'iroas')
        ? ledger.borrowIroas(stage.name, stage.channel, values.roas ?? null, input && rangeFor('roas', input, providers), confidence)
        : null;
    const stageProviders = [...(calibration ? [calibration.provider] : []), ...(outside?.provider ? [outside.provider] : []), ...providers];
    const judgedValues = calibration ? { ...values, iroas: calibration.iroas } : values;
    const { criteria, ranges } = criteriaOf(stage, judgedValues, input && ((metric) => rangeFor(metric, input, stageProviders)));
    for (const r of ranges.values()) if (r.warning) warnings.push(say(r.warning.key, { ...r.warning.params, stage: stage.name }));
    // Every surface shows the point that was graded (docs/contract.md §2.5): the criteria's estimates replace the ratios of sums.
    // A borrowed iROAS is graded but is no measure of this stage's own (docs/contract.md §2.8): its metrics keep none.
    const shown: Record<string, number | null> = { ...values };
    for (const c of criteria) if (c.actual !== null && !(calibration && c.key === 'iroas')) shown[c.key] = c.actual;
    const previous = i > 0 ? { name: plan[i - 1].name, decision: results[i - 1].decision } : null;
    const next = i + 1 < plan.length ? { name: plan[i + 1].name, budget: plan[i + 1].budget } : null;
    const variants = variantsOf(window.counted);
    const vn = variantNote(variants, data);
    let note: CoreMessage | null = calibration?.note ?? null;
    let unclear: Judgement | null = null;
    let oneWeekOnly = false;

    let decision: Decision;
    const hasData = window.counted.some((r) => r.values.spend !== 0);
    const budgetLeft = spent < stage.budget;
    const unmetVolume = criteria.filter((c) => c.volume && c.met === false);
    const notEvaluable = criteria.filter((c) => c.actual === null);
    // Start, lag, one week, test integrity and the budget-aware advice (issue #21).
    const checks = stageChecks({
      stage,
      criteria,
      window,
      variants,
      data,
      weeks: m.weeks ?? 0,
      judgedSpend: m.sums.spend,
      spent,
      rangesOn,
      asOf: options.asOf,
      sheet: s.weeklySheet,
    });
    warnings.push(...checks.warnings);
    if (previous && !passes(previous.decision)) decision = 'LOCKED';
    else if (checks.startsOn) decision = 'LOCKED';
    else if (stage.notUnderstood.length > 0) {
      // A target nobody can check holds the stage: never GO by default (docs/contract.md §2.1).
      decision = 'HOLD';
    } else if (!hasData) decision = 'READY';
    else if (checks.integrity) decision = 'HOLD';
    else if (unmetVolume.length > 0 && budgetLeft) decision = 'NEED DATA';
    else {
      // Met volume criteria do not change the grade; unmet ones (budget spent) are graded by gap.
      const graded = criteria.filter((c) => c.gap !== null && !(c.volume && c.met));
      const volumeMet = criteria.some((c) => c.volume && c.met);
      const oneWeek = checks.oneWeek(graded);
      if (oneWeek.length > 0) {
        // A rate from one week has no range: nothing is proven either way (docs/contract.md §2.5).
        unclear = { pessimistic: 'HOLD', optimistic: 'HOLD', clear: false, decision: null, open: oneWeek, weeksToSettle: Math.max(1, 2 - (m.weeks ?? 0)) };
        oneWeekOnly = true;
        decision = budgetLeft ? 'NEED DATA' : 'HOLD';
      } else if (graded.length > 0) {
        // Pessimistic and optimistic grades (docs/contract.md §2.5); without ranges both are the point grade.
        const j = judge(graded, ranges, s);
        if (j.decision) decision = j.decision;
        else {
          unclear = j;
          decision = budgetLeft ? 'NEED DATA' : closestToHold(j.pessimistic, j.optimistic);
        }
      } else if (volumeMet) decision = 'GO';
      else if (criteria.length === 0) {
        decision = 'GO';
        note = say('reason.noTargets', { sheet: s.stagesSheet });
        warnings.push(say('warning.noTargets', { stage: stage.name }));
      } else decision = 'NEED DATA';
    }
    for (const c of notEvaluable) {
      if (decision !== 'LOCKED' && decision !== 'READY') {
        warnings.push(say('warning.notEvaluable', { stage: stage.name, metric: say(`metric.${c.key}`), sheet: s.weeklySheet }));
      }
    }
    const advice = decision === 'NEED DATA' ? checks.advice(unmetVolume, unclear, unclear !== null && !oneWeekOnly && (unclear.weeksToSettle ?? 0) > 0) : null;
    const judged = decision !== 'LOCKED' && decision !== 'READY';
    const nb = nextBudget(stage.budget, decision, s.budgetStep);
    // The ledger keeps measured lifts of judged stages only; an estimated iROAS never enters it.
    const judgedIroas = iroasRange(criteria, ranges);
    if (ledger) warnings.push(...ledger.cooldownWarnings(stage, stage.start ?? (options.asOf === undefined ? null : dateOf(options.asOf))));
    const experiment =
      ledger && ownIroas && input && decision !== 'LOCKED' && decision !== 'READY'
        ? ledger.record(
            {
              stage: stage.name,
              channel: stage.channel ?? '',
              iroas: shown.iroas ?? null,
              range: judgedIroas === undefined ? rangeFor('iroas', input, stageProviders) : judgedIroas,
              confidence,
              rows,
              spend: m.sums.spend,
              roas: shown.roas ?? null,
              geo: outside?.geo,
            },
            decision,
          )
        : null;
    results.push({
      stage: stage.name,
      decision,
      reason: reasonFor({
        decision,
        criteria,
        previous,
        next,
        budget: stage.budget,
        spend: spent,
        nextBudget: nb,
        variantNote: judged ? vn.note : null,
        note,
        start: stage.start,
        notUnderstood: decision === 'HOLD' ? stage.notUnderstood : undefined,
        unclear: unclear && { open: unclear.open, weeksToSettle: unclear.weeksToSettle, confidence, budgetLeft, oneWeek: oneWeekOnly },
        startsOn: decision === 'LOCKED' && !(previous && !passes(previous.decision)) ? checks.startsOn : null,
        integrity: checks.integrity,
        extras: judged ? [advice?.text ?? null, checks.lagNote] : [],
      }),
      budget: stage.budget,
      nextBudget: nb,
      spend: spent,
      metrics: {
        ...shown,
        budget: stage.budget,
        clicks: m.sums.clicks,
        impressions: m.sums.impressions,
        newCustomers: m.sums.newCustomers,
        controlRevenue: m.sums.controlRevenue,
      },
      criteria,
      bestVariant: vn.best,
      variants,
      ...(advice ? { advice: advice.advice } : {}),
      ...(outside?.geo ? { geo: outside.geo } : {}),
      ...(experiment ? { experiment } : {}),
      ...(calibration
        ? {
            calibratedIroas: {
              iroas: calibration.iroas,
              lower: calibration.lower,
              upper: calibration.upper,
              factor: calibration.factor,
              from: calibration.from,
            },
          }
        : {}),
      series: stageSeries({
        stage,
        rows: window.counted,
        baselineRows,
        data,
        baselineWeeklyRevenue: baseline,
        criteria,
        rangesOfPrefixes: input && ((metric, weeks, from) => prefixRanges(metric, input, weeks, from, DEFAULT_PROVIDERS)),
      }),
    });
  });
  return { stages: results, warnings, rows: plan.map((p) => p.row), asOf: options.asOf ?? lastWeekEnd(data) };
}

/** The end of the last week with data (its Week + 6 days): the evaluation day when none is given, so no clock is read. */
function lastWeekEnd(data: WeeklyData): Day | null {
  let last: Day | null = null;
  for (const r of data.rows) if (r.day !== null && r.day !== undefined && (last === null || r.day > last)) last = r.day;
  return last === null ? null : last + 6;
}

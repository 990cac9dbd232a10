/**
 * Ranges on criteria (docs/contract.md §2.5): a criterion carries a lower and an upper end besides its
 * value, and where that range comes from is a provider's business — the weekly ratio interval,
 * time-based regression for iROAS, the delta method for sales growth, or anything plugged in
 * later (GEO_LIFT for a stage with test markets). The engine only asks the providers in turn.
 */
import type { MessageKey } from '../../i18n';
import type { CoreMessage } from '../../i18n/render';
import type { MetricContext } from '../metrics/definitions';
import type { GeoCard } from '../model/geoCard';
import type { MetricKey, Sums } from '../model/metrics';
import type { StagePlan } from '../model/stagePlan';
import type { WeeklyData, WeeklyRow } from '../model/weekly';
import type { RangeKind } from '../stats/confidenceSequence';

export interface MetricRange {
  readonly lower: number;
  readonly upper: number;
  /** What made it, for people reading the JSON: "weekly ratio", "TBR", "sales growth", … */
  readonly method: string;
  /**
   * The method's own point estimate when it differs from the ratio of sums (TBR's iROAS): the
   * value shown and graded, so a point never lies outside its own range (docs/contract.md §2.5).
   */
  readonly estimate?: number;
  /**
   * Further weeks, at the spread seen so far, until the range's half-width is at most
   * `distance` (an estimate for "about N more weeks"); absent when a provider cannot say.
   */
  readonly weeksUntil?: (distance: number) => number | null;
  /** Something the user should know about this range (a short pretest), with the stage's name added by the engine. */
  readonly warning?: { readonly key: MessageKey; readonly params: Readonly<Record<string, string | number>> };
}

/** One week's totals over its rows (all variants): the unit of spread. */
export interface WeekTotals {
  readonly sums: Sums;
}

/** What a provider may look at for one stage. The week groupings are made once, on first use. */
export interface EvidenceInput {
  readonly stage: StagePlan;
  readonly rows: readonly WeeklyRow[];
  readonly baselineRows: readonly WeeklyRow[];
  readonly data: WeeklyData;
  /** Two-sided confidence of the ranges, 0 < c < 1. */
  readonly confidence: number;
  /** The metric layer's context of the stage (its margin, LTV multiple, sizes); built from `stage` and `data` when absent. */
  readonly context?: MetricContext;
  /** Valid at every weekly look ('sequential', the default) or for a single look ('fixed'). */
  readonly rangeKind?: RangeKind;
  /** The stage's weeks (rows grouped by Week; each row its own week without a Week column). */
  weeks(): readonly WeekTotals[];
  /** The Baseline rows grouped the same way. */
  baselineWeeks(): readonly WeekTotals[];
  /** stageHorizon of `weeks()`, when the caller has it already (prefixRanges' running sums). */
  readonly horizon?: number;
  /**
   * Set by prefixRanges: `weeks()` is the first `end` of `all`, and a provider may keep its
   * per-week work over `all` in `memo` (shared by every prefix) instead of redoing it per prefix.
   */
  readonly prefix?: { readonly all: readonly WeekTotals[]; readonly end: number; readonly memo: Map<string, unknown> };
}

/** The range of `metric` for a stage, or null/undefined when this provider does not apply. */
export type RangeProvider = (metric: MetricKey, input: EvidenceInput) => MetricRange | null | undefined;

/**
 * Evidence about a whole stage from outside the Weekly sheet (a geo test over the `Geo` sheet):
 * point values that replace the Weekly ones, a range provider asked first, what the sidebar shows
 * of it, and a warning when it could not be used.
 */
export interface StageEvidence {
  readonly values?: Partial<Record<MetricKey, number>>;
  readonly provider?: RangeProvider;
  readonly geo?: GeoCard;
  readonly warning?: CoreMessage;
}

/** Asked once per stage, with the stage's confidence (0: no ranges) and its Weekly spend. */
export type StageEvidenceSource = (stage: StagePlan, confidence: number, weeklySpend: number) => StageEvidence | null;

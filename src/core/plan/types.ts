import type { StageSeries } from '../charts/types';
import type { Experiment } from '../model/experiment';
import type { GeoCard } from '../model/geoCard';
import type { CoreMessage } from '../../i18n/render';
import type { Criterion } from '../model/criterion';
import type { RangeKind } from '../stats/confidenceSequence';
import type { Decision } from '../model/decisions';

/** A cell as Apps Script's Range.getValues() returns it: "" for blank, numbers, booleans, Dates. */
export type TableCell = string | number | boolean | Date;
export type Table = readonly (readonly TableCell[])[];

/** The document's settings (docs/contract.md §3: kept in document properties). */
export interface Settings {
  readonly tolerance: number;
  readonly scaleMargin: number;
  readonly budgetStep: number;
  readonly stagesSheet: string;
  readonly weeklySheet: string;
  readonly logSheet: string;
  readonly language: string;
  /** Confidence of the criteria's ranges (docs/contract.md §2.5); 0 turns ranges off (point values only). */
  readonly confidence: number;
  /**
   * Ranges valid at every weekly evaluation ('sequential', a confidence sequence) or for a single
   * look ('fixed'), docs/contract.md §2.5.
   */
  readonly rangeKind: RangeKind;
  /** The first day of a week, for imports that sum daily rows into weeks: monday, sunday or saturday. */
  readonly weekStart: string;
  /** The last weeks with data shown but not judged, since conversions arrive late (a stage's `Lag weeks` wins). */
  readonly lagWeeks: number;
  /** Gross margin on revenue for profit and ROI; 1: revenue is profit (a stage's `Margin` wins). */
  readonly margin: number;
  /** Without a `Customer value` column, LTV = revenue per new customer × this. */
  readonly ltvMultiple: number;
  /** Weeks a geo market rests after an experiment before it is tested again (docs/contract.md §2.8). */
  readonly cooldownWeeks: number;
  /** Tabs of the document that connectors fill, read as imports by the schedule (docs/contract.md §2.10). */
  readonly sources?: readonly SourceSetting[];
}

/** A source tab and the platform whose export it holds (`auto`: whichever fits). */
export interface SourceSetting {
  readonly sheet: string;
  readonly platform: string;
}

export const DEFAULT_SETTINGS: Settings = {
  tolerance: 0.1,
  scaleMargin: 0.2,
  budgetStep: 0.2,
  stagesSheet: 'Stages',
  weeklySheet: 'Weekly',
  logSheet: 'Decision log',
  language: 'en',
  confidence: 0.8,
  rangeKind: 'sequential',
  weekStart: 'monday',
  lagWeeks: 0,
  margin: 1,
  ltvMultiple: 1,
  cooldownWeeks: 4,
};

/**
 * The summary of one stage (plain JSON). The engine gives its reason as a message
 * (`StageVerdict`); the surfaces put it into words once (`inWords`, src/words/plan.ts) and read a
 * `StageResult`, as evaluateStages() returns it.
 */
export interface StageResultOf<Text> {
  readonly stage: string;
  readonly decision: Decision;
  readonly reason: Text;
  readonly budget: number;
  readonly nextBudget: number;
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly criteria: readonly Criterion[];
  readonly bestVariant: string | null;
  /** Per-variant counts when the stage tested several variants. */
  readonly variants: readonly VariantSummary[];
  /** Spend against budget, for the sidebar's bar. */
  readonly spend: number;
  /** The numbers behind the stage's charts (sidebar cards and the Dashboard sheet). */
  readonly series?: StageSeries;
  /** The stage's geo test (Test markets over the Geo sheet): result, donors, fit. */
  readonly geo?: GeoCard;
  /** NEED DATA only: how much more is needed and whether the budget left can buy it (docs/contract.md §2.4). */
  readonly advice?: Advice;
  /** The experiment the stage measured, as the Experiments sheet keeps it (docs/contract.md §2.8). */
  readonly experiment?: Experiment;
  /** The iROAS borrowed from the channel's latest experiment (never in the ledger or the log). */
  readonly calibratedIroas?: {
    readonly iroas: number;
    readonly lower: number | null;
    readonly upper: number | null;
    readonly factor: number;
    readonly from: string;
  };
}

export type StageResult = StageResultOf<string>;
export type StageVerdict = StageResultOf<CoreMessage>;

export interface VariantSummary {
  readonly name: string;
  readonly spend: number;
  readonly clicks: number;
  readonly conversions: number;
  readonly revenue: number;
  readonly conversionRate: number | null;
  readonly roas: number | null;
}

export interface PlanResultOf<Text> {
  readonly stages: readonly StageResultOf<Text>[];
  readonly warnings: readonly Text[];
  /** Each stage's 0-based row in the Stages table, parallel to `stages` (for views aligned with the sheet). */
  readonly rows?: readonly number[];
  /** The day (calendar/day.ts) the plan was judged on: the one given, else the last Week + 6 days; null without dates. */
  readonly asOf?: number | null;
}

/** The plan in words, as every surface reads it. */
export type PlanResult = PlanResultOf<string>;
/** The plan as the engine says it: reasons and warnings as messages. */
export type PlanVerdict = PlanResultOf<CoreMessage>;

/** What a NEED DATA stage still needs, and whether its budget can buy it (docs/contract.md §2.4). */
export interface Advice {
  /** Further weeks at the current weekly spend; null when it cannot be said (nothing bought yet). */
  readonly weeksNeeded: number | null;
  /** Further spend at the current rate; null when it cannot be said. */
  readonly spendNeeded: number | null;
  /** Budget − spend so far (never below 0). */
  readonly budgetLeft: number;
}

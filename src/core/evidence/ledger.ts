/**
 * The experiments ledger as the plan engine asks it while it goes through the stages in order
 * (docs/contract.md §2.8): an iROAS borrowed from the channel's latest experiment for a stage
 * without a control group of its own, the cooldown of a geo test's markets, and the experiment
 * each judged stage measured (kept, so a later stage can borrow from one judged just before).
 * Declared here, below the plan: core/experiments makes one (experimentLedger) and the caller
 * (core/workbook) hands it in, so the plan never reaches up into the ledger's room.
 */
import type { CoreMessage } from '../../i18n/render';
import type { Decision } from '../model/decisions';
import type { Experiment } from '../model/experiment';
import type { GeoCard } from '../model/geoCard';
import type { StagePlan } from '../model/stagePlan';
import type { WeeklyRow } from '../model/weekly';
import type { MetricRange, RangeProvider } from './types';

/** The iROAS a stage gates on when it borrows its channel's incrementality. */
export interface BorrowedIroas {
  readonly iroas: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** iROAS ÷ ROAS of the experiment borrowed from. */
  readonly factor: number;
  /** The stage whose experiment was borrowed. */
  readonly from: string;
  /** Asked first for the stage's iROAS range. */
  readonly provider: RangeProvider;
  /** The reason's sentence naming the experiment borrowed. */
  readonly note: CoreMessage;
}

/** What a judged stage measured, for the ledger to keep as an experiment. */
export interface MeasuredLift {
  readonly stage: string;
  readonly channel: string;
  /** The stage's measured iROAS (never an estimate) and its range at `confidence`. */
  readonly iroas: number | null;
  readonly range: MetricRange | null;
  readonly confidence: number;
  readonly rows: readonly WeeklyRow[];
  readonly spend: number;
  readonly roas: number | null;
  readonly geo?: GeoCard;
}

export interface StageLedger {
  /** The iROAS estimated from the channel's latest finished experiment; null without one. */
  borrowIroas(stage: string, channel: string, roas: number | null, roasRange: MetricRange | null, confidence: number): BorrowedIroas | null;
  /** Warnings for the stage's test markets that were in an experiment that ended within the cooldown (`start`: when the test has no Test start). */
  cooldownWarnings(stage: StagePlan, start: Date | null): CoreMessage[];
  /** The experiment the stage measured, kept for the stages after it; null when it measured none. */
  record(lift: MeasuredLift, decision: Decision): Experiment | null;
}

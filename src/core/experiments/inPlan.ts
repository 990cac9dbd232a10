/**
 * The ledger the plan engine asks while it goes through the stages in order (the StageLedger of
 * src/core/evidence/ledger.ts): the Experiments sheet as read, overridden by the experiments this
 * evaluation measures (a stage's fresh row replaces its old one), so a stage can borrow from one
 * judged just before.
 */
import type { Translator } from '../../i18n';
import type { BorrowedIroas, StageLedger } from '../evidence/ledger';
import type { MetricRange, RangeProvider } from '../evidence/types';
import { calibratedIroas, latestExperiment, type Calibration } from './calibrate';
import { coolingDown } from './cooldown';
import { stageKey } from './readLedger';
import type { Experiment, ExperimentMethod, LedgerEntry } from '../model/experiment';
import type { Decision } from '../model/decisions';
import { stageExperiment } from './stageExperiment';

/** What the ledger is made of (src/core/workbook/evaluateWorkbook.ts gives it). */
export interface LedgerOptions {
  /** The Experiments sheet's entries (readLedger). */
  readonly entries: readonly LedgerEntry[];
  /** The document's `cooldownWeeks` (default 4). */
  readonly cooldownWeeks: number;
  /** Each geo stage's `Test markets` and `Test start`, by its 0-based Stages row (core/geo/plan readStageGeoCells). */
  readonly testMarkets: ReadonlyMap<number, { readonly markets: readonly string[]; readonly start: Date | null }>;
}

/** The ledger of one evaluation: a fresh book over the sheet's entries. */
export function experimentLedger(options: LedgerOptions): StageLedger {
  const book = new ExperimentBook(options.entries);
  return {
    borrowIroas(stage, channel, roas, roasRange, confidence, tr): BorrowedIroas | null {
      const c = stageCalibration(stage, channel, roas, roasRange, confidence, book, tr);
      if (!c) return null;
      const { iroas, lower, upper, factor, experiment } = c.calibration;
      return { iroas, lower, upper, factor, from: experiment.stage, provider: c.provider, note: c.note };
    },
    cooldownWarnings(stage, start, tr) {
      const cells = options.testMarkets.get(stage.row);
      return cells ? cooldownWarnings(stage.name, cells.markets, cells.start ?? start, book, options.cooldownWeeks, tr) : [];
    },
    record(lift, decision) {
      const experiment = stageExperiment(lift);
      if (experiment) book.add(experiment, decision);
      return experiment;
    },
  };
}

export class ExperimentBook {
  private readonly fresh = new Map<string, LedgerEntry>();
  constructor(private readonly sheet: readonly LedgerEntry[]) {}

  add(e: Experiment, decision: Decision): void {
    this.fresh.set(stageKey(e.stage), { ...e, decision, evaluated: null });
  }

  entries(): LedgerEntry[] {
    return [...this.sheet.filter((e) => !this.fresh.has(stageKey(e.stage))), ...this.fresh.values()];
  }
}

const KIND: Readonly<
  Record<ExperimentMethod, 'experiments.kind.controlGroup' | 'experiments.kind.tbr' | 'experiments.kind.trimmedMatch' | 'experiments.kind.geo'>
> = {
  'Control group': 'experiments.kind.controlGroup',
  TBR: 'experiments.kind.tbr',
  'Trimmed Match': 'experiments.kind.trimmedMatch',
  GEO_LIFT: 'experiments.kind.geo',
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface StageCalibration {
  readonly calibration: Calibration;
  /** Asked first for the stage's iROAS range. */
  readonly provider: RangeProvider;
  /** The reason's sentence naming the experiment borrowed. */
  readonly note: string;
}

/**
 * A stage with a Channel, an iROAS target and no control group of its own gates on the iROAS
 * estimated from its channel's latest finished experiment; without one it stays not evaluable.
 */
export function stageCalibration(
  stage: string,
  channel: string,
  roas: number | null,
  roasRange: MetricRange | null,
  confidence: number,
  book: ExperimentBook,
  tr: Translator,
): StageCalibration | null {
  if (!channel || roas === null) return null;
  const e = latestExperiment(channel, book.entries(), stage);
  const c = e && calibratedIroas(roas, roasRange, confidence, e);
  if (!c) return null;
  const note = tr.t('experiments.reason.calibrated', {
    kind: tr.t(KIND[c.experiment.method]),
    stage: c.experiment.stage,
    start: tr.dayMonth(day(c.experiment.testStart)),
    end: tr.dayMonth(day(c.experiment.testEnd)),
    factor: tr.number(c.factor, 2),
    iroas: tr.number(c.experiment.iroas, 2),
    roas: tr.number(c.experiment.roas ?? 0, 2),
  });
  const provider: RangeProvider = (metric) =>
    metric === 'iroas' && c.lower !== null && c.upper !== null ? { lower: c.lower, upper: c.upper, method: 'calibrated' } : null;
  return { calibration: c, provider, note };
}

/** Warnings for a stage's test markets that were in an experiment that ended within the cooldown. */
export function cooldownWarnings(
  stage: string,
  markets: readonly string[],
  start: Date | null,
  book: ExperimentBook,
  cooldownWeeks: number,
  tr: Translator,
): string[] {
  if (markets.length === 0 || !start || !(cooldownWeeks > 0)) return [];
  const startIso = start.toISOString().slice(0, 10);
  return coolingDown(markets, startIso, book.entries(), cooldownWeeks, stage).map((h) =>
    tr.t('experiments.warning.cooldown', {
      stage,
      markets: tr.list(h.markets),
      count: h.markets.length,
      kind: tr.t(KIND[h.experiment.method]),
      experiment: h.experiment.stage,
      end: tr.date(day(h.experiment.testEnd)),
      weeks: cooldownWeeks,
      start: tr.date(start),
      free: tr.date(day(h.freeFrom)),
    }),
  );
}

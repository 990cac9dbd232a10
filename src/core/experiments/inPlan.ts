/**
 * The ledger the plan engine asks while it goes through the stages in order (the StageLedger of
 * src/core/evidence/ledger.ts): the Experiments sheet as read, overridden by the experiments this
 * evaluation measures (a stage's fresh row replaces its old one), so a stage can borrow from one
 * judged just before.
 */
import { say } from '../../i18n/render';
import type { StageLedger } from '../evidence/ledger';
import type { RangeProvider } from '../evidence/types';
import type { ExperimentMethod, LedgerEntry } from '../model/experiment';
import { calibratedIroas, latestExperiment } from './calibrate';
import { coolingDown } from './cooldown';
import { stageKey } from './readLedger';
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

const KIND: Readonly<
  Record<ExperimentMethod, 'experiments.kind.controlGroup' | 'experiments.kind.tbr' | 'experiments.kind.trimmedMatch' | 'experiments.kind.geo'>
> = {
  'Control group': 'experiments.kind.controlGroup',
  TBR: 'experiments.kind.tbr',
  'Trimmed Match': 'experiments.kind.trimmedMatch',
  GEO_LIFT: 'experiments.kind.geo',
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ledger of one evaluation: the sheet's entries and the experiments measured so far. */
export function experimentLedger(options: LedgerOptions): StageLedger {
  const fresh = new Map<string, LedgerEntry>();
  const entries = () => [...options.entries.filter((e) => !fresh.has(stageKey(e.stage))), ...fresh.values()];
  return {
    // A stage with a Channel, an iROAS target and no control group of its own gates on the iROAS
    // estimated from its channel's latest finished experiment; without one it stays not evaluable.
    borrowIroas(stage, channel, roas, roasRange, confidence) {
      if (!channel || roas === null) return null;
      const e = latestExperiment(channel, entries(), stage);
      const c = e && calibratedIroas(roas, roasRange, confidence, e);
      if (!c) return null;
      const note = say('experiments.reason.calibrated', {
        kind: say(KIND[c.experiment.method]),
        stage: c.experiment.stage,
        start: { dayMonth: day(c.experiment.testStart) },
        end: { dayMonth: day(c.experiment.testEnd) },
        factor: { number: c.factor, decimals: 2 },
        iroas: { number: c.experiment.iroas, decimals: 2 },
        roas: { number: c.experiment.roas ?? 0, decimals: 2 },
      });
      const provider: RangeProvider = (metric) =>
        metric === 'iroas' && c.lower !== null && c.upper !== null ? { lower: c.lower, upper: c.upper, method: 'calibrated' } : null;
      return { iroas: c.iroas, lower: c.lower, upper: c.upper, factor: c.factor, from: c.experiment.stage, provider, note };
    },
    cooldownWarnings(stage, fallbackStart) {
      const cells = options.testMarkets.get(stage.row);
      const start = cells && (cells.start ?? fallbackStart);
      const weeks = options.cooldownWeeks;
      if (!cells || cells.markets.length === 0 || !start || !(weeks > 0)) return [];
      return coolingDown(cells.markets, start.toISOString().slice(0, 10), entries(), weeks, stage.name).map((h) =>
        say('experiments.warning.cooldown', {
          stage: stage.name,
          markets: { list: h.markets },
          count: h.markets.length,
          kind: say(KIND[h.experiment.method]),
          experiment: h.experiment.stage,
          end: { date: day(h.experiment.testEnd) },
          weeks,
          start: { date: start },
          free: { date: day(h.freeFrom) },
        }),
      );
    },
    record(lift, decision) {
      const e = stageExperiment(lift);
      if (e) fresh.set(stageKey(e.stage), { ...e, decision, evaluated: null });
      return e;
    },
  };
}

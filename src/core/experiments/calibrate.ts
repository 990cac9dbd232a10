/**
 * A calibrated iROAS for a stage without a control group (docs/contract.md §2.8, issue #22 item 2): the
 * stage's ROAS times the incrementality its channel showed in its latest finished experiment,
 * k = iROAS ÷ ROAS of that experiment. Robyn and Meridian calibrate a channel's attributed
 * return the same way: the share of it that a lift test found to be caused by the ads.
 *
 * The range is the delta method on the product est = R·k (R the stage's ROAS):
 *   Var(est) ≈ k²·Var(R) + R²·Var(k),  Var(k) ≈ Var(iROAS_e) / ROAS_e²,
 * each variance read off its own interval, se = half-width / z at that interval's confidence.
 * The experiment's ROAS is treated as known: it is a ratio of sums over the same weeks as its
 * iROAS and far tighter, and leaving out their (positive) covariance would only widen the range
 * further. test/fixtures/experiments/calibration.py checks the numbers with numpy/scipy.
 */
import { normQuantile } from '../stats/normal';
import { stageKey } from './readLedger';
import type { Experiment, LedgerEntry } from '../model/experiment';

export interface Calibration {
  readonly experiment: Experiment;
  /** iROAS ÷ ROAS of the experiment. */
  readonly factor: number;
  readonly iroas: number;
  /** At the stage's confidence; null without a range on the stage's ROAS. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Decisions that end an experiment: money was released or refused on it. */
const VERDICTS: ReadonlySet<string> = new Set(['SCALE UP', 'GO', 'HOLD', 'SCALE DOWN', 'STOP']);

/**
 * The channel's latest finished experiment: same `Channel` (case-insensitive), a verdict reached
 * (not NEED DATA), a positive ROAS to divide by, another stage than the one asking; the latest
 * `Test end` wins, the later row on a tie.
 */
export function latestExperiment(channel: string, entries: readonly LedgerEntry[], exceptStage: string): LedgerEntry | null {
  const want = channel.trim().toLowerCase();
  if (!want) return null;
  let best: LedgerEntry | null = null;
  for (const e of entries) {
    if (e.channel.trim().toLowerCase() !== want || stageKey(e.stage) === stageKey(exceptStage)) continue;
    if (!e.decision || !VERDICTS.has(e.decision) || !(e.roas !== null && e.roas > 0)) continue;
    if (!best || e.testEnd >= best.testEnd) best = e;
  }
  return best;
}

const halfWidthToSe = (lower: number, upper: number, confidence: number) => (upper - lower) / 2 / normQuantile((1 + confidence) / 2);

/**
 * @param roas the stage's ROAS; `roasRange` its interval at `confidence` (null: none yet)
 */
export function calibratedIroas(roas: number, roasRange: { lower: number; upper: number } | null, confidence: number, e: Experiment): Calibration | null {
  if (!(e.roas !== null && e.roas > 0) || !Number.isFinite(roas)) return null;
  const factor = e.iroas / e.roas;
  const iroas = roas * factor;
  if (!roasRange || !(confidence > 0 && confidence < 1)) return { experiment: e, factor, iroas, lower: null, upper: null };
  const seRoas = halfWidthToSe(roasRange.lower, roasRange.upper, confidence);
  const seFactor = halfWidthToSe(e.lower, e.upper, e.confidence) / e.roas;
  const se = Math.sqrt(factor * factor * seRoas * seRoas + roas * roas * seFactor * seFactor);
  const h = normQuantile((1 + confidence) / 2) * se;
  return { experiment: e, factor, iroas, lower: iroas - h, upper: iroas + h };
}

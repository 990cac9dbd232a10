/**
 * Geo test hygiene (docs/contract.md §2.8): a market that was in an experiment that ended less than
 * `cooldownWeeks` before a new test starts still carries that test's effect (adstock, people who
 * saw the ads), so it makes a poor test or control market. Days are ISO calendar days.
 */
import { addDays, daysBetween } from './days';
import { stageKey } from './readLedger';
import type { Experiment } from '../model/experiment';

export const DEFAULT_COOLDOWN_WEEKS = 4;

export interface CooldownHit {
  readonly experiment: Experiment;
  /** The new test's markets that were in it, as the experiment spelt them. */
  readonly markets: readonly string[];
  /** The first day the markets are free again. */
  readonly freeFrom: string;
}

const key = (m: string) => m.trim().toLowerCase();

/** Experiments (other than `exceptStage`'s) whose markets overlap `markets` and ended within the cooldown before `start`. */
export function coolingDown(
  markets: readonly string[],
  start: string,
  experiments: readonly Experiment[],
  cooldownWeeks: number,
  exceptStage = '',
): CooldownHit[] {
  const want = new Set(markets.map(key));
  const hits: CooldownHit[] = [];
  for (const e of experiments) {
    if (exceptStage && stageKey(e.stage) === stageKey(exceptStage)) continue;
    const shared = e.markets.filter((m) => want.has(key(m)));
    if (shared.length === 0) continue;
    if (daysBetween(e.testEnd, start) < cooldownWeeks * 7) hits.push({ experiment: e, markets: shared, freeFrom: addDays(e.testEnd, cooldownWeeks * 7) });
  }
  return hits;
}

/** Every market of an experiment that ended within the cooldown before `start` (GEO_MARKETS' exclude_recent). */
export function recentMarkets(experiments: readonly Pick<Experiment, 'testEnd' | 'markets'>[], start: string, cooldownWeeks: number): string[] {
  const out = new Map<string, string>();
  for (const e of experiments) if (daysBetween(e.testEnd, start) < cooldownWeeks * 7) for (const m of e.markets) if (!out.has(key(m))) out.set(key(m), m);
  return [...out.values()];
}

/**
 * The experiment a judged stage ran, as the ledger keeps it (docs/contract.md §2.8): its iROAS with the
 * range and the method the evidence layer used, over the weeks (or geo periods) it covered.
 */
import type { MeasuredLift } from '../evidence/ledger';
import type { MetricRange } from '../evidence/types';
import { addDays, daysBetween, isoDay } from './days';
import type { Experiment, ExperimentMethod } from '../model/experiment';
import type { GeoCard } from '../model/geoCard';
import type { WeeklyRow } from '../model/weekly';

/** The method behind a range, by what its provider calls it (src/core/evidence/providers.ts, core/geo/plan). */
export function methodOf(range: MetricRange): ExperimentMethod | null {
  const m = range.method.toLowerCase();
  if (m.startsWith('geo_lift')) return 'GEO_LIFT';
  if (m.startsWith('tbr')) return 'TBR';
  if (m.includes('trimmed')) return 'Trimmed Match';
  if (m.includes('ratio')) return 'Control group';
  return null;
}

/** First and last day of the stage's weeks with spend: the last week counts to its last day. */
function weeksSpan(rows: readonly WeeklyRow[]): { start: string; end: string } | null {
  let first: Date | null = null;
  let last: Date | null = null;
  // Compared by their times: a Date compared with < converts both to numbers, twice a row.
  let firstTime = Infinity;
  let lastTime = -Infinity;
  for (const r of rows) {
    if (!r.week || !(r.values.spend > 0)) continue;
    const t = r.week.getTime();
    if (t < firstTime) {
      first = r.week;
      firstTime = t;
    }
    if (t > lastTime) {
      last = r.week;
      lastTime = t;
    }
  }
  return first && last ? { start: isoDay(first), end: addDays(isoDay(last), 6) } : null;
}

/** A geo test's days: weekly periods (7 days apart) count to the last day of the last week. */
function geoSpan(card: GeoCard): { start: string; end: string } {
  const step = card.periods > 1 ? daysBetween(card.testStart, card.testEnd) / (card.periods - 1) : 1;
  return { start: card.testStart, end: step >= 7 ? addDays(card.testEnd, 6) : card.testEnd };
}

export function stageExperiment(x: MeasuredLift): Experiment | null {
  if (x.iroas === null || !Number.isFinite(x.iroas) || !x.range || !(x.confidence > 0)) return null;
  const method = methodOf(x.range);
  if (!method) return null;
  const geo = method === 'GEO_LIFT' && x.geo ? x.geo : null;
  const span = geo ? geoSpan(geo) : weeksSpan(x.rows);
  const spend = geo?.spend ?? x.spend;
  if (!span || !(spend > 0)) return null;
  return {
    stage: x.stage,
    channel: x.channel,
    method,
    testStart: span.start,
    testEnd: span.end,
    spend,
    incremental: geo ? geo.incremental : x.iroas * spend,
    iroas: x.iroas,
    lower: x.range.lower,
    upper: x.range.upper,
    confidence: x.confidence,
    markets: geo ? geo.markets : [],
    roas: x.roas,
  };
}

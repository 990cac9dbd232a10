/**
 * The geo evidence the plan engine asks for (docs/contract.md §2.5 / 2.6): a stage with a `Test markets`
 * cell (names separated by commas) and optional `Test start` / `Test end` cells is judged on
 * GEO_LIFT over the `Geo` sheet — its iROAS (incremental over spend) and its lift (the `Sales
 * growth` / `Lift` criterion) take GEO_LIFT's values and intervals. Test start defaults to the
 * stage's `Start`, test end to the last date. Spend: the Geo sheet's Spend of the test markets
 * over the test, else the stage's spend in Weekly.
 * Problems (an unknown market, too little history) become a warning; the stage is then judged
 * on Weekly as before.
 */
import { say } from '../../../i18n/render';
import type { StageEvidence, StageEvidenceSource } from '../../evidence/types';
import { readDate, readText, type CellContext } from '../../plan/cells';
import { PlanError } from '../../plan/errors';
import { normalizeHeader } from '../../plan/headers';
import { geoColumn } from './geoHeaders';
import type { Table } from '../../plan/types';
import { geoLift } from '../geoLift';
import { describePeriod, findRegions, GeoInputError, periodAtOrAfter, periodAtOrBefore } from '../panel';
import { utcSerialDay } from '../periods';
import type { GeoSheet } from './readGeoSheet';
import type { StagePlan } from '../../model/stagePlan';
import { POOR_FIT, type GeoCard } from '../../model/geoCard';

export interface StageGeoCells {
  readonly markets: string[];
  readonly start: Date | null;
  readonly end: Date | null;
}

/** The `Test markets`, `Test start`, `Test end` cells of each stage row (by 0-based table row). */
export function readStageGeoCells(stages: Table, sheet = 'Stages', locale?: string, timeZone?: string): Map<number, StageGeoCells> {
  const ctx: CellContext = { sheet, locale, timeZone };
  const header = (stages[0] ?? []).map((h) => normalizeHeader(h));
  const col = { markets: geoColumn(header, 'testMarkets'), start: geoColumn(header, 'testStart'), end: geoColumn(header, 'testEnd') };
  const out = new Map<number, StageGeoCells>();
  if (col.markets < 0) return out;
  for (let r = 1; r < stages.length; r++) {
    const text = readText(stages[r][col.markets]);
    if (!text) continue;
    const markets = text
      .split(/[,;\n]/)
      .map((m) => m.trim())
      .filter((m) => m !== '');
    out.set(r, {
      markets,
      start: col.start < 0 ? null : readDate(ctx, 'Test start', stages[r][col.start], r, col.start),
      end: col.end < 0 ? null : readDate(ctx, 'Test end', stages[r][col.end], r, col.end),
    });
  }
  return out;
}

/** Whether any stage names test markets: only then is the Geo sheet read at all. */
export function hasGeoStages(stages: Table): boolean {
  return readStageGeoCells(stages).size > 0;
}

const iso = (serial: number) => new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);

export function geoEvidenceSource(
  stages: Table,
  geo: GeoSheet | null,
  sheets: { stages?: string; geo?: string } = {},
  locale?: string,
  timeZone?: string,
): StageEvidenceSource {
  const cells = readStageGeoCells(stages, sheets.stages ?? 'Stages', locale, timeZone);
  const geoName = sheets.geo ?? 'Geo';
  return (stage: StagePlan, confidence: number, weeklySpend: number): StageEvidence | null => {
    const c = cells.get(stage.row);
    if (!c) return null;
    if (!geo) return { warning: say('geo.warning.noSheet', { stage: stage.name, sheet: geoName }) };
    try {
      return evidence(stage, c, geo, confidence, weeklySpend);
    } catch (e) {
      if (e instanceof GeoInputError) return { warning: say('geo.warning.unreadable', { stage: stage.name, problem: geoWords(e) }) };
      if (e instanceof PlanError) throw e;
      return { warning: say('geo.warning.noResult', { stage: stage.name, problem: (e as Error).message }) };
    }
  };
}

function geoWords(e: GeoInputError): string {
  const what = e.param === 'treated' ? 'Test markets' : e.param === 'test_start' ? 'Test start' : e.param;
  return `${what} ${e.detail}`;
}

function evidence(stage: StagePlan, c: StageGeoCells, geo: GeoSheet, confidence: number, weeklySpend: number): StageEvidence {
  const { panel } = geo;
  const treated = findRegions(panel, c.markets, 'treated');
  const startDate = c.start ?? stage.start;
  if (!startDate) throw new GeoInputError('test_start', 'is blank and the stage has no Start; give the first day of the test');
  const startKey = utcSerialDay(startDate);
  const first = periodAtOrAfter(panel, startKey);
  if (first < 0) throw new GeoInputError('test_start', `is ${describePeriod(startKey)}, after the last date of the Geo sheet`);
  const last = c.end ? periodAtOrBefore(panel, utcSerialDay(c.end)) : panel.periods.length - 1;
  if (last < first) throw new GeoInputError('test_end', 'is before Test start');
  let spend = 0;
  if (geo.spend) for (const i of treated) for (let t = first; t <= last; t++) spend += geo.spend[i][t];
  if (!(spend > 0)) spend = weeklySpend;
  const hasSpend = spend > 0;
  // The interval at the stage's confidence; with ranges off (0) only the point values are used.
  const r = geoLift(panel, { treated, start: first, end: last, confidence: confidence > 0 ? confidence : 0.8, spend: hasSpend ? spend : null });
  const values: Partial<Record<'iroas' | 'salesGrowth', number>> = { salesGrowth: r.lift };
  if (r.iroas !== null) values.iroas = r.iroas;
  const card: GeoCard = {
    markets: treated.map((i) => panel.regions[i]),
    testStart: iso(panel.periods[first]),
    testEnd: iso(panel.periods[last]),
    periods: r.testPeriods,
    att: r.att,
    lift: r.lift,
    incremental: r.incremental,
    iroas: r.iroas,
    ...(hasSpend ? { spend } : {}),
    pValue: r.pValue,
    confidence,
    l2Imbalance: r.l2Imbalance,
    scaledL2Imbalance: r.scaledL2Imbalance,
    poorFit: r.scaledL2Imbalance > POOR_FIT,
    donors: r.weights.filter((w) => w.weight >= 0.0001).map((w) => ({ region: w.region, weight: w.weight })),
  };
  const method = `GEO_LIFT (${card.markets.join(', ')})`;
  return {
    values,
    geo: card,
    provider: (metric) => {
      if (metric === 'iroas' && r.iroas !== null && r.lower !== null && r.upper !== null) return { lower: r.lower, upper: r.upper, method };
      if (metric === 'salesGrowth' && r.liftLower !== null && r.liftUpper !== null) return { lower: r.liftLower, upper: r.liftUpper, method };
      return null;
    },
    warning: hasSpend ? undefined : say('geo.warning.noSpend', { stage: stage.name }),
  };
}

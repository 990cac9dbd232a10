/**
 * evaluateWorkbook: the one evaluation (docs/contract.md §4: "one evaluation feeds every surface").
 * Pure: a Workbook value in, a WorkbookResult out — the geo evidence when a stage names test
 * markets, the spreadsheet's locale and time zone, the document's week start, all applied here
 * and nowhere else, so evaluateStages, createDashboard, STAGE_DECISION, the CLI, the preview and
 * the scheduled run cannot disagree.
 */
import { readGeoSheet } from '../geo/plan/readGeoSheet';
import { geoEvidenceSource, hasGeoStages, readStageGeoCells } from '../geo/plan/stageGeo';
import { experimentLedger } from '../experiments/inPlan';
import { readLedger } from '../experiments/readLedger';
import { evaluatePlan } from '../plan/evaluatePlan';
import type { Workbook, WorkbookVerdict } from './workbook';

export const GEO_SHEET = 'Geo';

export function evaluateWorkbook(wb: Workbook): WorkbookVerdict {
  const { settings, locale, timeZone } = wb;
  const geoName = wb.geoSheet ?? GEO_SHEET;
  // The Geo sheet (docs/contract.md §2.6) matters only when a stage names test markets.
  const geoStages = hasGeoStages(wb.stages);
  const geo = geoStages && wb.geo ? readGeoSheet(wb.geo, geoName, locale, timeZone) : null;
  const stageEvidence = geoStages ? geoEvidenceSource(wb.stages, geo, { stages: settings.stagesSheet, geo: geoName }, locale, timeZone) : undefined;
  const result = evaluatePlan(wb.stages, wb.weekly, settings, {
    locale,
    timeZone,
    stageEvidence,
    asOf: wb.asOf ?? undefined,
    ledger: experimentLedger({
      entries: readLedger(wb.experiments ?? [], timeZone),
      cooldownWeeks: settings.cooldownWeeks,
      testMarkets: readStageGeoCells(wb.stages, settings.stagesSheet, locale, timeZone),
    }),
  });
  return { ...result, rows: result.rows ?? [], asOf: result.asOf ?? null };
}

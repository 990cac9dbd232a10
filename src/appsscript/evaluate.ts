/**
 * evaluateStages() (contract 3, 4): one read per input sheet, the pure engine, then only the
 * four output columns of Stages and the appended Decision log rows change.
 *
 * Everything is computed and checked first (the plan, the texts against Sheets' cell limit,
 * the log sheet's shape); only then is anything written, so a refused evaluation leaves the
 * spreadsheet exactly as it was.
 */
import { PlanError } from '../core/plan/errors';
import { readGeoSheet } from '../core/geo/plan/readGeoSheet';
import { geoEvidenceSource, hasGeoStages } from '../core/geo/plan/stageGeo';
import { evaluatePlan } from '../core/plan/evaluatePlan';
import type { PlanResult, StageResult } from '../core/plan/types';
import { planLog, writeLog } from './decisionLog';
import { planDecisionWrites, writeDecisions } from './decisionWrites';
import { errorText } from './errorText';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { fillMergedLabels } from './merges';
import { getSettings } from './settings';
import { checkSheetNames, storedSheetNames } from './sheetNames';
import { findSheet, readTable, requireSheet } from './sheetIO';

export { OUTPUT_HEADER_KEYS, outputHeaders } from './decisionWrites';
export { LOG_HEADER_KEYS } from './decisionLog';

/** The optional sheet of a geo test with many regions (contract 2.6). */
export const GEO_SHEET = 'Geo';

export interface EvaluationJson {
  evaluatedAt: string;
  stages: (Omit<StageResult, 'metrics'> & { metrics: Record<string, number | null> })[];
  warnings: string[];
}

/** Plain JSON for google.script.run: no Dates, no undefined, no NaN/Infinity. */
function toJson(result: PlanResult, at: Date): EvaluationJson {
  return JSON.parse(JSON.stringify({ evaluatedAt: at.toISOString(), stages: result.stages, warnings: result.warnings }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}

export function evaluateStages(): EvaluationJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    checkSheetNames(settings, tr);
    checkSheetNames(storedSheetNames(), tr);
    const stagesSheet = requireSheet(ss, settings.stagesSheet, 'stages', tr);
    const weeklySheet = requireSheet(ss, settings.weeklySheet, 'weekly', tr);
    const stages = readTable(stagesSheet);
    const weekly = readTable(weeklySheet);
    fillMergedLabels(weeklySheet, weekly);
    let result: PlanResult;
    try {
      // The Geo sheet (contract 2.6) is read, in one block, only when a stage names test markets.
      const timeZone = ss.getSpreadsheetTimeZone();
      const geoStages = hasGeoStages(stages);
      const geoSheet = geoStages ? findSheet(ss, GEO_SHEET, 'geo') : null;
      const geo = geoSheet ? readGeoSheet(readTable(geoSheet), geoSheet.getName(), settings.locale, timeZone) : null;
      const stageEvidence = geoStages ? geoEvidenceSource(stages, geo, { stages: stagesSheet.getName(), geo: geoSheet?.getName() ?? GEO_SHEET }, settings.locale, timeZone) : undefined;
      result = evaluatePlan(stages, weekly, { ...settings, stagesSheet: stagesSheet.getName(), weeklySheet: weeklySheet.getName() }, { locale: settings.locale, timeZone, stageEvidence });
    } catch (e) {
      // A sheet problem: say it plainly; nothing has been written yet.
      if (e instanceof PlanError) throw new Error(e.message);
      throw e;
    }
    const now = new Date();
    const decisions = planDecisionWrites(stages, result, now, tr);
    const log = planLog(ss, settings.logSheet, result, now, tr);
    // From here on, writes only.
    writeDecisions(stagesSheet, decisions, result.stages.map((s) => s.stage), tr);
    try {
      writeLog(ss, log, tr);
    } catch (e) {
      throw new Error(tr.t('error.logWriteFailed', { sheet: stagesSheet.getName(), log: settings.logSheet, error: errorText(e) }));
    }
    return toJson(result, now);
  }, tr);
}

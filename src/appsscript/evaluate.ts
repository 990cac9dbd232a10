/**
 * evaluateStages() (docs/contract.md §3, 4): one read per input sheet, the pure engine, then only the
 * four output columns of Stages and the appended Decision log rows change.
 *
 * Everything is computed and checked first (the plan, the texts against Sheets' cell limit,
 * the log sheet's shape); only then is anything written, so a refused evaluation leaves the
 * spreadsheet exactly as it was.
 */
import type { PlanResult } from '../core/plan/types';
import { planLog, writeLog } from './decisionLog';
import { planDecisionWrites, writeDecisions } from './decisionWrites';
import { errorText } from './errorText';
import { planExperiments, writeExperiments } from './experiments';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { evaluateRead, readWorkbook } from './readWorkbook';
import { getSettings } from './settings';
import type { EvaluationJson } from '../api/serverApi';

export { OUTPUT_HEADER_KEYS, outputHeaders } from './decisionWrites';
export { LOG_HEADER_KEYS } from './decisionLog';
export type { EvaluationJson };

/** The optional sheet of a geo test with many regions (docs/contract.md §2.6). */
export { GEO_SHEET } from '../core/workbook/evaluateWorkbook';

/**
 * Plain JSON for google.script.run: no Dates, no undefined, no NaN/Infinity (JSON.stringify writes
 * those as null by itself; a replacer to do it ran for every value and was most of this call).
 */
function toJson(result: PlanResult, at: Date): EvaluationJson {
  return JSON.parse(JSON.stringify({ evaluatedAt: at.toISOString(), stages: result.stages, warnings: result.warnings }));
}

export function evaluateStages(): EvaluationJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const now = new Date();
    // The one evaluation (src/core/workbook): the Stages columns, the log and the JSON are views of it.
    const read = readWorkbook(ss, settings, tr, now);
    const evaluated = evaluateRead(read);
    // A user's sheet holds the ledger's name: it was left alone, and the warning says where the ledger went.
    const result = read.ledger.warning ? { ...evaluated, warnings: [...evaluated.warnings, read.ledger.warning] } : evaluated;
    const decisions = planDecisionWrites(read.stages, result, now, tr);
    const log = planLog(ss, settings.logSheet, result, now, tr);
    const experiments = planExperiments(read.ledger, result, now, tr);
    // From here on, writes only.
    writeDecisions(
      read.stagesSheet,
      decisions,
      result.stages.map((s) => s.stage),
      tr,
    );
    try {
      writeLog(ss, log, tr);
    } catch (e) {
      throw new Error(tr.t('error.logWriteFailed', { sheet: read.stagesSheet.getName(), log: settings.logSheet, error: errorText(e) }));
    }
    writeExperiments(ss, experiments);
    const json = toJson(result, now);
    if (log.owned.clash) json.warnings.push(tr.t('owned.clash', { sheet: log.owned.clash, free: log.owned.name }));
    return json;
  }, tr);
}

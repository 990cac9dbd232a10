/**
 * evaluateStages() (contract 4): one read per input sheet, the pure engine, then only the
 * four output columns of Stages and the appended Decision log rows change.
 */
import { DECISION_STYLES } from '../core/gates/decisions';
import { PlanError } from '../core/plan/errors';
import { evaluatePlan } from '../core/plan/evaluatePlan';
import { normalizeHeader, stagesField } from '../core/plan/headers';
import type { MessageKey, Translator } from '../i18n';
import type { PlanResult, StageResult } from '../core/plan/types';
import { asText } from './escape';
import { withDocumentLock } from './lock';
import { translatorFor } from './language';
import { getSettings } from './settings';
import { appendRows, ensureColumns, findSheet, readTable, requireSheet } from './sheetIO';

/** LiftGate's own columns in Stages, named in the document's language (found in any language). */
export const OUTPUT_HEADER_KEYS: readonly MessageKey[] = ['header.decision', 'header.reason', 'header.nextBudget', 'header.evaluated'];
export const LOG_HEADER_KEYS: readonly MessageKey[] = ['header.when', 'header.stage', 'header.decision', 'header.reason', 'header.spend', 'header.revenue', 'metric.roas', 'metric.cpa', 'metric.iroas', 'header.nextBudget'];
export const outputHeaders = (tr: Translator) => OUTPUT_HEADER_KEYS.map((k) => tr.t(k));
/** A Stages header's identity across languages: `Decision` and `Beslutning` are the same column. */
const columnKey = (h: unknown) => stagesField(h) ?? normalizeHeader(h);

export interface EvaluationJson {
  evaluatedAt: string;
  stages: (Omit<StageResult, 'metrics'> & { metrics: Record<string, number | null> })[];
  warnings: string[];
}

/** Plain JSON for google.script.run: no Dates, no undefined, no NaN/Infinity. */
function toJson(result: PlanResult, at: Date): EvaluationJson {
  return JSON.parse(JSON.stringify({ evaluatedAt: at.toISOString(), stages: result.stages, warnings: result.warnings }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}

const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : v);

export function evaluateStages(): EvaluationJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const stagesSheet = requireSheet(ss, settings.stagesSheet, 'stages', tr);
    const weeklySheet = requireSheet(ss, settings.weeklySheet, 'weekly', tr);
    const stages = readTable(stagesSheet);
    const weekly = readTable(weeklySheet);
    let result: PlanResult;
    try {
      result = evaluatePlan(stages, weekly, { ...settings, stagesSheet: stagesSheet.getName(), weeklySheet: weeklySheet.getName() }, { locale: settings.locale });
    } catch (e) {
      // A sheet problem: say it plainly; nothing has been written yet.
      if (e instanceof PlanError) throw new Error(e.message);
      throw e;
    }
    const now = new Date();
    writeDecisions(stagesSheet, stages, result, now, tr);
    appendLog(ss, settings.logSheet, result, now, tr);
    return toJson(result, now);
  }, tr);
}

/** The four output columns, each written as one block (values; colours for Decision). */
function writeDecisions(sheet: GoogleAppsScript.Spreadsheet.Sheet, table: unknown[][], result: PlanResult, now: Date, tr: Translator): void {
  const cols = ensureColumns(sheet, table[0] as (string | number)[], outputHeaders(tr), columnKey);
  const rows = table.length - 1;
  if (rows < 1) return;
  // Stage rows in table order; rows without a stage (blank, notes) get blank outputs.
  const stageKey = (v: unknown) => String(v ?? '').trim().toLowerCase();
  const stageCol = (table[0] as unknown[]).findIndex((h) => stagesField(h) === 'stage');
  const byName = new Map(result.stages.map((s) => [s.stage.toLowerCase(), s]));
  const perRow = table.slice(1).map((row) => byName.get(stageKey(row[stageCol])) ?? null);
  const column = (f: (s: StageResult) => string | number | Date) => perRow.map((s) => [s ? f(s) : '']);
  const decision = sheet.getRange(2, cols[0], rows, 1);
  // The word in the document's language ("SKALER OPP"); NEXT_BUDGET and the colours accept it.
  decision.setValues(column((s) => tr.decision(s.decision)));
  decision.setBackgrounds(perRow.map((s) => [s ? DECISION_STYLES[s.decision].fill : null]) as string[][]);
  decision.setFontColors(perRow.map((s) => [s ? DECISION_STYLES[s.decision].text : null]) as string[][]);
  sheet.getRange(2, cols[1], rows, 1).setValues(column((s) => asText(s.reason) as string));
  sheet.getRange(2, cols[2], rows, 1).setValues(column((s) => s.nextBudget));
  sheet.getRange(2, cols[3], rows, 1).setValues(column(() => now));
}

function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, result: PlanResult, now: Date, tr: Translator): void {
  let log = findSheet(ss, name, 'log');
  if (!log) {
    log = ss.insertSheet(name);
    log.getRange(1, 1, 1, LOG_HEADER_KEYS.length).setValues([LOG_HEADER_KEYS.map((k) => tr.t(k))]);
    log.setFrozenRows(1);
  }
  appendRows(
    log,
    result.stages.map((s) => [now, asText(s.stage) as string, tr.decision(s.decision), asText(s.reason) as string, num(s.metrics.spend), num(s.metrics.revenue), num(s.metrics.roas), num(s.metrics.cpa), num(s.metrics.iroas), s.nextBudget]),
  );
}

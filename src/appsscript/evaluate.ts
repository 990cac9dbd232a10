/**
 * evaluateStages() (contract 4): one read per input sheet, the pure engine, then only the
 * four output columns of Stages and the appended Decision log rows change.
 */
import { DECISION_STYLES } from '../core/gates/decisions';
import { PlanError } from '../core/plan/errors';
import { evaluatePlan } from '../core/plan/evaluatePlan';
import { normalizeHeader } from '../core/plan/headers';
import type { PlanResult, StageResult } from '../core/plan/types';
import { asText } from './escape';
import { withDocumentLock } from './lock';
import { getSettings } from './settings';
import { appendRows, ensureColumns, findSheet, readTable, requireSheet } from './sheetIO';

export const OUTPUT_HEADERS = ['Decision', 'Reason', 'Next budget', 'Evaluated'] as const;
export const LOG_HEADERS = ['When', 'Stage', 'Decision', 'Reason', 'Spend', 'Revenue', 'ROAS', 'CPA', 'iROAS', 'Next budget'] as const;

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
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const settings = getSettings();
    const stagesSheet = requireSheet(ss, settings.stagesSheet);
    const weeklySheet = requireSheet(ss, settings.weeklySheet);
    const stages = readTable(stagesSheet);
    const weekly = readTable(weeklySheet);
    let result: PlanResult;
    try {
      result = evaluatePlan(stages, weekly, settings, { locale: ss.getSpreadsheetLocale() });
    } catch (e) {
      // A sheet problem: say it plainly; nothing has been written yet.
      if (e instanceof PlanError) throw new Error(e.message);
      throw e;
    }
    const now = new Date();
    writeDecisions(stagesSheet, stages, result, now);
    appendLog(ss, settings.logSheet, result, now);
    return toJson(result, now);
  });
}

/** The four output columns, each written as one block (values; colours for Decision). */
function writeDecisions(sheet: GoogleAppsScript.Spreadsheet.Sheet, table: unknown[][], result: PlanResult, now: Date): void {
  const cols = ensureColumns(sheet, table[0] as (string | number)[], OUTPUT_HEADERS);
  const rows = table.length - 1;
  if (rows < 1) return;
  // Stage rows in table order; rows without a stage (blank, notes) get blank outputs.
  const stageKey = (v: unknown) => String(v ?? '').trim().toLowerCase();
  const stageCol = (table[0] as unknown[]).findIndex((h) => normalizeHeader(h) === 'stage');
  const byName = new Map(result.stages.map((s) => [s.stage.toLowerCase(), s]));
  const perRow = table.slice(1).map((row) => byName.get(stageKey(row[stageCol])) ?? null);
  const column = (f: (s: StageResult) => string | number | Date) => perRow.map((s) => [s ? f(s) : '']);
  const decision = sheet.getRange(2, cols[0], rows, 1);
  decision.setValues(column((s) => s.decision));
  decision.setBackgrounds(perRow.map((s) => [s ? DECISION_STYLES[s.decision].fill : null]) as string[][]);
  decision.setFontColors(perRow.map((s) => [s ? DECISION_STYLES[s.decision].text : null]) as string[][]);
  sheet.getRange(2, cols[1], rows, 1).setValues(column((s) => asText(s.reason) as string));
  sheet.getRange(2, cols[2], rows, 1).setValues(column((s) => s.nextBudget));
  sheet.getRange(2, cols[3], rows, 1).setValues(column(() => now));
}

function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, result: PlanResult, now: Date): void {
  let log = findSheet(ss, name);
  if (!log) {
    log = ss.insertSheet(name);
    log.getRange(1, 1, 1, LOG_HEADERS.length).setValues([[...LOG_HEADERS]]);
    log.setFrozenRows(1);
  }
  appendRows(
    log,
    result.stages.map((s) => [now, asText(s.stage) as string, s.decision, asText(s.reason) as string, num(s.metrics.spend), num(s.metrics.revenue), num(s.metrics.roas), num(s.metrics.cpa), num(s.metrics.iroas), s.nextBudget]),
  );
}

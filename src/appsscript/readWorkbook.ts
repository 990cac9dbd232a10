/**
 * readWorkbook: the one adapter from Sheets to the Workbook value that evaluateWorkbook answers
 * (src/core/workbook). One getValues per sheet; the Weekly sheet's merged Stage/Week/Variant
 * labels filled into every row they cover; the Geo sheet read only when a stage names test
 * markets; the spreadsheet's locale and time zone. evaluateStages, createDashboard and the
 * scheduled run (runSchedule) all start here, so they judge the same workbook the same way.
 */
import { dayInZone } from '../core/calendar/zone';
import { hasGeoStages } from '../core/geo/plan/stageGeo';
import { PlanError } from '../core/plan/errors';
import { documentTranslator, inWords } from '../words/plan';
import { render } from '../i18n/render';
import type { Workbook, WorkbookResult } from '../core/workbook/workbook';
import { evaluateWorkbook, GEO_SHEET } from '../core/workbook/evaluateWorkbook';
import type { Translator } from '../i18n';
import { readLedgerSheet, type LedgerSheet } from './experiments';
import { fillMergedLabels } from './merges';
import type { SettingsWithLocale } from '../api/serverApi';
import { checkSheetNames, storedSheetNames } from './sheetNames';
import { findSheet, readBlock, readTable, requireSheet } from './sheetIO';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReadWorkbook {
  readonly workbook: Workbook;
  readonly stagesSheet: Sheet;
  readonly weeklySheet: Sheet;
  /** The tables as read, for the writers (Stages output columns keep non-stage rows as they are). */
  readonly stages: (string | number | boolean | Date)[][];
  /** The Experiments sheet as read (docs/contract.md §2.8), for its upsert after the evaluation. */
  readonly ledger: LedgerSheet;
}

/**
 * Reads the workbook for an evaluation. `asOf`: the instant the evaluation happens (now, for
 * "Evaluate now" and the schedule), taken as the day it is in the spreadsheet's time zone.
 */
export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: SettingsWithLocale, tr: Translator, asOf?: Date): ReadWorkbook {
  checkSheetNames(settings, tr);
  checkSheetNames(storedSheetNames(), tr);
  const stagesSheet = requireSheet(ss, settings.stagesSheet, 'stages', tr);
  const weeklySheet = requireSheet(ss, settings.weeklySheet, 'weekly', tr);
  const stages = readTable(stagesSheet);
  const { range: weeklyBlock, values: weekly } = readBlock(weeklySheet);
  fillMergedLabels(weeklyBlock, weekly);
  const timeZone = ss.getSpreadsheetTimeZone();
  const geoSheet = hasGeoStages(stages) ? findSheet(ss, GEO_SHEET, 'geo') : null;
  // The experiments ledger: later stages borrow from it, geo tests check its markets' cooldown.
  const ledger = readLedgerSheet(ss, tr, timeZone);
  const workbook: Workbook = {
    stages,
    weekly,
    geo: geoSheet ? readTable(geoSheet) : null,
    settings: { ...settings, stagesSheet: stagesSheet.getName(), weeklySheet: weeklySheet.getName() },
    locale: settings.locale,
    timeZone,
    asOf: asOf ? dayInZone(asOf, timeZone) : null,
    geoSheet: geoSheet ? geoSheet.getName() : GEO_SHEET,
    experiments: ledger.table,
  };
  return { workbook, stagesSheet, weeklySheet, stages, ledger };
}

/** evaluateWorkbook in the document's words, with a sheet problem turned into a plain message (nothing has been written yet). */
export function evaluateRead(read: ReadWorkbook): WorkbookResult {
  const tr = documentTranslator(read.workbook.settings, read.workbook.locale);
  try {
    return inWords(evaluateWorkbook(read.workbook), tr);
  } catch (e) {
    if (e instanceof PlanError) throw new Error(e.said ? render(e.said, tr) : e.message);
    throw e;
  }
}

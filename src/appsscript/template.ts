/**
 * createTemplate() (docs/contract.md §4): Stages and Weekly with the worked example an agency can hand
 * to a client, header notes, data validation, frozen headers, the decision colours as live
 * conditional formatting, and formulas that work without the sidebar. Never overwrites an
 * existing sheet: it says so instead.
 */
import { localizedExample } from '../core/plan/localizedExample';
import { exampleInWords } from '../words/example';
import type { MessageKey, Translator } from '../i18n';
import { EXAMPLE_GEO_MARKETS, exampleGeo } from '../core/geo/plan/example';
import { GEO_SHEET, OUTPUT_HEADER_KEYS } from './evaluate';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { getSettings } from './settings';
import { findSheet } from './sheetIO';
import type { TemplateResult } from '../api/serverApi';
import { columnLetter } from '../core/plan/errors';
import { DECISIONS, DECISION_STYLES } from '../core/model/decisions';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** The header notes, by the header's catalogue key (the note follows the header into every language). */
const STAGE_NOTES: Partial<Record<MessageKey, MessageKey>> = {
  'header.stage': 'note.stage',
  'header.budget': 'note.budget',
  'header.start': 'note.start',
  'header.minWeeks': 'note.minWeeks',
  'header.minRoas': 'note.minRoas',
  'header.maxCpa': 'note.maxCpa',
  'header.minConversions': 'note.minConversions',
  'header.minIroas': 'note.minIroas',
  'header.testSize': 'note.testSize',
  'header.controlSize': 'note.controlSize',
  'header.maxCac': 'note.maxCac',
  'header.minLtvCac': 'note.minLtvCac',
  'header.minRepeatShare': 'note.minRepeatShare',
  'header.roasFormula': 'note.roasFormula',
  'header.cpaFormula': 'note.cpaFormula',
  'header.decision': 'note.decision',
  'header.reason': 'note.reason',
  'header.nextBudget': 'note.nextBudget',
  'header.evaluated': 'note.evaluated',
};

const WEEKLY_NOTES: Partial<Record<MessageKey, MessageKey>> = {
  'header.week': 'note.week',
  'header.stage': 'note.weeklyStage',
  'header.variant': 'note.variant',
  'header.spend': 'note.spend',
  'header.impressions': 'note.impressions',
  'header.clicks': 'note.clicks',
  'header.leads': 'note.leads',
  'header.conversions': 'note.conversions',
  'header.revenue': 'note.revenue',
  'header.controlRevenue': 'note.controlRevenue',
  'header.newCustomers': 'note.newCustomers',
  'header.customerValue': 'note.customerValue',
  'header.testVisitors': 'note.testVisitors',
  'header.controlVisitors': 'note.controlVisitors',
};

/** Where a column of the example sits: its 1-based column, found by its header's catalogue key (so no position is written twice). */
function columnOf(keys: readonly (MessageKey | undefined)[], key: MessageKey): number {
  const c = keys.indexOf(key);
  if (c < 0) throw new RangeError(key); // a programming error: the example lost a column the template formats
  return c + 1;
}

/**
 * Weekly's own formula column: Revenue / Spend over whole columns, both found by their header
 * (in the template's language) among the example's data columns on row 1, so the formula
 * follows when the columns are reordered.
 */
function weeklyRoas(tr: Translator): string {
  const last = columnLetter(localizedExample.headerKeys('weekly').length - 1);
  const col = (key: MessageKey) => `XLOOKUP("${tr.t(key).replace(/"/g, '""')}",$A$1:$${last}$1,$A$2:$${last})`;
  return `=ROAS(${col('header.revenue')},${col('header.spend')})`;
}

/** Columns as runs of neighbours, [first, count]: one range (one service call) per run. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

function notesRow(keys: readonly (MessageKey | undefined)[], notes: Partial<Record<MessageKey, MessageKey>>, tr: Translator): string[][] {
  return [
    keys.map((k) => {
      if (k === 'header.roasFormula' && notes === WEEKLY_NOTES) return tr.t('note.weeklyRoasFormula', { formula: weeklyRoas(tr) });
      const note = k ? notes[k] : undefined;
      return note ? tr.t(note) : '';
    }),
  ];
}

/** A sheet name as a formula reference: `Weekly`, `'Ukedata'`, `'По неделям'`. */
const sheetRef = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/**
 * Weekly's column with this header, found on row 1 by name, so the formulas follow when a user
 * reorders Weekly's columns or pastes an export in another order. XLOOKUP along row 1 with a
 * many-column result range returns the whole matching column in Sheets (as INDEX(…, 0,
 * MATCH(…)) does, which spreadsheet engines other than Sheets and Excel do not all accept).
 */
export function weeklyColumnByHeader(weekly: string, header: string): string {
  const w = sheetRef(weekly);
  return `XLOOKUP("${header.replace(/"/g, '""')}",${w}!$1:$1,${w}!$A:$Z)`;
}

function writeBlock(sheet: Sheet, rows: Cell[][]): void {
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Live colours for the decision words, English codes (STAGE_GATE's results) and the document's own words. */
function colourRules(sheet: Sheet, ranges: GoogleAppsScript.Spreadsheet.Range[], tr: Translator): void {
  const words = DECISIONS.flatMap((d) => [...new Set([d, tr.decision(d)])].map((w) => [d, w] as const));
  const rules = words.map(([d, w]) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(w)
      .setBackground(DECISION_STYLES[d].fill)
      .setFontColor(DECISION_STYLES[d].text)
      .setRanges(ranges)
      .build(),
  );
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...rules]);
}

/**
 * The live decision column: STAGE_DECISION over the whole plan (every plan column, Test markets
 * included, sits left of the output and formula columns), Weekly and Geo, in its header cell, so
 * it spills one decision per Stages row — the very decision "Evaluate now" writes.
 */
export function stageDecisionFormula(planWidth: number, weekly: string, geo: string): string {
  return `=STAGE_DECISION($A$1:$${columnLetter(planWidth - 1)},${sheetRef(weekly)}!$A$1:$Z,${sheetRef(geo)}!$A$1:$Z)`;
}

function stagesSheet(sheet: Sheet, tr: Translator, weeklyName: string, geoName: string): void {
  const example = exampleInWords(tr);
  const formulaKeys: MessageKey[] = ['header.roasFormula', 'header.cpaFormula', 'header.decisionFormula'];
  // The plan: the example's columns and Test markets, together; then Decision … Evaluated; then
  // the formulas. Every position below follows from the example's header row.
  const planWidth = example.stages[0].length + 1;
  const rows: Cell[][] = example.stages.map((r, i) => {
    if (i === 0)
      return [...r, tr.t('header.testMarkets'), ...[...OUTPUT_HEADER_KEYS, ...formulaKeys].map((k) => tr.t(k))].map((v, c) =>
        c === planWidth + OUTPUT_HEADER_KEYS.length + 2 ? stageDecisionFormula(planWidth, weeklyName, geoName) : v,
      );
    const a = `$A${i + 1}`;
    const column = (key: MessageKey) => weeklyColumnByHeader(weeklyName, tr.t(key));
    const sum = (key: MessageKey) => `SUMIFS(${column(key)},${column('header.stage')},${a})`;
    return [
      ...r,
      // The first stage is a geo test of the Geo example's test markets.
      i === 1 ? EXAMPLE_GEO_MARKETS : '',
      '',
      '',
      '',
      '',
      `=IF(${sum('header.spend')}=0,"",ROAS(${sum('header.revenue')},${sum('header.spend')}))`,
      `=IF(${sum('header.conversions')}=0,"",CPA(${sum('header.spend')},${sum('header.conversions')}))`,
      '', // STAGE_DECISION's result spills here from the header row
    ];
  });
  writeBlock(sheet, rows);
  const width = rows[0].length;
  const planKeys = localizedExample.headerKeys('stages');
  const keys = [...planKeys, undefined, ...OUTPUT_HEADER_KEYS, ...formulaKeys];
  const notes = notesRow(keys, STAGE_NOTES, tr);
  notes[0][planWidth - 1] = tr.t('note.testMarkets');
  notes[0][width - 1] = tr.t('note.decisionFormula', { plan: `A:${columnLetter(planWidth - 1)}` });
  sheet.getRange(1, 1, 1, width).setNotes(notes).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const number = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText(tr.t('validation.number')).build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(tr.t('validation.date')).build();
  sheet.getRange(2, columnOf(planKeys, 'header.budget'), 100, 1).setDataValidation(number).setNumberFormat('#,##0');
  const start = columnOf(planKeys, 'header.start');
  sheet.getRange(2, start, 100, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  // Every column after Start up to Test markets is a number: Min weeks, the targets, the sizes.
  sheet.getRange(2, start + 1, 100, planKeys.length - start).setDataValidation(number);
  sheet.getRange(2, columnOf(planKeys, 'header.minRepeatShare'), 100, 1).setNumberFormat('0%');
  // Decision, Reason, Next budget, Evaluated right of the plan; the formula columns after.
  const out = columnOf(keys, OUTPUT_HEADER_KEYS[0]);
  sheet.getRange(2, out + 2, 100, 1).setNumberFormat('#,##0');
  sheet.getRange(2, out + 3, 100, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  sheet.getRange(2, out + 4, 100, 2).setNumberFormat('0.00');
  colourRules(sheet, [sheet.getRange(2, out, 100, 1), sheet.getRange(2, width, 100, 1)], tr);
  sheet.setColumnWidth(out + 1, 420);
}

function weeklySheet(sheet: Sheet, tr: Translator): void {
  const example = exampleInWords(tr);
  const rows: Cell[][] = example.weekly.map((r, i) => (i === 0 ? [...r, tr.t('header.roasFormula')] : [...r, i === 1 ? weeklyRoas(tr) : '']));
  writeBlock(sheet, rows);
  const keys = [...localizedExample.headerKeys('weekly'), 'header.roasFormula' as MessageKey];
  sheet
    .getRange(1, 1, 1, rows[0].length)
    .setNotes(notesRow(keys, WEEKLY_NOTES, tr))
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  // Validate what the engine accepts, and only warn: refunds make revenue negative, and pasted
  // exports bring text numbers ("1 234,50 kr") that LiftGate reads. Rejecting them would lose data.
  const warn = (rule: GoogleAppsScript.Spreadsheet.DataValidationBuilder, help: MessageKey) => rule.setAllowInvalid(true).setHelpText(tr.t(help)).build();
  const count = warn(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0), 'validation.number');
  const amount = warn(SpreadsheetApp.newDataValidation().requireNumberBetween(-1e15, 1e15), 'validation.amount');
  const date = warn(SpreadsheetApp.newDataValidation().requireDate(), 'validation.weekDate');
  const at = (key: MessageKey) => columnOf(keys, key);
  sheet.getRange(2, at('header.week'), 999, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  // Counts may not be negative; money may (refunds). Each column by its header, wherever the example puts it.
  const counts: MessageKey[] = [
    'header.spend',
    'header.impressions',
    'header.clicks',
    'header.leads',
    'header.conversions',
    'header.newCustomers',
    'header.testVisitors',
    'header.controlVisitors',
  ];
  const amounts: MessageKey[] = ['header.revenue', 'header.controlRevenue', 'header.customerValue'];
  for (const [c, n] of runs(counts.map(at))) sheet.getRange(2, c, 999, n).setDataValidation(count).setNumberFormat('#,##0');
  for (const [c, n] of runs(amounts.map(at))) sheet.getRange(2, c, 999, n).setDataValidation(amount).setNumberFormat('#,##0');
  sheet.getRange(2, at('header.roasFormula'), 999, 1).setNumberFormat('0.00');
}

/** The geo example (docs/contract.md §2.6): the regions' weekly revenue the first stage's test markets are judged on. */
function geoSheet(sheet: Sheet, tr: Translator): void {
  const rows = exampleGeo();
  // The Geo sheet's headers in the document's language (read in any of the four: core/geo/plan/geoHeaders).
  rows[0] = [tr.t('header.week'), tr.t('geo.region'), tr.t('header.revenue')];
  writeBlock(sheet, rows);
  sheet
    .getRange(1, 1, 1, rows[0].length)
    .setNotes([[tr.t('note.geoWeek'), tr.t('note.geoRegion'), tr.t('note.geoRevenue')]])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 3, rows.length - 1, 1).setNumberFormat('#,##0');
}

export function createTemplate(): TemplateResult {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  // Two people clicking at once must not both find the sheets missing and both create them.
  return withDocumentLock(() => createTemplateUnlocked(settings, tr), tr);
}

function createTemplateUnlocked(settings: ReturnType<typeof getSettings>, tr: Translator): TemplateResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const created: string[] = [];
  const skipped: string[] = [];
  // A Stages or Weekly sheet under its name in any language counts as there: never a second one.
  const existingWeekly = findSheet(ss, settings.weeklySheet, 'weekly');
  const weeklyName = existingWeekly ? existingWeekly.getName() : settings.weeklySheet;
  const existingGeo = findSheet(ss, GEO_SHEET, 'geo');
  const jobs = [
    ['stages', settings.stagesSheet, (s: Sheet) => stagesSheet(s, tr, weeklyName, existingGeo ? existingGeo.getName() : tr.t('sheet.geo'))],
    ['weekly', settings.weeklySheet, (s: Sheet) => weeklySheet(s, tr)],
  ] as const;
  for (const [kind, name, fill] of jobs) {
    const existing = kind === 'weekly' ? existingWeekly : findSheet(ss, name, kind);
    if (existing) {
      // The name the user knows: as configured, unless the sheet is there under another language's name.
      skipped.push(existing.getName().toLowerCase() === name.toLowerCase() ? name : existing.getName());
      continue;
    }
    fill(ss.insertSheet(name));
    created.push(name);
  }
  // The Stages example names test markets of the Geo example: it comes with Stages, never over a sheet.
  if (created.includes(settings.stagesSheet) && !existingGeo) {
    const geoName = tr.t('sheet.geo');
    geoSheet(ss.insertSheet(geoName), tr);
    created.push(geoName);
  }
  const list = (names: string[]) => tr.list(names.map((n) => tr.t('text.quoted', { text: n })));
  const parts = [
    created.length ? tr.t('template.created', { count: created.length, sheets: list(created) }) : '',
    skipped.length ? tr.t('template.skipped', { count: skipped.length, sheets: list(skipped) }) : '',
  ].filter(Boolean);
  return { created, skipped, message: parts.join(' ') };
}

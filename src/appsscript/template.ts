/**
 * createTemplate() (docs/contract.md §4): Stages and Weekly with the worked example an agency can hand
 * to a client, header notes, data validation, frozen headers, the decision colours as live
 * conditional formatting, and formulas that work without the sidebar. Never overwrites an
 * existing sheet: it says so instead.
 */
import { localizedExample } from '../core/plan/localizedExample';
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
};

/**
 * Weekly's own formula column: Revenue / Spend over whole columns, both found by their header
 * (in the template's language) on row 1, so the formula follows when the columns are reordered.
 */
function weeklyRoas(tr: Translator): string {
  const col = (key: MessageKey) => `XLOOKUP("${tr.t(key).replace(/"/g, '""')}",$A$1:$K$1,$A$2:$K)`;
  return `=ROAS(${col('header.revenue')},${col('header.spend')})`;
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
  const example = localizedExample(tr);
  const formulaKeys: MessageKey[] = ['header.roasFormula', 'header.cpaFormula', 'header.decisionFormula'];
  // The plan: the example's columns and Test markets, together (A–K); then Decision… Evaluated (L–O); then the formulas (P–R).
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
  const keys = [...localizedExample.headerKeys('stages'), undefined, ...OUTPUT_HEADER_KEYS, ...formulaKeys];
  const notes = notesRow(keys, STAGE_NOTES, tr);
  notes[0][planWidth - 1] = tr.t('note.testMarkets');
  notes[0][width - 1] = tr.t('note.decisionFormula', { plan: `A:${columnLetter(planWidth - 1)}` });
  sheet.getRange(1, 1, 1, width).setNotes(notes).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const number = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText(tr.t('validation.number')).build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(tr.t('validation.date')).build();
  sheet.getRange(2, 2, 100, 1).setDataValidation(number).setNumberFormat('#,##0');
  sheet.getRange(2, 3, 100, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 4, 100, 7).setDataValidation(number);
  // Decision, Reason, Next budget, Evaluated (L–O) right of the plan; the formula columns (P–R) after.
  const out = planWidth + 1;
  sheet.getRange(2, out + 2, 100, 1).setNumberFormat('#,##0');
  sheet.getRange(2, out + 3, 100, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  sheet.getRange(2, out + 4, 100, 2).setNumberFormat('0.00');
  colourRules(sheet, [sheet.getRange(2, out, 100, 1), sheet.getRange(2, width, 100, 1)], tr);
  sheet.setColumnWidth(out + 1, 420);
}

function weeklySheet(sheet: Sheet, tr: Translator): void {
  const example = localizedExample(tr);
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
  sheet.getRange(2, 1, 999, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 4, 999, 5).setDataValidation(count).setNumberFormat('#,##0'); // Spend … Conversions
  sheet.getRange(2, 9, 999, 2).setDataValidation(amount).setNumberFormat('#,##0'); // Revenue, Control revenue
  sheet.getRange(2, 11, 999, 1).setDataValidation(count).setNumberFormat('#,##0'); // New customers
  sheet.getRange(2, 12, 999, 1).setNumberFormat('0.00');
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

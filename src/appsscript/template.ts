/**
 * createTemplate() (contract 4): Stages and Weekly with the worked example an agency can hand
 * to a client, header notes, data validation, frozen headers, the decision colours as live
 * conditional formatting, and formulas that work without the sidebar. Never overwrites an
 * existing sheet: it says so instead.
 */
import { DECISIONS, DECISION_STYLES } from '../core/gates/decisions';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../core/plan/example';
import { OUTPUT_HEADERS } from './evaluate';
import { getSettings } from './settings';
import { findSheet } from './sheetIO';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

const STAGE_NOTES: Record<string, string> = {
  Stage: 'A unique name per stage, in plan order. Weekly rows name the stage they belong to.',
  Budget: 'The planned spend of the stage. Its budget is released when the stage before reaches GO or SCALE UP.',
  Start: 'The date the stage may start (optional).',
  'Min weeks': 'Weeks of data before the stage may be judged (volume criterion).',
  'Min ROAS': 'Target: revenue / spend at least this. Any "Min <metric>" or "Max <metric>" column is a criterion; a blank cell means none.',
  'Max CPA': 'Target: spend / conversions at most this.',
  'Min conversions': 'Volume criterion: while unmet and budget is left, the stage is NEED DATA, not a failure.',
  'Min iROAS': 'Target: (revenue − control revenue × test size / control size) / spend. Above 1.0 the ads paid for themselves.',
  'Test size': 'Size of the exposed group (people, geos): scales the holdout to it for iROAS.',
  'Control size': 'Size of the holdout / control group in the same unit.',
  'ROAS (formula)': 'Worked with formulas, no sidebar needed: =ROAS over the stage\'s Weekly rows.',
  'CPA (formula)': '=CPA over the stage\'s Weekly rows.',
  'Gate (formula)': '=STAGE_GATE of the two formula columns against Min ROAS and Max CPA.',
  Decision: 'Written by Extensions → LiftGate → Evaluate now (or the sidebar). Do not type here.',
  Reason: 'Why, in words a client understands. Written by LiftGate.',
  'Next budget': 'NEXT_BUDGET(budget, decision, budget step). Written by LiftGate.',
  Evaluated: 'When LiftGate last evaluated the plan.',
};

const WEEKLY_NOTES: Record<string, string> = {
  Week: 'The first day of the week (a date).',
  Stage: 'The stage this row belongs to, as named in Stages; "Baseline" marks pre-campaign weeks.',
  Variant: 'Optional: the campaign, ad set or creative under test. Several variants in a stage are compared.',
  Spend: 'Ad spend of the week (exports\' "Cost" or "Amount spent" work too).',
  Impressions: 'Impressions served.',
  Clicks: 'Clicks (or link clicks); the visitors of the variant comparison.',
  Leads: 'Leads (form fills, sign-ups).',
  Conversions: 'Conversions (purchases, results).',
  Revenue: 'Revenue attributed to the ads (conversion value).',
  'Control revenue': 'Revenue of the holdout / control group in the same week (for iROAS).',
  'New customers': 'New customers won (optional).',
  'ROAS (formula)': 'A custom function over the whole column: =ROAS(I2:I, D2:D).',
};

function notesRow(headers: readonly Cell[], notes: Record<string, string>): string[][] {
  return [headers.map((h) => notes[String(h)] ?? '')];
}

function writeBlock(sheet: Sheet, rows: Cell[][]): void {
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

function colourRules(sheet: Sheet, ranges: GoogleAppsScript.Spreadsheet.Range[]): void {
  const rules = DECISIONS.map((d) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(d).setBackground(DECISION_STYLES[d].fill).setFontColor(DECISION_STYLES[d].text).setRanges(ranges).build(),
  );
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...rules]);
}

function stagesSheet(sheet: Sheet): void {
  const plan = EXAMPLE_STAGES.map((r) => [...r]);
  const rows: Cell[][] = plan.map((r, i) => {
    if (i === 0) return [...r, ...OUTPUT_HEADERS, 'ROAS (formula)', 'CPA (formula)', 'Gate (formula)'];
    const a = `$A${i + 1}`;
    const sum = (col: string) => `SUMIFS(Weekly!$${col}:$${col},Weekly!$B:$B,${a})`;
    return [
      ...r,
      '', '', '', '',
      `=IF(${sum('D')}=0,"",ROAS(${sum('I')},${sum('D')}))`,
      `=IF(${sum('H')}=0,"",CPA(${sum('D')},${sum('H')}))`,
      `=IF(O${i + 1}="","",STAGE_GATE(O${i + 1}:P${i + 1},E${i + 1}:F${i + 1},{">=","<="}))`,
    ];
  });
  writeBlock(sheet, rows);
  const width = rows[0].length;
  sheet.getRange(1, 1, 1, width).setNotes(notesRow(rows[0], STAGE_NOTES)).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const number = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('A number, 0 or more.').build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText('A date.').build();
  sheet.getRange(2, 2, 100, 1).setDataValidation(number).setNumberFormat('#,##0');
  sheet.getRange(2, 3, 100, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 4, 100, 7).setDataValidation(number);
  // Decision, Reason, Next budget, Evaluated (K–N) next to the plan; the formula columns (O–Q) after.
  sheet.getRange(2, 13, 100, 1).setNumberFormat('#,##0');
  sheet.getRange(2, 14, 100, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  sheet.getRange(2, 15, 100, 2).setNumberFormat('0.00');
  colourRules(sheet, [sheet.getRange(2, 11, 100, 1), sheet.getRange(2, 17, 100, 1)]);
  sheet.setColumnWidth(12, 420);
}

function weeklySheet(sheet: Sheet): void {
  const rows: Cell[][] = EXAMPLE_WEEKLY.map((r, i) => (i === 0 ? [...r, 'ROAS (formula)'] : [...r, i === 1 ? '=ROAS(I2:I, D2:D)' : '']));
  writeBlock(sheet, rows);
  sheet.getRange(1, 1, 1, rows[0].length).setNotes(notesRow(rows[0], WEEKLY_NOTES)).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const number = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('A number, 0 or more.').build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText('A date: the first day of the week.').build();
  sheet.getRange(2, 1, 999, 1).setDataValidation(date).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 4, 999, 8).setDataValidation(number).setNumberFormat('#,##0');
  sheet.getRange(2, 12, 999, 1).setNumberFormat('0.00');
}

export interface TemplateResult {
  created: string[];
  skipped: string[];
  message: string;
}

export function createTemplate(): TemplateResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = getSettings();
  const created: string[] = [];
  const skipped: string[] = [];
  for (const [name, fill] of [[settings.stagesSheet, stagesSheet], [settings.weeklySheet, weeklySheet]] as const) {
    if (findSheet(ss, name)) {
      skipped.push(name);
      continue;
    }
    fill(ss.insertSheet(name));
    created.push(name);
  }
  const message =
    (created.length ? `Created ${created.map((n) => `"${n}"`).join(' and ')} with a worked example. ` : '') +
    (skipped.length ? `${skipped.map((n) => `"${n}"`).join(' and ')} already exist${skipped.length === 1 ? 's' : ''} and ${skipped.length === 1 ? 'was' : 'were'} left untouched (rename or delete ${skipped.length === 1 ? 'it' : 'them'} to get a fresh template).` : '');
  return { created, skipped, message: message.trim() };
}

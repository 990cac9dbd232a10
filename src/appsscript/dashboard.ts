/**
 * createDashboard() (docs/contract.md §4): a `Dashboard` sheet of native charts a client can read without
 * the add-on. It reads Stages and Weekly (one getValues each) and the Dashboard itself (one),
 * evaluates without writing anything elsewhere, then writes two blocks (the summary with its
 * decision colours and the stage picker, the chart data), sets the picker's dropdown and brings
 * the three shared charts in line: a chart it made before is found by the data-block key its
 * range starts under and updated in place with modify() — the user's position kept if they moved
 * it. Service calls are the same for 3 stages or 200, and never grow with the weekly rows.
 * onEdit: picking a stage in the dropdown refreshes the dashboard for that stage.
 */
import {
  chartSlot,
  dashboardLayout,
  DATA_COL,
  HEADER_ROW,
  PICKER,
  readPrevious,
  SUMMARY_TOP,
  type Cell,
  type ChartPlan,
  type DashboardLayout,
  type PreviousDashboard,
} from '../core/dashboard/layout';
import { dashboardInWords } from '../words/dashboard';
import { asText } from './escape';
import { withDocumentLock } from './lock';
import { findNamedOwnedSheet, isOwned, openOwnedSheet, saveOwnedState } from './ownedSheets';
import { evaluateRead, readWorkbook } from './readWorkbook';
import { catalogue } from '../i18n/catalogues';
import { LANGUAGES } from '../i18n/languages';
import { getSettings } from './settings';
import { readTable } from './sheetIO';
import { translatorFor } from './language';
import type { DashboardJson } from '../api/serverApi';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** A block padded with blanks to at least rows × cols, so a smaller refresh clears what it no longer fills. */
function padded<T>(block: T[][], rows: number, cols: number, fill: T): T[][] {
  const width = Math.max(cols, block[0]?.length ?? 0);
  const out = block.map((r) => [...r, ...Array.from({ length: width - r.length }, () => fill)]);
  while (out.length < rows) out.push(Array.from({ length: width }, () => fill));
  return out;
}

function grow(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Writes the two blocks; returns their sizes, kept in the sheet's mark for the next refresh. */
function writeBlocks(sheet: Sheet, layout: DashboardLayout<string>, prev: PreviousDashboard): BlockSizes {
  const text = (v: Cell) => asText(v) as Cell;
  const top = padded(
    layout.top.values.map((r) => r.map(text)),
    prev.topRows,
    0,
    '' as Cell,
  );
  const bg = padded(layout.top.backgrounds, top.length, 0, null);
  const fg = padded(layout.top.fontColors, top.length, 0, null);
  const data = padded(
    layout.data.map((r) => r.map(text)),
    prev.dataRows,
    prev.dataCols,
    '' as Cell,
  );
  const dataCol = DATA_COL;
  grow(sheet, Math.max(top.length, data.length), dataCol + Math.max(0, data[0]?.length ?? 0) - 1);
  const block = sheet.getRange(1, 1, top.length, top[0].length);
  // The stage names stay text: a stage called "1e5" or "TRUE" is shown as typed.
  if (layout.top.values.length > SUMMARY_TOP) sheet.getRange(SUMMARY_TOP + 1, 1, layout.top.values.length - SUMMARY_TOP, 1).setNumberFormat('@');
  block.setValues(top);
  block.setBackgrounds(bg as string[][]);
  block.setFontColors(fg as string[][]);
  if (data.length > 0 && data[0].length > 0) sheet.getRange(1, dataCol, data.length, data[0].length).setValues(data);
  return { topRows: layout.top.values.length, dataRows: layout.data.length, dataCols: layout.data[0]?.length ?? 0 };
}

interface BlockSizes {
  topRows: number;
  dataRows: number;
  dataCols: number;
}

/**
 * What the last refresh wrote. Its sizes come from the sheet's mark, so notes a user wrote
 * beside the blocks are not taken for LiftGate's and blanked; a dashboard from before the mark
 * is measured by its content, as it always was.
 */
function previousBlocks(values: readonly (readonly unknown[])[], state: Record<string, unknown> | null): PreviousDashboard {
  const prev = readPrevious(values);
  const size = (k: keyof BlockSizes) => (state && typeof state[k] === 'number' ? (state[k] as number) : prev[k]);
  return { ...prev, topRows: size('topRows'), dataRows: size('dataRows'), dataCols: size('dataCols') };
}

/** A Dashboard sheet an earlier LiftGate made, before sheets carried a mark: its title in A1. */
function isOldDashboard(sheet: Sheet): boolean {
  const a1 = String(sheet.getRange(1, 1).getValue() ?? '').trim();
  return LANGUAGES.some((l) => catalogue(l)['dashboard.title'] === a1);
}

/** The builder settings every LiftGate chart gets, new or refreshed. */
function shape(
  builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  sheet: Sheet,
  plan: ChartPlan<string>,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  let b = builder
    .setChartType(Charts.ChartType.COMBO)
    .addRange(sheet.getRange(plan.range.row, plan.range.col, plan.range.numRows, plan.range.numCols))
    .setNumHeaders(1);
  for (const [k, v] of Object.entries(plan.options)) b = b.setOption(k, v);
  return b;
}

/** The dropdown of the stages that have weeks to chart; a value not in it is refused. */
function setPicker(sheet: Sheet, stages: readonly string[], tr: ReturnType<typeof translatorFor>): void {
  const cell = sheet.getRange(PICKER.row, PICKER.col);
  if (stages.length === 0) {
    cell.setDataValidation(null);
    return;
  }
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...stages], true)
    .setAllowInvalid(false)
    .setHelpText(tr.t('dashboard.pickHelp'))
    .build();
  cell.setDataValidation(rule);
}

/**
 * The simple trigger Sheets runs after every edit: a new stage in the Dashboard's picker refreshes
 * the dashboard for it (a simple trigger may edit its own document and run 30 s; the refresh reads
 * the sheets and evaluates again, as Create dashboard does). Any other edit costs two calls.
 */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range; authMode?: unknown }): void {
  const range = e?.range;
  if (!range || e?.authMode === ScriptApp.AuthMode.NONE) return;
  if (range.getRow() !== PICKER.row || range.getColumn() !== PICKER.col) return;
  // Only the picker of the Dashboard LiftGate owns: a user's own sheet keeps its B3 to itself.
  if (!isOwned(range.getSheet(), 'dashboard')) return;
  createDashboard();
}

function syncCharts(sheet: Sheet, plans: readonly ChartPlan<string>[], prev: PreviousDashboard): DashboardJson['charts'] {
  const own = sheet.getName();
  const wanted = new Map(plans.map((p) => [p.key, p]));
  const counts = { added: 0, updated: 0, removed: 0 };
  const seen = new Set<string>();
  for (const chart of sheet.getCharts() as Chart[]) {
    const first = chart.getRanges()[0];
    // Ours: the range starts in the data block's header row under one of our keys.
    const key = first && first.getRow() === HEADER_ROW && first.getSheet().getName() === own ? prev.keyAt.get(first.getColumn()) : undefined;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const plan = wanted.get(key);
    if (!plan) {
      sheet.removeChart(chart);
      counts.removed++;
      continue;
    }
    let b = shape(chart.modify().clearRanges(), sheet, plan);
    // Left where the add-on put it: follow the layout. Moved by the user: stay there.
    const at = chart.getContainerInfo();
    const old = chartSlot(prev.stages.length, plan.kind);
    if (at.getAnchorRow() === old.row && at.getAnchorColumn() === old.col && at.getOffsetX() === 0 && at.getOffsetY() === 0)
      b = b.setPosition(plan.slot.row, plan.slot.col, 0, 0);
    sheet.updateChart(b.build());
    counts.updated++;
  }
  for (const plan of plans) {
    if (seen.has(plan.key)) continue;
    sheet.insertChart(shape(sheet.newChart(), sheet, plan).setPosition(plan.slot.row, plan.slot.col, 0, 0).build());
    counts.added++;
  }
  return counts;
}

export function createDashboard(): DashboardJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const now = new Date();
    // The very evaluation evaluateStages makes (Geo evidence, time zone, week start included): one number per stage everywhere.
    const read = readWorkbook(ss, settings, tr, now);
    const { stagesSheet, weeklySheet } = read;
    const result = evaluateRead(read);
    // Only a sheet LiftGate owns (docs/contract.md §3): a user's own "Dashboard" keeps every cell.
    // Named in the document's language; one made under another language's name is kept (#26).
    const found = findNamedOwnedSheet(ss, 'dashboard', tr, isOldDashboard);
    const existing = found.sheet;
    const sheet = openOwnedSheet(ss, 'dashboard', found);
    const prev = previousBlocks(existing ? readTable(sheet) : [], found.state);
    const layout = dashboardInWords(dashboardLayout(result, now, { stages: stagesSheet.getName(), weekly: weeklySheet.getName() }, prev.picked), tr);
    const written = writeBlocks(sheet, layout, prev);
    setPicker(sheet, layout.picker.stages, tr);
    const charts = syncCharts(sheet, layout.charts, prev);
    saveOwnedState(sheet, 'dashboard', { ...written });
    const n = result.stages.length;
    const done = tr.t('dashboard.done', { existing: existing ? 'yes' : 'no', sheet: found.name, stages: n, charts: layout.charts.length });
    return {
      message: found.clash ? `${tr.t('owned.clash', { sheet: found.clash, free: found.name })} ${done}` : done,
      sheet: found.name,
      stages: n,
      charts,
    };
  }, tr);
}

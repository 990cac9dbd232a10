/**
 * The Dashboard sheet, computed without touching a sheet: a title and a decision summary at the
 * top left, a stage picker above the summary (a dropdown in B3), the picked stage's three charts
 * below it, and the data block the charts read at the right — all values, no formulas, so a
 * client without the add-on sees everything written.
 *
 * Three shared charts, not three per stage: 200 stages made 600 charts, ~8,500 service calls
 * (7 minutes at Sheets' ~50 ms a call) and a sheet no one could read. Picking another stage in
 * the dropdown refreshes the dashboard for it (onEdit); the summary keeps every stage.
 *
 * The data block is the add-on's: row 1 holds a key per chart kind ("LiftGate · spend"), row 2
 * the headers, then one row per week. A native chart's range starts at its key's column in row
 * 2, which is how a refresh finds the charts it made, whatever the user did to their position.
 *
 * Words are messages here (titles, headers, the decision, the chart's labels): the adapter puts
 * the layout in the document's language when it writes (src/words/dashboard.ts).
 */
import { PICTURE_KINDS, stagePictures, weekLabel, type Layer, type Picture, type PictureKind } from '../charts/pictures';
import type { Arg } from '../model/message';
import type { PlanResult, StageResult } from '../plan/types';
import { decisionKey, type MessageKey } from '../../i18n';
import { en } from '../../i18n/catalogues/en';
import { say, type CoreMessage } from '../../i18n/render';
import { FIGURE_HEADER_KEYS, stageFigures } from '../workbook/figures';
import { DECISION_STYLES } from '../model/decisions';

/** The summary's headers (docs/contract.md §4), by catalogue key: in the document's language on the sheet. */
const SUMMARY_KEYS: readonly MessageKey[] = FIGURE_HEADER_KEYS;
/** The summary's headers in English. */
export const SUMMARY_HEADER: readonly string[] = SUMMARY_KEYS.map((k) => en[k]);
/** Row of the summary's header; rows 1–2 hold the title and a note, row 3 the stage picker. */
export const SUMMARY_TOP = 4;
/** The stage picker: its label in A3, the dropdown in B3. */
export const PICKER = { row: 3, col: 2 } as const;
/** First column of the data block (Q): right of three charts side by side. */
export const DATA_COL = 17;
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
/** Chart size in pixels and the columns the three start in (about 100 px columns). */
export const CHART_SIZE = { width: 470, height: 260 } as const;
export const SLOT_COLS: Readonly<Record<PictureKind, number>> = { spend: 1, metric: 6, control: 11 };

export type Cell = string | number | Date;

/** Google Charts option keys as EmbeddedChartBuilder.setOption takes them; the two titles are words. */
export interface ChartOptions<T = CoreMessage> {
  readonly title: T;
  readonly hAxis: { readonly title: T; readonly slantedText: boolean };
  readonly [option: string]: unknown;
}

export interface ChartPlan<T = CoreMessage> {
  readonly key: string;
  readonly stage: string;
  readonly kind: PictureKind;
  readonly title: T;
  /** The chart's one range on the Dashboard sheet, 1-based: headers and weeks. */
  readonly range: { readonly row: number; readonly col: number; readonly numRows: number; readonly numCols: number };
  readonly slot: { readonly row: number; readonly col: number };
  readonly options: ChartOptions<T>;
}

/** `T`: how words are held — messages as the core plans them, text once rendered. */
export interface DashboardLayout<T = CoreMessage> {
  /** The stage the charts show (null: no stage has weeks to chart) and the stages one may pick. */
  readonly picker: { readonly stage: string | null; readonly stages: readonly string[] };
  /** Title, note, picker and summary, written at A1 as one block. */
  readonly top: { readonly values: (Cell | T)[][]; readonly backgrounds: (string | null)[][]; readonly fontColors: (string | null)[][] };
  /** The data block, written at row 1, column DATA_COL. */
  readonly data: (Cell | T)[][];
  readonly charts: readonly ChartPlan<T>[];
}

type Planned = Cell | CoreMessage;

const KIND_WORD: Record<PictureKind, string> = { spend: 'spend', metric: 'metric', control: 'test vs control' };

/** The key above a chart's data: one per kind, whichever stage is picked, so a pick updates the chart in place. */
export function chartKey(kind: PictureKind): string {
  return `LiftGate · ${KIND_WORD[kind]}`;
}

/** Where the chart of a kind starts when the add-on places it: a row of three below the summary. */
export function chartSlot(stageCount: number, kind: PictureKind): { row: number; col: number } {
  return { row: SUMMARY_TOP + stageCount + 3, col: SLOT_COLS[kind] };
}

/** The picture's columns for a native chart: the test period becomes a stepped area as tall as the data. */
function nativeColumns(p: Picture): { header: CoreMessage[]; rows: Planned[][]; series: Record<string, unknown>[] } {
  const header = [say('header.week')];
  const cols: ((i: number) => Cell)[] = [];
  const series: Record<string, unknown>[] = [];
  const v = (x: number | null | undefined): Cell => (x === null || x === undefined || !Number.isFinite(x) ? '' : x);
  let top = 0;
  for (const l of p.layers) {
    const xs = l.kind === 'rule' ? [l.value] : l.kind === 'band' ? [...l.lower, ...l.upper] : l.kind === 'span' ? [] : l.values;
    for (const x of xs) if (x !== null && Number.isFinite(x) && x > top) top = x;
  }
  const line = (l: Layer, dashed: boolean, extra: Record<string, unknown> = {}) => ({
    type: 'line',
    color: l.colour,
    lineWidth: 2,
    ...(dashed ? { lineDashStyle: [6, 4] } : {}),
    ...extra,
  });
  for (const l of p.layers) {
    if (l.kind === 'span') {
      header.push(l.label);
      cols.push((i) => (i >= l.from ? top : ''));
      series.push({ type: 'steppedArea', color: l.colour, areaOpacity: 0.35, lineWidth: 0 });
    } else if (l.kind === 'band') {
      header.push(say('chart.low', { label: l.label }), say('chart.high', { label: l.label }));
      cols.push(
        (i) => v(l.lower[i]),
        (i) => v(l.upper[i]),
      );
      series.push(line(l, false, { lineWidth: 1, pointSize: 4 }), line(l, false, { lineWidth: 1, pointSize: 4 }));
    } else if (l.kind === 'bars') {
      header.push(l.label);
      cols.push((i) => v(l.values[i]));
      series.push({ type: 'bars', color: l.colour });
    } else if (l.kind === 'rule') {
      header.push(l.label);
      cols.push(() => l.value);
      series.push(line(l, true));
    } else {
      header.push(l.label);
      cols.push((i) => v(l.values[i]));
      series.push(l.style === 'dots' ? { type: 'line', color: l.colour, lineWidth: 0, pointSize: 6 } : line(l, l.style === 'dashed', { pointSize: 4 }));
    }
  }
  return { header, rows: p.weeks.map((w, i) => [weekLabel(w), ...cols.map((f) => f(i))]), series };
}

function chartOptions(p: Picture, series: Record<string, unknown>[]): ChartOptions {
  return {
    title: p.title,
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
    legend: { position: 'bottom' },
    seriesType: 'line',
    series: Object.fromEntries(series.map((s, i) => [String(i), s])),
    colors: series.map((s) => s.color),
    hAxis: { title: say('header.week'), slantedText: false },
    vAxis: { format: p.format === 'percent' ? 'percent' : p.format === 'ratio' ? '0.00' : 'short', viewWindow: { min: 0 } },
    useFirstColumnAsDomain: true,
    treatLabelsAsText: true,
    backgroundColor: '#FFFFFF',
    fontName: 'Arial',
  };
}

/** The stage's figures from the one result (evaluateStages' JSON has the same numbers); blank where it has none. */
function summaryRow(s: StageResult): Planned[] {
  const f = stageFigures(s);
  const v = (x: number | null): Cell => (x === null ? '' : x);
  return [f.stage, say(decisionKey(f.decision)), f.spend, f.budget, v(f.revenue), v(f.roas), v(f.cpa), v(f.iroas), f.nextBudget];
}

/** The picked stage if it still has weeks to chart, else the first that has. */
function pickStage(result: PlanResult, wanted: string | null): { stage: string | null; stages: string[] } {
  const stages = result.stages.filter((s) => s.series).map((s) => s.stage);
  return { stage: wanted !== null && stages.includes(wanted) ? wanted : (stages[0] ?? null), stages };
}

export function dashboardLayout(
  result: PlanResult,
  refreshedAt: Date,
  sheets: { stages: Arg<MessageKey>; weekly: Arg<MessageKey> } = { stages: say('sheet.stages'), weekly: say('sheet.weekly') },
  picked: string | null = null,
): DashboardLayout {
  const n = result.stages.length;
  const width = SUMMARY_HEADER.length;
  const blank = () => Array.from({ length: width }, (): Planned => '');
  const picker = pickStage(result, picked);
  const top: Planned[][] = [
    [say('dashboard.title'), say('dashboard.refreshed'), refreshedAt, ...blank().slice(3)],
    [say('dashboard.note', { stages: sheets.stages, weekly: sheets.weekly }), ...blank().slice(1)],
    [say('dashboard.pick'), picker.stage ?? '', ...blank().slice(2)],
    SUMMARY_KEYS.map((k) => say(k)),
    ...result.stages.map(summaryRow),
  ];
  const backgrounds = top.map((row, r) =>
    row.map((_, c) => (r === SUMMARY_TOP - 1 ? '#F1F3F4' : r >= SUMMARY_TOP && c === 1 ? DECISION_STYLES[result.stages[r - SUMMARY_TOP].decision].fill : null)),
  );
  const fontColors = top.map((row, r) =>
    row.map((_, c) => (r >= SUMMARY_TOP && c === 1 ? DECISION_STYLES[result.stages[r - SUMMARY_TOP].decision].text : null)),
  );

  // The data block: one group of columns per chart of the picked stage, a blank column between groups.
  const groups: { key: string; header: CoreMessage[]; rows: Planned[][] }[] = [];
  const charts: ChartPlan[] = [];
  let col = DATA_COL;
  const shown = result.stages.find((s) => s.stage === picker.stage && s.series);
  if (shown?.series) {
    const pictures = stagePictures(shown.stage, shown.series);
    for (const kind of PICTURE_KINDS) {
      const p = pictures.find((x) => x.kind === kind);
      if (!p) continue;
      const t = nativeColumns(p);
      const key = chartKey(kind);
      groups.push({ key, header: t.header, rows: t.rows });
      charts.push({
        key,
        stage: shown.stage,
        kind,
        title: p.title,
        range: { row: HEADER_ROW, col, numRows: 1 + Math.max(1, t.rows.length), numCols: t.header.length },
        slot: chartSlot(n, kind),
        options: chartOptions(p, t.series),
      });
      col += t.header.length + 1;
    }
  }
  const height = 2 + groups.reduce((h, g) => Math.max(h, g.rows.length), 0);
  const dataWidth = Math.max(0, col - DATA_COL - 1);
  const data: Planned[][] = Array.from({ length: height }, () => Array.from({ length: dataWidth }, (): Planned => ''));
  let c0 = 0;
  for (const g of groups) {
    data[KEY_ROW - 1][c0] = g.key;
    g.header.forEach((h, j) => (data[HEADER_ROW - 1][c0 + j] = h));
    g.rows.forEach((row, r) => row.forEach((v, j) => (data[HEADER_ROW + r][c0 + j] = v)));
    c0 += g.header.length + 1;
  }
  return { picker, top: { values: top, backgrounds, fontColors }, data, charts };
}

/** What a previous dashboard left: which chart key each data column started, the stages in order, the pick. */
export interface PreviousDashboard {
  readonly keyAt: ReadonlyMap<number, string>;
  readonly stages: readonly string[];
  /** The stage in the picker (the user's choice, or the last refresh's); null before the picker. */
  readonly picked: string | null;
  /** Size of what the add-on wrote, to blank what a smaller refresh no longer fills. */
  readonly topRows: number;
  readonly dataRows: number;
  readonly dataCols: number;
}

/** Text as read back: Sheets hides the apostrophe that keeps `=…` text; the imitation keeps it. */
const plain = (v: unknown) => String(v ?? '').replace(/^'/, '');

export function readPrevious(values: readonly (readonly unknown[])[]): PreviousDashboard {
  const keyAt = new Map<number, string>();
  (values[KEY_ROW - 1] ?? []).forEach((v, c) => {
    if (c + 1 >= DATA_COL && plain(v)) keyAt.set(c + 1, plain(v));
  });
  const stages: string[] = [];
  let topRows = 0;
  let dataRows = 0;
  let dataCols = 0;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      if (c < SUMMARY_HEADER.length) topRows = Math.max(topRows, r + 1);
      if (c + 1 >= DATA_COL) {
        dataRows = Math.max(dataRows, r + 1);
        dataCols = Math.max(dataCols, c + 2 - DATA_COL);
      }
    });
  });
  for (let r = SUMMARY_TOP; r < values.length && plain(values[r]?.[0]); r++) stages.push(plain(values[r][0]));
  const pick = plain(values[PICKER.row - 1]?.[PICKER.col - 1]);
  return { keyAt, stages, picked: pick === '' ? null : pick, topRows, dataRows, dataCols };
}

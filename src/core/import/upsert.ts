/**
 * The import plan: export records → weeks per (Week, Stage, Variant) → what to add to,
 * replace in or leave alone in the Weekly sheet. Pure: the adapter writes what this decides.
 *
 * Which rows an import may change: only rows an earlier import of the same platform wrote,
 * recognised by their `Source` cell ("Google Ads import 2025-01-06..2025-01-12": the platform
 * and the days the numbers cover). Rows typed by hand (any other Source) are never changed.
 * With the days recorded, overlapping exports merge instead of double counting, in any order:
 * a file that covers all the days of a row replaces its numbers; one that covers only some of
 * them is skipped; one that covers other days too adds the numbers of those days.
 */
import { weeklyField } from '../plan/headers';
import { formatDays, isoDay, parseDays, weekOf, type WeekStart } from '../calendar/day';
import { dayOrNull } from '../calendar/readDay';
import type { CampaignMap } from './campaigns';
import { type ExportData, type Measure, type Problem } from './readExport';
import { headerKey } from './platforms';
import { SOURCE_CELL, SOURCE_HEADER_NAMES } from '../vocabulary/sourceCell';
import { say, type CoreMessage } from '../../i18n/render';
import { ImportError } from './importError';

export type Cell = string | number | boolean | Date;
export type Values = Partial<Record<Measure, number>>;

/** Sheets holds at most 10 million cells per spreadsheet; a Weekly past that cannot be written. */
export const MAX_SHEET_CELLS = 10_000_000;

export const MEASURE_HEADERS: Record<Measure, string> = {
  spend: 'Spend',
  impressions: 'Impressions',
  clicks: 'Clicks',
  leads: 'Leads',
  conversions: 'Conversions',
  revenue: 'Revenue',
};
const SOURCE_HEADERS = new Set(SOURCE_HEADER_NAMES.map(headerKey));

export interface WeekRow {
  week: string;
  stage: string;
  variant: string;
  values: Values;
  /** The days the numbers cover, as the Source cell records them. */
  days: string;
}

export interface ImportSummary {
  adds: WeekRow[];
  replaces: (WeekRow & { before: Values; row: number })[];
  skips: (WeekRow & { reason: CoreMessage; row: number })[];
  unmappedCampaigns: { campaign: string; rows: number; spend: number }[];
  problems: Problem[];
  /** Campaigns to list in the Campaigns sheet (not yet there), in order of spend. */
  newCampaigns: string[];
}

export interface WeeklyWrite {
  /** Headers to add after the last column, in order. */
  newHeaders: string[];
  /** The whole header row after the write. */
  header: string[];
  /** 0-based columns the import writes (Week, Stage, Variant, its measures, Source). */
  columns: number[];
  /** 0-based Stage and Variant columns: written as plain text, so "007" is not the number 7. */
  keyColumns: number[];
  /** 0-based table row → the cells to change in it (0-based column → value). */
  replaced: Map<number, Map<number, Cell>>;
  /** New rows, as wide as `header`. */
  appended: Cell[][];
}

export interface ImportPlan {
  summary: ImportSummary;
  weekly: WeeklyWrite;
}

const round = (x: number) => (Math.abs(x) < 1e9 ? Math.round(x * 1e6) / 1e6 : x);
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
/** A key cell as text; the apostrophe that keeps "=x" text is Sheets' marker, not part of the name. */
const keyText = (v: unknown) => text(v).replace(/^'/, '');

export function sourceText(platform: string, days: readonly number[]): string {
  return `${platform} import ${formatDays(days)}`;
}

/** "Google Ads import 2025-01-06..2025-01-12" → its platform and days; null for anything else. */
export function parseSource(v: unknown): { platform: string; days: number[] } | null {
  const m = SOURCE_CELL.exec(text(v));
  if (!m) return null;
  const days = parseDays(m[2]);
  return days ? { platform: m[1], days } : null;
}

/** A Weekly cell's day, read as the plan reader reads it (the one calendar: the sheet's locale and time zone). */
function cellDay(v: unknown, where: { locale?: string; timeZone?: string }): number | null {
  return dayOrNull(v, where);
}

/** The days a Weekly row covers: its Source's days, or for a row typed by hand the 7 from its Week. */
interface Span {
  row: number;
  from: number;
  to: number;
}

interface Bucket {
  week: number;
  stage: string;
  variant: string;
  /** Sums per day (weekly export rows sit on the week's first day). */
  perDay: Map<number, Values>;
}

function add(into: Values, v: Values, measures: readonly Measure[]): void {
  for (const m of measures) into[m] = (into[m] ?? 0) + (v[m] ?? 0);
}

function rounded(v: Values, measures: readonly Measure[]): Values {
  const out: Values = {};
  for (const m of measures) out[m] = round(v[m] ?? 0);
  return out;
}

export interface PlanInput {
  data: ExportData;
  platform: string;
  campaigns: CampaignMap;
  /** The Weekly sheet's cells, header row first; null when there is no Weekly sheet. */
  weekly: readonly (readonly Cell[])[] | null;
  weekStart: WeekStart;
  /** The Weekly sheet's name, for messages. */
  weeklySheet?: string;
  /** The spreadsheet's locale and time zone: the Weekly sheet's dates are read as the plan reads them. */
  locale?: string;
  timeZone?: string;
}

/**
 * A row written under another week start (the setting changed between imports) covers days
 * of two of this import's weeks: merging into one and adding the other would count the days
 * between the old and the new week start twice. Refused, with nothing written.
 */
function refuseShiftedWeeks(
  spans: ReadonlyMap<string, readonly Span[]>,
  b: { week: number; stage: string },
  sv: string,
  fileDays: readonly number[],
  ctx: { table: readonly (readonly Cell[])[]; col: (f: string) => number; weekStart: WeekStart; weeklySheet: string },
): void {
  if (fileDays.length === 0) return;
  const lo = fileDays[0];
  const hi = fileDays[fileDays.length - 1];
  for (const kw of [b.week - 7, b.week, b.week + 7]) {
    for (const s of spans.get(`${kw}${sv}`) ?? []) {
      const overlaps = s.to >= lo && s.from <= hi;
      const outside = s.from < b.week || s.to > b.week + 6;
      if (!overlaps || !outside) continue;
      const days: number[] = [];
      for (let d = s.from; d <= s.to; d++) days.push(d);
      throw new ImportError(
        say('import.weekStartChanged', {
          sheet: ctx.weeklySheet,
          row: String(s.row + 1),
          stage: b.stage,
          days: formatDays(days),
          weekStart: ctx.weekStart,
          week: isoDay(b.week),
        }),
      );
    }
  }
}

export function planImport({ data, platform, campaigns, weekly, weekStart, weeklySheet = 'Weekly', locale, timeZone }: PlanInput): ImportPlan {
  const measures = data.measures;
  // 1. Campaigns → stages; days → weeks.
  const buckets = new Map<string, Bucket>();
  const unmapped = new Map<string, { campaign: string; rows: number; spend: number }>();
  const found = new Map<string, number>();
  for (const r of data.records) {
    found.set(r.campaign, (found.get(r.campaign) ?? 0) + (r.values.spend ?? 0));
    const target = campaigns.lookup(r.campaign);
    if (!target) {
      const u = unmapped.get(r.campaign) ?? { campaign: r.campaign, rows: 0, spend: 0 };
      u.rows++;
      u.spend = round(u.spend + (r.values.spend ?? 0));
      unmapped.set(r.campaign, u);
      continue;
    }
    const week = weekOf(r.day, weekStart);
    const key = `${week}\u0000${target.stage.toLowerCase()}\u0000${target.variant.toLowerCase()}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { week, stage: target.stage, variant: target.variant, perDay: new Map() }));
    const day = r.weekly ? week : r.day;
    let v = b.perDay.get(day);
    if (!v) b.perDay.set(day, (v = {}));
    add(v, r.values, measures);
  }
  const coverage = (week: number): number[] => {
    const out: number[] = [];
    for (let d = week; d < week + 7; d++) if (data.firstDay !== null && d >= data.firstDay && d <= data.lastDay!) out.push(d);
    return out;
  };

  // 2. The Weekly sheet as it is: its columns, and the rows earlier imports of this platform wrote.
  const table = weekly && weekly.length ? weekly : null;
  const header = table ? table[0].map((h) => text(h)) : [];
  const colOf = new Map<string, number>();
  header.forEach((h, c) => {
    const f = weeklyField(h);
    if (f && !colOf.has(f)) colOf.set(f, c);
    if (SOURCE_HEADERS.has(headerKey(h)) && !colOf.has('source')) colOf.set('source', c);
  });
  const newHeaders: string[] = [];
  const need = (field: string, label: string) => {
    if (!colOf.has(field)) {
      colOf.set(field, header.length + newHeaders.length);
      newHeaders.push(label);
    }
  };
  need('week', 'Week');
  need('stage', 'Stage');
  need('variant', 'Variant');
  for (const m of measures) need(m, MEASURE_HEADERS[m]);
  need('source', 'Source');
  const fullHeader = [...header, ...newHeaders];
  const col = (f: string) => colOf.get(f)!;

  const owned = new Map<string, { row: number; days: number[] }>();
  const byHand = new Map<string, number>();
  const spans = new Map<string, Span[]>();
  if (table) {
    for (let r = 1; r < table.length; r++) {
      const row = table[r];
      // Keys are compared as text: a Variant "007" is not the number 7.
      const stage = keyText(row[col('stage')]);
      const week = cellDay(row[col('week')], { locale, timeZone });
      if (!stage || week === null) continue;
      const kw = weekOf(week, weekStart);
      const key = `${kw}\u0000${stage.toLowerCase()}\u0000${keyText(row[col('variant')]).toLowerCase()}`;
      const src = parseSource(row[col('source')]);
      const span = src ? { row: r, from: Math.min(...src.days), to: Math.max(...src.days) } : { row: r, from: week, to: week + 6 };
      const list = spans.get(key);
      if (list) list.push(span);
      else spans.set(key, [span]);
      if (src && src.platform === platform) {
        if (!owned.has(key)) owned.set(key, { row: r, days: src.days });
      } else if (!src && !byHand.has(key)) byHand.set(key, r);
    }
  }
  const existing = (r: number): Values => {
    const out: Values = {};
    for (const m of measures) {
      const v = table![r][col(m)];
      out[m] = typeof v === 'number' ? v : 0;
    }
    return out;
  };

  // 3. Each week of the file against what is there.
  const summary: ImportSummary = { adds: [], replaces: [], skips: [], unmappedCampaigns: [], problems: [...data.problems], newCampaigns: [] };
  const replaced = new Map<number, Map<number, Cell>>();
  const appended: Cell[][] = [];
  const sorted = [...buckets.values()].sort((a, b) => a.week - b.week || a.stage.localeCompare(b.stage) || a.variant.localeCompare(b.variant));
  for (const b of sorted) {
    const sv = `\u0000${b.stage.toLowerCase()}\u0000${b.variant.toLowerCase()}`;
    const key = `${b.week}${sv}`;
    const fileDays = coverage(b.week);
    refuseShiftedWeeks(spans, b, sv, fileDays, { table: table!, col, weekStart, weeklySheet });
    const total: Values = {};
    for (const v of b.perDay.values()) add(total, v, measures);
    const base = { week: isoDay(b.week), stage: b.stage, variant: b.variant };
    const hand = byHand.get(key);
    const mine = owned.get(key);
    if (hand !== undefined && !mine) {
      summary.skips.push({ ...base, values: rounded(total, measures), days: formatDays(fileDays), reason: say('import.reasonHand'), row: hand + 1 });
      continue;
    }
    if (!mine) {
      const values = rounded(total, measures);
      summary.adds.push({ ...base, values, days: formatDays(fileDays) });
      const row: Cell[] = fullHeader.map(() => '');
      row[col('week')] = isoDay(b.week);
      row[col('stage')] = b.stage;
      row[col('variant')] = b.variant;
      for (const m of measures) row[col(m)] = values[m]!;
      row[col('source')] = sourceText(platform, fileDays);
      appended.push(row);
      continue;
    }
    const old = new Set(mine.days);
    const before = existing(mine.row);
    const covers = mine.days.every((d) => fileDays.includes(d));
    let after: Values;
    let days: number[];
    if (covers) {
      after = rounded(total, measures);
      days = fileDays;
    } else if (fileDays.every((d) => old.has(d))) {
      summary.skips.push({ ...base, values: before, days: formatDays(mine.days), reason: say('import.reasonCovered'), row: mine.row + 1 });
      continue;
    } else {
      // Overlapping, neither inside the other: add the days the row does not cover yet.
      const extra: Values = {};
      for (const [d, v] of b.perDay) if (!old.has(d)) add(extra, v, measures);
      after = {};
      for (const m of measures) after[m] = round((before[m] ?? 0) + (extra[m] ?? 0));
      days = [...new Set([...mine.days, ...fileDays])].sort((x, y) => x - y);
    }
    const unchanged = measures.every((m) => same(after[m]!, before[m]!)) && formatDays(days) === formatDays(mine.days);
    if (unchanged) {
      summary.skips.push({ ...base, values: before, days: formatDays(mine.days), reason: say('import.reasonSame'), row: mine.row + 1 });
      continue;
    }
    summary.replaces.push({ ...base, values: after, before, days: formatDays(days), row: mine.row + 1 });
    const cells = new Map<number, Cell>();
    for (const m of measures) cells.set(col(m), after[m]!);
    cells.set(col('source'), sourceText(platform, days));
    replaced.set(mine.row, cells);
  }

  summary.unmappedCampaigns = [...unmapped.values()].sort((a, b) => b.spend - a.spend || a.campaign.localeCompare(b.campaign));
  summary.newCampaigns = [...found.entries()]
    .filter(([c]) => !campaigns.listed(c))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c]) => c);

  const rowsAfter = (table ? table.length : 1) + appended.length;
  if (rowsAfter * fullHeader.length > MAX_SHEET_CELLS) {
    throw new ImportError(
      say('import.tooLarge', {
        sheet: weeklySheet,
        rows: { number: rowsAfter, decimals: 0 },
        columns: String(fullHeader.length),
        max: { number: MAX_SHEET_CELLS, decimals: 0 },
      }),
    );
  }
  const columns = ['week', 'stage', 'variant', ...measures, 'source'].map(col).sort((a, b) => a - b);
  return { summary, weekly: { newHeaders, header: fullHeader, columns, keyColumns: [col('stage'), col('variant')], replaced, appended } };
}

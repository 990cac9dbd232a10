/**
 * Where the table starts and which platform wrote it. Exports put a title, the account and
 * the date range above the header row (Google Ads, Microsoft Ads, LinkedIn) and totals or a
 * copyright line below; the header row is the first of the top rows that names a date, a
 * campaign and a cost column in one platform's words, and the platform is the one that
 * recognises most of its columns.
 */
import { exportLanguageNames, platformName } from './formatName';
import { headerIndexOf, PLATFORMS, headerKey, type ExportField, type Language, type Platform } from './platforms';
import { say, type CoreMessage } from '../../i18n/render';

export interface Layout {
  readonly platform: Platform;
  readonly language: Language;
  /** 0-based index of the header row. */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ExportField, number>>>;
  readonly headers: readonly string[];
}

/** How far down an export's header row may sit. */
export const HEADER_SEARCH_ROWS = 30;

function score(row: readonly unknown[], index: ReadonlyMap<string, ExportField>): { n: number; columns: Partial<Record<ExportField, number>> } {
  const columns: Partial<Record<ExportField, number>> = {};
  let n = 0;
  row.forEach((cell, c) => {
    const f = index.get(headerKey(cell));
    if (f && columns[f] === undefined) {
      columns[f] = c;
      n++;
    }
  });
  return { n, columns };
}

/** `platform`: the id of the one platform to read it as (a source set to that platform); else any. */
export function findLayout(rows: readonly (readonly unknown[])[], platform?: string): Layout | null {
  let best: (Layout & { n: number }) | null = null;
  const platforms = platform ? PLATFORMS.filter((p) => p.id === platform) : PLATFORMS;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    for (const platform of platforms) {
      for (const [language, index] of headerIndexOf(platform.id)) {
        const { n, columns } = score(rows[r], index);
        const dated = columns.day !== undefined || columns.week !== undefined || columns.start !== undefined;
        if (!dated || columns.campaign === undefined || columns.spend === undefined) continue;
        if (!best || n > best.n) best = { platform, language, headerRow: r, columns, headers: rows[r].map((h) => String(h ?? '').trim()), n };
      }
    }
    if (best) break; // the first row that qualifies is the header row
  }
  return best;
}

/** The message for a file no format recognises: the headers seen and the formats known. */
export function unknownFormatMessage(fileName: string, rows: readonly (readonly unknown[])[]): CoreMessage {
  // The widest of the top rows is most likely the header row.
  let widest: readonly unknown[] = [];
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const filled = row.filter((c) => String(c ?? '').trim() !== '');
    if (filled.length > widest.length) widest = filled;
  }
  const seen = widest.length
    ? widest
        .slice(0, 20)
        .map((h) => JSON.stringify(String(h).trim()))
        .join(', ')
    : say('import.noHeaders');
  const known = { join: PLATFORMS.map(platformName), by: ', ' };
  return say('import.unknownFormat', { file: fileName, seen, platforms: known, languages: exportLanguageNames() });
}

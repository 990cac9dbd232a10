/**
 * CSV and TSV text → rows of cells, by Papa Parse (the same parser the CLI and the preview
 * use). Exports are comma-, semicolon- (Norwegian and Russian Excel settings) or
 * tab-separated (Google Ads' "CSV for Excel"); the separator is the one under which the
 * header row is recognised, since a title row above the table ("Campaign report",
 * "January 1, 2025 - January 31, 2025") can fool a guess by field counts.
 */
// The minified build: its identifiers are already short, so dist/Code.js grows less.
import Papa from 'papaparse/papaparse.min.js';
import { findLayout, HEADER_SEARCH_ROWS } from './layout';

export const DELIMITERS = [',', ';', '\t'] as const;

function parse(text: string, delimiter: string, preview = 0): string[][] {
  const r = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false });
  return r.data;
}

/** The rows of a CSV text; line i of the file is row i - 1 (exports do not break lines inside cells). */
export function parseCsv(text: string): string[][] {
  let widest: string = DELIMITERS[0];
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const top = parse(text, d, HEADER_SEARCH_ROWS);
    if (findLayout(top)) return parse(text, d);
    // No header recognised: keep the separator that splits the top rows widest, for the message.
    const width = Math.max(0, ...top.map((r) => r.length));
    if (width > bestWidth) {
      bestWidth = width;
      widest = d;
    }
  }
  return parse(text, widest);
}

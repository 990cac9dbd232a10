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

/** A quote that opens a cell and is never closed: Papa Parse would read the rest of the file as that cell. */
export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`csv.unclosedQuote:${line}`); // a code: readExportFile turns it into the catalogue's sentence
  }
}

function parse(text: string, delimiter: string, preview = 0): string[][] {
  const r = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false });
  if (preview === 0) {
    const e = r.errors.find((x) => x.code === 'MissingQuotes');
    if (e) throw new UnclosedQuoteError(lineAt(text, e.index ?? 0));
  }
  return r.data;
}

/** The 1-based line of a character position; the quote that opens the cell is the one before it. */
function lineAt(text: string, index: number): number {
  const open = text.lastIndexOf('"', Math.max(0, index));
  let line = 1;
  for (let i = 0; i < open && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
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

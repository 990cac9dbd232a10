/**
 * A user's own data for the preview: a folder of CSV files (one per sheet, file name = sheet
 * name) or an .xlsx workbook; and saving the evaluated workbook back the same way.
 * CSV cells that are plain numbers or ISO dates are typed back, as Sheets would on import;
 * everything else stays text (text numbers such as "1 234,50 kr" are the add-on's to read).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Cell, SheetData, WorkbookData } from '../apps-script-fake';

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/;

/** "007", "00123", "1e3": names (a Variant, a campaign) more often than numbers; kept as text, as LiftGate writes them. */
const NAME_LIKE = /^-?0\d|[eE]/;

export function typeCsvCell(text: string): Cell {
  const s = text.trim();
  if (s === '') return '';
  if (NUMBER.test(s) && !NAME_LIKE.test(s)) return Number(s);
  const d = ISO_DATE.exec(s);
  if (d) return new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], +(d[4] ?? 0), +(d[5] ?? 0), +(d[6] ?? 0)));
  if (/^(TRUE|FALSE)$/i.test(s)) return s.toUpperCase() === 'TRUE';
  return text;
}

function cellText(v: unknown, formula?: string): string {
  if (formula) return formula;
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === null || v === undefined ? '' : String(v);
}

function rectangular(rows: Cell[][]): Cell[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill('')]);
}

export interface LoadOptions {
  /** Told how far a long read has come ("Reading Weekly.csv: 40% of 50 MB"), for big files. */
  readonly progress?: (line: string) => void;
}

/** Files under this size are read without progress lines. */
const PROGRESS_FROM_BYTES = 5e6;

/**
 * One CSV file as a sheet, streamed: the text is parsed chunk by chunk and each cell typed as
 * it arrives, so a 50 MB export never sits in memory as one string or as a grid of strings.
 * Formulas (cells starting with "=") are kept sparse: most exports have none.
 */
async function readCsvSheet(file: string, name: string, progress?: (line: string) => void): Promise<SheetData> {
  const size = statSync(file).size;
  const values: Cell[][] = [];
  let formulas: string[][] | null = null;
  let read = 0;
  let shown = -1;
  const report = (done: boolean) => {
    if (!progress || size < PROGRESS_FROM_BYTES) return;
    const pct = done ? 100 : Math.floor((read / size) * 100);
    if (!done && pct < shown + 10) return;
    shown = pct;
    progress(`Reading ${basename(file)}: ${pct}% of ${(size / 1e6).toFixed(0)} MB${done ? ` (${(values.length - 1).toLocaleString('en')} rows)\n` : '\r'}`);
  };
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: 'utf8' });
    stream.on('data', (chunk) => {
      read += Buffer.byteLength(chunk as string);
      report(false);
    });
    stream.on('error', reject);
    Papa.parse<string[]>(stream as unknown as File, {
      skipEmptyLines: 'greedy',
      chunk: (results) => {
        for (const row of results.data) {
          const r = values.length;
          if (r === 0 && typeof row[0] === 'string') row[0] = row[0].replace(/^\uFEFF/, '');
          const out: Cell[] = new Array(row.length);
          for (let c = 0; c < row.length; c++) {
            const text = row[c];
            if (text.startsWith('=') && text.length > 1) {
              formulas ??= [];
              (formulas[r] ??= [])[c] = text;
              out[c] = '';
            } else out[c] = typeCsvCell(text);
          }
          values.push(out);
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  report(true);
  const rows = rectangular(values);
  const f = formulas as string[][] | null;
  return { name, values: rows, ...(f ? { formulas: rows.map((row, r) => row.map((_, c) => f[r]?.[c] ?? '')) } : {}) };
}

/** "End of data reached … Corrupted zip?" → words a user can act on, naming the file. */
function unreadableXlsx(path: string, e: unknown): Error {
  const raw = e instanceof Error ? e.message : String(e);
  const why = /zip|end of data|signature|central directory|corrupt/i.test(raw)
    ? 'it is not a readable Excel workbook (an .xlsx file is a zip archive; this one is damaged, empty, or another kind of file renamed to .xlsx)'
    : raw;
  return new Error(`Could not read ${path}: ${why}. Open it in Excel or Sheets and save it again as .xlsx, or export the sheets as CSV files into a folder.`);
}

export async function loadWorkbook(path: string, options: LoadOptions = {}): Promise<WorkbookData> {
  if (!existsSync(path)) throw new Error(`No workbook at ${path}`);
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => extname(f).toLowerCase() === '.csv')
      .sort();
    if (files.length === 0) throw new Error(`${path} has no .csv files (one per sheet, file name = sheet name)`);
    const sheets: SheetData[] = [];
    for (const f of files) sheets.push(await readCsvSheet(join(path, f), basename(f, extname(f)), options.progress));
    return { sheets };
  }
  if (extname(path).toLowerCase() !== '.xlsx') throw new Error(`${path}: give a folder of CSV files or an .xlsx file`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw unreadableXlsx(path, e);
  }
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    const values: Cell[][] = [];
    const formulas: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value as unknown;
        let value: Cell = '';
        if (v instanceof Date) value = v;
        else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') value = v;
        else if (v && typeof v === 'object') {
          const o = v as { formula?: string; result?: unknown; richText?: { text: string }[]; text?: string };
          if (o.formula) {
            (formulas[r - 1] ??= [])[c - 1] = `=${o.formula}`;
            value = (o.result as Cell) ?? '';
          } else if (o.richText) value = o.richText.map((t) => t.text).join('');
          else if (o.text) value = o.text;
        }
        out[c - 1] = value;
      });
      values[r - 1] = Array.from(out, (x) => x ?? '');
    });
    const rows = rectangular(Array.from(values, (r) => r ?? []));
    sheets.push({ name: ws.name, values: rows, formulas: rows.map((row, r) => row.map((_, c) => formulas[r]?.[c] ?? '')) });
  });
  return { sheets };
}

/** The workbook as an ExcelJS workbook: values, formulas with their last results, colours, frozen rows. */
function toExcel(data: WorkbookData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        const f = sheet.formulas?.[r]?.[c];
        cell.value = f
          ? ({ formula: f.slice(1), ...(v === '' ? {} : { result: v }), date1904: false } as ExcelJS.CellFormulaValue)
          : v === ''
            ? null
            : (v as ExcelJS.CellValue);
        const bg = sheet.backgrounds?.[r]?.[c];
        if (bg && bg.toLowerCase() !== '#ffffff') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${bg.slice(1).toUpperCase()}` } };
        const fg = sheet.fontColors?.[r]?.[c];
        if (fg && fg.toLowerCase() !== '#000000') cell.font = { color: { argb: `FF${fg.slice(1).toUpperCase()}` } };
      }),
    );
    if (sheet.frozenRows) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  }
  return wb;
}

/** The workbook as .xlsx bytes (the preview's Save as a download). */
export async function workbookXlsx(data: WorkbookData): Promise<Buffer> {
  return Buffer.from(await toExcel(data).xlsx.writeBuffer());
}

/**
 * `only`: the sheets to write in a folder (the ones a command changed); the other CSV files keep
 * their bytes, so a hand-made Stages.csv keeps its quoting, separators and number formats.
 */
export async function saveWorkbook(data: WorkbookData, path: string, only?: readonly string[]): Promise<void> {
  if (extname(path).toLowerCase() === '.xlsx') {
    await toExcel(data).xlsx.writeFile(path);
    return;
  }
  mkdirSync(path, { recursive: true });
  for (const sheet of data.sheets) {
    if (only && !only.includes(sheet.name)) continue;
    const rows = sheet.values.map((row, r) => row.map((v, c) => cellText(v, sheet.formulas?.[r]?.[c])));
    writeFileSync(join(path, `${sheet.name}.csv`), Papa.unparse(rows));
  }
}

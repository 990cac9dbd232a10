/**
 * A user's own data for the preview: a folder of CSV files (one per sheet, file name = sheet
 * name) or an .xlsx workbook; and saving the evaluated workbook back the same way.
 * CSV cells that are plain numbers or ISO dates are typed back, as Sheets would on import;
 * everything else stays text (text numbers such as "1 234,50 kr" are the add-on's to read).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Cell, SheetData, WorkbookData } from '../apps-script-fake';

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/;

export function typeCsvCell(text: string): Cell {
  const s = text.trim();
  if (s === '') return '';
  if (NUMBER.test(s)) return Number(s);
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

export async function loadWorkbook(path: string): Promise<WorkbookData> {
  if (!existsSync(path)) throw new Error(`No workbook at ${path}`);
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => extname(f).toLowerCase() === '.csv').sort();
    if (files.length === 0) throw new Error(`${path} has no .csv files (one per sheet, file name = sheet name)`);
    const sheets: SheetData[] = files.map((f) => {
      const parsed = Papa.parse<string[]>(readFileSync(join(path, f), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
      const formulas: string[][] = [];
      const values = rectangular(parsed.data.map((row, r) => row.map((text, c) => {
        if (text.startsWith('=')) {
          (formulas[r] ??= [])[c] = text;
          return '';
        }
        return typeCsvCell(text);
      })));
      return { name: basename(f, extname(f)), values, formulas: values.map((row, r) => row.map((_, c) => formulas[r]?.[c] ?? '')) };
    });
    return { sheets };
  }
  if (extname(path).toLowerCase() !== '.xlsx') throw new Error(`${path}: give a folder of CSV files or an .xlsx file`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
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

export async function saveWorkbook(data: WorkbookData, path: string): Promise<void> {
  if (extname(path).toLowerCase() === '.xlsx') {
    const wb = new ExcelJS.Workbook();
    for (const sheet of data.sheets) {
      const ws = wb.addWorksheet(sheet.name);
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          const f = sheet.formulas?.[r]?.[c];
          cell.value = f ? { formula: f.slice(1), date1904: false } as ExcelJS.CellFormulaValue : v === '' ? null : (v as ExcelJS.CellValue);
          const bg = sheet.backgrounds?.[r]?.[c];
          if (bg && bg.toLowerCase() !== '#ffffff') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${bg.slice(1).toUpperCase()}` } };
          const fg = sheet.fontColors?.[r]?.[c];
          if (fg && fg.toLowerCase() !== '#000000') cell.font = { color: { argb: `FF${fg.slice(1).toUpperCase()}` } };
        }),
      );
      if (sheet.frozenRows) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
    }
    await wb.xlsx.writeFile(path);
    return;
  }
  mkdirSync(path, { recursive: true });
  for (const sheet of data.sheets) {
    const rows = sheet.values.map((row, r) => row.map((v, c) => cellText(v, sheet.formulas?.[r]?.[c])));
    writeFileSync(join(path, `${sheet.name}.csv`), Papa.unparse(rows));
  }
}

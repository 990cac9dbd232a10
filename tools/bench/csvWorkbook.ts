/**
 * A CSV workbook as big as an agency's exports get (a folder with Stages.csv and Weekly.csv),
 * and the cost of reading and evaluating it through `npm run evaluate`'s own code path, in a
 * child process so its peak memory (max RSS) is measured alone.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { generateWorkbook } from '../workbooks/generate';
import { runBenchChild } from './child';

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** Writes a workbook folder of about `megabytes` MB; returns its path (delete it after use). */
export async function writeCsvWorkbook(megabytes: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'liftgate-csv-'));
  const chunk = 20_000;
  const sample = generateWorkbook(chunk, 12, 1);
  writeFileSync(join(dir, 'Stages.csv'), Papa.unparse(sample.stages.map((r) => r.map(iso))));
  const out = createWriteStream(join(dir, 'Weekly.csv'));
  const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', () => resolve())));
  await write(Papa.unparse([sample.weekly[0]]) + '\r\n');
  let bytes = 0;
  for (let seed = 1; bytes < megabytes * 1e6; seed++) {
    const { weekly } = generateWorkbook(chunk, 12, seed);
    const text = Papa.unparse(weekly.slice(1).map((r) => r.map(iso))) + '\r\n';
    bytes += Buffer.byteLength(text);
    await write(text);
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return dir;
}

export interface CsvWorkbookBench {
  megabytes: number;
  rows: number;
  ms: number;
  maxRssMb: number;
}

/** Reads and evaluates the workbook as `npm run evaluate -- --workbook DIR` does, in a child process. */
export function benchCsvWorkbook(dir: string): CsvWorkbookBench {
  const r = runBenchChild<{ ms: number; rows: number; maxRssKb: number }>('csvWorkbookChild.ts', [dir]);
  return { megabytes: statSync(join(dir, 'Weekly.csv')).size / 1e6, rows: r.rows, ms: r.ms, maxRssMb: r.maxRssKb / 1024 };
}

export async function benchBigCsv(megabytes = 50): Promise<CsvWorkbookBench> {
  const dir = await writeCsvWorkbook(megabytes);
  try {
    return benchCsvWorkbook(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchBigCsv(Number(process.argv[2] ?? 50)).then((r) => console.log(JSON.stringify(r)));
}

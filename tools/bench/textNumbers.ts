/**
 * Text numbers as exports paste them ("28,89 kr", "1,234") against the same values as plain
 * numbers: ROAS over 100,000 rows in one call, and evaluateStages() over 100,000 Weekly rows,
 * in a Norwegian spreadsheet (so "1,234" needs the locale). The aim: text at most 5× plain.
 */
import { performance } from 'node:perf_hooks';
import type { TableCell } from '../../src/core/plan/types';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { median, time } from './timing';

export interface TextNumberBench {
  name: string;
  rows: number;
  plainMs: number;
  textMs: number;
}

/** 2889.5 → "2 889,50 kr" (what a Norwegian Meta export writes). */
function norwegian(n: number): string {
  const [int, frac] = n.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${frac} kr`;
}

/** Numbers under 1,000,000 with a single group separator and 3 decimals look like "1,234": ambiguous. */
function ambiguous(n: number): string {
  const k = Math.floor(n / 1000);
  return k > 0 && k < 1000 ? `${k},${String(Math.round(n) % 1000).padStart(3, '0')}` : String(Math.round(n));
}

export function benchTextNumbers(codePath: string, rows = 100_000): TextNumberBench[] {
  const out: TextNumberBench[] = [];
  const fake = createAppsScriptFake({ sheets: [], locale: 'nb_NO' });
  const gs = loadCodeJs(fake, codePath);
  const revenue: number[][] = [];
  const spend: number[][] = [];
  for (let r = 0; r < rows; r++) {
    spend.push([1000 + ((r * 7919) % 90000) / 10]);
    revenue.push([2000 + ((r * 104729) % 300000) / 10]);
  }
  const asText = (f: (n: number) => string) => (col: number[][]) => col.map(([v]) => [f(v)]);
  const plainMs = time(() => gs.ROAS(revenue, spend));
  const [krRevenue, krSpend] = [revenue, spend].map(asText(norwegian));
  const [ambRevenue, ambSpend] = [revenue, spend].map(asText(ambiguous));
  out.push({ name: 'ROAS, "28,89 kr" texts', rows, plainMs, textMs: time(() => gs.ROAS(krRevenue, krSpend)) });
  out.push({ name: 'ROAS, ambiguous "1,234" texts', rows, plainMs, textMs: time(() => gs.ROAS(ambRevenue, ambSpend)) });

  const wb = generateWorkbook(rows);
  const textWeekly: TableCell[][] = wb.weekly.map((row, i) => (i === 0 ? row : row.map((v, c) => (c >= 3 && typeof v === 'number' ? norwegian(v) : v))));
  const evaluate = (weekly: TableCell[][]) => {
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const f = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: wb.stages.map((r) => r.slice()) },
          { name: 'Weekly', values: weekly },
        ],
        locale: 'nb_NO',
      });
      const ctx = loadCodeJs(f, codePath) as unknown as { evaluateStages: () => unknown };
      const t0 = performance.now();
      ctx.evaluateStages();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  out.push({ name: 'evaluateStages, "2 889,50 kr" texts in Weekly', rows, plainMs: evaluate(wb.weekly), textMs: evaluate(textWeekly) });
  return out;
}

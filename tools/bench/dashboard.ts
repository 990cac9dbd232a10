/**
 * createDashboard() through the built dist/Code.js over the Apps Script imitation: the first
 * call (sheet, blocks and charts made) and a refresh (charts updated in place), on 1,000 /
 * 100,000 weekly rows of the generated 12-stage workbook. Service calls must not move with rows.
 */
import { performance } from 'node:perf_hooks';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { median } from './timing';

export interface DashboardBench {
  rows: number;
  stages: number;
  charts: number;
  firstMs: number;
  refreshMs: number;
  firstCalls: number;
  refreshCalls: number;
}

export function benchDashboard(
  codePath: string,
  sizes: [number, number][] = [
    [1_000, 12],
    [100_000, 12],
    [200 * 12 * 3, 200],
  ],
): DashboardBench[] {
  return sizes.map(([rows, stageCount]) => {
    const { stages, weekly } = generateWorkbook(rows, stageCount);
    const first: number[] = [];
    const refresh: number[] = [];
    let firstCalls = 0;
    let refreshCalls = 0;
    let charts = 0;
    for (let i = 0; i < 3; i++) {
      const fake = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: stages },
          { name: 'Weekly', values: weekly },
        ],
      });
      const gs = loadCodeJs(fake, codePath) as unknown as { createDashboard: () => unknown };
      fake.calls.reset();
      let t = performance.now();
      gs.createDashboard();
      first.push(performance.now() - t);
      firstCalls = fake.calls.total();
      fake.calls.reset();
      t = performance.now();
      gs.createDashboard();
      refresh.push(performance.now() - t);
      refreshCalls = fake.calls.total();
      charts = fake.spreadsheet.raw('Dashboard')!.charts.length;
    }
    return { rows, stages: stageCount, charts, firstMs: median(first), refreshMs: median(refresh), firstCalls, refreshCalls };
  });
}

if (process.argv[1]?.endsWith('dashboard.ts')) {
  const { join, dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const code = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'Code.js');
  for (const b of benchDashboard(code)) console.log(JSON.stringify(b));
}

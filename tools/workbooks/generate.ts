/**
 * Deterministic agency-sized workbooks for benchmarks and scale tests: a plan of stages and
 * any number of weekly rows (many clients' campaigns × variants × weeks), as Apps Script's
 * getValues() would return them (numbers, Dates, "" for blanks).
 */
import type { TableCell } from '../../src/core/plan/types';
import { seeded } from './seeded';

export const STAGES_HEADER = ['Stage', 'Budget', 'Start', 'Min weeks', 'Min ROAS', 'Max CPA', 'Min conversions', 'Min iROAS'];
export const WEEKLY_HEADER = ['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Control revenue'];

export interface GeneratedWorkbook {
  stages: TableCell[][];
  weekly: TableCell[][];
}

/** `rows` weekly rows spread over `stageCount` stages (plus Baseline weeks), 3 variants each. */
export function generateWorkbook(rows: number, stageCount = 12, seed = 1): GeneratedWorkbook {
  const rnd = seeded(seed);
  const stages: TableCell[][] = [STAGES_HEADER];
  const names = Array.from({ length: stageCount }, (_, i) => `Stage ${i + 1}`);
  names.forEach((name, i) => {
    // Targets tighten stage by stage, so the plan shows a mix: scale-ups, holds, a stop, locked stages.
    stages.push([name, 1e9, new Date(Date.UTC(2024, 0, 1 + 28 * i)), 2, 2.6 + 0.3 * i, 80 - 4 * i, 30, i % 2 ? 1 : '']);
  });
  const weekly: TableCell[][] = [WEEKLY_HEADER];
  const start = Date.UTC(2024, 0, 1);
  for (let r = 0; r < rows; r++) {
    const baseline = r % 20 === 0;
    const stage = baseline ? 'Baseline' : names[r % stageCount];
    const spend = baseline ? 0 : Math.round(500 + rnd() * 4500);
    const clicks = Math.round(200 + rnd() * 2000);
    const conversions = Math.round(clicks * (0.03 + rnd() * 0.05));
    const revenue = Math.round(spend * (2.5 + rnd() * 3) + (baseline ? 20000 : 0));
    weekly.push([
      new Date(start + 7 * 86400000 * Math.floor(r / (stageCount * 3))),
      stage,
      baseline ? '' : `Variant ${'ABC'[r % 3]}`,
      spend,
      clicks * 40,
      clicks,
      Math.round(conversions * 1.5),
      conversions,
      revenue,
      Math.round(revenue * 0.6),
    ]);
  }
  return { stages, weekly };
}

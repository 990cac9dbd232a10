/**
 * The alternative a user would build by hand: the same per-stage evaluation as ordinary
 * spreadsheet formulas (SUMIFS per stage and metric, ratios, and nested IFs grading the worst
 * criterion like STAGE_GATE), recalculated by HyperFormula — a spreadsheet engine.
 */
import { HyperFormula } from 'hyperformula';
import { performance } from 'node:perf_hooks';

type Cell = string | number | boolean | Date | null;

const col = (i: number) => String.fromCharCode(65 + i);

export function benchFormulaSheet(
  stages: readonly (readonly Cell[])[],
  weekly: readonly (readonly Cell[])[],
): { buildMs: number; recalcMs: number; decisions: string[] } {
  const head = weekly[0].map(String);
  const stageCol = col(head.indexOf('Stage'));
  const spendCol = col(head.indexOf('Spend'));
  const revCol = col(head.indexOf('Revenue'));
  const convCol = col(head.indexOf('Conversions'));
  const sHead = stages[0].map(String);
  const roasT = sHead.indexOf('Min ROAS');
  const cpaT = sHead.indexOf('Max CPA');
  const n = weekly.length;
  const data = weekly.map((r) => r.map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v === '' ? null : v)));
  const plan = stages.slice(1).map((r, i) => {
    const row = i + 1;
    const sum = (c: string) => `SUMIFS(Weekly!$${c}$2:$${c}$${n},Weekly!$${stageCol}$2:$${stageCol}$${n},$A${row})`;
    // A: stage, B: Min ROAS, C: Max CPA, D: ROAS, E: CPA, F: worst gap, G: decision
    return [
      r[0] as string,
      r[roasT] as number,
      r[cpaT] as number,
      `=IFERROR(${sum(revCol)}/${sum(spendCol)},0)`,
      `=IFERROR(${sum(spendCol)}/${sum(convCol)},0)`,
      `=MIN((D${row}-B${row})/ABS(B${row}),(C${row}-E${row})/ABS(C${row}))`,
      `=IF(F${row}>=0.2,"SCALE UP",IF(F${row}>=0,"GO",IF(F${row}>=-0.1,"HOLD",IF(F${row}>=-0.2,"SCALE DOWN","STOP"))))`,
    ];
  });
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets({ Weekly: data as never, Plan: plan as never }, { licenseKey: 'gpl-v3', useColumnIndex: true, maxRows: 1_000_000 });
  const buildMs = performance.now() - t0;
  const plansheet = hf.getSheetId('Plan')!;
  const weeklySheet = hf.getSheetId('Weekly')!;
  // A new week of numbers arrives: change one spend cell and let the engine recalculate.
  const t1 = performance.now();
  hf.setCellContents({ sheet: weeklySheet, row: 1, col: head.indexOf('Spend') }, [[Number(data[1][head.indexOf('Spend')]) + 1]]);
  const recalcMs = performance.now() - t1;
  const decisions = plan.map((_, i) => String(hf.getCellValue({ sheet: plansheet, row: i, col: 6 })));
  hf.destroy();
  return { buildMs, recalcMs, decisions };
}

/** Stage gates (docs/contract.md §1.5): grade stages against targets, and the budget each releases. */
import { decisionWords } from '../../i18n/decisionWords';
import { nextBudget } from '../../core/gates/nextBudget';
import { gradeGap, relativeGap } from '../../core/gates/stageGate';
import type { Fail, FunctionSpec, OutCell } from '../types';
import { DECISIONS, type Decision } from '../../core/model/decisions';
import type { Direction } from '../../core/model/criterion';

type Cell = number | string | null;

/** Sheets users type ≥/≤ as often as >=/<=; both read the same. */
const DIRECTIONS: Record<string, Direction> = { '>=': '>=', '≥': '>=', '=>': '>=', '<=': '<=', '≤': '<=', '=<': '<=' };

/** A 1×1 range broadcasts to every cell; 1×C to every row; R×C is taken as is. */
function cellAt<T>(grid: T[][], r: number, c: number, rows: number, cols: number, name: string, fail: Fail): T {
  const gr = grid.length === 1 ? 0 : r;
  const gc = grid[0].length === 1 ? 0 : c;
  if ((grid.length !== 1 && grid.length !== rows) || (grid[0].length !== 1 && grid[0].length !== cols)) {
    fail(name, `is a ${grid.length}×${grid[0].length} range but actual is ${rows}×${cols}; give one value, one row of ${cols}, or ${rows}×${cols}`);
  }
  return grid[gr][gc];
}

export const stageGateFunctions: FunctionSpec[] = [
  {
    name: 'STAGE_GATE',
    mode: 'whole',
    summary: 'Go/no-go per stage: SCALE UP, GO, HOLD, SCALE DOWN or STOP from actuals against targets.',
    details:
      'Each row is a stage (or a week), each column a criterion. For each criterion the relative gap is ' +
      '(actual − target)/|target| when more is better (">=": ROAS, iROAS, conversions) and (target − actual)/|target| ' +
      'when less is better ("<=": CPA, CPC, CPL). The row follows its worst criterion: gap ≥ scale_margin → SCALE UP; ' +
      '≥ 0 → GO; ≥ −tolerance → HOLD; ≥ −2·tolerance → SCALE DOWN; otherwise STOP. A blank target means no ' +
      'criterion; a row whose actuals are all blank stays blank.',
    params: [
      { name: 'actual', kind: 'number', shape: 'table', description: 'Actuals: one row per stage, one column per criterion (e.g. ROAS and CPA).' },
      { name: 'target', kind: 'number', shape: 'table', description: 'Targets: the same shape, or one row with a target per criterion.' },
      {
        name: 'direction',
        kind: 'text',
        shape: 'table',
        default: '>=',
        oneOf: ['>=', '<=', '≥', '≤', '=>', '=<'],
        description: '">=" (more is better) or "<=" (less is better): one value or one per criterion.',
      },
      {
        name: 'tolerance',
        kind: 'number',
        shape: 'scalar',
        default: 0.1,
        min: 0,
        description: 'How far below target (relative) still holds rather than scales down; default 0.1 (10%).',
      },
      {
        name: 'scale_margin',
        kind: 'number',
        shape: 'scalar',
        default: 0.2,
        min: 0,
        description: 'How far above target (relative) earns a scale-up; default 0.2 (20%).',
      },
    ],
    returns: 'One decision per row: SCALE UP, GO, HOLD, SCALE DOWN or STOP.',
    example: '=STAGE_GATE(C2:D4, {3, 250}, {">=", "<="})',
    evaluate: ([actual, target, direction, tolerance, scaleMargin]: [Cell[][], Cell[][], Cell[][] | string, number, number], fail: Fail) => {
      const rows = actual.length;
      const cols = actual[0].length;
      const dirs = typeof direction === 'string' ? [[direction]] : direction;
      // Shapes are checked once; targets and directions given per criterion are resolved once.
      cellAt(target, 0, 0, rows, cols, 'target', fail);
      cellAt(dirs, 0, 0, rows, cols, 'direction', fail);
      const perRow = target.length > 1 || dirs.length > 1;
      const t0 = Array.from({ length: cols }, (_, c) => cellAt(target, 0, c, rows, cols, 'target', fail) as number | null);
      const d0 = Array.from({ length: cols }, (_, c) => DIRECTIONS[(cellAt(dirs, 0, c, rows, cols, 'direction', fail) ?? '>=') as string]);
      const settings = { tolerance, scaleMargin };
      const out: OutCell[][] = [];
      for (let r = 0; r < rows; r++) {
        const row = actual[r];
        let worst = Infinity;
        let graded = false;
        let anyActual = false;
        for (let c = 0; c < cols; c++) {
          const a = row[c] as number | null;
          if (a === null) continue;
          anyActual = true;
          const t = perRow ? (cellAt(target, r, c, rows, cols, 'target', fail) as number | null) : t0[c];
          if (t === null) continue;
          const d = perRow ? DIRECTIONS[(cellAt(dirs, r, c, rows, cols, 'direction', fail) ?? '>=') as string] : d0[c];
          const g = relativeGap(a, t, d);
          graded = true;
          if (g < worst) worst = g;
        }
        out.push([anyActual && graded ? gradeGap(worst, settings) : '']);
      }
      return out;
    },
  },
  {
    name: 'NEXT_BUDGET',
    mode: 'elementwise',
    summary: 'The budget a stage releases after its decision: SCALE UP adds the step, SCALE DOWN removes it, STOP releases 0.',
    details: 'GO, HOLD, READY and NEED DATA keep the budget; STOP and LOCKED release nothing.',
    params: [
      { name: 'budget', kind: 'number', shape: 'each', min: 0, description: "The stage's budget." },
      {
        name: 'decision',
        kind: 'text',
        shape: 'each',
        oneOf: DECISIONS,
        aliases: decisionWords,
        description: 'The decision, e.g. from STAGE_GATE (the words in Norwegian, Russian and Chinese work too).',
      },
      {
        name: 'step',
        kind: 'number',
        shape: 'scalar',
        default: 0.2,
        min: 0,
        max: 1,
        description: 'How much a scale-up adds or a scale-down removes; default 0.2 (20%).',
      },
    ],
    returns: 'The next budget.',
    example: '=NEXT_BUDGET(B2:B4, E2:E4, 0.25)',
    evaluate: (budget: number, decision: Decision, step: number) => nextBudget(budget, decision, step),
  },
];

/**
 * Nothing lost, nothing injected: on randomly varied workbooks (user columns between and
 * after the known ones, blank rows, notes, formulas, an existing Decision log, hostile
 * text), evaluateStages() changes only its four output columns and appends to the log;
 * a failed evaluation writes nothing at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, SheetData } from '../../tools/apps-script-fake';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { load } from '../support/workbook';

const userCell = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constantFrom('=A1*2', '=IMPORTXML("x","y")', '+cmd', 'note', '1 234,5 kr'),
);

/** Inserts a user column at `at` in every row (header first). */
function insertColumn(rows: Cell[][], at: number, header: string, values: Cell[]): Cell[][] {
  return rows.map((r, i) => [...r.slice(0, at), i === 0 ? header : values[i % values.length], ...r.slice(at)]);
}

const variant = fc.record({
  stageCol: fc.integer({ min: 0, max: EXAMPLE_STAGES[0].length }),
  weeklyCol: fc.integer({ min: 0, max: EXAMPLE_WEEKLY[0].length }),
  header: fc.constantFrom('Notes', 'Owner', 'Client', 'Comment (internal)', '== merged =='),
  values: fc.array(userCell, { minLength: 1, maxLength: 5 }),
  blankRowAt: fc.integer({ min: 1, max: EXAMPLE_WEEKLY.length }),
  stageName: fc.constantFrom('Test', '=HYPERLINK("x")', '<script>x</script>', '@risk', '-minus'),
  breakCell: fc.boolean(),
  withLog: fc.boolean(),
});

/** The user's own column holds formulas; the stage name stays a text value even if it starts with "=". */
function formulasOf(values: Cell[][], col: number): string[][] {
  return values.map((r) => r.map((v, c) => (c === col && typeof v === 'string' && v.startsWith('=') ? v : '')));
}

describe('random workbooks', () => {
  it('only the output columns and appended log rows change; failures write nothing', () => {
    fc.assert(
      fc.property(variant, (v) => {
        let stages = EXAMPLE_STAGES.map((r) => [...r]) as Cell[][];
        stages[1][0] = v.stageName;
        stages = insertColumn(stages, v.stageCol, v.header, v.values);
        let weekly = EXAMPLE_WEEKLY.map((r) => (r[1] === 'Test' ? [r[0], v.stageName, ...r.slice(2)] : [...r])) as Cell[][];
        weekly = insertColumn(weekly, v.weeklyCol, v.header, v.values);
        weekly.splice(
          v.blankRowAt,
          0,
          weekly[0].map(() => ''),
        );
        if (v.breakCell) weekly[v.blankRowAt === 2 ? 3 : 2][weekly[0].indexOf('Spend')] = 'lots';
        const sheet = (name: string, values: Cell[][], col: number): SheetData => {
          // Formulas in the user's column: their value is unknown until Sheets computes them.
          const formulas = formulasOf(values, col);
          return {
            name,
            values: values.map((r, i) => r.map((c, j) => (formulas[i][j] ? '' : c))),
            formulas,
            notes: values.map((r, i) => r.map(() => (i === 0 ? 'a note' : ''))),
          };
        };
        const sheets = [sheet('Stages', stages, v.stageCol), sheet('Weekly', weekly, v.weeklyCol)];
        const oldLog = [
          ['When', 'Stage', 'Decision', 'Reason', 'Spend', 'Revenue', 'ROAS', 'CPA', 'iROAS', 'Next budget'],
          [new Date(Date.UTC(2025, 0, 1)), 'Old', 'GO', 'kept', 1, 2, 3, 4, 5, 6],
        ] as Cell[][];
        if (v.withLog) sheets.push(sheet('Decision log', oldLog, -1));
        const { fake, gs } = load({ sheets });
        const before = fake.snapshot();
        let ok = true;
        try {
          gs.evaluateStages();
        } catch (e) {
          ok = false;
          expect((e as Error).message).toMatch(/^Weekly!\w+\d+ \(Spend\) is "lots", not a number/);
        }
        const after = fake.snapshot();
        if (!ok) {
          expect(after).toEqual(before);
          return;
        }
        expect(v.breakCell).toBe(false);
        const [sBefore, sAfter] = [before.sheets[0], after.sheets[0]];
        const width = sBefore.values[0].length;
        // Every pre-existing Stages cell (values, formulas, notes) is as it was...
        expect(sAfter.values.map((r) => r.slice(0, width))).toEqual(sBefore.values);
        expect(sAfter.formulas!.map((r) => r.slice(0, width))).toEqual(sBefore.formulas);
        expect(sAfter.notes!.map((r) => r.slice(0, width))).toEqual(sBefore.notes);
        // ...the new cells are the four output columns, and none is a formula.
        expect(sAfter.values[0].slice(width)).toEqual(['Decision', 'Reason', 'Next budget', 'Evaluated']);
        for (const s of after.sheets)
          for (const row of s.formulas!) for (const f of row) expect(f === '' || before.sheets.some((b) => b.formulas!.flat().includes(f))).toBe(true);
        expect(after.sheets[1]).toEqual(before.sheets[1]);
        const log = after.sheets.find((s) => s.name === 'Decision log')!;
        if (v.withLog) expect(log.values.slice(0, 2)).toEqual(oldLog);
        expect(log.values).toHaveLength((v.withLog ? 2 : 1) + 3);
        const stageInLog = log.values[log.values.length - 3][1];
        expect(String(stageInLog).replace(/^'/, '')).toBe(v.stageName);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

/**
 * evaluateStages() through the built dist/Code.js over the Apps Script imitation: decisions,
 * what changes and what must not, call counts that do not grow with rows, injection, the lock.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { generateWorkbook } from '../../tools/workbooks/generate';
import { load, messageOf, sheetValues, withoutColumns } from '../support/workbook';
import { evaluatePlanInWords } from '../support/inWords';

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);

function exampleWorkbook(extra: Partial<{ stages: unknown[][]; weekly: unknown[][] }> = {}) {
  return load({
    sheets: [
      { name: 'Stages', values: copy((extra.stages ?? EXAMPLE_STAGES) as never) },
      { name: 'Weekly', values: copy((extra.weekly ?? EXAMPLE_WEEKLY) as never) },
    ],
  });
}

describe('evaluateStages on the worked example', () => {
  it('returns plain JSON with the decisions in plan order', () => {
    const { gs } = exampleWorkbook();
    const r = gs.evaluateStages() as {
      evaluatedAt: string;
      stages: { stage: string; decision: string; nextBudget: number; bestVariant: string | null; criteria: unknown[] }[];
      warnings: string[];
    };
    expect(r.stages.map((s) => [s.stage, s.decision, s.nextBudget])).toEqual([
      ['Test', 'SCALE UP', 24000],
      ['Scale', 'NEED DATA', 40000],
      ['Expand', 'LOCKED', 0],
    ]);
    expect(r.stages[0].bestVariant).toBe('Video');
    expect(r.evaluatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Survives the trip through google.script.run unchanged: nothing but JSON values.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('writes only the four output columns and appends the log', () => {
    const { fake, gs } = exampleWorkbook();
    const stagesBefore = sheetValues(fake, 'Stages');
    const weeklyBefore = sheetValues(fake, 'Weekly');
    gs.evaluateStages();
    const stages = sheetValues(fake, 'Stages');
    expect(stages[0].slice(-4)).toEqual(['Decision', 'Reason', 'Next budget', 'Evaluated']);
    const width = stagesBefore[0].length;
    expect(stages.map((r) => r.slice(0, width))).toEqual(stagesBefore);
    expect(sheetValues(fake, 'Weekly')).toEqual(weeklyBefore);
    expect(stages.slice(1).map((r) => r[width])).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
    const bg = fake.snapshot().sheets[0].backgrounds!;
    expect(bg.slice(1).map((r) => r[width])).toEqual(['#0072B2', '#D9D9D9', '#EFEFEF']);
    const log = sheetValues(fake, 'Decision log');
    expect(log[0]).toEqual(['When', 'Stage', 'Decision', 'Reason', 'Spend', 'Revenue', 'ROAS', 'CPA', 'iROAS', 'Next budget']);
    expect(log.slice(1).map((r) => [r[1], r[2], r[9]])).toEqual([
      ['Test', 'SCALE UP', 24000],
      ['Scale', 'NEED DATA', 40000],
      ['Expand', 'LOCKED', 0],
    ]);
  });

  it('is idempotent on Stages; the log gets no rows when no decision or next budget changed (docs/contract.md §3)', () => {
    const { fake, gs } = exampleWorkbook();
    gs.evaluateStages();
    const first = sheetValues(fake, 'Stages');
    const logFirst = sheetValues(fake, 'Decision log');
    gs.evaluateStages();
    const second = sheetValues(fake, 'Stages');
    const evaluatedCol = first[0].indexOf('Evaluated');
    expect(withoutColumns(second, [evaluatedCol])).toEqual(withoutColumns(first, [evaluatedCol]));
    expect(sheetValues(fake, 'Decision log')).toEqual(logFirst);
  });

  it('finds its output columns by header wherever the user moved them', () => {
    const stages = copy(EXAMPLE_STAGES as unknown[][]).map((r, i) => [
      i === 0 ? 'Notes' : `note ${i}`,
      ...r.slice(0, 2),
      i === 0 ? 'decision' : 'old',
      ...r.slice(2),
    ]);
    const { fake, gs } = exampleWorkbook({ stages });
    gs.evaluateStages();
    const after = sheetValues(fake, 'Stages');
    expect(after[0]).toHaveLength(stages[0].length + 3); // Reason, Next budget, Evaluated appended
    expect(after.slice(1).map((r) => r[3])).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
    expect(after.map((r) => r[0])).toEqual(stages.map((r) => r[0]));
  });
});

describe('scale', () => {
  it("100 and 50,000 weekly rows: the engine's decisions, nothing else changed, the same service calls", () => {
    const counts = [100, 50_000].map((rows) => {
      const wb = generateWorkbook(rows);
      const { fake, gs } = load({
        sheets: [
          { name: 'Stages', values: wb.stages as never },
          { name: 'Weekly', values: wb.weekly as never },
        ],
      });
      const before = fake.snapshot();
      fake.calls.reset();
      const r = gs.evaluateStages() as { stages: { stage: string; decision: string; nextBudget: number }[] };
      const calls = fake.calls.byMethod();
      // The add-on decides exactly what the pure engine decides on the same tables...
      const expected = evaluatePlanInWords(wb.stages, wb.weekly).stages.map((s) => [s.stage, s.decision, s.nextBudget]);
      expect(r.stages.map((s) => [s.stage, s.decision, s.nextBudget])).toEqual(expected);
      // ...and writes only its four columns: Weekly and the plan's own cells are untouched.
      const after = fake.snapshot();
      expect(after.sheets[1]).toEqual(before.sheets[1]);
      const width = before.sheets[0].values[0].length;
      expect(after.sheets[0].values.map((row) => row.slice(0, width))).toEqual(before.sheets[0].values);
      expect(after.sheets[0].values.slice(1).map((row) => row[width])).toEqual(expected.map((e) => e[1]));
      return calls;
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]['Range.getValues']).toBe(2);
  });
  it('the next evaluation asks for each sheet it reads once: one data range and one block each, the time zone once', () => {
    const wb = generateWorkbook(1_000);
    const { fake, gs } = load({
      sheets: [
        { name: 'Stages', values: wb.stages as never },
        { name: 'Weekly', values: wb.weekly as never },
      ],
    });
    gs.evaluateStages(); // makes the Decision log and Experiments sheets
    fake.calls.reset();
    gs.evaluateStages();
    const calls = fake.calls.byMethod();
    // Stages, Weekly (its merges from the same range), Experiments and the Decision log.
    expect(calls['Sheet.getDataRange']).toBe(4);
    expect(calls['Range.getValues']).toBe(4);
    expect(calls['Range.getMergedRanges']).toBe(1);
    expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });
});

describe('text from the sheet stays text', () => {
  it.each(['=HYPERLINK("http://x","click")', '<img src=x onerror=alert(1)>', '+1-555', '@SUM(A1)'])('a stage named %j', (name) => {
    const stages = copy(EXAMPLE_STAGES as unknown[][]);
    stages[1][0] = name;
    const weekly = copy(EXAMPLE_WEEKLY as unknown[][]).map((r) => (r[1] === 'Test' ? [r[0], name, ...r.slice(2)] : r));
    const { fake, gs } = exampleWorkbook({ stages, weekly });
    const r = gs.evaluateStages() as { stages: { stage: string; decision: string }[] };
    expect(r.stages[0]).toMatchObject({ stage: name, decision: 'SCALE UP' });
    const snap = fake.snapshot();
    for (const sheet of snap.sheets) for (const row of sheet.formulas ?? []) for (const f of row) expect(f).toBe('');
    // The log's text columns are plain text (number format "@"): the name is kept as typed.
    const log = fake.snapshot().sheets.find((s) => s.name === 'Decision log')!;
    // Escaped as well as plain text (#20): Sheets hides the apostrophe; the imitation keeps it.
    expect(log.values[1][1]).toBe(/^[=+@-]/.test(name) ? `'${name}` : name);
    expect(log.numberFormats![1].slice(1, 4)).toEqual(['@', '@', '@']);
  });
});

describe('failures write nothing and explain themselves', () => {
  it('a missing Weekly sheet', () => {
    const { fake, gs } = load({ sheets: [{ name: 'Stages', values: copy(EXAMPLE_STAGES) as never }] });
    const before = fake.snapshot();
    expect(messageOf(() => gs.evaluateStages())).toMatch(/no "Weekly" sheet/);
    expect(fake.snapshot()).toEqual(before);
  });

  it('a missing Budget header', () => {
    const stages = copy(EXAMPLE_STAGES as unknown[][]);
    stages[0][1] = 'Money';
    const { fake, gs } = exampleWorkbook({ stages });
    const before = fake.snapshot();
    expect(messageOf(() => gs.evaluateStages())).toBe('The "Stages" sheet has no "Budget" column (row 1 holds the headers).');
    expect(fake.snapshot()).toEqual(before);
  });

  it('a date where a number belongs names the cell', () => {
    const weekly = copy(EXAMPLE_WEEKLY as unknown[][]);
    weekly[6][3] = new Date(Date.UTC(2025, 0, 1));
    const { fake, gs } = exampleWorkbook({ weekly });
    const before = fake.snapshot();
    expect(messageOf(() => gs.evaluateStages())).toBe('Weekly!D7 (Spend) is the date 2025-01-01, not a number. Fix the cell and evaluate again.');
    expect(fake.snapshot()).toEqual(before);
  });

  it('a held lock: the second click is told to wait and nothing is written', () => {
    const { fake, gs } = exampleWorkbook();
    fake.lock.heldElsewhere = true;
    const before = fake.snapshot();
    expect(messageOf(() => gs.evaluateStages())).toBe('Another evaluation is running in this spreadsheet; try again in a moment.');
    expect(fake.snapshot()).toEqual(before);
    fake.lock.heldElsewhere = false;
    gs.evaluateStages();
    expect(fake.lock.held).toBe(false); // released after the evaluation
  });
});

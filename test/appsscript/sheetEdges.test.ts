/**
 * Sheets as users keep them (issue #11, #15): merged Stage cells, total rows, half-finished
 * writes, a log pointed at the wrong sheet, time zones east of UTC, strict typed dates, sheet
 * text that is also a JavaScript property name, implausible numbers, stage names that Sheets
 * would retype. Through the built dist/Code.js over the Apps Script imitation.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import type { Cell, SheetData, WorkbookData } from '../../tools/apps-script-fake';
import { load, messageOf, sheetValues } from '../support/workbook';

type Result = { stages: { stage: string; decision: string; reason: string; nextBudget: number; metrics: Record<string, number | null> }[]; warnings: string[] };

const copy = (rows: readonly (readonly unknown[])[]) => rows.map((r) => [...r]) as Cell[][];

function workbook(
  o: { stages?: Cell[][]; weekly?: Cell[][]; more?: SheetData[]; weeklyExtra?: Partial<SheetData>; stagesExtra?: Partial<SheetData> } & Omit<
    WorkbookData,
    'sheets'
  > = {},
) {
  const { stages, weekly, more, weeklyExtra, stagesExtra, ...rest } = o;
  return load({
    sheets: [
      { name: 'Stages', values: stages ?? copy(EXAMPLE_STAGES), ...stagesExtra },
      { name: 'Weekly', values: weekly ?? copy(EXAMPLE_WEEKLY), ...weeklyExtra },
      ...(more ?? []),
    ],
    ...rest,
  });
}

/** A calendar day as the reasons write it in that locale (the translator's short date). */
const shown = (locale: string, y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));

const decisions = (r: Result) => r.stages.map((s) => [s.stage, s.decision, s.nextBudget]);

/** Refused: the message, and not one cell of the workbook changed. */
function refused(wb: ReturnType<typeof workbook>): string {
  const before = wb.fake.snapshot();
  const message = messageOf(() => wb.gs.evaluateStages());
  expect(wb.fake.snapshot()).toEqual(before);
  return message;
}

describe('merged Stage cells and rows without a stage', () => {
  it('a Stage cell merged over its rows counts every row of the merge', () => {
    const plain = workbook().gs.evaluateStages() as Result;
    const weekly = copy(EXAMPLE_WEEKLY);
    // Test's eight rows are sheet rows 6–13: Sheets returns "Test" only in the top-left cell.
    for (let r = 6; r < 13; r++) weekly[r][1] = '';
    const wb = workbook({ weekly, weeklyExtra: { merges: [{ row: 6, col: 2, numRows: 8, numCols: 1 }] } });
    const r = wb.gs.evaluateStages() as Result;
    expect(decisions(r)).toEqual(decisions(plain));
    expect(r.stages[0].metrics.spend).toBe(plain.stages[0].metrics.spend);
    expect(r.warnings).toEqual(plain.warnings);
    expect(wb.fake.snapshot().sheets[1].values).toEqual(weekly); // read, not rewritten
  });

  it('other rows with numbers but no stage are left out with a warning naming them', () => {
    const weekly = copy(EXAMPLE_WEEKLY);
    weekly[6][1] = '';
    weekly[7][1] = '';
    weekly.push(['', '', '', '', '', '', '', '', '', '', ''], ['Total:', '', '', 99999, '', '', '', '', '', '', '']);
    const r = workbook({ weekly }).gs.evaluateStages() as Result;
    expect(r.warnings).toContain(
      'Weekly rows 7 and 8 have numbers but no stage; they were left out. Fill in the Stage (merged Stage cells are read as their merged value).',
    );
    expect(r.warnings.join(' ')).not.toMatch(/\b19\b/); // the total row is not a measurement
  });
});

describe('rows of Stages that are not stages keep their output cells', () => {
  const header = [...EXAMPLE_STAGES[0], 'Decision', 'Reason', 'Next budget', 'Evaluated'];
  const blank4 = ['', '', '', ''];
  const stages: Cell[][] = [
    header,
    [...EXAMPLE_STAGES[1], ...blank4],
    [...EXAMPLE_STAGES[2], ...blank4],
    [...EXAMPLE_STAGES[0].map(() => ''), '', 'Phase 2 below', '', ''],
    [...EXAMPLE_STAGES[3], ...blank4],
    ['Total:', 120000, ...EXAMPLE_STAGES[0].slice(2).map(() => ''), '', '', 120000, ''],
  ];
  const width = EXAMPLE_STAGES[0].length;
  const formulas = stages.map((r) => r.map(() => ''));
  formulas[5][width] = '=COUNTIF(K2:K5,"GO")';
  formulas[5][width + 1] = '=SUM(B2:B5)';
  const backgrounds = stages.map((r) => r.map(() => '#ffffff'));
  backgrounds[5][width] = '#ffff00';
  backgrounds[3][width] = '#cccccc';

  it('a note row between stages and a "Total:" row with formulas are untouched; the stages are written', () => {
    const wb = workbook({ stages, stagesExtra: { formulas, backgrounds } });
    const before = wb.fake.snapshot().sheets[0];
    const plain = workbook().gs.evaluateStages() as Result;
    const r = wb.gs.evaluateStages() as Result;
    expect(decisions(r)).toEqual(decisions(plain));
    const after = wb.fake.snapshot().sheets[0];
    for (const row of [3, 5]) {
      expect(after.values[row]).toEqual(before.values[row]);
      expect(after.formulas![row]).toEqual(before.formulas![row]);
      expect(after.backgrounds![row]).toEqual(before.backgrounds![row]);
    }
    expect([1, 2, 4].map((row) => after.values[row][width])).toEqual(plain.stages.map((s) => s.decision));
  });

  it('a write that fails midway says which stages were not updated, and logs nothing', () => {
    const wb = workbook({ stages, stagesExtra: { formulas, backgrounds } });
    // Two runs of stages (rows 2–3 and row 5): the fifth setValues is the first of the second run.
    wb.fake.calls.failOn('Range.setValues', 5);
    const message = messageOf(() => wb.gs.evaluateStages());
    expect(message).toMatch(/^Writing the decisions to "Stages" failed \(Exception: Service Spreadsheets failed while accessing document/);
    expect(message).toContain('Not updated: "Expand"');
    expect(message).not.toContain('"Test"');
    expect(wb.fake.snapshot().sheets.map((s) => s.name)).toEqual(['Stages', 'Weekly']);
  });
});

describe('all or nothing: checked before the first write', () => {
  it("a reason over Sheets' 50,000-character cell limit: refused, nothing written", () => {
    const long = `Scale ${'x'.repeat(49_990)}`;
    const stages = copy(EXAMPLE_STAGES);
    stages[2][0] = long;
    const weekly = copy(EXAMPLE_WEEKLY).map((r) => (r[1] === 'Scale' ? [r[0], long, ...r.slice(2)] : r));
    expect(refused(workbook({ stages, weekly }))).toMatch(
      /^The reason for stage "Test" would be [\d,]+ characters, over Sheets' limit of 50,000 for a cell; nothing was written/,
    );
  });

  it('a "Decision log" sheet that is not a LiftGate log is left alone: the log goes to a free name (#20)', () => {
    const own = [
      ['Client', 'Notes'],
      ['ACME', 'call back'],
    ];
    const wb = workbook({ more: [{ name: 'Decision log', values: own }] });
    const r = wb.gs.evaluateStages() as Result & { warnings: string[] };
    expect(sheetValues(wb.fake, 'Decision log')).toEqual(own);
    expect(r.warnings.at(-1)).toBe(
      'A sheet named "Decision log" is not LiftGate\'s, so nothing was written there; LiftGate used "Decision log (LiftGate)" instead.',
    );
  });

  it('the log gets a row only for stages whose decision or next budget changed since their last logged row', () => {
    const head = ['When', 'Stage', 'Decision', 'Reason', 'Spend', 'Revenue', 'ROAS', 'CPA', 'iROAS', 'Next budget'];
    const [test, scale, expand] = (workbook().gs.evaluateStages() as Result).stages;
    const when = new Date(Date.UTC(2025, 1, 1));
    const old: Cell[][] = [
      head,
      [new Date(Date.UTC(2025, 0, 1)), 'Test', 'STOP', 'earlier', 1, 2, 3, 4, 5, 0],
      [when, 'test', test.decision, 'later', 1, 2, 3, 4, 5, test.nextBudget], // Test's last row: unchanged
      [when, 'Scale', scale.decision, 'same decision', 1, 2, 3, 4, 5, scale.nextBudget + 1], // next budget changed
      [when, 'Expand', expand.decision, 'same', 1, 2, 3, 4, 5, expand.nextBudget], // unchanged
    ];
    const wb = workbook({ more: [{ name: 'Decision log', values: old }] });
    wb.gs.evaluateStages();
    const log = sheetValues(wb.fake, 'Decision log');
    expect(log.slice(0, old.length)).toEqual(old);
    expect(log.slice(old.length).map((r) => [r[1], r[2], r[9]])).toEqual([['Scale', scale.decision, scale.nextBudget]]);
  });
});

describe('the log cannot be pointed at the sheets LiftGate reads', () => {
  it.each([['Weekly'], ['weekly'], [' Stages ']])('saveSettings refuses logSheet %j', (name) => {
    const wb = workbook();
    expect(messageOf(() => wb.gs.saveSettings({ logSheet: name }))).toMatch(/^Decision log sheet must differ from the (weekly|stages) sheet/);
    expect(wb.fake.documentProperties).toEqual({});
  });

  it('settings stored before this rule: evaluateStages refuses and writes nothing', () => {
    const wb = workbook({ properties: { 'liftgate.settings': JSON.stringify({ logSheet: 'Weekly' }) } });
    expect(refused(wb)).toBe('Decision log sheet must differ from the weekly sheet ("Weekly"): the log appends rows there.');
  });
});

describe("dates in the spreadsheet's time zone", () => {
  /** Midnight of a calendar day in a zone east of UTC, as Apps Script hands over a date cell. */
  const midnight = (y: number, m: number, d: number, offsetHours: number) => new Date(Date.UTC(y, m - 1, d) - offsetHours * 3600_000);

  /** Scale with no data, so it is READY and its reason names its start. */
  const withoutScaleRows = () => copy(EXAMPLE_WEEKLY).filter((r) => r[1] !== 'Scale');

  it('Europe/Oslo: a Start cell showing 2025-02-03 starts 2025-02-03', () => {
    const stages = copy(EXAMPLE_STAGES);
    stages[2][2] = midnight(2025, 2, 3, 1);
    const r = workbook({ stages, weekly: withoutScaleRows(), timeZone: 'Europe/Oslo', locale: 'nb_NO' }).gs.evaluateStages() as Result;
    expect(r.stages[1].decision).toBe('READY');
    expect(r.stages[1].reason).toContain(shown('nb-NO', 2025, 2, 3));
  });

  it('Asia/Tokyo: date cells and typed date texts for the same four weeks count four weeks', () => {
    const weekly = copy(EXAMPLE_WEEKLY).map((r) => {
      if (r[1] !== 'Test') return r;
      const d = r[0] as Date;
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      return [r[2] === 'Video' ? midnight(y, m, day, 9) : `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ...r.slice(1)];
    });
    const baseline = (workbook().gs.evaluateStages() as Result).stages[0];
    const r = workbook({ weekly, timeZone: 'Asia/Tokyo', locale: 'ja_JP' }).gs.evaluateStages() as Result;
    expect(r.stages[0].metrics.weeks).toBe(4);
    expect(r.stages[0].decision).toBe(baseline.decision);
  });
});

describe("dates as users type them: strict, in the locale's day/month order", () => {
  const weeklyWith = (row: number, text: string) => {
    const weekly = copy(EXAMPLE_WEEKLY);
    weekly[row][0] = text;
    return weekly;
  };

  it('"13/01/2025" in an en_US sheet is an error naming the cell (and, #26, that the column reads day-first)', () => {
    expect(refused(workbook({ weekly: weeklyWith(5, '13/01/2025'), locale: 'en_US' }))).toBe(
      'Weekly!A6 (Week) is "13/01/2025", not a date in the spreadsheet\'s locale (en_US): the dates in this column only make sense day first (day/month/year). Change the locale (File → Settings) or write the dates as 2025-01-06, then evaluate again.',
    );
  });

  it('"13/01/2025" beside "01/14/2025" in an en_US sheet: no order fits, so the cell is refused as no month 13', () => {
    const weekly = weeklyWith(5, '13/01/2025');
    weekly[4][0] = '01/14/2025';
    expect(refused(workbook({ weekly, locale: 'en_US' }))).toBe(
      'Weekly!A6 (Week) is "13/01/2025", not a date: read as month/day/year (the spreadsheet\'s locale is en_US), there is no month 13. Fix the cell and evaluate again.',
    );
  });

  it('"13/01/2025" in a Norwegian sheet is 13 January', () => {
    const r = workbook({ weekly: weeklyWith(5, '13/01/2025'), locale: 'nb_NO' }).gs.evaluateStages() as Result;
    expect(r.stages[0].metrics.weeks).toBe(4); // 13 January is one of Test's weeks already
  });

  it('"31.02.2025" is an error naming the cell', () => {
    expect(refused(workbook({ weekly: weeklyWith(6, '31.02.2025'), locale: 'en_GB' }))).toBe(
      'Weekly!A7 (Week) is "31.02.2025", not a date: read as day.month.year, there is no day 31 in month 2 of 2025. Fix the cell and evaluate again.',
    );
  });

  it('"06/01/2025" is 6 January in a Norwegian sheet (and June 1 in an American one)', () => {
    const stages = copy(EXAMPLE_STAGES);
    stages[2][2] = '06/01/2025';
    const weekly = copy(EXAMPLE_WEEKLY).filter((r) => r[1] !== 'Scale');
    const nb = workbook({ stages, weekly, locale: 'nb_NO' }).gs.evaluateStages() as Result;
    expect(nb.stages[1].reason).toContain(shown('nb-NO', 2025, 1, 6));
    const us = workbook({ stages, weekly, locale: 'en_US' }).gs.evaluateStages() as Result;
    expect(us.stages[1].reason).toContain(shown('en-US', 2025, 6, 1));
  });
});

describe('sheet text that is also a JavaScript property name', () => {
  it('a "Min constructor" header and stages named __proto__, toString, constructor', () => {
    const names = ['__proto__', 'toString', 'constructor'];
    const stages = copy(EXAMPLE_STAGES).map((r, i) => (i === 0 ? [...r, 'Min constructor'] : [names[i - 1], ...r.slice(1), 5]));
    const rename = (s: unknown) => (s === 'Test' ? names[0] : s === 'Scale' ? names[1] : s);
    const weekly = copy(EXAMPLE_WEEKLY).map((r) => [r[0], rename(r[1]) as Cell, ...r.slice(2)]);
    const wb = workbook({ stages, weekly });
    const r = wb.gs.evaluateStages() as Result;
    // "constructor" is no metric (not Object's constructor): the column is a target nobody can check, so the
    // first stage is held and the later ones wait for it (docs/contract.md §2.1), never GO by default.
    expect(decisions(r).map(([s, d]) => [s, d])).toEqual([
      [names[0], 'HOLD'],
      [names[1], 'LOCKED'],
      [names[2], 'LOCKED'],
    ]);
    expect(r.stages[0].reason).toMatch(/criterion not understood: Min constructor/);
    expect(r.warnings.join('\n')).toMatch(/"Min constructor" reads as a target, but LiftGate knows no such metric/);
    expect(
      sheetValues(wb.fake, 'Decision log')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(names);
  });

  it('a custom function called by an inherited name is a clear error', () => {
    const { gs } = load();
    const run = (gs.LiftGate as unknown as { run: (name: string, args: unknown[]) => unknown }).run;
    expect(messageOf(() => run('constructor', []))).toBe('LiftGate has no function constructor');
  });
});

describe('numbers in the plan are checked', () => {
  it.each([
    [1, 1, -5000, 'Stages!B2 (Budget) is -5000; it must be 0 or more. Fix the cell and evaluate again.'],
    [1, 1, 1.7e308, 'Stages!B2 (Budget) is 1.7e+308; amounts above 10^15 are not plausible. Fix the cell and evaluate again.'],
  ])('Stages row %i col %i = %d', (row, col, value, message) => {
    const stages = copy(EXAMPLE_STAGES);
    stages[row][col] = value;
    expect(refused(workbook({ stages }))).toBe(message);
  });

  it("in the document's language: a Norwegian sheet is told in Norwegian", () => {
    const stages = copy(EXAMPLE_STAGES);
    stages[1][1] = -5000;
    expect(refused(workbook({ stages, locale: 'nb_NO' }))).toBe('Stages!B2 (Budget) er -5000; det må være 0 eller mer. Rett cellen og evaluer på nytt.');
  });

  it('negative weekly spend is refused with the cell named; negative revenue (a refund) is not', () => {
    const weekly = copy(EXAMPLE_WEEKLY);
    weekly[5][3] = -100;
    expect(refused(workbook({ weekly }))).toBe('Weekly!D6 (Spend) is -100; it must be 0 or more. Fix the cell and evaluate again.');
    const refund = copy(EXAMPLE_WEEKLY);
    refund[5][8] = -300;
    expect((workbook({ weekly: refund }).gs.evaluateStages() as Result).stages).toHaveLength(3);
  });
});

describe('stage names stay text in the log', () => {
  it.each(['1e5', 'TRUE', '00123', '=1+1', '＝1+1', '\u200b=1+1'])('a stage named %j', (name) => {
    const stages = copy(EXAMPLE_STAGES);
    stages[1][0] = name;
    const weekly = copy(EXAMPLE_WEEKLY).map((r) => (r[1] === 'Test' ? [r[0], name, ...r.slice(2)] : r));
    const wb = workbook({ stages, weekly });
    wb.gs.evaluateStages();
    const log = wb.fake.snapshot().sheets.find((s) => s.name === 'Decision log')!;
    // A formula start is escaped with an apostrophe (Sheets hides it; the imitation keeps it).
    expect(String(log.values[1][1]).replace(/^'(?=\p{C}*[=＝])/u, '')).toBe(name);
    expect(log.formulas!.flat().every((f) => f === '')).toBe(true);
  });
});

describe('an empty plan', () => {
  it('a header-only Stages sheet says the plan is empty and writes nothing', () => {
    expect(refused(workbook({ stages: [copy(EXAMPLE_STAGES)[0]] }))).toBe(
      'The plan is empty: the "Stages" sheet has headers but no stages. Add one row per stage below row 1 (a Stage name and its Budget), then evaluate again.',
    );
  });
});

/**
 * The contract-1.1 rules, exercised the way Sheets calls the functions: through the built
 * dist/Code.js in a fresh V8 context, with plain values and 2D ranges.
 */
import { describe, expect, it } from 'vitest';
import { loadCode, messageOf } from '../support/codeJs';

const gs = loadCode();
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('single cells and ranges', () => {
  it('a 1×1 call returns a plain value', () => {
    expect(gs.CPA(100, 4)).toBe(25);
    expect(gs.CPA([[100]], [[4]])).toBe(25);
    expect(gs.CPM(50, 20000)).toBe(2.5);
  });

  it('a column spills a column of the same length', () => {
    expect(gs.ROAS(col(300, 500, 90), col(100, 200, 30))).toEqual(col(3, 2.5, 3));
  });

  it('broadcasts a single value to the range', () => {
    expect(gs.CPA(col(100, 200), 4)).toEqual(col(25, 50));
    expect(gs.INCREMENTAL_ROAS(col(1000, 1200), 100, 200, 9, 1)).toEqual(col(0.5, 1.5));
  });

  it('keeps a row range a row and a 2D range 2D', () => {
    expect(gs.CTR([[10, 20]], [[1000, 1000]])).toEqual([[0.01, 0.02]]);
    expect(
      gs.CPC(
        [
          [10, 20],
          [30, 40],
        ],
        10,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses ranges of different shapes, naming both arguments', () => {
    expect(messageOf(() => gs.CPA(col(1, 2, 3), col(1, 2)))).toBe('CPA: conversions is a 2×1 range but spend is 3×1; ranges must have the same shape');
  });

  it('refuses a ragged array rather than guessing', () => {
    expect(messageOf(() => gs.CPA([[1], [2, 3]], 1))).toMatch(/^CPA: spend is not a rectangular range/);
  });
});

describe('blanks and undefined results', () => {
  it('a blank input cell gives a blank output cell', () => {
    expect(gs.CPA(col(100, '', 50, 40), col(4, 2, '', 2))).toEqual(col(25, '', '', 20));
    expect(gs.CPA('', 4)).toBe('');
  });

  it('a zero denominator gives a blank cell, never Infinity or NaN', () => {
    expect(gs.CPA(col(100, 0, 10), col(0, 0, 5))).toEqual(col('', '', 2));
    expect(gs.PACING(100, 0, 5, 10)).toBe('');
    expect(gs.LIFT(10, 0)).toBe('');
  });

  it('an optional argument left out or blank takes its default', () => {
    expect(gs.LTV(100, 2, 3)).toBe(600);
    expect(gs.LTV(100, 2, 3, '')).toBe(600);
    expect(gs.LTV(100, 2, 3, '40%')).toBeCloseTo(240, 10);
  });
});

describe('text numbers as exports write them', () => {
  it.each([
    ['1 234,50 kr', 1234.5],
    ['$1,200.00', 1200],
    ['NOK 12 500', 12500],
    ['(300)', -300],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
  ])('reads %j as %d', (text, value) => {
    expect(gs.ROAS(text, 1)).toBeCloseTo(value, 10);
  });

  it('reads "12%" as 0.12', () => {
    expect(gs.LTV(100, 1, 1, '12%')).toBeCloseTo(12, 10);
  });

  it('reads the ambiguous "1,234" the English way when no locale is known', () => {
    expect(gs.ROAS('1,234', 1)).toBe(1234);
  });

  it('lets the spreadsheet locale settle "1,234" when it is known', () => {
    const nb = loadCode({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'nb_NO' }) } });
    expect(nb.ROAS('1,234', 1)).toBeCloseTo(1.234, 12);
  });
});

describe('bad input: a message naming the function, the argument, the value and the cell', () => {
  it('a word where a number belongs', () => {
    expect(messageOf(() => gs.CPA(col(1, 2, 3, 4, 5, 6, 'abc'), 1))).toBe('CPA: spend row 7 col 1 is "abc", not a number');
  });

  it('a date where a number belongs', () => {
    expect(messageOf(() => gs.CPC(col(5, new Date(Date.UTC(2025, 0, 6))), 1))).toBe('CPC: spend row 2 col 1 is the date 2025-01-06, not a number');
  });

  it('a boolean where a number belongs', () => {
    expect(messageOf(() => gs.ROAS(true, 1))).toBe('ROAS: revenue row 1 col 1 is TRUE, not a number');
  });

  it('a negative count', () => {
    expect(messageOf(() => gs.CPA(100, col(3, -2)))).toBe('CPA: conversions row 2 col 1 is -2; it must be at least 0');
  });

  it('a rate outside 0–1', () => {
    expect(messageOf(() => gs.LTV(100, 1, 1, 1.5))).toBe('LTV: gross_margin row 1 col 1 is 1.5; it must be between 0 and 1');
  });

  it('a missing required argument', () => {
    expect(messageOf(() => gs.CPA(100))).toBe('CPA: conversions is missing; it is required');
  });

  it('a non-finite number from a script, alone or inside a range', () => {
    expect(messageOf(() => gs.CPA(Infinity, 1))).toBe('CPA: spend row 1 col 1 is Infinity, not a finite number');
    expect(messageOf(() => gs.ROAS(col(1, -Infinity), col(1, 1)))).toBe('ROAS: revenue row 2 col 1 is -Infinity, not a finite number');
    expect(messageOf(() => gs.CPA(col(1, 2), col(1, NaN)))).toBe('CPA: conversions row 2 col 1 is NaN, not a finite number');
  });
});

describe('STAGE_GATE', () => {
  it('grades one criterion per the contract thresholds', () => {
    // ROAS target 3: gaps +0.2, 0, −0.1, −0.2, −0.3
    expect(gs.STAGE_GATE(col(3.6, 3, 2.7, 2.4, 2.1), 3)).toEqual(col('SCALE UP', 'GO', 'HOLD', 'SCALE DOWN', 'STOP'));
  });

  it('takes R×C actuals, a 1×C target row and per-criterion directions; the worst criterion decides', () => {
    const actual = [
      [4.0, 180],
      [3.3, 240],
      [3.9, 290],
      ['', ''],
    ];
    expect(gs.STAGE_GATE(actual, [[3, 250]], [['>=', '<=']])).toEqual([['SCALE UP'], ['GO'], ['SCALE DOWN'], ['']]);
  });

  it('less is better for "<="', () => {
    expect(gs.STAGE_GATE(col(200, 220, 250, 270, 290, 400), 250, '<=')).toEqual(col('SCALE UP', 'GO', 'GO', 'HOLD', 'SCALE DOWN', 'STOP'));
  });

  it('honours tolerance and scale margin', () => {
    expect(gs.STAGE_GATE(2.5, 3, '>=', 0.2, 0.5)).toEqual('HOLD');
    expect(gs.STAGE_GATE(4.4, 3, '>=', 0.2, 0.5)).toEqual('GO');
  });

  it('refuses an unknown direction and a target of the wrong shape', () => {
    expect(messageOf(() => gs.STAGE_GATE(1, 1, 'more'))).toBe('STAGE_GATE: direction row 1 col 1 is "more"; use one of ">=", "<=", "≥", "≤", "=>", "=<"');
    expect(messageOf(() => gs.STAGE_GATE([[1, 2]], [[1, 2, 3]]))).toMatch(/^STAGE_GATE: target is a 1×3 range but actual is 1×2/);
  });
});

describe('NEXT_BUDGET', () => {
  it('follows the decision', () => {
    expect(gs.NEXT_BUDGET(10000, col('SCALE UP', 'GO', 'HOLD', 'READY', 'NEED DATA', 'SCALE DOWN', 'STOP', 'LOCKED', ''))).toEqual(
      col(12000, 10000, 10000, 10000, 10000, 8000, 0, 0, ''),
    );
    expect(gs.NEXT_BUDGET(10000, 'scale up', 0.5)).toBe(15000);
  });

  it('refuses a word that is no decision', () => {
    expect(messageOf(() => gs.NEXT_BUDGET(100, 'MAYBE'))).toMatch(/^NEXT_BUDGET: decision row 1 col 1 is "MAYBE"; use one of "SCALE UP"/);
  });
});

describe('incrementality', () => {
  it('INCREMENTAL_ROAS scales the control group to the test group', () => {
    expect(gs.INCREMENTAL_ROAS(13000, 1000, 4000, 9, 1)).toBe(1);
  });
  it('LIFT and INCREMENTAL_CONVERSIONS', () => {
    expect(gs.LIFT(120, 100)).toBeCloseTo(0.2, 12);
    expect(gs.INCREMENTAL_CONVERSIONS(500, 40, 9, 1)).toBe(140);
  });
  it('refuses a control group of size 0', () => {
    expect(messageOf(() => gs.LIFT(1, 1, 1, 0))).toBe('LIFT: control_size row 1 col 1 is 0; it must be above 0');
  });
});

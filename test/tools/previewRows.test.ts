/**
 * Rows inserted or deleted in the preview move formula references as Sheets does, on the sheet
 * itself and on the sheets that point at it; a reference into a deleted row becomes #REF!; open
 * ranges stay open; a formula whose references did not move keeps its spelling; undo brings the
 * formulas back (#26).
 */
import { describe, expect, it } from 'vitest';
import { shiftedFormulas } from '../../tools/preview/formulas/shiftReferences';
import { openSession } from '../../tools/preview/session';

const formulasOf = (s: Awaited<ReturnType<typeof openSession>>, name: string) => s.view().sheets.find((x) => x.name === name)!.formulas ?? [];

describe('shiftedFormulas', () => {
  const sheets = [
    {
      name: 'Data',
      formulas: [
        ['', ''],
        ['', ''],
        ['', ''],
        ['', '=sum( A1:A3 )'],
        ['', '=A3*2'],
      ],
    },
    { name: 'Sum up', formulas: [['=SUM(Data!A1:A3)', '=SUM(Data!B2:B)', '="A3"&Data!A1', '=1+1']] },
  ];

  it('moves references below an inserted row, here and on other sheets; keeps open ranges and untouched spelling', () => {
    const out = shiftedFormulas(sheets, 'Data', 1, 2);
    expect(out.get('Data')![6][1]).toBe('=A5*2');
    expect(out.get('Data')![5][1]).toBe('=SUM( A1:A5 )'); // HyperFormula keeps the spaces typed
    expect(out.get('Sum up')![0]).toEqual(['=SUM(Data!A1:A5)', '=SUM(Data!B4:B)', '="A3"&Data!A1', '=1+1']);
  });

  it('turns a reference into a deleted row into #REF! and pulls the rest up', () => {
    const out = shiftedFormulas(sheets, 'Data', 2, -1);
    expect(out.get('Data')![3][1]).toBe('=#REF!*2');
    expect(out.get('Data')![2][1]).toBe('=SUM( A1:A2 )');
    expect(out.get('Sum up')![0][0]).toBe('=SUM(Data!A1:A2)');
  });
});

describe('the preview', () => {
  it('inserts and deletes rows of the example with its formulas following, and undo restores them', async () => {
    const session = await openSession();
    const stages = session.view().sheets[0].name;
    const before = formulasOf(session, stages).map((r) => [...r]);
    const roas = before[1].find((f) => /SUMIFS/.test(f))!;
    expect(roas).toBeTruthy();
    session.rows(stages, 1, 1); // a row above the first stage
    const after = formulasOf(session, stages);
    expect(after[1].filter(Boolean)).toEqual([]);
    // The first stage's formulas now sit on row 3 and read their own row: $A2 became $A3.
    expect(after[2].join('|')).not.toBe(before[1].join('|'));
    expect(after[2].join('|')).toBe(before[1].join('|').replace(/(\$?[A-Z]{1,2})2(?![0-9])/g, '$13'));
    expect(session.undo()).toBe(true);
    expect(formulasOf(session, stages)).toEqual(before);
    session.rows(stages, 1, -1);
    expect(formulasOf(session, stages)[1].join('|')).toBe(before[2].join('|').replace(/(\$?[A-Z]{1,2})3(?![0-9])/g, '$12'));
    expect(session.undo()).toBe(true);
    expect(formulasOf(session, stages)).toEqual(before);
  });
});

/**
 * The imitation hands a script Dates of the script's own realm, as Apps Script does: a Date read
 * from a cell is `instanceof Date` inside the loaded Code.js, and a copy the script may change.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createAppsScriptFake, loadCodeJs } from '../../tools/apps-script-fake';

const monday = new Date('2025-01-06T00:00:00Z');
const book = () =>
  createAppsScriptFake({
    sheets: [
      {
        name: 'Weekly',
        values: [
          ['Week', 'Spend'],
          [monday, 10],
        ],
      },
    ],
  });

describe('apps-script-fake dates', () => {
  it('gives a loaded script Dates of its own realm from getValues and getValue', () => {
    const fake = book();
    const file = join(mkdtempSync(join(tmpdir(), 'fake-dates-')), 'Code.js');
    writeFileSync(
      file,
      'function readWeek() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Weekly"); return [s.getDataRange().getValues()[1][0], s.getRange(2, 1).getValue()]; }\n',
    );
    const ctx = loadCodeJs(fake, file);
    const [fromValues, fromValue] = ctx.readWeek() as [Date, Date];
    expect(vm.runInContext('readWeek()[0] instanceof Date && readWeek()[1] instanceof Date', ctx)).toBe(true);
    expect(fromValues instanceof Date).toBe(false); // the script's realm, not this one
    expect(fromValues.getTime()).toBe(monday.getTime());
    expect(fromValue.getTime()).toBe(monday.getTime());
  });
  it('gives copies: a script changing a Date it read leaves the cell as it was', () => {
    const fake = book();
    const s = (fake.globals as any).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Weekly');
    const v = s.getDataRange().getValues()[1][0] as Date;
    expect(v instanceof Date).toBe(true); // no script loaded: this realm's Dates
    v.setTime(0);
    expect((s.getRange(2, 1).getValue() as Date).getTime()).toBe(monday.getTime());
  });
});

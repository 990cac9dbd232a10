/** The pieces of the readers: base64 and text decoding, dates, numbers, header rows, messages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/import/bytes';
import { decodeBase64, readExportFile } from '../../support/importInWords';
import { parseCsv } from '../../../src/core/import/csv';
import { columnOrderHint, parseExportDate, slashOrder } from '../../../src/core/import/dates';
import { sniffedOrder } from '../../../src/core/import/sniffedOrder';
import { formatDays, isoDay, parseDays, weekOf } from '../../../src/core/calendar/day';
import { findLayout } from '../../../src/core/import/layout';
import { decimalLocale, readExportNumber } from '../../../src/core/import/numbers';
import { MAX_FILE_BYTES } from '../../../src/core/import/readFile';
import { parseNumber } from '../../../src/core/numbers/parseNumber';

const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');
const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('bytes', () => {
  it('decodes base64 as Node does, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(decodeBase64(Buffer.from(bytes).toString('base64'))).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });
  it('decodes UTF-8 (with or without BOM) and UTF-16LE/BE (with or without BOM) as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 20, maxLength: 80 }), (s) => {
        const text = `Day,Campaign,Cost\n${s}`;
        expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(new TextDecoder().decode(Buffer.from(text, 'utf8')));
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
        expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
        const be = Buffer.from(text, 'utf16le').swap16();
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(text);
      }),
    );
    // Without a BOM, UTF-16LE is told by its zero bytes.
    const r = decodeText(Buffer.from('Day\tCampaign\tCost\n2025-01-06\tA\t1\n', 'utf16le'));
    expect(r).toEqual({ text: 'Day\tCampaign\tCost\n2025-01-06\tA\t1\n', encoding: 'utf-16le' });
    // Not UTF-8 and no BOM: a Windows code page (#20); with a UTF-8 BOM a bad byte stays U+FFFD.
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ text: 'aÿb', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62])).text).toBe('a\ufffdb');
  });
  it('refuses text that is not base64', () => {
    expect(() => decodeBase64('abc$')).toThrow(/not base64.*"\$"/);
  });
});

describe('dates', () => {
  it.each([
    ['2025-01-06', '2025-01-06'],
    ['2025/1/6', '2025-01-06'],
    ['06.01.2025', '2025-01-06'],
    ['1/6/2025', '2025-01-06'],
    ['Jan 6, 2025', '2025-01-06'],
    ['January 6, 2025', '2025-01-06'],
    ['6 Jan 2025', '2025-01-06'],
    ['6. jan. 2025', '2025-01-06'],
    ['6 янв. 2025 г.', '2025-01-06'],
    ['6 января 2025', '2025-01-06'],
    ['2025年1月6日', '2025-01-06'],
    ['Week of Jan 6, 2025', '2025-01-06'],
    ['6. desember 2025', '2025-12-06'],
    ['2025-01-06 00:00:00', '2025-01-06'],
  ])('%s', (text, iso) => {
    expect(isoDay(parseExportDate(text)!)).toBe(iso);
  });
  it('reads Date cells as the day they show and serial numbers as Sheets counts them', () => {
    expect(isoDay(parseExportDate(new Date(Date.UTC(2025, 0, 6)))!)).toBe('2025-01-06');
    // Midnight in Oslo is 23:00 UTC the day before: still the 6th.
    expect(isoDay(parseExportDate(new Date(Date.UTC(2025, 0, 5, 23)))!)).toBe('2025-01-06');
    expect(isoDay(parseExportDate(45663)!)).toBe('2025-01-06');
  });
  it("reads slashed dates in the spreadsheet locale's order, and says when a column only makes sense the other way (#26)", () => {
    expect(slashOrder('en_GB', 'mdy')).toBe('dmy');
    expect(slashOrder('en_US', 'dmy')).toBe('mdy');
    expect(slashOrder(undefined, 'dmy')).toBe('dmy');
    expect(columnOrderHint(['1/6/2025', '13/6/2025'], 'mdy')).toBe('dmy');
    expect(columnOrderHint(['1/6/2025', '6/13/2025'], 'mdy')).toBeNull();
    expect(columnOrderHint(['1/6/2025', '6/13/2025'], 'dmy')).toBe('mdy');
  });
  it('without a spreadsheet, settles slashed dates by the column, then the language', () => {
    expect(sniffedOrder(['1/6/2025', '13/6/2025'], 'mdy')).toBe('dmy');
    expect(sniffedOrder(['1/6/2025', '6/13/2025'], 'dmy')).toBe('mdy');
    expect(sniffedOrder(['1/6/2025'], 'dmy')).toBe('dmy');
    expect(isoDay(parseExportDate('1/6/2025', 'dmy')!)).toBe('2025-06-01');
  });
  it.each(['31.02.2025', 'tomorrow', '2025-13-01', '', 'Jan 32, 2025'])('%j is not a date', (text) => {
    expect(parseExportDate(text)).toBeNull();
  });
});

describe('weeks and days', () => {
  it('puts a day in the week that starts on the document week start', () => {
    expect(isoDay(weekOf(day('2025-01-12'), 'monday'))).toBe('2025-01-06'); // a Sunday
    expect(isoDay(weekOf(day('2025-01-12'), 'sunday'))).toBe('2025-01-12');
    expect(isoDay(weekOf(day('2025-01-10'), 'saturday'))).toBe('2025-01-04');
  });
  it('writes and reads back the days a Source cell covers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 20000, max: 20006 }), { minLength: 1 }), (days) => {
        expect(parseDays(formatDays(days))).toEqual([...days].sort((a, b) => a - b));
      }),
    );
    expect(formatDays([day('2025-01-06'), day('2025-01-07'), day('2025-01-08'), day('2025-01-10')])).toBe('2025-01-06..2025-01-08, 2025-01-10');
  });
});

describe('numbers', () => {
  it('reads export numbers; "--" and blanks are nothing; words are not numbers', () => {
    expect(readExportNumber('1 234,50 kr', 'nb')).toBe(1234.5);
    expect(readExportNumber('1,234.50', 'en')).toBe(1234.5);
    expect(readExportNumber('12 %', 'nb')).toBeCloseTo(0.12, 12);
    expect(readExportNumber('--', 'en')).toBeNull();
    expect(readExportNumber(' ', 'en')).toBeNull();
    expect(readExportNumber('abc', 'en')).toBeUndefined();
  });
  it("reads formatted numbers exactly as the add-on's general text-number reader does", () => {
    const styles: [string, string][] = [
      ['en-US', 'en'],
      ['nb-NO', 'nb'],
      ['ru-RU', 'nb'],
      ['de-DE', 'nb'],
    ];
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (x, digits, grouping) => {
        for (const [tag, locale] of styles) {
          const s = x.toLocaleString(tag, { maximumFractionDigits: digits, useGrouping: grouping });
          expect(readExportNumber(s, locale)).toBe(parseNumber(s, locale));
        }
      }),
    );
  });

  it('takes the decimal separator from the file before the language', () => {
    expect(decimalLocale(['1.234', '0,5'], 'en')).toBe('nb');
    expect(decimalLocale(['1,234', '0.5'], 'nb')).toBe('en');
    expect(decimalLocale(['1.234.567'], 'en')).toBe('nb');
    expect(decimalLocale(['1,234'], 'ru')).toBe('nb');
    expect(decimalLocale(['1,234'], 'zh')).toBe('en');
  });
  it('so an ambiguous "1.234" in a comma-decimal file is a thousand', () => {
    const csv = 'Day,Campaign,Cost\n2025-01-06,A,"1.234"\n2025-01-07,A,"0,5"\n';
    const f = readExportFile('x.csv', b64(csv));
    expect(f.data.records.map((r) => r.values.spend)).toEqual([1234, 0.5]);
  });
});

describe('finding the table', () => {
  it('chooses the separator under which the header row is recognised, past a title with commas', () => {
    const text = 'Campaign report\n"January 6, 2025 - January 19, 2025"\nDag;Kampanje;Kostnad\n2025-01-06;A;1 234,50\n';
    expect(parseCsv(text)[2]).toEqual(['Dag', 'Kampanje', 'Kostnad']);
    const layout = findLayout(parseCsv(text))!;
    expect(layout.headerRow).toBe(2);
    expect(layout.platform.name).toBe('Google Ads');
    expect(layout.language).toBe('nb');
  });
  it('names the headers it saw and the formats it knows when nothing fits', () => {
    expect(() => readExportFile('orders.csv', b64('Order id,Customer,Total\n1,Ann,10\n'))).toThrow(
      /orders\.csv: LiftGate does not recognise this export\. Its header row seems to hold "Order id", "Customer", "Total"\. It reads campaign reports of Google Ads, Microsoft Ads, Meta Ads Manager, TikTok Ads, LinkedIn Campaign Manager.*English, Norwegian, Russian, Chinese/,
    );
  });
  it('refuses a file over 50 MB before decoding it', () => {
    const big = 'A'.repeat(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 8);
    expect(() => readExportFile('big.csv', big)).toThrow(/big\.csv is 50\.0 MB; LiftGate imports files up to 50 MB\. Nothing was written/);
  });
  it('says an .xlsx sent as bytes is to be opened by the sidebar or the CLI', () => {
    expect(() => readExportFile('a.xlsx', Buffer.from('PK\x03\x04rest').toString('base64'))).toThrow(
      /Excel workbook \(\.xlsx\): open it with the sidebar's Import panel/,
    );
  });
  it('reports unreadable lines with their line numbers and reads the rest', () => {
    const csv = 'Report\nDay,Campaign,Cost,Clicks\n2025-01-06,A,10,1\nyesterday,A,10,1\n2025-01-07,A,ten,1\n2025-01-08,,5,1\n2025-01-09,A,5,2\nTotal,--,30,5\n';
    const f = readExportFile('x.csv', b64(csv));
    expect(f.data.records.map((r) => r.line)).toEqual([3, 7]);
    expect(f.data.problems).toEqual([
      { line: 4, message: '"Day" "yesterday" is not a date' },
      { line: 5, message: '"Cost" "ten" is not a number' },
      { line: 6, message: 'no campaign name ("Campaign" is empty)' },
    ]);
  });
  it('refuses Meta rows that span more than a day or a week', () => {
    const csv =
      'Campaign name,Reporting starts,Reporting ends,Amount spent (NOK)\nA,2025-01-01,2025-01-31,100\nB,2025-01-06,2025-01-12,70\nC,2025-01-07,2025-01-07,5\n';
    const f = readExportFile('meta.csv', b64(csv));
    expect(f.data.records.map((r) => [r.campaign, r.weekly])).toEqual([
      ['B', true],
      ['C', false],
    ]);
    expect(f.data.problems[0]).toEqual({ line: 2, message: expect.stringMatching(/covers 2025-01-01 to 2025-01-31; export with a breakdown by day/) });
  });
});

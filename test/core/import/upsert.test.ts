/** The import plan on its own: the cell limit, pattern mapping, and the Source cell's format. */
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_CELLS, parseSource, sourceText } from '../../../src/core/import/upsert';
import { planImport, readCampaigns, readExportFile } from '../../support/importInWords';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const file = readExportFile('x.csv', b64('Day,Campaign,Cost\n2025-01-06,Test – Video,10\n2025-01-07,Test – Video,5\n2025-01-13,Brand,1\n'));

describe('planImport', () => {
  it('refuses, before anything is written, an import that would take Weekly past the cells a spreadsheet holds', () => {
    const width = 12;
    const row = Array(width).fill('');
    const rows = Math.floor(MAX_SHEET_CELLS / width); // full to the last row
    const weekly = [
      ['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Control revenue', 'New customers', 'Source'],
      ...Array(rows - 1).fill(row),
    ];
    const campaigns = readCampaigns([
      ['Campaign', 'Stage'],
      ['Test*', 'Test'],
    ]);
    expect(() => planImport({ data: file.data, platform: 'Google Ads', campaigns, weekly, weekStart: 'monday' })).toThrow(
      /more than the 10,000,000 cells a spreadsheet can hold\. Nothing was written/,
    );
    // One row fewer there, and the one new row fits.
    expect(planImport({ data: file.data, platform: 'Google Ads', campaigns, weekly: weekly.slice(0, -1), weekStart: 'monday' }).summary.adds).toHaveLength(1);
  });

  it('maps exact names before patterns, patterns in sheet order, case-insensitively; a blank Stage is unmapped', () => {
    const map = readCampaigns([
      ['Kampanje', 'Steg', 'Variant'],
      ['Test*', 'Broad', ''],
      ['test – video', 'Test', 'Video'],
      ['Test – *', 'Never', ''],
      ['Brand', '', ''],
    ]);
    expect(map.lookup('Test – Video')).toEqual({ stage: 'Test', variant: 'Video' });
    expect(map.lookup('Test – Carousel')).toEqual({ stage: 'Broad', variant: '' });
    expect(map.lookup('Brand')).toBeNull();
    expect(map.listed('Brand')).toBe(true);
    expect(map.lookup('Other')).toBeNull();
    expect(map.listed('Other')).toBe(false);
    // Pattern characters other than * are literal.
    expect(
      readCampaigns([
        ['Campaign', 'Stage'],
        ['a.c (x)*', 'S'],
      ]).lookup('abc (x) 1'),
    ).toBeNull();
    expect(() => readCampaigns([['Name', 'Budget']])).toThrow(
      /The "Campaigns" sheet needs "Campaign" and "Stage" headers in row 1 \(it has "Name", "Budget"\)/,
    );
  });

  it('writes the platform and the days in the Source cell and reads only that format back', () => {
    const text = sourceText('Google Ads', [20094, 20095, 20096, 20098]);
    expect(text).toBe('Google Ads import 2025-01-06..2025-01-08, 2025-01-10');
    expect(parseSource(text)).toEqual({ platform: 'Google Ads', days: [20094, 20095, 20096, 20098] });
    for (const typed of ['', 'import', 'typed by Kari', 'Google Ads import yesterday', 42]) expect(parseSource(typed)).toBeNull();
  });
});

/**
 * The import's promise under overlap: a random daily export cut into overlapping date
 * ranges (as a marketer exports "last 7 days" every few days), the pieces imported in any
 * order, gives the same Weekly numbers as importing the whole export once — and importing
 * any piece again afterwards changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailyRow } from '../../tools/workbooks/dailyExport';
import { exportB64, type ImportResult } from '../support/imports';
import { load, sheetValues } from '../support/workbook';

const CAMPAIGNS = [
  ['Campaign', 'Stage', 'Variant'],
  ['Test – Video', 'Test', 'Video'],
  ['Test – Carousel', 'Test', 'Carousel'],
  ['Scale*', 'Scale', ''],
  ['Brand', '', ''],
];
const NAMES = ['Test – Video', 'Test – Carousel', 'Scale – Video', 'Scale – Stories', 'Brand'];
const START = Date.UTC(2025, 0, 1); // a Wednesday: the first week is partial
const iso = (d: number) => new Date(START + d * 86_400_000).toISOString().slice(0, 10);

const dailyExport = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 27 }),
      campaign: fc.integer({ min: 0, max: NAMES.length - 1 }),
      cents: fc.integer({ min: 0, max: 500_000 }),
      clicks: fc.integer({ min: 0, max: 900 }),
      conversions: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 1, maxLength: 140 },
  )
  .map((xs) => {
    // One row per campaign and day, as exports have it.
    const seen = new Map<string, DailyRow>();
    for (const x of xs) {
      const r: DailyRow = {
        date: iso(x.day),
        campaign: NAMES[x.campaign],
        spend: x.cents / 100,
        impressions: x.clicks * 30,
        clicks: x.clicks,
        leads: x.conversions % 3,
        conversions: x.conversions,
        revenue: (x.cents * 3) / 100,
      };
      seen.set(`${r.date}|${r.campaign}`, r);
    }
    return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
  });

/** Cuts [0, 27] into 1–4 date ranges that together cover it, each overlapping the next by 0–6 days. */
const pieces = fc.array(fc.record({ cut: fc.integer({ min: 1, max: 26 }), overlap: fc.integer({ min: 0, max: 6 }) }), { maxLength: 3 });

function split(rows: DailyRow[], cuts: { cut: number; overlap: number }[]): DailyRow[][] {
  const sorted = [...cuts].sort((a, b) => a.cut - b.cut);
  const ranges: [number, number][] = [];
  let from = 0;
  for (const c of sorted) {
    ranges.push([from, Math.min(27, c.cut + c.overlap)]);
    from = c.cut;
  }
  ranges.push([from, 27]);
  return ranges.map(([a, b]) => rows.filter((r) => r.date >= iso(a) && r.date <= iso(b)));
}

function importAll(files: DailyRow[][]): { weekly: unknown[][]; gs: Record<string, (...a: unknown[]) => unknown>; fake: ReturnType<typeof load>['fake'] } {
  const { fake, gs } = load({
    sheets: [
      {
        name: 'Weekly',
        values: [['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Control revenue', 'Source']],
      },
      { name: 'Campaigns', values: CAMPAIGNS.map((r) => [...r]) },
    ],
  });
  for (const f of files) gs.importData('export.csv', exportB64(f), {});
  return { weekly: sheetValues(fake, 'Weekly'), gs, fake };
}

/** The Weekly's numbers as a sorted list (Source records which days, which may differ by order). */
const numbers = (weekly: unknown[][]) =>
  weekly
    .slice(1)
    .map((r) => JSON.stringify(r.slice(0, 9).map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))))
    .sort();

describe('importing overlapping exports', () => {
  it('in any order gives the Weekly of importing the whole export once', () => {
    fc.assert(
      fc.property(dailyExport, pieces, fc.infiniteStream(fc.nat()), (rows, cuts, order) => {
        const whole = importAll([rows]);
        const parts = split(rows, cuts);
        // Shuffle the pieces with the stream.
        const shuffled = [...parts];
        const it = order[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const pieced = importAll(shuffled);
        expect(numbers(pieced.weekly)).toEqual(numbers(whole.weekly));
        // And any piece imported again changes nothing.
        const again = pieced.gs.importData('export.csv', exportB64(shuffled[0]), {}) as ImportResult;
        expect(again.adds.length + again.replaces.length).toBe(0);
        expect(sheetValues(pieced.fake, 'Weekly')).toEqual(pieced.weekly);
      }),
      { numRuns: 30 },
    );
  });
});

/** GEO_LIFT, GEO_WEIGHTS, GEO_POWER and GEO_MARKETS as Sheets calls them, through dist/Code.js. */
import { describe, expect, it } from 'vitest';
import { geoLiftTestRows } from '../core/geo/geoData';
import { loadCode, messageOf } from '../support/codeJs';

const gs = loadCode();
const rows = geoLiftTestRows();
/** Sheets hands date cells as Dates at local midnight. */
const asDate = (serial: number) => {
  const d = new Date((serial - 25569) * 86400000);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};
const col = <T>(xs: T[]) => xs.map((x) => [x]);
const locations = col(rows.locations);
const dates = col(rows.periods.map(asDate));
const values = col(rows.values);
const april1 = new Date(2021, 3, 1);
const treated = [['Chicago'], ['Portland']];

describe('GEO_LIFT', () => {
  it("gives GeoLift's walkthrough numbers on GeoLift_Test with Date cells", () => {
    const [[att, lift, incremental, iroas, lower, upper, p, l2, scaled]] = gs.GEO_LIFT(locations, dates, values, treated, april1) as (number | string)[][];
    expect((att as number).toFixed(3)).toBe('155.556');
    expect(((lift as number) * 100).toFixed(1)).toBe('5.4');
    expect((incremental as number).toFixed(0)).toBe('4667');
    expect(iroas).toBe('');
    // Moving-block conformal inference (#27): p = 12/105, so the 90% interval reaches below 0.
    expect(lower as number).toBeLessThan(0);
    expect(upper as number).toBeGreaterThan(att as number);
    expect(p as number).toBeCloseTo(12 / 105, 12);
    expect((l2 as number).toFixed(3)).toBe('909.489');
    expect((scaled as number).toFixed(4)).toBe('0.1636');
  });

  it('takes period numbers, a test end, ISO date text, spend per row and a header row', () => {
    const periods = col(rows.periods.map((p) => p - rows.periods[0] + 1));
    const byNumber = gs.GEO_LIFT(locations, periods, values, treated, 91, 105) as number[][];
    const byText = gs.GEO_LIFT(
      locations,
      col(rows.periods.map((p) => asDate(p).toLocaleDateString('sv-SE'))),
      values,
      [['chicago'], ['PORTLAND']],
      '2021-04-01',
    ) as number[][];
    expect(byNumber).toEqual(gs.GEO_LIFT(locations, dates, values, treated, april1));
    expect(byText).toEqual(byNumber);
    // 1,000 per treated city per test day: 30,000 in all.
    const spend = col(rows.locations.map((l, i) => (['chicago', 'portland'].includes(l) && rows.periods[i] >= rows.periods[0] + 90 ? 1000 : 5)));
    const withSpend = gs.GEO_LIFT(locations, dates, values, treated, april1, '', spend, 0.9, true) as (number | string)[][];
    expect(withSpend[0]).toEqual(['ATT', 'lift', 'incremental', 'iROAS', 'lower', 'upper', 'p_value', 'l2_imbalance', 'scaled_l2_imbalance']);
    expect(withSpend[1][3] as number).toBeCloseTo(byNumber[0][2] / 30000, 10);
    expect(withSpend[1][4] as number).toBeCloseTo((byNumber[0][4] * 30) / 30000, 10);
    expect(gs.GEO_LIFT(locations, dates, values, treated, april1, '', 30000)).toEqual([withSpend[1]]);
  });

  it('ignores periods after test_end', () => {
    const cut = rows.periods.map((p, i) => i).filter((i) => rows.periods[i] <= rows.periods[0] + 99);
    const short = gs.GEO_LIFT(
      cut.map((i) => locations[i]),
      cut.map((i) => dates[i]),
      cut.map((i) => values[i]),
      treated,
      april1,
    );
    const cutAt = (gs.GEO_LIFT(locations, dates, values, treated, april1, new Date(2021, 3, 10)) as number[][])[0];
    cutAt.forEach((v, k) => expect(v).toBeCloseTo((short as number[][])[0][k], 9));
  });

  it('explains bad input, naming the cell', () => {
    const badValues = values.map((v) => v.slice()) as unknown[][];
    badValues[6] = ['abc'];
    expect(messageOf(() => gs.GEO_LIFT(locations, dates, badValues, treated, april1))).toBe('GEO_LIFT: values row 7 col 1 is "abc", not a number');
    expect(messageOf(() => gs.GEO_LIFT(locations, dates, values, [['Chicago'], ['Springfield']], april1))).toBe(
      'GEO_LIFT: treated row 2 col 1 is "Springfield", which is not among the locations',
    );
    const badDates = dates.map((d) => d.slice()) as unknown[][];
    badDates[3] = ['soon'];
    expect(messageOf(() => gs.GEO_LIFT(locations, badDates, values, treated, april1))).toBe(
      'GEO_LIFT: dates row 4 col 1 is "soon", not a date or period number',
    );
    expect(messageOf(() => gs.GEO_LIFT(locations.slice(1), dates.slice(1), values.slice(1), treated, april1))).toMatch(
      /^GEO_LIFT: locations has no row for "new york" at 2021-01-01; every region needs a value for every date$/,
    );
    expect(messageOf(() => gs.GEO_LIFT(locations, dates, values, treated, new Date(2021, 0, 20)))).toBe(
      'GEO_LIFT: test_start row 1 col 1 leaves not enough history for an 86-day test: 19 days before it, need at least 172 (at 0.9 confidence)',
    );
    expect(messageOf(() => gs.GEO_LIFT(locations, dates, values, treated, new Date(2021, 5, 1)))).toBe(
      'GEO_LIFT: test_start row 1 col 1 is 2021-06-01, after the last date (2021-04-15)',
    );
  });
});

describe('GEO_WEIGHTS', () => {
  it('lists the donors GeoLift prints, largest first', () => {
    const w = gs.GEO_WEIGHTS(locations, dates, values, treated, april1) as [string, number][];
    expect(w.map(([r, x]) => `${r} ${x.toFixed(4)}`)).toEqual([
      'cincinnati 0.2272',
      'miami 0.2028',
      'baton rouge 0.1335',
      'minneapolis 0.0900',
      'dallas 0.0739',
      'nashville 0.0685',
      'honolulu 0.0673',
      'austin 0.0465',
      'san diego 0.0451',
      'reno 0.0306',
      'san antonio 0.0054',
      'new york 0.0046',
      'houston 0.0046',
    ]);
  });
});

describe('GEO_POWER', () => {
  const pre = rows.periods.map((_, i) => i).filter((i) => rows.periods[i] < rows.periods[0] + 90);
  const L = pre.map((i) => locations[i]);
  const D = pre.map((i) => dates[i]);
  const V = pre.map((i) => values[i]);

  it('rises with the effect, from about the false-positive rate at 0 to 1, the same every call', () => {
    const table = gs.GEO_POWER(L, D, V, treated, 15, '', 0.9, 2000, true) as (number | string | boolean)[][];
    expect(table[0]).toEqual(['effect', 'power', 'detectable', 'iROAS']);
    expect(table.length).toBe(27);
    const power = table.slice(1).map((r) => r[1] as number);
    expect(power[0]).toBeLessThanOrEqual(0.2);
    expect(power[25]).toBe(1);
    for (let i = 1; i < power.length; i++) expect(power[i]).toBeGreaterThanOrEqual(power[i - 1] - 0.1);
    for (const r of table.slice(1)) expect(r[2]).toBe((r[1] as number) >= 0.8);
    expect(gs.GEO_POWER(L, D, V, treated, 15, '', 0.9, 2000, true)).toEqual(table);
  });

  it('takes effects as percentages and explains a test too long for the data', () => {
    const t = gs.GEO_POWER(L, D, V, treated, 15, [['5%'], ['10%']]) as number[][];
    expect(t.map((r) => r[0])).toEqual([0.05, 0.1]);
    expect(messageOf(() => gs.GEO_POWER(L, D, V, treated, 30))).toBe(
      'GEO_POWER: test_periods row 1 col 1 is 30, but the data has 90 periods; simulating tests of 30 periods needs at least 138',
    );
  });
});

describe('GEO_MARKETS', () => {
  it('ranks pairs of markets by power, then fit, deterministically', () => {
    const pre = rows.periods.map((_, i) => i).filter((i) => rows.periods[i] < rows.periods[0] + 90);
    const args = [pre.map((i) => locations[i]), pre.map((i) => dates[i]), pre.map((i) => values[i]), 2, 15, 0.05, 5, '', 0.9, true];
    const table = gs.GEO_MARKETS(...args) as (string | number)[][];
    expect(table[0]).toEqual(['markets', 'scaled_l2_imbalance', 'power', 'mde']);
    expect(table.length).toBe(6);
    for (let i = 2; i < table.length; i++) {
      const [a, b] = [table[i - 1], table[i]];
      expect((a[2] as number) > (b[2] as number) || (a[2] === b[2] && (a[3 - 2] as number) <= (b[1] as number))).toBe(true);
    }
    for (const r of table.slice(1)) expect((r[0] as string).split(', ').length).toBe(2);
    expect(gs.GEO_MARKETS(...args)).toEqual(table);
  });

  it('never proposes an excluded region', () => {
    const table = gs.GEO_MARKETS(locations, dates, values, 1, 10, 0.05, 40, [['Chicago']]) as string[][];
    expect(table.length).toBe(39);
    expect(table.map((r) => r[0])).not.toContain('chicago');
  });

  it('exclude_recent: markets of an experiment in the Experiments sheet that ended within the cooldown are not proposed', () => {
    const last = Math.max(...rows.periods);
    const iso = (serial: number) => asDate(serial).toLocaleDateString('sv-SE');
    // Experiments!A:L as Sheets hands it: the header row, a recent test (Chicago) and an old one (Portland).
    const header = [
      'Stage',
      'Channel',
      'Method',
      'Test start',
      'Test end',
      'Spend',
      'Incremental revenue',
      'iROAS',
      'Lower',
      'Upper',
      'Confidence',
      'Test markets',
    ];
    const ledger = [
      header,
      ['Spring', 'tv_S', 'GEO_LIFT', iso(last - 40), iso(last - 10), 9000, 12000, 1.3, 0.9, 1.7, 0.8, 'Chicago, Atlantis'],
      ['Pilot', 'tv_S', 'GEO_LIFT', iso(last - 150), iso(last - 100), 9000, 12000, 1.3, 0.9, 1.7, 0.8, 'Portland'],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const markets = (...extra: unknown[]) =>
      (gs.GEO_MARKETS(locations, dates, values, 1, 10, 0.05, 40, '', 0.9, false, ...extra) as string[][]).map((r) => r[0]);
    const recent = markets(ledger);
    expect(recent).toHaveLength(39);
    expect(recent).not.toContain('chicago');
    expect(recent).toContain('portland');
    // A shorter cooldown frees Chicago; a plain column of markets is excluded as it is.
    expect(markets(ledger, 1)).toContain('chicago');
    expect(markets([['Portland'], ['']])).not.toContain('portland');
    // Norwegian headers are the ledger's too.
    const nb = [
      ['Etappe', 'Kanal', 'Metode', 'Teststart', 'Testslutt', 'Kostnad', 'Inkrementell inntekt', 'iROAS', 'Nedre', 'Øvre', 'Konfidens', 'Testmarkeder'],
      ...ledger.slice(1),
    ];
    expect(markets(nb)).not.toContain('chicago');
  });
});

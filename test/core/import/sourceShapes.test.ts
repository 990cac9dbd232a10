/**
 * What connector tabs really contain (issue #23): a Google Ads report pasted with its title,
 * date-range and `Total:` lines; Google Ads API (GAQL) names with money in micros; Meta
 * Insights API names with spend as text; Supermetrics' `2025|23` and ISO `2025-W23` week
 * labels. Each is read by the same readers as a file, from the tab's values.
 */
import { describe, expect, it } from 'vitest';
import { parseExportDate } from '../../../src/core/import/dates';
import { readExportFile } from '../../support/importInWords';
import { dayFromWeekLabel } from '../../../src/core/calendar/weekLabel';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('week labels', () => {
  it('reads Supermetrics `2025|23` and ISO `2025-W23` as the Monday of that ISO week', () => {
    // ISO week 1 of 2025 starts on Monday 30 Dec 2024 (it holds Thursday 2 Jan 2025).
    expect(dayFromWeekLabel('2025|1')).toBe(day('2024-12-30'));
    expect(dayFromWeekLabel('2025|23')).toBe(day('2025-06-02'));
    expect(dayFromWeekLabel('2025-W23')).toBe(day('2025-06-02'));
    expect(dayFromWeekLabel('2025W23')).toBe(day('2025-06-02'));
    expect(dayFromWeekLabel('2025-w02')).toBe(day('2025-01-06'));
    // 2020 had 53 ISO weeks (it began on a Wednesday and was a leap year); 2025 has 52.
    expect(dayFromWeekLabel('2020-W53')).toBe(day('2020-12-28'));
    expect(dayFromWeekLabel('2025-W53')).toBeNull();
    expect(dayFromWeekLabel('2025|0')).toBeNull();
    expect(dayFromWeekLabel('2025-23')).toBeNull(); // a year and a month? not a week label
    expect(parseExportDate('2026|1')).toBe(day('2025-12-29'));
  });
  it('matches Python’s ISO calendar for every week of 2015–2030', () => {
    // datetime.date.fromisocalendar(y, w, 1) for the first and last ISO week of each year.
    const firstMondays: Record<number, string> = {
      2015: '2014-12-29',
      2016: '2016-01-04',
      2020: '2019-12-30',
      2021: '2021-01-04',
      2026: '2025-12-29',
      2030: '2029-12-31',
    };
    for (const [y, iso] of Object.entries(firstMondays)) expect(dayFromWeekLabel(`${y}-W01`)).toBe(day(iso));
    expect(dayFromWeekLabel('2015-W53')).toBe(day('2015-12-28'));
    expect(dayFromWeekLabel('2026-W53')).toBe(day('2026-12-28'));
    expect(dayFromWeekLabel('2021-W53')).toBeNull();
  });
});

describe('connector tabs', () => {
  it('a Google Ads report pasted with its title, date range and Total: lines', () => {
    const rows = [
      ['Campaign report'],
      ['6 January 2025 - 12 January 2025'],
      ['Day', 'Campaign', 'Cost', 'Impr.', 'Clicks', 'Conversions', 'Conv. value'],
      ['2025-01-06', 'Test – Video', '354.29', '44,286', '421', '14.43', '1,614.29'],
      ['2025-01-07', 'Test – Video', '354.29', '44,286', '421', '14.43', '1,614.29'],
      ['Total: Account', '--', '708.58', '88,572', '842', '28.86', '3,228.58'],
      ['Total: Search', '--', '708.58', '88,572', '842', '28.86', '3,228.58'],
      ['Total: Campaigns', '', '708.58', '88,572', '842', '28.86', '3,228.58'],
    ];
    const f = readExportFile('Google Ads tab', rows);
    expect(f.format).toBe('Google Ads, English');
    expect(f.layout.headerRow).toBe(2);
    expect(f.data.problems).toEqual([]);
    expect(f.data.records.map((r) => [r.day, r.campaign, r.values.spend, r.values.impressions])).toEqual([
      [day('2025-01-06'), 'Test – Video', 354.29, 44286],
      [day('2025-01-07'), 'Test – Video', 354.29, 44286],
    ]);
  });

  it('Google Ads API (GAQL) names: metrics.cost_micros ÷ 10⁶, conversions_value as revenue', () => {
    const rows = [
      ['campaign.name', 'segments.date', 'metrics.cost_micros', 'metrics.impressions', 'metrics.clicks', 'metrics.conversions', 'metrics.conversions_value'],
      ['Brand', '2025-01-06', 1234560000, 1000, 50, 2.5, 310.75],
      ['Brand', '2025-01-07', '1500000', '900', '40', '2', '200'],
    ];
    const f = readExportFile('GAQL', rows);
    expect(f.format).toBe('Google Ads API, English');
    expect(f.data.records.map((r) => r.values)).toEqual([
      { spend: 1234.56, impressions: 1000, clicks: 50, conversions: 2.5, revenue: 310.75 },
      { spend: 1.5, impressions: 900, clicks: 40, conversions: 2, revenue: 200 },
    ]);
    // Cost already in currency (metrics.cost, as some connectors write it) is not divided.
    const plain = readExportFile('GAQL', [
      ['campaign.name', 'segments.date', 'metrics.cost'],
      ['Brand', '2025-01-06', '12.5'],
    ]);
    expect(plain.data.records[0].values.spend).toBe(12.5);
  });

  it('Meta Insights names: date_start/date_stop, campaign_name, spend as text', () => {
    const rows = [
      ['date_start', 'date_stop', 'campaign_name', 'spend', 'impressions', 'inline_link_clicks'],
      ['2025-01-06', '2025-01-06', 'Prospecting', '123.45', '10000', '120'],
      ['2025-01-06', '2025-01-12', 'Retargeting', '700', '5000', '80'],
      ['2025-01-06', '2025-01-09', 'Odd range', '1', '1', '1'],
    ];
    const f = readExportFile('Meta', rows);
    expect(f.format).toBe('Meta Insights API, English');
    expect(f.data.records.map((r) => [r.campaign, r.weekly, r.values.spend, r.values.clicks])).toEqual([
      ['Prospecting', false, 123.45, 120],
      ['Retargeting', true, 700, 80],
    ]);
    expect(f.data.problems).toEqual([
      { line: 4, message: 'the row covers 2025-01-06 to 2025-01-09; export with a breakdown by day (or week) so it can be put into weeks' },
    ]);
  });

  it("Supermetrics' week labels in a weekly tab; a source set to one platform reads only as that one", () => {
    const rows = [
      ['Year & week', 'Campaign name', 'Cost', 'Impressions', 'Clicks'],
      ['2025|2', 'Brand', '700.00', '7000', '70'],
      ['2025-W03', 'Brand', '350.00', '3500', '35'],
    ];
    const f = readExportFile('Supermetrics', rows);
    expect(f.data.records.map((r) => [r.day, r.weekly])).toEqual([
      [day('2025-01-06'), true],
      [day('2025-01-13'), true],
    ]);
    expect(() => readExportFile('Supermetrics', rows, undefined, 'meta-ads')).toThrow(/does not recognise this export/);
  });
});

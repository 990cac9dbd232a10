/**
 * Daily ad-platform exports for tests and benchmarks, in Meta Ads Manager's English shape
 * (it has every column an import reads): the worked example's weeks spread over their days,
 * and large deterministic exports (campaigns × days) for the import benchmark.
 */
import { EXAMPLE_WEEKLY } from '../../src/core/plan/example';

export interface DailyRow {
  date: string; // YYYY-MM-DD
  campaign: string;
  spend: number;
  impressions: number;
  clicks: number;
  leads: number;
  conversions: number;
  revenue: number;
}

export const META_HEADER = [
  'Campaign name',
  'Day',
  'Amount spent (NOK)',
  'Impressions',
  'Link clicks',
  'Leads',
  'Results',
  'Purchases conversion value',
  'Reporting starts',
  'Reporting ends',
];

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function dailyExportCsv(rows: readonly DailyRow[]): string {
  const lines = [META_HEADER.join(',')];
  for (const r of rows) lines.push([quote(r.campaign), r.date, r.spend, r.impressions, r.clicks, r.leads, r.conversions, r.revenue, r.date, r.date].join(','));
  return lines.join('\n') + '\n';
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Splits a whole number into 7 whole parts (the remainder on the first days), so sums are exact. */
function split7(n: number): number[] {
  const base = Math.floor(n / 7);
  return Array.from({ length: 7 }, (_, i) => base + (i < n - base * 7 ? 1 : 0));
}

/** The campaign each example (stage, variant) is exported under. */
export const EXAMPLE_CAMPAIGNS: [string, string, string][] = [
  ['Test – Video', 'Test', 'Video'],
  ['Test – Carousel', 'Test', 'Carousel'],
  ['Scale – Video', 'Scale', 'Video'],
];

/** The example's campaign weeks (not the Baseline) as a daily export: each week's numbers over its seven days. */
export function exampleDailyRows(): DailyRow[] {
  const header = EXAMPLE_WEEKLY[0] as string[];
  const col = (h: string) => header.indexOf(h);
  const rows: DailyRow[] = [];
  for (const r of EXAMPLE_WEEKLY.slice(1)) {
    if (r[col('Stage')] === 'Baseline') continue;
    const campaign = EXAMPLE_CAMPAIGNS.find(([, s, v]) => s === r[col('Stage')] && v === r[col('Variant')])![0];
    const parts = ['Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue'].map((h) => split7(r[col(h)] as number));
    const monday = r[col('Week')] as Date;
    for (let d = 0; d < 7; d++) {
      rows.push({
        date: iso(new Date(monday.getTime() + d * 86_400_000)),
        campaign,
        spend: parts[0][d],
        impressions: parts[1][d],
        clicks: parts[2][d],
        leads: parts[3][d],
        conversions: parts[4][d],
        revenue: parts[5][d],
      });
    }
  }
  return rows;
}

/** A deterministic export of about `rows` daily rows: 50 campaigns over as many days as needed. */
export function generateDailyRows(rows: number, campaigns = 50): DailyRow[] {
  const out: DailyRow[] = [];
  const days = Math.ceil(rows / campaigns);
  const start = Date.UTC(2020, 0, 6);
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let d = 0; d < days && out.length < rows; d++) {
    const date = iso(new Date(start + d * 86_400_000));
    for (let c = 0; c < campaigns && out.length < rows; c++) {
      const spend = Math.round((50 + rnd() * 450) * 100) / 100;
      const clicks = Math.round(spend * (1 + rnd()));
      out.push({
        date,
        campaign: `Stage ${1 + (c % 5)} – Campaign ${c + 1}`,
        spend,
        impressions: clicks * 40 + Math.round(rnd() * 100),
        clicks,
        leads: Math.round(clicks / 20),
        conversions: Math.round(clicks / 30),
        revenue: Math.round(spend * (1 + 3 * rnd()) * 100) / 100,
      });
    }
  }
  return out;
}

/** Helpers for import tests: an export as importData receives it, and a Campaigns sheet. */
import { dailyExportCsv, EXAMPLE_CAMPAIGNS, type DailyRow } from '../../tools/workbooks/dailyExport';

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
export const exportB64 = (rows: readonly DailyRow[]) => base64(dailyExportCsv(rows));

/** The Campaigns sheet a user fills in for the example's export. */
export const EXAMPLE_CAMPAIGNS_SHEET = { name: 'Campaigns', values: [['Campaign', 'Stage', 'Variant'], ...EXAMPLE_CAMPAIGNS.map((c) => [...c])] };

export interface ImportResult {
  format: string;
  written: boolean;
  adds: { week: string; stage: string; variant: string; values: Record<string, number>; days: string }[];
  replaces: { week: string; stage: string; variant: string; values: Record<string, number>; before: Record<string, number>; row: number }[];
  skips: { week: string; stage: string; variant: string; reason: string; row: number }[];
  unmappedCampaigns: { campaign: string; rows: number; spend: number }[];
  problems: { line: number; message: string }[];
  newCampaigns: string[];
  message: string;
}

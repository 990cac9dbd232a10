/**
 * The measures a `Weekly` row carries (docs/contract.md §2.2): what is summed over a stage's rows and
 * weeks. Every metric (definitions.ts) is a formula over these sums, so adding a column is one
 * entry here and one in the header vocabulary.
 */

import type { MeasureField, Sums } from '../model/metrics';

export const MEASURES: readonly MeasureField[] = [
  'spend',
  'impressions',
  'clicks',
  'leads',
  'conversions',
  'revenue',
  'controlRevenue',
  'newCustomers',
  'orders',
  'reach',
  'grossProfit',
  'customerValue',
  // A holdout's visitors in each group: only its sample-ratio check reads them (core/plan/integrity).
  'testVisitors',
  'controlVisitors',
];

/** Revenue and profit may be negative (refunds, a loss-making week); spend and counts may not. */
export const MAY_BE_NEGATIVE: ReadonlySet<MeasureField> = new Set<MeasureField>(['revenue', 'controlRevenue', 'grossProfit', 'customerValue']);

export function emptySums(): Sums {
  return {
    spend: 0,
    impressions: 0,
    clicks: 0,
    leads: 0,
    conversions: 0,
    revenue: 0,
    controlRevenue: 0,
    newCustomers: 0,
    orders: 0,
    reach: 0,
    grossProfit: 0,
    customerValue: 0,
    testVisitors: 0,
    controlVisitors: 0,
  };
}

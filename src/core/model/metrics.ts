/**
 * The names of what a stage is measured by: the measures a `Weekly` row carries (summed over a
 * stage's rows and weeks, docs/contract.md §2.2) and the metrics computed from those sums
 * (docs/contract.md §2.3). The lists and formulas are the metric layer's (src/core/metrics).
 */

export type MeasureField =
  | 'spend'
  | 'impressions'
  | 'clicks'
  | 'leads'
  | 'conversions'
  | 'revenue'
  | 'controlRevenue'
  | 'newCustomers'
  | 'orders'
  | 'reach'
  | 'grossProfit'
  | 'customerValue'
  | 'testVisitors'
  | 'controlVisitors';

/** A total per measure, over some rows. */
export type Sums = Record<MeasureField, number>;

/** Every metric a stage can be gated on, one definition each in src/core/metrics/definitions.ts. */
export type MetricKey =
  | 'roas'
  | 'iroas'
  | 'cpa'
  | 'cpc'
  | 'cpm'
  | 'cpl'
  | 'ctr'
  | 'conversionRate'
  | 'conversions'
  | 'leads'
  | 'revenue'
  | 'spend'
  | 'salesGrowth'
  | 'weeks'
  | 'cac'
  | 'ltv'
  | 'ltvCac'
  | 'repeatShare'
  | 'newCustomers'
  | 'orders'
  | 'aov'
  | 'clicks'
  | 'impressions'
  | 'profit'
  | 'roi'
  | 'frequency';

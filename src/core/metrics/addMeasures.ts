/**
 * Adds one row's measures into running sums: the inner loop of every pass over Weekly (a stage's
 * sums, its variants, its weeks for the ranges and the charts). Written out field by field, like
 * emptySums, because a loop over MEASURES with computed keys costs a generic property lookup per
 * field and row (about a third of evaluateStages on large sheets, issue #24). Each field gets the
 * same additions in the same order as that loop, so every sum is the same number.
 * test/core/metrics/addMeasures.test.ts fails when a measure is added to MEASURES but not here.
 */
import type { Sums } from '../model/metrics';

export function addMeasures(into: Sums, v: Readonly<Sums>): void {
  into.spend += v.spend;
  into.impressions += v.impressions;
  into.clicks += v.clicks;
  into.leads += v.leads;
  into.conversions += v.conversions;
  into.revenue += v.revenue;
  into.controlRevenue += v.controlRevenue;
  into.newCustomers += v.newCustomers;
  into.orders += v.orders;
  into.reach += v.reach;
  into.grossProfit += v.grossProfit;
  into.customerValue += v.customerValue;
  into.testVisitors += v.testVisitors;
  into.controlVisitors += v.controlVisitors;
}

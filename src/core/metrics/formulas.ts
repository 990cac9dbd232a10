/**
 * The formulas of docs/contract.md §1.2 and 2.3 as plain functions of numbers. The custom functions
 * (`AOV`, `ROI`, `LTV_CAC`, `CAC`, …) and the stage engine both call these, so the number in a
 * cell and the number in a reason are computed by the same code. A zero denominator gives a
 * non-finite value here; the argument layer blanks it in a cell, the engine reads it as "not
 * evaluable".
 */

/** a / b. */
export const ratio = (a: number, b: number): number => a / b;

/** Average order value: revenue / orders. */
export const aov = (revenue: number, orders: number): number => revenue / orders;

/** Profit after ad spend: revenue × margin − spend (margin 1: revenue is profit). */
export const profit = (revenue: number, spend: number, margin = 1): number => revenue * margin - spend;

/** Return on investment: (revenue × margin − spend) / spend. */
export const roi = (revenue: number, spend: number, margin = 1): number => profit(revenue, spend, margin) / spend;

/** LTV:CAC: lifetime value per customer over the cost of winning one. */
export const ltvCac = (ltv: number, cac: number): number => ltv / cac;

/** Share of orders from returning customers: 1 − new customers / orders. */
export const repeatShareOfNew = (newCustomers: number, orders: number): number => 1 - newCustomers / orders;

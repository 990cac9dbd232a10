/**
 * Stages with a known truth, week by week, for `npm run simulate` (issue #27). Each stage spends
 * about 10,000 a week against a budget of 12 weeks; its orders are Poisson around the volume of
 * the scenario, each order's value is Gamma with a coefficient of variation of 0.8 (a mix of small
 * and large baskets), and each week carries a demand shock of ±5 % (lognormal): the weekly ROAS
 * swings as a shop's does, and its long-run value is the scenario's truth exactly.
 */
import { seeded } from '../bench/timing';

export type Rng = () => number;
export { seeded };

/** Standard normal by Box–Muller. */
export function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-300);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Poisson by inversion for small means, normal approximation (rounded) above 500. */
export function poisson(rng: Rng, mean: number): number {
  if (mean > 500) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  for (;;) {
    p *= rng();
    if (p <= l) return k;
    k++;
  }
}

/** Gamma(shape, 1) by Marsaglia–Tsang (shape ≥ 1). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export interface Week {
  readonly spend: number;
  readonly orders: number;
  readonly revenue: number;
}

export const WEEKLY_SPEND = 10000;
export const WEEKS = 12;
const BASKET_CV = 0.8;
const SHOCK_SD = 0.05;

/**
 * One week of a stage whose true ROAS is `roas` at `ordersPerWeek` orders a week (at the planned
 * spend). Revenue is the sum of the orders' values: Σ of k Gamma(1/cv²) baskets is Gamma(k/cv²).
 */
export function week(rng: Rng, roas: number, ordersPerWeek: number): Week {
  const spend = WEEKLY_SPEND * (1 + 0.1 * (rng() - 0.5));
  const shock = Math.exp(SHOCK_SD * normal(rng) - (SHOCK_SD * SHOCK_SD) / 2);
  const mean = ordersPerWeek * (spend / WEEKLY_SPEND) * shock;
  const orders = poisson(rng, mean);
  const basket = (roas * WEEKLY_SPEND) / ordersPerWeek; // mean order value that makes E[revenue] = roas · spend
  const shape = 1 / (BASKET_CV * BASKET_CV);
  const revenue = orders === 0 ? 0 : (gamma(rng, orders * shape) / shape) * basket;
  return { spend, orders, revenue };
}

/** AOV, ROI and LTV_CAC (docs/contract.md §1.2) as Sheets calls them, and the metric layer they share with the engine. */
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS, metricValue, type MetricContext } from '../../../src/core/metrics/definitions';
import { emptySums } from '../../../src/core/metrics/measures';
import { loadCode, messageOf } from '../../support/codeJs';
import type { MeasureField } from '../../../src/core/model/metrics';

const gs = loadCode();
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('AOV, ROI, LTV_CAC', () => {
  it('AOV = revenue / orders, blank for no orders', () => {
    expect(gs.AOV(col(1200, 500, 90), col(10, 0, 3))).toEqual(col(120, '', 30));
  });
  it('ROI = (revenue × margin − spend) / spend, margin 1 by default', () => {
    expect(gs.ROI(3000, 1000)).toBe(2);
    expect(gs.ROI(3000, 1000, '40%')).toBeCloseTo(0.2, 12);
    expect(gs.ROI(col(500, 100), col(1000, 0))).toEqual(col(-0.5, ''));
    expect(messageOf(() => gs.ROI(100, 10, 1.5))).toBe('ROI: margin row 1 col 1 is 1.5; it must be between 0 and 1');
  });
  it('LTV_CAC = ltv / cac', () => {
    expect(gs.LTV_CAC(col(450, 300), col(150, 0))).toEqual(col(3, ''));
  });
});

describe('the metric layer: one definition per metric', () => {
  const has = (...fields: MeasureField[]): MetricContext => ({ has: (f) => fields.includes(f), testSize: 1, controlSize: 1, margin: 0.4, ltvMultiple: 3 });
  const sums = { ...emptySums(), spend: 1000, revenue: 4000, conversions: 40, newCustomers: 25, clicks: 800, impressions: 100000, reach: 40000 };

  it('every ratio metric has a numerator and a denominator, every volume a total', () => {
    for (const d of Object.values(METRIC_DEFINITIONS)) {
      if (d.range === 'weekly ratio' || d.range === 'iroas') expect(d.ratio, d.key).toBeDefined();
      if (d.volume) expect(d.total, d.key).toBeDefined();
    }
  });

  it('the formulas of docs/contract.md §2.3', () => {
    const x = has('spend', 'revenue', 'conversions', 'newCustomers', 'clicks', 'impressions', 'reach');
    expect(metricValue('cac', sums, x)).toBe(40);
    expect(metricValue('aov', sums, x)).toBe(100); // orders default to conversions
    expect(metricValue('repeatShare', sums, x)).toBeCloseTo(1 - 25 / 40, 12);
    expect(metricValue('ltv', sums, x)).toBe((4000 / 25) * 3); // revenue per new customer × LTV multiple
    expect(metricValue('ltvCac', sums, x)).toBeCloseTo(480 / 40, 12);
    expect(metricValue('profit', sums, x)).toBe(4000 * 0.4 - 1000);
    expect(metricValue('roi', sums, x)).toBeCloseTo(0.6, 12);
    expect(metricValue('frequency', sums, x)).toBe(2.5);
    expect(metricValue('orders', sums, x)).toBe(40);
  });

  it('a Customer value or Gross profit column is used when it is there', () => {
    const x = has('spend', 'revenue', 'newCustomers', 'customerValue', 'grossProfit', 'orders');
    const s = { ...sums, customerValue: 10000, grossProfit: 1800, orders: 50 };
    expect(metricValue('ltv', s, x)).toBe(400);
    expect(metricValue('profit', s, x)).toBe(800);
    expect(metricValue('aov', s, x)).toBe(80);
  });

  it('missing columns are not evaluable, never guessed', () => {
    const x = has('spend', 'revenue');
    expect(metricValue('cac', sums, x)).toBeNull();
    expect(metricValue('frequency', sums, x)).toBeNull();
    expect(metricValue('aov', sums, x)).toBeNull();
  });
});

describe('the vocabulary and the metric layer agree', () => {
  it('every metric a header may name is computed; costs and volumes are the same sets', async () => {
    const { METRIC_NAMES, COSTS, VOLUMES } = await import('../../../src/core/vocabulary/metricNames');
    expect(Object.keys(METRIC_NAMES).sort()).toEqual(Object.keys(METRIC_DEFINITIONS).sort());
    const keys = Object.values(METRIC_DEFINITIONS);
    expect([...COSTS].sort()).toEqual(
      keys
        .filter((d) => d.better === '<=')
        .map((d) => d.key)
        .sort(),
    );
    expect([...VOLUMES].sort()).toEqual(
      keys
        .filter((d) => d.volume)
        .map((d) => d.key)
        .sort(),
    );
  });
});

/**
 * Time-based regression and Trimmed Match against the published results of Google's
 * reference implementations (../shared/validation, copied to ./data), to the digits given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeBasedRegression } from '../../../src/core/stats/tbr';
import { trimmedMatch } from '../../../src/core/stats/trimmedMatch';

const csv = (file: string) =>
  readFileSync(join(__dirname, 'data', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

/** Equal when rounded to the published number's decimals. */
const digits = (actual: number, published: string) => {
  const decimals = (published.split('.')[1] ?? '').length;
  expect(actual.toFixed(decimals)).toBe(Number(published).toFixed(decimals));
};

describe('IROAS_TBR on GeoexperimentsResearch salesandcost (vignette, tbr1)', () => {
  const rows = csv('ger_tbr_daily.csv');
  const test = rows.map((r) => Number(r[2]));
  const control = rows.map((r) => Number(r[3]));
  const r95 = timeBasedRegression(test, control, 42, 50000, 0.95, 3);

  it('fits the pretest line', () => {
    digits(r95.a, '-421.7294');
    digits(r95.b, '0.9997001');
    digits(r95.sigma, '598.6082');
    expect(r95.df).toBe(40);
  });
  it('estimates the effect and its standard error', () => {
    digits(r95.effect, '147337.1');
    digits(r95.se * 50000, '4625.514');
  });
  it('iROAS, the 95% interval and P(iROAS > 3)', () => {
    digits(r95.iroas, '2.946742');
    digits(r95.lower, '2.759772');
    digits(r95.upper, '3.133713');
    digits(r95.probability, '0.284');
  });
  it('the one-sided 90% lower bound (two-sided 80% lower end)', () => {
    digits(timeBasedRegression(test, control, 42, 50000, 0.8, 3).lower, '2.826194');
  });
  it('scaling spend by k divides iROAS and its interval by k', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (k) => {
        const r = timeBasedRegression(test, control, 42, 50000 * k, 0.95, 3 / k);
        expect(r.iroas * k).toBeCloseTo(r95.iroas, 9);
        expect(r.lower * k).toBeCloseTo(r95.lower, 9);
        expect(r.probability).toBeCloseTo(r95.probability, 9);
      }),
      { numRuns: 50 },
    );
  });
});

describe('IROAS_TRIMMED_MATCH (google/trimmed_match estimator tests, 90%)', () => {
  const conf = 0.9; // z = 1.64485363
  const y4 = [1, 10, 3, 8];
  const x4 = [1, 5, 2, 5];

  it('4 pairs, no trimming', () => {
    const r = trimmedMatch(y4, x4, { trimRate: 0, confidence: conf, maxTrimRate: 0.3 });
    digits(r.iroas, '1.692');
    digits(r.stdError, '0.138');
    digits(r.lower, '1.250');
    digits(r.upper, '1.905');
  });

  it('4 pairs, trim 0.25: the asymmetric interval', () => {
    const r = trimmedMatch(y4, x4, { trimRate: 0.25, confidence: conf, maxTrimRate: 0.3 });
    digits(r.iroas, '1.571');
    digits(r.stdError, '0.041');
    digits(r.lower, '-29.374179');
    digits(r.upper, '1.618974');
  });

  const rows = csv('tm_32_pairs.csv');
  const y = rows.map((r) => Number(r[1]));
  const x = rows.map((r) => Number(r[2]));

  it.each([
    [0, '0.005811', '0.000117', '0.005233', '0.006389'],
    [1 / 32, '0.005815', '0.000134', '0.005155', '0.006475'],
  ])('32 pairs, trim %d', (trim, est, se, lo, hi) => {
    const r = trimmedMatch(y, x, { trimRate: trim, confidence: conf, maxTrimRate: 0.3 });
    digits(r.iroas, est);
    digits(r.stdError, se);
    digits(r.lower, lo);
    digits(r.upper, hi);
  });

  it('32 pairs, automatic trim rate (max 0.30) and every candidate estimate', () => {
    const r = trimmedMatch(y, x, { confidence: conf, maxTrimRate: 0.3 });
    expect(r.trimRate).toBe(0.1875);
    digits(r.iroas, '0.005833');
    digits(r.stdError, '0.00003');
    digits(r.lower, '0.005684');
    digits(r.upper, '0.005982');
    const published = ['0.00581123', '0.005815', '0.00582772', '0.00583428', '0.00583461', '0.00583399', '0.00583305', '0.00583258', '0.005832', '0.00585823'];
    expect(r.candidates.map((c) => c.trimRate)).toEqual(published.map((_, i) => i / 32));
    r.candidates.forEach((c, i) => digits(c.iroas, published[i]));
  });

  it.each(['tm_example_pairs_test.csv', 'tm_example_pairs_test_cooldown.csv'])('example data %s: a sound result with the defaults', (file) => {
    const d = csv(file);
    const r = trimmedMatch(
      d.map((v) => Number(v[1])),
      d.map((v) => Number(v[2])),
    );
    expect(r.trimRate).toBeLessThanOrEqual(0.25);
    expect(r.stdError).toBeGreaterThan(0);
    expect(r.lower).toBeLessThanOrEqual(r.iroas);
    expect(r.upper).toBeGreaterThanOrEqual(r.iroas);
    expect(Math.abs(r.iroas)).toBeLessThan(5); // revenue per unit of spend, not a blow-up
  });

  it('scaling every Δspend by k divides the estimate by k', () => {
    fc.assert(
      fc.property(fc.constantFrom(0.001, 0.5, 3, 1000), (k) => {
        const base = trimmedMatch(y, x, { confidence: conf, maxTrimRate: 0.3 });
        const scaled = trimmedMatch(
          y,
          x.map((v) => v * k),
          { confidence: conf, maxTrimRate: 0.3 },
        );
        expect(scaled.trimRate).toBe(base.trimRate);
        expect(scaled.iroas * k).toBeCloseTo(base.iroas, 10);
      }),
      { numRuns: 4 },
    );
  });
});

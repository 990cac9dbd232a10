/**
 * TBR's predictive variance on short pretests (issue #27 item 3) against Google's
 * GeoexperimentsResearch computation run in R (reference/tbr_short_pretest.R →
 * tbr_short_pretest.csv: lm, vcov and the cumulative variance of DoTBRAnalysisTbr1).
 * They agree to rounding: the under-coverage seen with 8 Baseline weeks is not the variance
 * formula (tools/simulate shows it comes from weeks that are not independent), so LiftGate warns
 * below 10 Baseline weeks rather than change the method.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeBasedRegression } from '../../../src/core/stats/tbr';
import { evaluatePlanInWords } from '../../support/inWords';

const lines = readFileSync(join(__dirname, 'reference', 'tbr_short_pretest.csv'), 'utf8')
  .trim()
  .split('\n');
const head = lines[0].split(',').map((h) => h.replace(/"/g, ''));
const cases = lines.slice(1).map((line) => {
  const cells = line.split(',').map((c) => c.replace(/"/g, ''));
  const get = (name: string) => cells[head.indexOf(name)];
  return {
    pretest: Number(get('pretest')),
    effect: Number(get('effect')),
    sd: Number(get('sd')),
    df: Number(get('df')),
    lower: Number(get('lower')),
    upper: Number(get('upper')),
    test: get('test').split(';').map(Number),
    control: get('control').split(';').map(Number),
  };
});

describe('IROAS_TBR = GeoexperimentsResearch (R) on pretests of 4 to 12 weeks', () => {
  it('has the five cases', () => expect(cases.map((c) => c.pretest)).toEqual([4, 6, 8, 10, 12]));
  it.each(cases.map((c) => [c.pretest, c] as const))('%i pretest weeks', (_, c) => {
    const r = timeBasedRegression(c.test, c.control, c.pretest, 60000, 0.8);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(rel(r.effect, c.effect)).toBeLessThan(1e-9);
    expect(rel(r.se * 60000, c.sd)).toBeLessThan(1e-9);
    expect(r.df).toBe(c.df);
    expect(rel(r.lower, c.lower)).toBeLessThan(1e-9);
    expect(rel(r.upper, c.upper)).toBeLessThan(1e-9);
  });
});

describe('a stage judged on TBR with fewer than 10 Baseline weeks gets a warning', () => {
  const d = (i: number) => new Date(Date.UTC(2025, 0, 6 + 7 * i));
  const weekly = (baseline: number) => {
    const c = cases[0];
    const rows: (string | number | Date)[][] = [['Week', 'Stage', 'Spend', 'Revenue', 'Control revenue']];
    for (let i = 0; i < baseline; i++) rows.push([d(i), 'Baseline', 0, 5000 + 0.9 * (50000 + 100 * i) + (i % 2 ? 700 : -700), 50000 + 100 * i]);
    for (let i = 0; i < 6; i++) rows.push([d(baseline + i), 'A', 10000, c.test[c.pretest + i], c.control[c.pretest + i]]);
    return rows;
  };
  const stages = [
    ['Stage', 'Budget', 'Min iROAS'],
    ['A', 100000, 1],
  ];
  it('8 weeks: warned, in the document language', () => {
    expect(evaluatePlanInWords(stages, weekly(8)).warnings).toContain(
      'A: iROAS is measured against only 8 Baseline weeks; with fewer than 10 its range is often too narrow. Add Baseline weeks (rows with Stage "Baseline" that have Revenue and Control revenue) before trusting it.',
    );
    expect(evaluatePlanInWords(stages, weekly(8), { language: 'nb' }).warnings.join(' ')).toContain('8 uker med Baseline');
  });
  it('10 weeks, or confidence 0: no warning', () => {
    expect(evaluatePlanInWords(stages, weekly(10)).warnings).toEqual([]);
    expect(evaluatePlanInWords(stages, weekly(8), { confidence: 0 }).warnings).toEqual([]);
  });
});

/**
 * Issue #19's core rules, each with the case that was wrong before: one calendar (weeks start
 * on the week start, the same text is the same day everywhere), one vocabulary (a target nobody
 * can check holds the stage), blank Control revenue is no control group, TBR's point is graded.
 */
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDay, weekOf } from '../../../src/core/calendar/day';
import { dayOfCell } from '../../../src/core/calendar/readDay';
import { parseExportDate, slashOrder } from '../../../src/core/import/dates';
import type { TableCell } from '../../../src/core/plan/types';
import { isTotalLabel } from '../../../src/core/vocabulary/totalRows';
import { DEFAULT_SETTINGS } from '../../../src/core/plan/types';
import { evaluatePlanInWords, evaluateWorkbookInWords } from '../../support/inWords';

const d = (m: number, day: number) => new Date(Date.UTC(2025, m - 1, day));
const HEAD = ['Week', 'Stage', 'Spend', 'Conversions', 'Revenue'];

describe('one calendar', () => {
  it('a Tuesday and the Sunday after it are one week when weeks start on Monday, two when they start on Sunday', () => {
    const stages = [
      ['Stage', 'Budget', 'Min weeks'],
      ['A', 10000, 2],
    ];
    const weekly: TableCell[][] = [HEAD, [d(5, 27), 'A', 100, 5, 300], [d(6, 1), 'A', 100, 5, 300]];
    const monday = evaluatePlanInWords(stages, weekly, { confidence: 0, weekStart: 'monday' });
    const sunday = evaluatePlanInWords(stages, weekly, { confidence: 0, weekStart: 'sunday' });
    expect(monday.stages[0].metrics.weeks).toBe(1);
    expect(sunday.stages[0].metrics.weeks).toBe(2);
  });
  it('"06/01/2025" is 6 January in an en_GB Weekly and in an en_GB import alike', () => {
    const plan = dayOfCell('06/01/2025', { locale: 'en_GB' });
    const imported = parseExportDate('06/01/2025', slashOrder('en_GB', 'mdy'));
    expect(plan && 'day' in plan && isoDay(plan.day)).toBe('2025-01-06');
    expect(isoDay(imported!)).toBe('2025-01-06');
  });
  it("a Date cell is the day it shows in the spreadsheet's zone", () => {
    const osloMidnight = new Date(Date.UTC(2025, 0, 5, 23)); // 6 January 00:00 in Oslo
    expect(dayOfCell(osloMidnight, { timeZone: 'Europe/Oslo' })).toEqual({ day: dayFromParts(2025, 1, 6) });
    expect(dayOfCell(45663, {})).toEqual({ day: dayFromParts(2025, 1, 6) });
    expect(isoDay(weekOf(dayFromParts(2025, 1, 12)!, 'monday'))).toBe('2025-01-06');
  });
  it('an impossible date is a problem, never a guess', () => {
    expect(dayOfCell('31.02.2025', {})).toMatchObject({ problem: { missing: 'day' } });
    expect(dayOfCell('13/01/2025', { locale: 'en_US' })).toMatchObject({ problem: { missing: 'month' } });
  });
});

describe('one vocabulary', () => {
  it.each(['Total', 'Total: Account', 'Grand total', 'Итого', 'Итого по аккаунту', '合计', 'Totalt', 'Sum'])('%s is a total row', (t) =>
    expect(isTotalLabel(t)).toBe(true),
  );
  it.each(['Summer sale', 'Totally new', 'Test'])('%s is no total row', (t) => expect(isTotalLabel(t)).toBe(false));

  it('a target on an unknown metric holds every stage with a value there, and says so with the cell and the nearest metrics', () => {
    const stages = [
      ['Stage', 'Budget', 'Min ROAS', 'Min happiness'],
      ['A', 1000, 2, 5],
      ['B', 1000, 2, ''],
    ];
    const weekly: TableCell[][] = [HEAD, [d(1, 6), 'A', 1000, 40, 5000]];
    const r = evaluatePlanInWords(stages, weekly, { confidence: 0 });
    expect(r.stages[0].decision).toBe('HOLD'); // ROAS 5 against 2 alone would be SCALE UP
    expect(r.stages[0].reason).toMatch(/^HOLD: criterion not understood: Min happiness/);
    expect(r.stages[1].decision).toBe('LOCKED');
    expect(r.warnings.find((w) => w.includes('Stages!D1'))).toMatch(/"Min happiness" reads as a target.*nearest: /);
  });
  it.each(['Max CAC', 'Min LTV', 'Min ROI', 'Min repeat share', 'Min new customers', 'Min clicks'])(
    '%s is recognised and, without the columns it needs, holds the stage back (never "passes by default")',
    (h) => {
      const stages = [
        ['Stage', 'Budget', h],
        ['A', 1000, 3],
      ];
      const weekly: TableCell[][] = [HEAD, [d(1, 6), 'A', 1000, 40, 5000]];
      const r = evaluatePlanInWords(stages, weekly, { confidence: 0 });
      expect(r.stages[0].decision).not.toBe('GO');
      expect(r.stages[0].reason).not.toMatch(/No targets set/);
    },
  );
  it.each([
    ['Min profit', 'profit', 4000],
    ['Min purchases', 'orders', 40],
  ])('%s is judged by the metric layer (#21) when its columns are there', (h, key, actual) => {
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', h],
        ['A', 1000, 3],
      ],
      [HEAD, [d(1, 6), 'A', 1000, 40, 5000]],
      { confidence: 0 },
    );
    expect(r.stages[0].criteria.map((c) => [c.key, c.actual])).toEqual([[key, actual]]);
    expect(r.stages[0].decision).toBe('GO');
  });
  it('`Max cost per purchase` is a CPA target', () => {
    const stages = [
      ['Stage', 'Budget', 'Max cost per purchase'],
      ['A', 1000, 20],
    ];
    const r = evaluatePlanInWords(stages, [HEAD, [d(1, 6), 'A', 1000, 40, 5000]], { confidence: 0 });
    expect(r.stages[0].criteria.map((c) => c.key)).toEqual(['cpa']);
  });
});

describe('incrementality', () => {
  it('blank Control revenue cells are no control group: iROAS not evaluable, never the ROAS', () => {
    const stages = [
      ['Stage', 'Budget', 'Min iROAS'],
      ['A', 1000, 1],
    ];
    const weekly: TableCell[][] = [
      ['Week', 'Stage', 'Spend', 'Revenue', 'Control revenue'],
      [d(1, 6), 'A', 500, 2000, ''],
      [d(1, 13), 'A', 500, 2000, ''],
    ];
    for (const confidence of [0, 0.8]) {
      const r = evaluatePlanInWords(stages, weekly, { confidence });
      expect(r.stages[0].metrics.iroas).toBeNull();
      expect(r.stages[0].criteria[0].actual).toBeNull();
      expect(r.stages[0].decision).not.toBe('SCALE UP');
    }
  });
  it("with TBR, the iROAS shown and graded is TBR's estimate, inside its own range", () => {
    const weekly: TableCell[][] = [['Week', 'Stage', 'Spend', 'Revenue', 'Control revenue']];
    const base = [100, 120, 90, 110, 105, 95];
    base.forEach((c, i) => weekly.push([d(1, 6 + 7 * i), 'Baseline', 0, 2 * c + 10 + (i % 2), c]));
    [100, 110, 95, 105].forEach((c, i) => weekly.push([d(2, 17 + 7 * i), 'A', 50, 2 * c + 10 + 80 + (i % 3), c]));
    const stages = [
      ['Stage', 'Budget', 'Min iROAS'],
      ['A', 1000, 1],
    ];
    const r = evaluateWorkbookInWords({ stages, weekly, geo: null, settings: { ...DEFAULT_SETTINGS, confidence: 0.8 }, asOf: null });
    const c = r.stages[0].criteria[0];
    expect(c.lower).not.toBeNull();
    expect(c.actual!).toBeGreaterThanOrEqual(c.lower!);
    expect(c.actual!).toBeLessThanOrEqual(c.upper!);
    expect(r.stages[0].metrics.iroas).toBe(c.actual);
    expect(r.asOf).toBe(dayFromParts(2025, 3, 10)! + 6); // no clock: the last Week + 6 days
  });
});

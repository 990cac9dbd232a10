/**
 * createDashboard() through the built dist/Code.js over the Apps Script imitation: a Dashboard
 * sheet of values and native charts, nothing else changed, a refresh that updates in place (no
 * duplicates, user-moved charts left where they are), a new stage getting its charts, and
 * service calls that do not grow with the weekly rows.
 */
import { describe, expect, it } from 'vitest';
import { stagePictures } from '../../src/core/charts/pictures';
import { chartKey, DATA_COL, HEADER_ROW, KEY_ROW, SUMMARY_HEADER, SUMMARY_TOP } from '../../src/core/dashboard/layout';
import { evaluatePlan } from '../../src/core/plan/evaluatePlan';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import type { ChartData } from '../../tools/apps-script-fake';
import { generateWorkbook } from '../../tools/workbooks/generate';
import { load, sheetValues } from '../support/workbook';
import { DECISION_STYLES } from '../../src/core/model/decisions';

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);

function workbook(stages: unknown[][] = EXAMPLE_STAGES, weekly: unknown[][] = EXAMPLE_WEEKLY) {
  return load({
    sheets: [
      { name: 'Stages', values: copy(stages as never) },
      { name: 'Weekly', values: copy(weekly as never) },
    ],
  });
}

const chartsOf = (fake: ReturnType<typeof load>['fake']): ChartData[] => fake.spreadsheet.raw('Dashboard')!.charts;

/** The values a chart shows: its range read back from the Dashboard sheet. */
function chartValues(fake: ReturnType<typeof load>['fake'], c: ChartData): unknown[][] {
  const r = c.ranges[0];
  const v = sheetValues(fake, 'Dashboard');
  return v.slice(r.row - 1, r.row - 1 + r.numRows).map((row) => row.slice(r.col - 1, r.col - 1 + r.numCols));
}

/** The chart key above a chart's range. */
const keyOf = (fake: ReturnType<typeof load>['fake'], c: ChartData) => sheetValues(fake, 'Dashboard')[KEY_ROW - 1][c.ranges[0].col - 1];

describe('createDashboard', () => {
  it('adds a Dashboard sheet: the decision summary with colours and native charts per stage, fed from its data block', () => {
    const { fake, gs } = workbook();
    const before = fake.snapshot().sheets.map((s) => JSON.stringify(s));
    const r = gs.createDashboard() as { message: string; charts: { added: number; updated: number; removed: number } };
    expect(r.message).toMatch(/Created the "Dashboard" sheet: 3 stages, 8 charts/);
    expect(r.charts).toEqual({ added: 8, updated: 0, removed: 0 });
    // Nothing outside the Dashboard sheet changed.
    const after = fake.snapshot().sheets;
    expect(after.map((s) => s.name)).toEqual(['Stages', 'Weekly', 'Dashboard']);
    expect(after.slice(0, 2).map((s) => JSON.stringify(s))).toEqual(before);

    const v = sheetValues(fake, 'Dashboard');
    expect(v[SUMMARY_TOP - 1].slice(0, SUMMARY_HEADER.length)).toEqual([...SUMMARY_HEADER]);
    const engine = evaluatePlan(EXAMPLE_STAGES, EXAMPLE_WEEKLY);
    expect(SUMMARY_HEADER).toEqual(['Stage', 'Decision', 'Spend', 'Budget', 'Revenue', 'ROAS', 'CPA', 'iROAS', 'Next budget']);
    engine.stages.forEach((s, i) => {
      const row = v[SUMMARY_TOP + i];
      const blank = (x: number | null | undefined) => (x === null || x === undefined ? '' : x);
      expect(row.slice(0, 9)).toEqual([
        s.stage,
        s.decision,
        s.spend,
        s.budget,
        blank(s.metrics.revenue),
        blank(s.metrics.roas),
        blank(s.metrics.cpa),
        blank(s.metrics.iroas),
        s.nextBudget,
      ]);
    });
    const dash = fake.snapshot().sheets[2];
    // Each decision on its contract colours (2.4), whatever the example decides today.
    engine.stages.forEach((s, i) => {
      expect(dash.backgrounds![SUMMARY_TOP + i][1]).toBe(DECISION_STYLES[s.decision].fill);
      expect(dash.fontColors![SUMMARY_TOP + i][1]).toBe(DECISION_STYLES[s.decision].text);
    });
    expect(dash.backgrounds![SUMMARY_TOP][1]).toBe('#0072B2');
    // No formulas anywhere: a client without the add-on sees every value.
    expect(dash.formulas!.flat().every((f) => f === '')).toBe(true);

    // Test and Scale: spend, metric, test vs control; Expand (no data yet, no holdout): spend and metric, empty.
    const charts = chartsOf(fake);
    expect(charts.map((c) => keyOf(fake, c))).toEqual([
      chartKey('Test', 'spend'),
      chartKey('Test', 'metric'),
      chartKey('Test', 'control'),
      chartKey('Scale', 'spend'),
      chartKey('Scale', 'metric'),
      chartKey('Scale', 'control'),
      chartKey('Expand', 'spend'),
      chartKey('Expand', 'metric'),
    ]);
    for (const c of charts) {
      expect(c.type).toBe('COMBO');
      expect(c.ranges).toHaveLength(1);
      expect(c.ranges[0]).toMatchObject({ sheet: 'Dashboard', row: HEADER_ROW });
      expect(c.ranges[0].col).toBeGreaterThanOrEqual(DATA_COL);
      expect(c.numHeaders).toBe(1);
    }
    // The Test spend chart holds the engine's weekly spend and the even pace.
    const [spend, metric] = charts;
    expect(chartValues(fake, spend)).toEqual([
      ['Week', 'Spend', 'Even pace'],
      ...engine.stages[0].series!.weeks.map((w, i) => [w, engine.stages[0].series!.spend.spend[i], 5000]),
    ]);
    const p = stagePictures('Test', engine.stages[0].series!);
    expect(spend.options.title).toBe(p[0].title);
    expect(metric.options.title).toBe(p[1].title);
    expect(spend.options.series).toMatchObject({ 0: { type: 'bars', color: '#0072B2' }, 1: { type: 'line', lineDashStyle: [6, 4] } });
    // The last "so far" point of the metric chart is the criterion's actual.
    const m = engine.stages[0].series!.metric!;
    const mv = chartValues(fake, metric);
    const soFar = mv[0].indexOf(`${m.label} so far`);
    expect(mv.at(-1)![soFar]).toBeCloseTo(engine.stages[0].criteria.find((c) => c.key === m.key)!.actual!, 12);
    // Charts sit in rows below the summary, one row of three per stage, no two in one place.
    const places = charts.map((c) => `${c.position.row}/${c.position.col}`);
    expect(new Set(places).size).toBe(charts.length);
    expect(Math.min(...charts.map((c) => c.position.row))).toBeGreaterThan(SUMMARY_TOP + 3);
  });

  it('called twice: one set of charts, updated in place with refreshed data; moved charts stay put', () => {
    const { fake, gs } = workbook();
    gs.createDashboard();
    const first = structuredClone(chartsOf(fake));
    // The user moves one chart and gives another a new title.
    const sheet = fake.spreadsheet.raw('Dashboard')!;
    sheet.charts[1].position = { row: 40, col: 3, offsetX: 12, offsetY: 5 };
    // New weekly numbers arrive for Scale: a fifth week.
    const weekly = fake.spreadsheet.raw('Weekly')!;
    weekly.layers.values.push([new Date(Date.UTC(2025, 2, 3)), 'Scale', 'Video', 9700, 1210000, 11500, 630, 280, 28000, 1620, 205]);
    const r = gs.createDashboard() as { message: string; charts: { added: number; updated: number; removed: number } };
    expect(r.message).toMatch(/^Refreshed/);
    expect(r.charts).toEqual({ added: 0, updated: 8, removed: 0 });
    const second = chartsOf(fake);
    expect(second.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(second[1].position).toEqual({ row: 40, col: 3, offsetX: 12, offsetY: 5 });
    expect(second[0].position).toEqual(first[0].position);
    // Scale's spend chart now has five weeks, the last the new one.
    const scaleSpend = second.find((c) => keyOf(fake, c) === chartKey('Scale', 'spend'))!;
    const rows = chartValues(fake, scaleSpend);
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['2025-03-03', 9700]);
  });

  it('a stage added to the plan gets its charts on refresh; a removed one loses them; blank what is no longer written', () => {
    const { fake, gs } = workbook();
    gs.createDashboard();
    const stages = fake.spreadsheet.raw('Stages')!;
    stages.layers.values.push(['Retarget', 10000, new Date(Date.UTC(2025, 3, 7)), 2, 4, 30, 20, '', 9, 1]);
    let r = gs.createDashboard() as { charts: { added: number; updated: number; removed: number } };
    expect(r.charts).toEqual({ added: 2, updated: 8, removed: 0 });
    const keys = chartsOf(fake).map((c) => keyOf(fake, c));
    expect(keys).toContain(chartKey('Retarget', 'spend'));
    expect(keys).toContain(chartKey('Retarget', 'metric'));
    expect(new Set(keys).size).toBe(keys.length);
    // The existing charts followed the layout (the summary grew by a row): still no overlaps.
    const places = chartsOf(fake).map((c) => `${c.position.row}/${c.position.col}`);
    expect(new Set(places).size).toBe(places.length);
    // Drop Test and Scale's rows from the plan: their charts go, the summary shrinks and blanks.
    stages.layers.values.splice(1, 2);
    r = gs.createDashboard() as { charts: { added: number; updated: number; removed: number } };
    expect(r.charts.removed).toBe(6);
    expect(
      chartsOf(fake)
        .map((c) => keyOf(fake, c))
        .sort(),
    ).toEqual([chartKey('Expand', 'spend'), chartKey('Expand', 'metric'), chartKey('Retarget', 'spend'), chartKey('Retarget', 'metric')].sort());
    const v = sheetValues(fake, 'Dashboard');
    expect([0, 1, 2, 3].map((k) => v[SUMMARY_TOP + k]?.[0] ?? '')).toEqual(['Expand', 'Retarget', '', '']);
    // The old data columns beyond the new block are blank again.
    expect(v.every((row) => row.slice(DATA_COL - 1 + 40).every((x) => x === ''))).toBe(true);
  });

  it('leaves charts the user made alone, and text from the sheet stays text', () => {
    const evil = '=IMPORTXML("http://x","//a")';
    const stages = EXAMPLE_STAGES.map((r, i) => (i === 1 ? [evil, ...r.slice(1)] : [...r]));
    const weekly = EXAMPLE_WEEKLY.map((r) => (r[1] === 'Test' ? [r[0], evil, ...r.slice(2)] : [...r]));
    const { fake, gs } = workbook(stages, weekly);
    gs.createDashboard();
    const sheet = fake.spreadsheet.raw('Dashboard')!;
    // A chart of the user's own over the summary table.
    sheet.charts.push({
      id: 9999,
      type: 'PIE',
      ranges: [{ sheet: 'Dashboard', row: SUMMARY_TOP, col: 4, numRows: 4, numCols: 2 }],
      position: { row: 60, col: 2, offsetX: 0, offsetY: 0 },
      options: { title: 'mine' },
      numHeaders: 1,
    });
    gs.createDashboard();
    expect(sheet.charts.find((c) => c.id === 9999)).toMatchObject({ type: 'PIE', options: { title: 'mine' } });
    expect(sheet.charts.filter((c) => c.id !== 9999)).toHaveLength(8);
    const dash = fake.snapshot().sheets.find((s) => s.name === 'Dashboard')!;
    expect(dash.formulas!.flat().every((f) => f === '')).toBe(true);
    expect(dash.values[SUMMARY_TOP][0]).toBe(`'${evil}`);
  });

  it('service calls do not grow with the weekly rows (100 and 20,000 rows)', () => {
    const calls = (rows: number) => {
      const generated = generateWorkbook(rows, 6);
      // Without Start: the generator dates rows before a stage's Start, which are not counted
      // (docs/contract.md §2.1), and 100 rows would then leave stages without data (fewer charts).
      const start = generated.stages[0].indexOf('Start');
      const stages = generated.stages.map((row) => row.filter((_, c) => c !== start));
      const { fake, gs } = workbook(stages, generated.weekly);
      fake.calls.reset();
      gs.createDashboard();
      const first = fake.calls.byMethod();
      fake.calls.reset();
      gs.createDashboard();
      return { first, refresh: fake.calls.byMethod() };
    };
    const small = calls(100);
    const large = calls(20_000);
    expect(large.first).toEqual(small.first);
    expect(large.refresh).toEqual(small.refresh);
    // Whole blocks: one read of each sheet, one write of each block.
    expect(small.refresh['Range.getValues']).toBe(3);
    expect(small.refresh['Range.setValues']).toBe(2);
    expect(small.refresh['Range.setBackgrounds']).toBe(1);
  });
});

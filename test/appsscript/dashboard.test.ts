/**
 * createDashboard() through the built dist/Code.js over the Apps Script imitation: a Dashboard
 * sheet of values and three native charts of the stage picked in its dropdown (#24: three shared
 * charts replaced three per stage), nothing else changed, a refresh that updates in place (no
 * duplicates, user-moved charts left where they are), a pick in the dropdown refreshing the charts
 * for that stage (onEdit), and service calls that grow neither with the weekly rows nor with the
 * stages.
 */
import { describe, expect, it } from 'vitest';
import { chartKey, DATA_COL, HEADER_ROW, KEY_ROW, PICKER, SUMMARY_HEADER, SUMMARY_TOP } from '../../src/core/dashboard/layout';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import type { ChartData } from '../../tools/apps-script-fake';
import { generateWorkbook } from '../../tools/workbooks/generate';
import { load, sheetValues } from '../support/workbook';
import { DECISION_STYLES } from '../../src/core/model/decisions';
import { evaluatePlanInWords, stagePicturesInWords as stagePictures } from '../support/inWords';

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

/** The user picks a stage in the Dashboard's dropdown: the cell changes, then Sheets runs onEdit. */
function pick(loaded: ReturnType<typeof load>, stage: string): void {
  const app = loaded.fake.globals.SpreadsheetApp as {
    getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(r: number, c: number): { setValue(v: unknown): unknown } } };
  };
  const range = app.getActiveSpreadsheet().getSheetByName('Dashboard').getRange(PICKER.row, PICKER.col);
  range.setValue(stage);
  loaded.gs.onEdit({ range, authMode: 'LIMITED' });
}

/** The chart key above a chart's range. */
const keyOf = (fake: ReturnType<typeof load>['fake'], c: ChartData) => sheetValues(fake, 'Dashboard')[KEY_ROW - 1][c.ranges[0].col - 1];

describe('createDashboard', () => {
  it('adds a Dashboard sheet: the decision summary with colours, a stage picker and the picked stage’s native charts, fed from its data block', () => {
    const { fake, gs } = workbook();
    const before = fake.snapshot().sheets.map((s) => JSON.stringify(s));
    const r = gs.createDashboard() as { message: string; charts: { added: number; updated: number; removed: number } };
    expect(r.message).toMatch(/Created the "Dashboard" sheet: 3 stages, 3 charts/);
    expect(r.charts).toEqual({ added: 3, updated: 0, removed: 0 });
    // Nothing outside the Dashboard sheet changed.
    const after = fake.snapshot().sheets;
    expect(after.map((s) => s.name)).toEqual(['Stages', 'Weekly', 'Dashboard']);
    expect(after.slice(0, 2).map((s) => JSON.stringify(s))).toEqual(before);

    const v = sheetValues(fake, 'Dashboard');
    expect(v[SUMMARY_TOP - 1].slice(0, SUMMARY_HEADER.length)).toEqual([...SUMMARY_HEADER]);
    const engine = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY);
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

    // The picker in B3: the first stage with weeks, a dropdown of the stages that have them.
    expect(v[PICKER.row - 1].slice(0, 2)).toEqual(['Charts for stage', 'Test']);
    expect(dash.validations![PICKER.row - 1][PICKER.col - 1]).toBe(
      'one of Test, Scale, Expand (Pick a stage: LiftGate refreshes the charts below for it.) [reject]',
    );
    // The picked stage (Test): spend, metric, test vs control.
    const charts = chartsOf(fake);
    expect(charts.map((c) => keyOf(fake, c))).toEqual([chartKey('spend'), chartKey('metric'), chartKey('control')]);
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
    // Charts sit in a row of three below the summary, no two in one place.
    const places = charts.map((c) => `${c.position.row}/${c.position.col}`);
    expect(new Set(places).size).toBe(charts.length);
    expect(Math.min(...charts.map((c) => c.position.row))).toBeGreaterThan(SUMMARY_TOP + 3);
  });

  it('called twice: one set of charts, updated in place with refreshed data; moved charts stay put; a pick shows another stage', () => {
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
    expect(r.charts).toEqual({ added: 0, updated: 3, removed: 0 });
    const second = chartsOf(fake);
    expect(second.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(second[1].position).toEqual({ row: 40, col: 3, offsetX: 12, offsetY: 5 });
    expect(second[0].position).toEqual(first[0].position);
    // The user picks Scale: the same three charts now show Scale, its spend chart with five
    // weeks, the last the new one; the pick survives a refresh from the menu.
    pick({ fake, gs }, 'Scale');
    const engine = evaluatePlanInWords(EXAMPLE_STAGES, fake.spreadsheet.raw('Weekly')!.layers.values as never);
    const third = chartsOf(fake);
    expect(third.map((c) => c.id)).toEqual(first.map((c) => c.id));
    const scaleSpend = third.find((c) => keyOf(fake, c) === chartKey('spend'))!;
    expect(scaleSpend.options.title).toBe(stagePictures('Scale', engine.stages[1].series!)[0].title);
    const rows = chartValues(fake, scaleSpend);
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['2025-03-03', 9700]);
    gs.createDashboard();
    expect(sheetValues(fake, 'Dashboard')[PICKER.row - 1][PICKER.col - 1]).toBe('Scale');
    // Expand has no holdout: two charts, the test-vs-control one goes.
    pick({ fake, gs }, 'Expand');
    expect(chartsOf(fake).map((c) => keyOf(fake, c))).toEqual([chartKey('spend'), chartKey('metric')]);
  });

  it('a stage added to the plan joins the picker; the picked stage removed, the first one left is shown; blank what is no longer written', () => {
    const { fake, gs } = workbook();
    gs.createDashboard();
    const stages = fake.spreadsheet.raw('Stages')!;
    stages.layers.values.push(['Retarget', 10000, new Date(Date.UTC(2025, 3, 7)), 2, 4, 30, 20, '', 9, 1]);
    let r = gs.createDashboard() as { charts: { added: number; updated: number; removed: number } };
    expect(r.charts).toEqual({ added: 0, updated: 3, removed: 0 });
    const dash = () => fake.snapshot().sheets.find((s) => s.name === 'Dashboard')!;
    expect(dash().validations![PICKER.row - 1][PICKER.col - 1]).toMatch(/^one of Test, Scale, Expand, Retarget /);
    // The charts followed the layout (the summary grew by a row): still no overlaps, below it.
    const places = chartsOf(fake).map((c) => `${c.position.row}/${c.position.col}`);
    expect(new Set(places).size).toBe(places.length);
    expect(Math.min(...chartsOf(fake).map((c) => c.position.row))).toBe(SUMMARY_TOP + 4 + 3);
    // Drop Test and Scale's rows from the plan: Expand is shown (no holdout: its control chart
    // goes), the summary shrinks and blanks.
    stages.layers.values.splice(1, 2);
    r = gs.createDashboard() as { charts: { added: number; updated: number; removed: number } };
    expect(r.charts).toEqual({ added: 0, updated: 2, removed: 1 });
    expect(chartsOf(fake).map((c) => keyOf(fake, c))).toEqual([chartKey('spend'), chartKey('metric')]);
    const v = sheetValues(fake, 'Dashboard');
    expect(v[PICKER.row - 1][PICKER.col - 1]).toBe('Expand');
    expect([0, 1, 2, 3].map((k) => v[SUMMARY_TOP + k]?.[0] ?? '')).toEqual(['Expand', 'Retarget', '', '']);
    // The old data columns beyond the new block are blank again.
    expect(v.every((row) => row.slice(DATA_COL - 1 + 12).every((x) => x === ''))).toBe(true);
  });

  it('onEdit leaves every other edit alone: another cell, another sheet, a sheet not marked as LiftGate’s', () => {
    const { fake, gs } = workbook();
    gs.createDashboard();
    const app = fake.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(r: number, c: number): unknown } } };
    const ss = app.getActiveSpreadsheet();
    const below = ss.getSheetByName('Dashboard').getRange(PICKER.row + 1, PICKER.col);
    const elsewhere = ss.getSheetByName('Weekly').getRange(PICKER.row, PICKER.col);
    const picker = ss.getSheetByName('Dashboard').getRange(PICKER.row, PICKER.col);
    fake.calls.reset();
    gs.onEdit({ range: below, authMode: 'LIMITED' });
    gs.onEdit({ range: elsewhere, authMode: 'LIMITED' });
    gs.onEdit({ range: picker, authMode: 'NONE' });
    gs.onEdit({});
    // One call to see the cell is not the picker; four to see the Weekly sheet carries no Dashboard mark.
    expect(fake.calls.byMethod()).toEqual({ 'Range.getRow': 2, 'Range.getColumn': 1, 'Range.getSheet': 1, 'Sheet.getDeveloperMetadata': 1 });
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
    expect(sheet.charts.filter((c) => c.id !== 9999)).toHaveLength(3);
    const dash = fake.snapshot().sheets.find((s) => s.name === 'Dashboard')!;
    expect(dash.formulas!.flat().every((f) => f === '')).toBe(true);
    expect(dash.values[SUMMARY_TOP][0]).toBe(`'${evil}`);
  });

  it('service calls grow neither with the weekly rows (100 and 20,000) nor with the stages (6 and 60)', () => {
    const calls = (rows: number, stageCount = 6) => {
      const generated = generateWorkbook(rows, stageCount);
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
    // Sixty stages cost what six do: the charts are the picked stage's three (or two without a holdout).
    const total = (byMethod: Record<string, number>) => Object.values(byMethod).reduce((a, b) => a + b, 0);
    const many = calls(20_000, 60);
    expect(total(many.first)).toBeLessThanOrEqual(total(small.first));
    expect(total(many.refresh)).toBeLessThanOrEqual(total(small.refresh));
    expect(total(many.refresh)).toBeLessThan(150);
    // Whole blocks: one read of each sheet, one write of each block.
    expect(small.refresh['Range.getValues']).toBe(3);
    expect(small.refresh['Range.setValues']).toBe(2);
    expect(small.refresh['Range.setBackgrounds']).toBe(1);
  });
});

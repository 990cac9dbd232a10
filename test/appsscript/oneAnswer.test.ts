/**
 * One question, one answer (#19): for every example plan in the repo and for generated plans,
 * the Stages columns, the JSON (which the sidebar's stage cards render as they are), the
 * Dashboard summary, the Decision log row and STAGE_DECISION agree number for number — all
 * through the built dist/Code.js over the Apps Script imitation, as users get them.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookData } from '../../tools/apps-script-fake';
import { generateWorkbook } from '../../tools/workbooks/generate';
import { SUMMARY_TOP } from '../../src/core/dashboard/layout';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { catalogue } from '../../src/i18n/catalogues';
import type { Language } from '../../src/i18n/languages';
import { POINT_EXAMPLE_STAGES, POINT_EXAMPLE_WEEKLY } from '../core/plan/data/pointExample';
import { load, sheetValues } from '../support/workbook';

interface StageJson {
  stage: string;
  decision: string;
  nextBudget: number;
  spend: number;
  budget: number;
  metrics: Record<string, number | null>;
}

const blank = (v: number | null | undefined): Cell => (v === null || v === undefined ? '' : v);
const word = (lang: Language, d: string) => catalogue(lang)[`decision.${d.replace(/ /g, '_')}` as 'decision.GO'];

/** Evaluates, builds the dashboard and calls STAGE_DECISION on one workbook; checks every surface against the JSON. */
function agree(data: WorkbookData | 'template', lang: Language = 'en', locale?: string): StageJson[] {
  const { fake, gs } = load(data === 'template' ? { sheets: [], locale } : data);
  if (data === 'template') gs.createTemplate();
  const c = catalogue(lang);
  const stagesName = fake.snapshot().sheets[0].name;
  const weeklyName = fake.snapshot().sheets[1].name;
  const geo = fake.snapshot().sheets.find((s) => s.name === c['sheet.geo'] || s.name === 'Geo');
  const json = gs.evaluateStages() as { stages: StageJson[] };
  const stages = json.stages;
  expect(stages.length).toBeGreaterThan(0);

  // Stages: the Decision and Next budget columns.
  const sheet = sheetValues(fake, stagesName);
  const head = sheet[0].map(String);
  const dCol = head.indexOf(c['header.decision']);
  const nCol = head.indexOf(c['header.nextBudget']);
  const byName = new Map(sheet.slice(1).map((r) => [String(r[0]), r]));
  for (const s of stages) {
    expect(byName.get(s.stage)![dCol], s.stage).toBe(word(lang, s.decision));
    expect(byName.get(s.stage)![nCol], s.stage).toBe(s.nextBudget);
  }

  // The Decision log: one row per stage on a first evaluation, the same figures (iROAS blank without a control group).
  const log = sheetValues(fake, c['sheet.log']).slice(1);
  expect(log.map((r) => r[1])).toEqual(stages.map((s) => s.stage));
  log.forEach((r, i) => {
    const s = stages[i];
    expect(r.slice(2, 3).concat(r.slice(4, 10))).toEqual([
      word(lang, s.decision),
      blank(s.metrics.spend),
      blank(s.metrics.revenue),
      blank(s.metrics.roas),
      blank(s.metrics.cpa),
      blank(s.metrics.iroas),
      s.nextBudget,
    ]);
  });

  // The Dashboard summary (docs/contract.md §4): Stage, Decision, Spend, Budget, Revenue, ROAS, CPA, iROAS, Next budget.
  gs.createDashboard();
  const dash = sheetValues(fake, c['sheet.dashboard']);
  expect(dash[SUMMARY_TOP - 1].slice(0, 9)).toEqual(
    [
      'header.stage',
      'header.decision',
      'header.spend',
      'header.budgetColumn',
      'header.revenue',
      'metric.roas',
      'metric.cpa',
      'metric.iroas',
      'header.nextBudget',
    ].map((k) => c[k as 'header.stage']),
  );
  stages.forEach((s, i) => {
    expect(dash[SUMMARY_TOP + i].slice(0, 9)).toEqual([
      s.stage,
      word(lang, s.decision),
      s.spend,
      s.budget,
      blank(s.metrics.revenue),
      blank(s.metrics.roas),
      blank(s.metrics.cpa),
      blank(s.metrics.iroas),
      s.nextBudget,
    ]);
  });

  // STAGE_DECISION over the same sheets, judged on the same day: the same codes, row by row.
  const live = gs.STAGE_DECISION(sheet, sheetValues(fake, weeklyName), geo ? geo.values : undefined, new Date()) as Cell[][];
  expect(live.length).toBe(sheet.length);
  expect(live[0][0]).toBe(c['header.decisionFormula']);
  for (let r = 1; r < sheet.length; r++) {
    const s = stages.find((x) => x.stage === String(sheet[r][0]));
    expect(live[r][0], `row ${r + 1}`).toBe(s ? s.decision : '');
  }
  return stages;
}

const workbook = (stages: Cell[][], weekly: Cell[][], extra: Partial<WorkbookData> = {}): WorkbookData => ({
  sheets: [
    { name: 'Stages', values: stages },
    { name: 'Weekly', values: weekly },
  ],
  ...extra,
});
const settings = (s: Record<string, unknown>) => ({ properties: { 'liftgate.settings': JSON.stringify(s) } });

describe('every surface shows the one answer', () => {
  it.each([
    ['en', undefined],
    ['nb', 'nb_NO'],
    ['ru', 'ru_RU'],
    ['zh-Hans', 'zh_CN'],
  ] as const)('the template in %s (its geo test included)', (lang, locale) => {
    const stages = agree('template', lang, locale);
    expect(stages.map((s) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
  });

  it('the built-in example and the point example, at 80% and at confidence 0', () => {
    agree(workbook(EXAMPLE_STAGES, EXAMPLE_WEEKLY));
    agree(workbook(POINT_EXAMPLE_STAGES, POINT_EXAMPLE_WEEKLY, settings({ confidence: 0 })));
  });

  it.each([
    [900, 6, 3],
    [2000, 12, 1],
    [1500, 8, 4],
  ])('a generated plan of %i rows, %i stages (seed %i), also with weeks from Sunday in Oslo time', (rows, count, seed) => {
    const g = generateWorkbook(rows, count, seed);
    const decisions = agree(workbook(g.stages, g.weekly)).map((s) => s.decision);
    expect(new Set(decisions).size).toBeGreaterThan(1);
    agree(workbook(g.stages, g.weekly, { timeZone: 'Europe/Oslo', ...settings({ weekStart: 'sunday', confidence: 0.9 }) }));
  });

  it('a stage without a control group (blank Control revenue) and a target nobody can check', () => {
    const d = (day: number) => new Date(Date.UTC(2025, 0, day));
    const stages = [
      ['Stage', 'Budget', 'Min ROAS', 'Min iROAS', 'Min happiness'],
      ['A', 1000, 2, 1, ''],
      ['B', 1000, 2, '', 4],
    ];
    const weekly = [
      ['Week', 'Stage', 'Spend', 'Conversions', 'Revenue', 'Control revenue'],
      [d(6), 'A', 500, 20, 2000, ''],
      [d(13), 'A', 500, 20, 2200, ''],
      [d(20), 'B', 300, 9, 900, ''],
    ];
    const s = agree(workbook(stages, weekly));
    expect(s[0].metrics.iroas).toBeNull(); // never its ROAS
    expect(s[1].decision).toBe('HOLD'); // A passed on ROAS; B's only target is not understood
  });
});

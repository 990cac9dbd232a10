/**
 * The sheets LiftGate creates — Dashboard, Campaigns (and Experiments, Geo) — are named in the
 * document's language (#26), and one made under another language's name is still found: a
 * document begun in English and switched to Norwegian keeps its Dashboard and Campaigns sheets,
 * with no second copy under the Norwegian name.
 */
import { describe, expect, it } from 'vitest';
import { exampleDailyRows } from '../../tools/workbooks/dailyExport';
import { catalogue } from '../../src/i18n/catalogues';
import { exportB64, type ImportResult } from '../support/imports';
import { load, sheetValues } from '../support/workbook';

const OTHERS = [
  ['nb_NO', 'nb'],
  ['ru_RU', 'ru'],
  ['zh_CN', 'zh-Hans'],
] as const;
const en = catalogue('en');
const names = (fake: ReturnType<typeof load>['fake']) => fake.snapshot().sheets.map((s) => s.name);

describe.each(OTHERS)('a spreadsheet in %s', (locale, language) => {
  const c = catalogue(language);

  it('gets its Dashboard and Campaigns sheets under its own names, headers in its language', () => {
    const { fake, gs } = load({ sheets: [], locale });
    gs.createTemplate();
    const dash = gs.createDashboard() as { sheet: string; message: string };
    expect(dash.sheet).toBe(c['sheet.dashboard']);
    expect(dash.message).toContain(c['sheet.dashboard']);
    const r = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(r.newCampaigns).toHaveLength(3);
    expect(r.message).toContain(c['sheet.campaigns']);
    expect(sheetValues(fake, c['sheet.campaigns'])[0]).toEqual([c['header.campaign'], c['header.stage'], c['header.variant']]);
    // Found again on the next runs: no copy, no free name.
    gs.createDashboard();
    gs.importData('meta.csv', exportB64(exampleDailyRows()), {});
    expect(sheetValues(fake, c['sheet.campaigns'])).toHaveLength(4);
    const all = names(fake);
    expect(all).not.toContain(en['sheet.dashboard']);
    expect(all).not.toContain(en['sheet.campaigns']);
    expect(all.filter((n) => n.includes('LiftGate'))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining([c['sheet.stages'], c['sheet.weekly'], c['sheet.geo'], c['sheet.dashboard'], c['sheet.campaigns']]));
  });

  it('keeps the sheets an English document made when the document changes language', () => {
    const before = load({ sheets: [], locale: 'en_US' });
    before.gs.createTemplate();
    before.gs.createDashboard();
    before.gs.importData('meta.csv', exportB64(exampleDailyRows()), {});
    before.gs.evaluateStages();
    const made = names(before.fake);
    expect(made).toEqual(expect.arrayContaining(['Stages', 'Weekly', 'Geo', 'Dashboard', 'Campaigns', 'Decision log', 'Experiments']));
    // The same workbook, opened as a document in another language.
    const { fake, gs } = load({ sheets: before.fake.snapshot().sheets, locale });
    const dash = gs.createDashboard() as { sheet: string; charts: { added: number; updated: number } };
    expect(dash.sheet).toBe('Dashboard');
    expect(dash.charts.added).toBe(0); // the charts made in English are refreshed in place
    expect(dash.charts.updated).toBeGreaterThan(0);
    const r = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(r.unmappedCampaigns).toHaveLength(3); // read from the English Campaigns sheet: still unmapped, listed once
    expect(r.newCampaigns).toEqual([]);
    expect(sheetValues(fake, 'Campaigns')).toHaveLength(4);
    // The evaluation still reads Stages, Weekly and Geo and writes the log and the ledger under their English names.
    const evaluated = gs.evaluateStages() as { stages: unknown[]; warnings: string[] };
    expect(evaluated.stages).toHaveLength(3);
    expect(names(fake)).toEqual(made);
  });

  it('leaves a user’s own sheet under the language’s name alone and still uses the one LiftGate made', () => {
    const before = load({ sheets: [], locale: 'en_US' });
    before.gs.createTemplate();
    before.gs.createDashboard();
    const own = [['My notes'], ['keep']];
    const { fake, gs } = load({ sheets: [...before.fake.snapshot().sheets, { name: c['sheet.dashboard'], values: own }], locale });
    const dash = gs.createDashboard() as { sheet: string };
    expect(dash.sheet).toBe('Dashboard');
    expect(sheetValues(fake, c['sheet.dashboard'])).toEqual(own);
  });
});

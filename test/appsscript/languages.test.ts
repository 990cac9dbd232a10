/**
 * The add-on in Norwegian, Russian and Chinese documents: the template in the document's
 * language decides as the English one, the menu and the messages speak the language, and a
 * document keeps working when its language changes.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { catalogue } from '../../src/i18n/catalogues';
import { en } from '../../src/i18n/catalogues/en';
import { load, messageOf, sheetValues } from '../support/workbook';
import { loadCode } from '../support/codeJs';
import { evaluatePlanInWords } from '../support/inWords';

/** What the pure engine decides on the English example: every language's template must agree. */
const ENGLISH = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY).stages;
const dkey = (d: string) => `decision.${d.replace(' ', '_')}` as 'decision.GO';

const LOCALES = [
  ['en_US', 'en'],
  ['nb_NO', 'nb'],
  ['ru_RU', 'ru'],
  ['zh_CN', 'zh-Hans'],
] as const;
type Json = { stages: { stage: string; decision: string; nextBudget: number; reason: string }[]; warnings: string[] };

const englishWords = new Set<string>(
  Object.entries(en)
    .filter(([k]) => /^(header|note|example|sheet|validation)\./.test(k))
    .map(([, v]) => v),
);

describe.each(LOCALES)('a spreadsheet in %s', (locale, language) => {
  const c = catalogue(language);

  it('gets the template in its language, which decides as the English one', () => {
    const { fake, gs } = load({ sheets: [], locale });
    const made = gs.createTemplate() as { created: string[]; message: string };
    expect(made.created).toEqual([c['sheet.stages'], c['sheet.weekly'], c['sheet.geo']]); // the geo example (docs/contract.md §2.6) comes with Stages
    // The geo test's column and the Geo sheet's headers are in the document's language too (#26).
    expect(sheetValues(fake, c['sheet.stages'])[0]).toContain(c['header.testMarkets']);
    expect(sheetValues(fake, c['sheet.geo'])[0]).toEqual([c['header.week'], c['geo.region'], c['header.revenue']]);
    const stages = sheetValues(fake, c['sheet.stages']);
    const weekly = sheetValues(fake, c['sheet.weekly']);
    expect(stages[0].slice(0, 2)).toEqual([c['header.stage'], c['header.budget']]);
    expect(stages.slice(1).map((r) => r[0])).toEqual([c['example.test'], c['example.scale'], c['example.expand']]);
    expect(weekly.filter((r) => r[1] === c['example.baseline'])).toHaveLength(4);
    const snap = fake.snapshot();
    const notes = snap.sheets.flatMap((s) => s.notes?.[0] ?? []).filter(Boolean);
    expect(notes.length).toBeGreaterThan(20);
    if (language !== 'en') {
      // Nothing a reader sees in the new sheets is left in English (names, codes and formulas aside).
      const cells = [...stages[0], ...weekly[0], ...notes, ...stages.slice(1).flat(), ...weekly.slice(1).flat()].filter(
        (v): v is string => typeof v === 'string',
      );
      const untranslated = cells.filter((v) => englishWords.has(v) && v !== c[(Object.keys(en) as (keyof typeof en)[]).find((k) => en[k] === v)!]);
      expect(untranslated).toEqual([]);
      // The formulas point at the Weekly sheet under its own name, and find its columns by their headers in that language.
      expect(snap.sheets[0].formulas![1][stages[0].indexOf(c['header.roasFormula'])]).toContain(
        `SUMIFS(XLOOKUP("${c['header.spend']}",${/^\w+$/.test(c['sheet.weekly']) ? c['sheet.weekly'] : `'${c['sheet.weekly']}'`}!$1:$1,`,
      );
    }
    const r = gs.evaluateStages() as Json;
    expect(r.stages.map((s) => [s.decision, s.nextBudget])).toEqual(ENGLISH.map((s) => [s.decision, s.nextBudget]));
    expect(r.stages[0].decision).toBe('SCALE UP');
    expect(r.warnings).toEqual([]);
    // The Decision column holds the word of the document's language, on the contract's colours.
    // (Found by its header: the template places it right of the plan, wherever the plan ends.)
    const after = sheetValues(fake, c['sheet.stages']);
    const decision = after[0].indexOf(c['header.decision']);
    expect(decision).toBe(after[0].indexOf(c['header.testMarkets']) + 1);
    expect(after.slice(1).map((row) => row[decision])).toEqual(ENGLISH.map((s) => c[dkey(s.decision)]));
    expect(fake.snapshot().sheets[0].backgrounds![1][decision]).toBe('#0072B2');
    const rules = fake.snapshot().sheets[0].conditionalRules!.map((rule) => [rule.value, rule.background]);
    expect(rules).toContainEqual([c['decision.STOP'], '#D55E00']);
    expect(rules).toContainEqual(['STOP', '#D55E00']); // STAGE_DECISION's English codes colour too
    // The log, created in the language.
    const log = sheetValues(fake, c['sheet.log']);
    expect(log[0][0]).toBe(c['header.when']);
    expect(log[1][2]).toBe(c['decision.SCALE_UP']);
  });

  it('has the menu in its language once the add-on may read the document', () => {
    const { fake, gs } = load({ sheets: [], locale });
    gs.onOpen({ authMode: 'LIMITED' });
    expect(fake.ui.menus[0].items.map(([label]) => label)).toEqual([
      c['menu.openSidebar'],
      c['menu.evaluate'],
      c['menu.createTemplate'],
      c['menu.createDashboard'],
    ]);
  });

  it('says what is missing in its language', () => {
    const { gs } = load({ sheets: [], locale });
    expect(messageOf(() => gs.evaluateStages())).toBe(catalogue(language)['error.noSheet'].replace(/\{sheet\}/g, c['sheet.stages']));
  });
});

describe('the language setting', () => {
  it('defaults from the locale, is saved, and validated in the language being chosen', () => {
    const { gs } = load({ sheets: [], locale: 'nb_NO' });
    expect(gs.getSettings()).toMatchObject({ language: 'nb', stagesSheet: 'Etapper', weeklySheet: 'Ukedata', logSheet: 'Beslutningslogg', locale: 'nb_NO' });
    expect(gs.saveSettings({ language: 'ru' })).toMatchObject({ language: 'ru', stagesSheet: 'Этапы' });
    expect(gs.getSettings()).toMatchObject({ language: 'ru', stagesSheet: 'Этапы' });
    expect(messageOf(() => gs.saveSettings({ language: 'ru', tolerance: 7 }))).toBe(
      'Допуск: нужно число от 0 до 1 (или от 0\u00a0% до 100\u00a0%); получено 7.',
    );
    expect(messageOf(() => gs.saveSettings({ language: 'fr' }))).toMatch(
      /^Язык: допустимые значения — en \(English\), nb \(Norsk \(bokmål\)\), ru \(Русский\) и zh-Hans \(简体中文\); получено "fr"\.$/,
    );
    // A sheet name of the user's own is kept whatever the language.
    expect(gs.saveSettings({ language: 'zh-Hans', stagesSheet: 'Plan 2025' })).toMatchObject({ stagesSheet: 'Plan 2025', weeklySheet: '每周数据' });
  });

  it('switching language keeps an existing template working, and never makes a second one', () => {
    const { fake, gs } = load({ sheets: [], locale: 'en_US' });
    gs.createTemplate();
    gs.evaluateStages();
    gs.saveSettings({ language: 'nb' });
    const r = gs.evaluateStages() as Json;
    expect(r.stages.map((s) => s.decision)).toEqual(ENGLISH.map((s) => s.decision));
    expect(r.stages[2].reason).toBe(`Venter på at «Scale» når GÅ VIDERE eller SKALER OPP (nå: ${catalogue('nb')[dkey(ENGLISH[1].decision)]})`);
    const names = fake.snapshot().sheets.map((s) => s.name);
    // The ledger started in English stays the ledger in Norwegian: no second "Eksperimenter".
    expect(names).toEqual(['Stages', 'Weekly', 'Geo', 'Decision log', 'Experiments']);
    // The English output columns are found under their English names: no Norwegian duplicates.
    const header = sheetValues(fake, 'Stages')[0];
    expect(header.filter((h) => h === 'Beslutning' || h === 'Decision')).toEqual(['Decision']);
    expect(sheetValues(fake, 'Stages')[1][header.indexOf('Decision')]).toBe('SKALER OPP');
    const again = gs.createTemplate() as { created: string[]; message: string };
    expect(again.created).toEqual([]);
    expect(again.message).toBe('«Stages» og «Weekly» finnes allerede og ble ikke endret (gi dem nye navn eller slett dem for å få en ny mal).');
  });
});

describe('NEXT_BUDGET reads decision words in every language; results stay English', () => {
  const gs = loadCode();
  it.each([
    ['SKALER OPP', 1200],
    ['skaler ned', 800],
    ['STOPP', 0],
    ['УВЕЛИЧИТЬ', 1200],
    ['сократить', 800],
    ['СТОП', 0],
    ['扩量', 1200],
    ['缩量', 800],
    ['停止', 0],
    ['GÅ VIDERE', 1000],
    ['数据不足', 1000],
  ])('%s', (word, expected) => expect(gs.NEXT_BUDGET(1000, word)).toBe(expected));

  it('a word it does not know is still an error naming the cell', () => {
    expect(messageOf(() => gs.NEXT_BUDGET(1000, 'kanskje'))).toMatch(/^NEXT_BUDGET: decision row 1 col 1 is "kanskje"; use one of "SCALE UP"/);
  });

  it('STAGE_GATE answers with the English codes whatever the document', () => {
    expect(gs.STAGE_GATE(3.6, 3, '>=')).toBe('SCALE UP');
  });
});

import { describe, expect, it } from 'vitest';
import { load, messageOf, sheetValues } from '../support/workbook';

describe('onOpen / onInstall', () => {
  it('adds the add-on menu touching nothing but the Ui (works in AuthMode.NONE)', () => {
    const { fake, gs } = load();
    gs.onOpen({ authMode: 'NONE' });
    expect(fake.ui.menus).toEqual([
      {
        name: 'LiftGate',
        items: [
          ['Open sidebar', 'showSidebar'],
          ['Evaluate now', 'evaluateStagesFromMenu'],
          ['Create template', 'createTemplateFromMenu'],
          ['Create dashboard', 'createDashboardFromMenu'],
        ],
      },
    ]);
    // The Ui, and the user's interface language for the menu's words (Session needs no authorisation).
    expect(Object.keys(fake.calls.byMethod()).every((k) => k.startsWith('Ui.') || k === 'SpreadsheetApp.getUi' || k === 'Session.getActiveUserLocale')).toBe(
      true,
    );
    gs.onInstall({ authMode: 'LIMITED' });
    expect(fake.ui.menus).toHaveLength(2);
  });

  it('every menu item names a top-level function', () => {
    const { fake, gs } = load();
    gs.onOpen({});
    for (const [, fn] of fake.ui.menus[0].items) expect(typeof gs[fn]).toBe('function');
  });
});

describe('showSidebar', () => {
  it('shows dist/Sidebar.html titled LiftGate', () => {
    const { fake, gs } = load();
    gs.showSidebar();
    expect(fake.ui.sidebars).toHaveLength(1);
    expect(fake.ui.sidebars[0].title).toBe('LiftGate');
    expect(fake.ui.sidebars[0].html).toContain('<');
  });
});

describe('createTemplate', () => {
  it('creates Stages and Weekly with the example, notes, validation, frozen headers and live colours', () => {
    const { fake, gs } = load();
    const r = gs.createTemplate() as { created: string[]; message: string };
    expect(r.created).toEqual(['Stages', 'Weekly', 'Geo']);
    const snap = fake.snapshot();
    const stages = snap.sheets.find((s) => s.name === 'Stages')!;
    expect(stages.values.slice(1).map((row) => row[0])).toEqual(['Test', 'Scale', 'Expand']);
    expect(stages.frozenRows).toBe(1);
    expect(stages.notes![0][1]).toMatch(/planned spend/);
    // The plan (Test markets included) in A–K, the outputs in L–O, the formulas after; the live decision column spills from R1.
    expect(stages.values[0][10]).toBe('Test markets');
    expect(stages.values[0].slice(11, 15)).toEqual(['Decision', 'Reason', 'Next budget', 'Evaluated']);
    expect(stages.formulas![0][17]).toBe('=STAGE_DECISION($A$1:$K,Weekly!$A$1:$Z,Geo!$A$1:$Z)');
    expect(stages.formulas!.flat().join(' ')).not.toMatch(/STAGE_GATE\(/);
    const words = stages.conditionalRules!.map((rule) => [rule.value, rule.background]);
    expect(words).toContainEqual(['GO', '#009E73']);
    expect(words).toContainEqual(['STOP', '#D55E00']);
    expect(stages.validations![1][1]).toMatch(/number/);
    const weekly = snap.sheets.find((s) => s.name === 'Weekly')!;
    expect(weekly.frozenRows).toBe(1);
    expect(weekly.values.filter((row) => row[1] === 'Baseline')).toHaveLength(4);
    expect(weekly.formulas![1][11]).toMatch(/^=ROAS\(XLOOKUP\("Revenue"/);
  });

  it('then evaluates to the documented decisions', () => {
    const { gs } = load();
    gs.createTemplate();
    const r = gs.evaluateStages() as { stages: { decision: string }[] };
    expect(r.stages.map((s) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
  });

  it('never overwrites an existing sheet; it says so', () => {
    const { fake, gs } = load({ sheets: [{ name: 'Stages', values: [['my own plan']] }] });
    const r = gs.createTemplate() as { created: string[]; skipped: string[]; message: string };
    expect(r.created).toEqual(['Weekly']);
    expect(r.skipped).toEqual(['Stages']);
    expect(r.message).toMatch(/"Stages" already exists and was left untouched/);
    expect(sheetValues(fake, 'Stages')).toEqual([['my own plan']]);
  });
});

describe('settings', () => {
  it('saves to document properties, fills defaults, and validates', () => {
    const { fake, gs } = load();
    expect(gs.getSettings()).toMatchObject({ tolerance: 0.1, scaleMargin: 0.2, budgetStep: 0.2, stagesSheet: 'Stages' });
    expect(gs.saveSettings({ tolerance: 0.05, budgetStep: '0,25' })).toMatchObject({ tolerance: 0.05, budgetStep: 0.25, scaleMargin: 0.2 });
    expect(JSON.parse(fake.documentProperties['liftgate.settings'])).toMatchObject({ tolerance: 0.05 });
    expect(messageOf(() => gs.saveSettings({ tolerance: 3 }))).toBe('Tolerance must be a number from 0 to 1 (or 0% to 100%); got 3.');
  });

  it('a saved budget step changes the next budget', () => {
    const { gs } = load();
    gs.createTemplate();
    gs.saveSettings({ budgetStep: 0.5 });
    const r = gs.evaluateStages() as { stages: { nextBudget: number }[] };
    expect(r.stages[0].nextBudget).toBe(30000);
  });
});

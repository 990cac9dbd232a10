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
    // The plan with its funnel targets (Test markets last) in A–N, the outputs in O–R, the formulas
    // after; the live decision column spills from U1 over the whole plan.
    const head = stages.values[0];
    expect(head.slice(10, 13)).toEqual(['Max CAC', 'Min LTV:CAC', 'Min repeat share']);
    expect(head[13]).toBe('Test markets');
    expect(head.slice(14, 18)).toEqual(['Decision', 'Reason', 'Next budget', 'Evaluated']);
    expect(stages.formulas![0][20]).toBe('=STAGE_DECISION($A$1:$N,Weekly!$A$1:$Z,Geo!$A$1:$Z)');
    expect(stages.formulas![0]).toHaveLength(21);
    // Every plan column after Start is a number (the funnel targets too); repeat share shows as a percentage.
    expect(stages.validations![1].slice(3, 13).every((v) => /number/.test(String(v)))).toBe(true);
    expect(stages.numberFormats![1][12]).toBe('0%');
    expect(stages.formulas!.flat().join(' ')).not.toMatch(/STAGE_GATE\(/);
    const words = stages.conditionalRules!.map((rule) => [rule.value, rule.background]);
    expect(words).toContainEqual(['GO', '#009E73']);
    expect(words).toContainEqual(['STOP', '#D55E00']);
    expect(stages.validations![1][1]).toMatch(/number/);
    const weekly = snap.sheets.find((s) => s.name === 'Weekly')!;
    expect(weekly.frozenRows).toBe(1);
    expect(weekly.values.filter((row) => row[1] === 'Baseline')).toHaveLength(4);
    // The funnel columns beside the ad numbers; Weekly's ROAS looks its columns up among all of them (A–N).
    expect(weekly.values[0].slice(10, 14)).toEqual(['New customers', 'Customer value', 'Test visitors', 'Control visitors']);
    expect(weekly.formulas![1][14]).toBe('=ROAS(XLOOKUP("Revenue",$A$1:$N$1,$A$2:$N),XLOOKUP("Spend",$A$1:$N$1,$A$2:$N))');
    expect(weekly.notes![0][11]).toMatch(/Lifetime value/);
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

/** Issue #15 on the built add-on: sheet names in any case, messages that point at real places, one settings rule. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { settingNumber, validateSettings } from '../../src/appsscript/settings';
import { load, messageOf, sheetValues } from '../support/workbook';

const copy = (t: readonly (readonly unknown[])[]) => t.map((r) => [...r]) as never;

describe('sheet names match case-insensitively', () => {
  it('"stages", "WEEKLY" and "decision log" are the sheets LiftGate reads and writes', () => {
    const { fake, gs } = load({
      sheets: [
        { name: 'stages', values: copy(EXAMPLE_STAGES) },
        { name: 'WEEKLY', values: copy(EXAMPLE_WEEKLY) },
        { name: 'decision LOG', values: [['When']] as never },
      ],
    });
    const r = gs.evaluateStages() as { stages: { decision: string }[] };
    expect(r.stages.map((s) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
    // The Test stage's holdout is a measured lift: the experiments ledger is started beside them (docs/contract.md §2.8).
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['stages', 'WEEKLY', 'decision LOG', 'Experiments']);
    expect(sheetValues(fake, 'decision LOG')).toHaveLength(4);
  });

  it('the template leaves "stages" alone and says so', () => {
    const { fake, gs } = load({ sheets: [{ name: 'stages', values: [['mine']] as never }] });
    const r = gs.createTemplate() as { created: string[]; skipped: string[] };
    expect(r).toMatchObject({ created: ['Weekly'], skipped: ['Stages'] });
    expect(sheetValues(fake, 'stages')).toEqual([['mine']]);
  });

  it('a missing sheet points at the real menu and the sidebar settings', () => {
    const { gs } = load({ sheets: [{ name: 'Stages', values: copy(EXAMPLE_STAGES) }] });
    expect(messageOf(() => gs.evaluateStages())).toBe(
      'This spreadsheet has no "Weekly" sheet. Use Extensions → LiftGate → Create template, or rename your sheet to "Weekly", or set the sheet names under Settings in the LiftGate sidebar.',
    );
  });
});

describe('settings: one rule for the sidebar and the server', () => {
  it.each([
    [0.1, 0.1],
    ['0.1', 0.1],
    ['0,1', 0.1],
    ['10%', 0.1],
    [' 10 % ', 0.1],
    ['12.5%', 0.125],
    ['abc', null],
    ['10%%', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(settingNumber(input)).toBe(expected);
  });

  it('accepts percentages on the server, with the same limits the panel uses', () => {
    const { gs } = load();
    expect(gs.saveSettings({ tolerance: '10%', scaleMargin: '150%', budgetStep: '25%' })).toMatchObject({ tolerance: 0.1, scaleMargin: 1.5, budgetStep: 0.25 });
    expect(messageOf(() => gs.saveSettings({ tolerance: '120%' }))).toBe('Tolerance must be a number from 0 to 1 (or 0% to 100%); got "120%".');
    expect(messageOf(() => gs.saveSettings({ scaleMargin: 6 }))).toBe('Scale margin must be a number from 0 to 5 (or 0% to 500%); got 6.');
  });

  it('refuses a log sheet that is the Stages or Weekly sheet, in any case', () => {
    expect(() => validateSettings({ logSheet: 'stages' })).toThrow('Decision log sheet must differ from the stages sheet ("Stages")');
    expect(() => validateSettings({ logSheet: 'Weekly' })).toThrow('Decision log sheet must differ from the weekly sheet ("Weekly")');
    expect(() => validateSettings({ stagesSheet: 'Plan', weeklySheet: 'plan' })).toThrow('Stages sheet and Weekly sheet must be two different sheets.');
    expect(validateSettings({ stagesSheet: 'Plan', weeklySheet: 'Numbers', logSheet: 'Log' })).toMatchObject({
      stagesSheet: 'Plan',
      weeklySheet: 'Numbers',
      logSheet: 'Log',
    });
  });

  it('the sidebar bundle uses the same rule (its messages are in dist/Sidebar.html)', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('dist/Sidebar.html', 'utf8');
    expect(html).toContain('must differ from the');
    expect(html).not.toContain('must be a number from 0 to 5.');
  });
});

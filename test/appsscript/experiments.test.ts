/**
 * The Experiments sheet through the built add-on (docs/contract.md §2.8, 3, 4): upserted by stage with the
 * rest of an evaluation, rewritten only when its numbers change, columns of the user's own kept,
 * a user's sheet of that name never written; calibrated iROAS, cooldown warnings, the exports.
 */
import { describe, expect, it } from 'vitest';
import { exampleGeo } from '../../src/core/geo/plan/example';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { load, messageOf, sheetValues } from '../support/workbook';

type Json = {
  stages: {
    stage: string;
    decision: string;
    reason: string;
    metrics: Record<string, number | null>;
    experiment?: Record<string, unknown>;
    criteria: { key: string; actual: number | null; lower: number | null; upper: number | null }[];
  }[];
  warnings: string[];
};
const copy = <T>(rows: readonly (readonly T[])[]) => rows.map((r) => [...r]);
const HEADER = [
  'Stage',
  'Channel',
  'Method',
  'Test start',
  'Test end',
  'Spend',
  'Incremental revenue',
  'iROAS',
  'Lower',
  'Upper',
  'Confidence',
  'Test markets',
  'Decision',
  'Evaluated',
  'ROAS',
];

/** The example plan with a Channel column; `scaleControl` false blanks the Scale stage's control revenue. */
function workbook(opts: { channel?: boolean; scaleControl?: boolean; extra?: { name: string; values: unknown[][] }[] } = {}) {
  const stages = copy(EXAMPLE_STAGES as unknown[][]);
  if (opts.channel) stages.forEach((r, i) => r.push(i === 0 ? 'Channel' : 'facebook_S'));
  const weekly = copy(EXAMPLE_WEEKLY as unknown[][]).map((r) => (opts.scaleControl === false && r[1] === 'Scale' ? [...r.slice(0, 9), '', ...r.slice(10)] : r));
  return load({ sheets: [{ name: 'Stages', values: stages as never }, { name: 'Weekly', values: weekly as never }, ...((opts.extra ?? []) as never[])] });
}

describe('the ledger row of a stage with a control group', () => {
  it('is upserted with the measured iROAS, its range and method, the weeks it covered', () => {
    const { fake, gs } = workbook({ channel: true });
    const r = gs.evaluateStages() as Json;
    const rows = sheetValues(fake, 'Experiments');
    expect(rows[0]).toEqual(HEADER);
    // Marked as LiftGate's own (developer metadata, src/appsscript/ownedSheets.ts).
    expect(
      fake.spreadsheet
        .getSheetByName('Experiments')!
        .getDeveloperMetadata()
        .map((m) => [m.getKey(), m.getValue()]),
    ).toEqual([['liftgate.sheet', 'experiments']]);
    const test = r.stages[0];
    const iroas = test.criteria.find((c) => c.key === 'iroas')!;
    expect(rows.slice(1).map((x) => x[0])).toEqual(['Test', 'Scale']);
    expect(rows[1].slice(0, 6)).toEqual(['Test', 'facebook_S', 'Control group', '2025-01-06', '2025-02-02', 20000]);
    expect(rows[1][7]).toBeCloseTo(iroas.actual!, 12);
    expect([rows[1][8], rows[1][9], rows[1][10]]).toEqual([iroas.lower, iroas.upper, 0.8]);
    expect(rows[1][6]).toBeCloseTo(20000 * iroas.actual!, 6);
    expect(rows[1][12]).toBe('SCALE UP');
    expect(rows[1][13]).toBeInstanceOf(Date);
    expect(rows[1][14]).toBeCloseTo(test.metrics.roas!, 12);
    // Scale is judged (NEED DATA) on its own holdout: its row is there too; Expand is LOCKED, not judged.
    expect(rows[2][12]).toBe('NEED DATA');
  });

  it('is not rewritten when nothing changed; columns a user added stay; a changed number rewrites that row only', () => {
    const { fake, gs } = workbook();
    gs.evaluateStages();
    const sheet = fake.spreadsheet.getSheetByName('Experiments')!;
    sheet.getRange(1, 16, 3, 1).setValues([['My notes'], ['keep'], ['me']]);
    sheet.getRange(4, 1, 1, 1).setValues([['Old test']]);
    const before = sheetValues(fake, 'Experiments');
    fake.calls.reset();
    gs.evaluateStages();
    expect(sheetValues(fake, 'Experiments')).toEqual(before);
    // Change one week of Scale: its row alone is rewritten, with a new Evaluated.
    const weekly = fake.spreadsheet.getSheetByName('Weekly')!;
    const last = weekly.getLastRow();
    weekly.getRange(last, 9).setValue(34000);
    gs.evaluateStages();
    const after = sheetValues(fake, 'Experiments');
    expect(after[1]).toEqual(before[1]);
    expect(after[3]).toEqual(before[3]);
    expect(after[2][15]).toBe('me');
    expect(after[2][7]).not.toBe(before[2][7]);
    expect((after[2][13] as Date).getTime()).toBeGreaterThanOrEqual((before[2][13] as Date).getTime());
  });

  it('never writes into a user\'s sheet named Experiments: the ledger goes to "Experiments (LiftGate)"', () => {
    const mine = [
      ['Idea', 'Owner'],
      ['Try TikTok', 'Kari'],
    ];
    const { fake, gs } = workbook({ extra: [{ name: 'Experiments', values: mine }] });
    const r = gs.evaluateStages() as Json;
    expect(sheetValues(fake, 'Experiments')).toEqual(mine);
    expect(sheetValues(fake, 'Experiments (LiftGate)')[0]).toEqual(HEADER);
    expect(r.warnings).toContain(
      'A sheet named "Experiments" is not LiftGate\'s, so nothing was written there; LiftGate used "Experiments (LiftGate)" instead.',
    );
  });
});

describe('a stage with a Channel and no control group of its own', () => {
  it("gates on the iROAS estimated from the channel's latest finished experiment, which never enters the ledger", () => {
    const { fake, gs } = workbook({ channel: true, scaleControl: false });
    const r = gs.evaluateStages() as Json;
    const [test, scale] = r.stages;
    const k = (test.criteria.find((c) => c.key === 'iroas')!.actual as number) / (test.metrics.roas as number);
    const iroas = scale.criteria.find((c) => c.key === 'iroas')!;
    expect(iroas.actual).toBeCloseTo((scale.metrics.roas as number) * k, 12);
    expect(iroas.lower!).toBeLessThan(iroas.actual!);
    expect(iroas.upper!).toBeGreaterThan(iroas.actual!);
    expect(scale.reason).toContain(`iROAS estimated from the control-group test of Test, Jan 6–Feb 2: incrementality ${k.toFixed(2)}`);
    expect(scale.experiment).toBeUndefined();
    expect(sheetValues(fake, 'Experiments').map((x) => x[0])).toEqual(['Stage', 'Test']);
  });

  it('without an experiment for its channel the iROAS criterion stays not evaluable', () => {
    const { gs } = workbook({ scaleControl: false });
    const r = gs.evaluateStages() as Json;
    expect(r.stages[1].reason).not.toContain('estimated from');
  });
});

describe("a stage without a Channel: its rows' common platform (#22)", () => {
  /** The example's Weekly as an import leaves it: a Source cell on every stage row; `typed` rows of Scale typed by hand. */
  function imported(typed = 0) {
    const { fake, gs } = workbook({ scaleControl: false });
    const sheet = fake.spreadsheet.getSheetByName('Weekly')!;
    const rows = sheet.getDataRange().getValues();
    let scale = 0;
    const source = rows.map((r, i) => {
      if (i === 0) return ['Source'];
      if (r[1] === 'Baseline') return [''];
      if (r[1] === 'Scale' && scale++ < typed) return ['typed by Kari'];
      return [`Meta Ads Manager import ${(r[0] as Date).toISOString().slice(0, 10)}..2025-03-02`];
    });
    sheet.getRange(1, rows[0].length + 1, rows.length, 1).setValues(source);
    return { fake, gs };
  }

  it('borrows the incrementality of the experiment imported from the same platform; the ledger row names it', () => {
    const { fake, gs } = imported();
    const r = gs.evaluateStages() as Json;
    expect(r.stages[1].reason).toContain('iROAS estimated from the control-group test of Test');
    const ledger = sheetValues(fake, 'Experiments');
    expect(ledger[1].slice(0, 2)).toEqual(['Test', 'Meta Ads Manager']);
  });

  it('a row typed by hand leaves the channel blank: nothing is borrowed', () => {
    const { gs } = imported(1);
    const r = gs.evaluateStages() as Json;
    expect(r.stages[1].reason).not.toContain('estimated from');
  });
});

describe('geo cooldown', () => {
  it('warns when a test market was in an experiment that ended less than Cooldown weeks before the test', () => {
    const stages = copy(EXAMPLE_STAGES as unknown[][]);
    stages[0].push('Test markets');
    stages.slice(1).forEach((r, i) => r.push(i === 0 ? 'Oslo, Bergen' : ''));
    const ledger = [
      HEADER,
      [
        'Autumn test',
        'facebook_S',
        'GEO_LIFT',
        '2024-11-04',
        '2024-12-22',
        30000,
        45000,
        1.5,
        1.1,
        1.9,
        0.8,
        'Bergen, Tromsø',
        'GO',
        new Date('2024-12-23T09:00:00Z'),
        2.4,
      ],
    ];
    const { gs, fake } = load({
      sheets: [
        { name: 'Stages', values: stages as never },
        { name: 'Weekly', values: copy(EXAMPLE_WEEKLY) as never },
        { name: 'Geo', values: exampleGeo() as never },
        { name: 'Experiments', values: ledger as never },
      ],
    });
    const r = gs.evaluateStages() as Json;
    expect(r.warnings).toContain(
      'Test: Bergen was a test market of the Geo test of Autumn test, which ended on Dec 22, 2024, less than 4 weeks before this test starts (Jan 6, 2025), so its effect may still show. Choose other markets, or start on Jan 19, 2025 or later.',
    );
    gs.saveSettings({ cooldownWeeks: 2 });
    expect((gs.evaluateStages() as Json).warnings.join('\n')).not.toContain('Autumn test');
    // The geo stage's own row: GEO_LIFT with its markets; the old row is kept as it was.
    const rows = sheetValues(fake, 'Experiments');
    expect(rows[1]).toEqual(ledger[1]);
    expect(rows[2].slice(0, 3)).toEqual(['Test', '', 'GEO_LIFT']);
    expect(rows[2][11]).toBe('Oslo, Bergen');
    expect(rows[2][4]).toBe('2025-02-02');
  });
});

describe('exportExperiments(format)', () => {
  it("gives Robyn's calibration_input, Meridian's ROI priors and the sheet as CSV", () => {
    const { gs } = workbook({ channel: true });
    gs.evaluateStages();
    const robyn = gs.exportExperiments('robyn') as { fileName: string; csv: string; rows: number };
    expect(robyn.fileName).toBe('liftgate-robyn-calibration.csv');
    const lines = robyn.csv.trim().split('\n');
    expect(lines[0]).toBe('channel,liftStartDate,liftEndDate,liftAbs,spend,confidence,metric,calibration_scope');
    expect(lines[1]).toMatch(/^facebook_S,2025-01-06,2025-02-02,\d+(\.\d+)?,20000,0\.8,revenue,immediate$/);
    const meridian = gs.exportExperiments('Meridian') as { csv: string };
    expect(meridian.csv.split('\n')[0]).toBe('channel,mu,sigma');
    expect(meridian.csv.trim().split('\n')).toHaveLength(2);
    const csv = gs.exportExperiments('csv') as { csv: string; rows: number };
    expect(csv.csv.split('\n')[0]).toBe(HEADER.join(','));
    expect(csv.rows).toBe(2);
    expect(messageOf(() => gs.exportExperiments('xml'))).toBe('exportExperiments: the format is "xml"; give robyn, meridian or csv.');
  });
});

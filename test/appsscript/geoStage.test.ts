/**
 * A stage judged on a geo test (docs/contract.md §2.6): `Test markets` in Stages, the `Geo` sheet read in
 * one block, GEO_LIFT's iROAS and interval on the criterion, the card in the JSON — through the
 * built dist/Code.js over the Apps Script imitation.
 */
import { describe, expect, it } from 'vitest';
import { exampleGeo } from '../../src/core/geo/plan/example';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { load, sheetValues } from '../support/workbook';

type Card = { markets: string[]; donors: { region: string; weight: number }[]; scaledL2Imbalance: number; poorFit: boolean; iroas: number; pValue: number };
type Json = {
  stages: {
    stage: string;
    decision: string;
    reason: string;
    geo?: Card;
    criteria: { key: string; actual: number; lower: number | null; upper: number | null }[];
  }[];
  warnings: string[];
};

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);

/** The example plan with a Test markets column (and optional Test start) on the Test stage. */
function workbook(markets: string, geo: unknown[][] | null = exampleGeo(), testStart: Date | '' = '') {
  const stages = copy(EXAMPLE_STAGES as unknown[][]);
  stages[0].push('Test markets', 'Test start');
  stages.slice(1).forEach((r, i) => r.push(i === 0 ? markets : '', i === 0 ? testStart : ''));
  const sheets = [
    { name: 'Stages', values: stages as never },
    { name: 'Weekly', values: copy(EXAMPLE_WEEKLY) as never },
    ...(geo ? [{ name: 'Geo', values: geo as never }] : []),
  ];
  return load({ sheets });
}

describe('a stage with Test markets over the Geo sheet', () => {
  it('takes its iROAS and range from GEO_LIFT and shows the donors and the fit', () => {
    const { fake, gs } = workbook('oslo, Bergen');
    const geoBefore = sheetValues(fake, 'Geo');
    const r = gs.evaluateStages() as Json;
    const test = r.stages[0];
    expect(test.geo!.markets).toEqual(['Oslo', 'Bergen']);
    expect(test.geo!.donors.map((d) => d.region)).toEqual(['Trondheim', 'Kristiansand', 'Stavanger']);
    expect(test.geo!.donors.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 9);
    expect(test.geo!.poorFit).toBe(false);
    const iroas = test.criteria.find((c) => c.key === 'iroas')!;
    // The Test stage's Weekly spend (20,000) over about 52,000 incremental revenue in the test markets.
    expect(iroas.actual).toBeCloseTo(test.geo!.iroas, 12);
    expect(iroas.actual).toBeGreaterThan(2.5);
    expect(iroas.lower!).toBeLessThan(iroas.actual);
    expect(iroas.upper!).toBeGreaterThan(iroas.actual);
    expect(test.reason).toMatch(/iROAS 2\.6/);
    expect(test.decision).toBe('SCALE UP');
    expect(r.stages[1].geo).toBeUndefined();
    expect(sheetValues(fake, 'Geo')).toEqual(geoBefore);
  });

  it('reads the Geo sheet in one block: service calls do not grow with its rows', () => {
    const small = workbook('Oslo, Bergen');
    small.gs.evaluateStages();
    // Twice the regions (each city again under another name), the same weeks.
    const geo = exampleGeo();
    const doubled = [...geo, ...geo.slice(1).map((r) => [r[0], `${r[1]} North`, r[2]])];
    const big = workbook('Oslo, Bergen', doubled);
    big.gs.evaluateStages();
    expect(big.fake.calls.total()).toBe(small.fake.calls.total());
  });

  it("without Test markets the Geo sheet is not read, and the decisions are the plan's as before", () => {
    const plain = load({
      sheets: [
        { name: 'Stages', values: copy(EXAMPLE_STAGES) as never },
        { name: 'Weekly', values: copy(EXAMPLE_WEEKLY) as never },
      ],
    });
    const before = plain.gs.evaluateStages() as Json;
    const withGeo = workbook('');
    const after = withGeo.gs.evaluateStages() as Json;
    expect(after.stages.map((s) => [s.decision, s.reason])).toEqual(before.stages.map((s) => [s.decision, s.reason]));
    // Stages and Weekly only (a third sheet in the book costs one more name lookup for the log, no read).
    for (const m of ['Range.getValues', 'Sheet.getDataRange']) expect(withGeo.fake.calls.byMethod()[m]).toBe(plain.fake.calls.byMethod()[m]);
  });

  it('an unknown market or a missing Geo sheet is a warning; the stage is judged on Weekly', () => {
    const plain = load({
      sheets: [
        { name: 'Stages', values: copy(EXAMPLE_STAGES) as never },
        { name: 'Weekly', values: copy(EXAMPLE_WEEKLY) as never },
      ],
    });
    const before = (plain.gs.evaluateStages() as Json).stages[0];
    const unknown = workbook('Oslo, Narvik').gs.evaluateStages() as Json;
    expect(unknown.warnings).toContainEqual(
      expect.stringMatching(/^Test: the geo test cannot be read \(Test markets is "Narvik", which is not among the locations\); judged on Weekly\.$/),
    );
    expect(unknown.stages[0].reason).toBe(before.reason);
    const missing = workbook('Oslo', null).gs.evaluateStages() as Json;
    expect(missing.warnings).toContainEqual('Test: Test markets are set but there is no "Geo" sheet; judged on Weekly.');
  });

  it('a Test start column moves the test; a bad Geo cell stops with its address', () => {
    const later = workbook('Oslo, Bergen', exampleGeo(), new Date(Date.UTC(2025, 0, 20))).gs.evaluateStages() as Json;
    expect(later.stages[0].geo!.markets).toEqual(['Oslo', 'Bergen']);
    expect((later.stages[0].geo as unknown as { periods: number }).periods).toBe(2);
    const geo = exampleGeo();
    geo[5][2] = 'lots';
    expect(() => workbook('Oslo, Bergen', geo).gs.evaluateStages()).toThrow(/Geo!C6 \(Value\) is "lots", not a number/);
  });
});

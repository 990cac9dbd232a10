/** The geo evidence the plan engine asks for (src/core/geo/plan): values, ranges, the card. */
import { describe, expect, it } from 'vitest';
import { geoLift } from '../../../src/core/geo/geoLift';
import { exampleGeo } from '../../../src/core/geo/plan/example';
import { readGeoSheet } from '../../../src/core/geo/plan/readGeoSheet';
import { geoEvidenceSource } from '../../../src/core/geo/plan/stageGeo';
import { findRegions } from '../../../src/core/geo/panel';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../../src/core/plan/example';
import type { Table, TableCell } from '../../../src/core/plan/types';
import { evaluatePlanInWords } from '../../support/inWords';

function plan(markets: string, confidence: number | '' = '') {
  const stages = EXAMPLE_STAGES.map((r) => [...r]) as TableCell[][];
  stages[0].push('Test markets', 'Confidence');
  stages.slice(1).forEach((r, i) => r.push(i === 0 ? markets : '', i === 0 ? confidence : ''));
  return stages;
}

function evaluate(stages: Table, geo: Table = exampleGeo()) {
  return evaluatePlanInWords(stages, EXAMPLE_WEEKLY, {}, { stageEvidence: geoEvidenceSource(stages, readGeoSheet(geo)) });
}

describe('a stage judged on GEO_LIFT', () => {
  it("its iROAS is GEO_LIFT's incremental over the stage's spend, with GEO_LIFT's interval at the stage's confidence", () => {
    const r = evaluate(plan('Oslo, Bergen', 0.9)).stages[0];
    const g = readGeoSheet(exampleGeo());
    const direct = geoLift(g.panel, { treated: findRegions(g.panel, ['Oslo', 'Bergen'], 't'), start: 22, end: 25, confidence: 0.9, spend: r.spend });
    const iroas = r.criteria.find((c) => c.key === 'iroas')!;
    expect(iroas.actual).toBeCloseTo(direct.iroas!, 12);
    expect(iroas.lower).toBeCloseTo(direct.lower!, 12);
    expect(iroas.upper).toBeCloseTo(direct.upper!, 12);
    expect(r.metrics.salesGrowth).toBeCloseTo(direct.lift, 12);
    expect(r.geo!.scaledL2Imbalance).toBeCloseTo(direct.scaledL2Imbalance, 12);
  });

  it('with ranges off (confidence 0) the point values still come from GEO_LIFT', () => {
    const r = evaluate(plan('Oslo, Bergen', 0)).stages[0];
    const iroas = r.criteria.find((c) => c.key === 'iroas')!;
    expect(iroas.actual).toBeCloseTo(r.geo!.iroas!, 12);
    expect(iroas.lower).toBeNull();
  });

  it('a test market nothing else moves like is flagged as a poor fit', () => {
    // Tromsø alone, given a season of its own that no other city shares.
    const geo = exampleGeo().map((row, i) => (i > 0 && row[1] === 'Tromsø' ? [row[0], row[1], (row[2] as number) + 3000 * Math.sin(i / 3)] : row));
    const r = evaluate(plan('Tromsø'), geo).stages[0];
    expect(r.geo!.scaledL2Imbalance).toBeGreaterThan(0.3);
    expect(r.geo!.poorFit).toBe(true);
  });
});

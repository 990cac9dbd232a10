/** The experiments ledger's pure parts (docs/contract.md §2.8): reference values from test/fixtures/experiments/reference.py. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibratedIroas, latestExperiment } from '../../../src/core/experiments/calibrate';
import { ledgerHeader } from '../../../src/core/experiments/columns';
import { coolingDown, recentMarkets } from '../../../src/core/experiments/cooldown';
import { logNormalOf, meridianCsv, meridianPriors, robynCsv, tableCsv } from '../../../src/core/experiments/exports';
import { readLedger } from '../../../src/core/experiments/readLedger';
import type { Experiment, LedgerEntry } from '../../../src/core/model/experiment';
import { planLedger, type LedgerWrite } from '../../../src/core/experiments/upsert';
import { translator } from '../../../src/i18n';
import { render } from '../../../src/i18n/render';

const ref = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'experiments', 'reference.json'), 'utf8'));
const EN = translator('en');

const geo: Experiment = {
  stage: 'Stage 1',
  channel: 'facebook_S',
  method: 'GEO_LIFT',
  testStart: '2025-05-12',
  testEnd: '2025-06-08',
  spend: 40000,
  incremental: 74400,
  iroas: 1.86,
  lower: 1.2,
  upper: 2.52,
  confidence: 0.8,
  markets: ['Oslo', 'Bergen'],
  roas: 3,
};
const entry = (e: Experiment, decision: string | null = 'GO'): LedgerEntry => ({ ...e, decision, evaluated: null });
const write = (e: Experiment, decisionWord = 'GO'): LedgerWrite => ({ experiment: e, decisionWord });
const NOW = new Date('2025-06-20T10:00:00Z');
const LATER = new Date('2025-06-27T10:00:00Z');

/** The sheet after a plan is written, as the adapter writes it. */
function apply(sheet: unknown[][], plan: ReturnType<typeof planLedger>): unknown[][] {
  const out = sheet.map((r) => [...r]);
  plan.rows.forEach((cells, i) => {
    const r = plan.firstRow - 1 + i;
    out[r] ??= [];
    cells.forEach((v, c) => (out[r][c] = v));
  });
  return out.map((r) => Array.from({ length: Math.max(...out.map((x) => x.length)) }, (_, c) => r[c] ?? ''));
}

describe('calibrated iROAS (delta method on the product)', () => {
  it('matches the numpy/scipy reference', () => {
    const c = ref.calibration;
    const r = calibratedIroas(c.roas, { lower: c.roasLower, upper: c.roasUpper }, c.confidence, { ...geo, ...c.experiment })!;
    expect(r.factor).toBeCloseTo(c.factor, 12);
    expect(r.iroas).toBeCloseTo(c.iroas, 12);
    expect(r.lower).toBeCloseTo(c.lower, 10);
    expect(r.upper).toBeCloseTo(c.upper, 10);
  });
  it('without a range on the stage ROAS gives the point estimate only', () => {
    const r = calibratedIroas(2.5, null, 0.9, geo)!;
    expect([r.iroas, r.lower, r.upper]).toEqual([2.5 * 0.62, null, null]);
  });
  it("borrows from the channel's latest finished experiment, not its own or an unfinished one", () => {
    const older = entry({ ...geo, stage: 'Pilot', testEnd: '2025-03-01' });
    const running = entry({ ...geo, stage: 'Running', testEnd: '2025-07-01' }, 'NEED DATA');
    const other = entry({ ...geo, stage: 'TV', channel: 'tv_S', testEnd: '2025-08-01' });
    expect(latestExperiment('FACEBOOK_S', [older, entry(geo), running, other], 'Stage 3')?.stage).toBe('Stage 1');
    expect(latestExperiment('facebook_S', [entry(geo)], 'Stage 1')).toBeNull();
    expect(latestExperiment('', [entry(geo)], 'x')).toBeNull();
  });
});

describe('Meridian ROI priors: LogNormal fitted to the interval', () => {
  const m = ref.meridian;
  it("fits mu, sigma so the interval holds its confidence, median at the interval's geometric middle", () => {
    const r = logNormalOf(m.single.iroas, m.single.lower, m.single.upper, m.single.confidence)!;
    expect(r.mu).toBeCloseTo(m.single.mu, 12);
    expect(r.sigma).toBeCloseTo(m.single.sigma, 12);
  });
  it('falls back to the mean and spread when the interval reaches below zero', () => {
    const r = logNormalOf(m.throughZero.iroas, m.throughZero.lower, m.throughZero.upper, m.throughZero.confidence)!;
    expect(r.mu).toBeCloseTo(m.throughZero.mu, 12);
    expect(r.sigma).toBeCloseTo(m.throughZero.sigma, 12);
    expect(logNormalOf(-0.2, -1, 0.5, 0.8)).toBeNull();
  });
  it('pools two experiments of a channel by precision; one row per channel', () => {
    const second = { ...geo, stage: 'Stage 2', ...m.pooled.second };
    const p = meridianPriors([geo, second, { ...geo, stage: 'x', channel: '' }]);
    expect(p).toHaveLength(1);
    expect(p[0].channel).toBe('facebook_S');
    expect(p[0].mu).toBeCloseTo(m.pooled.mu, 12);
    expect(p[0].sigma).toBeCloseTo(m.pooled.sigma, 12);
    const csv = meridianCsv([geo]).trim().split('\n');
    expect(csv[0]).toBe('channel,mu,sigma');
    expect(csv[1].split(',').map((x, i) => (i === 0 ? x : Number(x)))).toEqual([
      'facebook_S',
      Number(m.single.mu.toPrecision(10)),
      Number(m.single.sigma.toPrecision(10)),
    ]);
  });
});

describe("Robyn's calibration_input", () => {
  it("has Robyn's columns, ISO dates (as.Date), plain numbers, confidence 0–1, scope immediate", () => {
    const csv = robynCsv([geo, { ...geo, stage: 'no channel', channel: '' }, { ...geo, stage: 'Q', channel: 'search, brand', incremental: 1234.5 }]);
    const [head, ...rows] = csv.trim().split('\n');
    expect(head).toBe('channel,liftStartDate,liftEndDate,liftAbs,spend,confidence,metric,calibration_scope');
    expect(rows[0]).toBe('facebook_S,2025-05-12,2025-06-08,74400,40000,0.8,revenue,immediate');
    expect(rows[1]).toBe('"search, brand",2025-05-12,2025-06-08,1234.5,40000,0.8,revenue,immediate');
    expect(rows).toHaveLength(2);
  });
});

describe('the upsert by stage', () => {
  const header = ledgerHeader().map((m) => render(m, EN));
  it('writes the header and appends new stages on an empty sheet', () => {
    const p = planLedger([], [write(geo)], header, NOW);
    expect(p.writeHeader).toBe(true);
    expect(p.firstRow).toBe(1);
    expect(p.rows[0]).toEqual(header);
    expect(p.rows[1].slice(0, 5)).toEqual(['Stage 1', 'facebook_S', 'GEO_LIFT', '2025-05-12', '2025-06-08']);
    expect(p.rows[1][13]).toBe(NOW);
    expect(p.added).toEqual(['Stage 1']);
  });
  it("rewrites nothing (not even Evaluated) when the numbers are the same; a user's notes column stays", () => {
    const sheet = apply([], planLedger([], [write(geo)], header, NOW)).map((r, i) => [...r, i === 0 ? 'My notes' : 'keep me']);
    const again = planLedger(sheet as never, [write(geo)], header, LATER);
    expect(again.rows).toEqual([]);
    expect(again.updated).toEqual([]);
  });
  it('rewrites only the row whose numbers changed, with a new Evaluated; other stages and columns untouched', () => {
    const tv: Experiment = { ...geo, stage: 'TV', channel: 'tv_S', method: 'TBR', markets: [] };
    const first = apply([], planLedger([], [write(geo), write(tv)], header, NOW)).map((r, i) => [...r, i === 0 ? 'My notes' : `note ${i}`]);
    const p = planLedger(first as never, [write({ ...tv, iroas: 2.01 })], header, LATER);
    expect(p.firstRow).toBe(3);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0][7]).toBe(2.01);
    expect(p.rows[0][13]).toBe(LATER);
    expect(p.rows[0]).toHaveLength(15); // never the notes column
    const after = apply(first, p);
    expect(after[1]).toEqual(first[1]);
    expect(after[2][15]).toBe('note 2');
    expect(p.updated).toEqual(['TV']);
  });
  it('reads back what it wrote, in any of the four languages', () => {
    const nb = ledgerHeader().map((m) => render(m, translator('nb')));
    const sheet = apply([], planLedger([], [write(geo, 'GÅ VIDERE')], nb, NOW));
    const [e] = readLedger(sheet as never);
    expect(e).toMatchObject({ ...geo, decision: 'GO', evaluated: NOW });
    expect(
      readLedger([
        ['Stage', 'Something else'],
        ['a', 1],
      ]),
    ).toEqual([]);
  });
});

describe('geo cooldown', () => {
  it('warns about markets of an experiment that ended less than the cooldown before the start', () => {
    const hits = coolingDown(['bergen', 'Trondheim'], '2025-06-30', [geo], 4, 'Stage 2');
    expect(hits).toHaveLength(1);
    expect(hits[0].markets).toEqual(['Bergen']);
    expect(hits[0].freeFrom).toBe('2025-07-06');
    expect(coolingDown(['Bergen'], '2025-07-06', [geo], 4)).toEqual([]);
    expect(coolingDown(['Bergen'], '2025-06-30', [geo], 4, 'Stage 1')).toEqual([]);
  });
  it('lists every recent market for GEO_MARKETS', () => {
    expect(recentMarkets([geo, { ...geo, markets: ['oslo', 'Stavanger'], testEnd: '2024-01-01' }], '2025-06-30', 4)).toEqual(['Oslo', 'Bergen']);
  });
});

describe('the sheet as CSV', () => {
  it('quotes what needs quoting and writes dates as ISO', () => {
    expect(
      tableCsv([
        ['Stage', 'Test markets', 'Evaluated'],
        ['A "b"', 'Oslo, Bergen', new Date('2025-06-20T10:00:00Z')],
      ]),
    ).toBe('Stage,Test markets,Evaluated\n"A ""b""","Oslo, Bergen",2025-06-20T10:00:00.000Z\n');
  });
});

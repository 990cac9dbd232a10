/** Geo tests with many regions (docs/contract.md §1.6): GeoLift's synthetic control in the sheet. */
import { donorWeights, fitBeforeTest, geoLift } from '../../core/geo/geoLift';
import { selectMarkets } from '../../core/geo/marketSelection';
import { buildPanel, describePeriod, findRegions, GeoInputError, periodAtOrAfter, periodAtOrBefore, regionKey, type Panel } from '../../core/geo/panel';
import { periodsNeeded, powerAt, simulatedTests } from '../../core/geo/power';
import { donorsOf, SyntheticControl } from '../../core/geo/syntheticControl';
import { recentMarkets } from '../../core/experiments/cooldown';
import { experimentsInRange } from '../../core/experiments/ledgerRange';
import { probability } from '../params';
import type { Fail, FunctionSpec, OutCell, ParamSpec } from '../types';

type Col<T> = (T | null)[];

const LONG_FORMAT: ParamSpec[] = [
  { name: 'locations', kind: 'text', shape: 'column', description: 'Region of each row (city, DMA, store area), one row per region per day or week.' },
  { name: 'dates', kind: 'period', shape: 'column', description: 'Date (or period number) of each row.' },
  { name: 'values', kind: 'number', shape: 'column', description: 'The outcome of each row: sales, conversions, revenue.' },
];
const TREATED: ParamSpec = {
  name: 'treated',
  kind: 'text',
  shape: 'column',
  description: 'The test regions: one cell or a range of names (case-insensitive).',
};
const WITH_HEADERS: ParamSpec = {
  name: 'with_headers',
  kind: 'boolean',
  shape: 'scalar',
  default: false,
  description: 'TRUE puts a header row above the result.',
};
const TEST_PERIODS: ParamSpec = {
  name: 'test_periods',
  kind: 'number',
  shape: 'scalar',
  min: 1,
  integer: true,
  description: 'Length of the planned test, in periods (days or weeks) of the data.',
};

const LIFT_HEADERS = ['ATT', 'lift', 'incremental', 'iROAS', 'lower', 'upper', 'p_value', 'l2_imbalance', 'scaled_l2_imbalance'];

/** Runs a geo computation, turning its input errors into the standard message naming the cell. */
function guarded<T>(fail: Fail, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof GeoInputError) return fail(e.param, e.detail, e.row, e.row === undefined ? undefined : 0);
    return fail('values', `give no synthetic control: ${(e as Error).message}`);
  }
}

function panelOf(locations: Col<string>, dates: Col<number>, values: Col<number>): Panel {
  return buildPanel(locations, dates, values);
}

function names(col: Col<string>, param: string): string[] {
  const out = col.filter((v): v is string => v !== null && v.trim() !== '');
  if (out.length === 0) throw new GeoInputError(param, 'is blank; name at least one region', 0);
  return out;
}

function testStartIndex(panel: Panel, key: number): number {
  const t = periodAtOrAfter(panel, key);
  if (t < 0)
    throw new GeoInputError('test_start', `is ${describePeriod(key)}, after the last date (${describePeriod(panel.periods[panel.periods.length - 1])})`, 0);
  return t;
}

function withHeaders(headers: readonly string[], rows: OutCell[][], on: boolean): OutCell[][] {
  return on ? [headers.slice(), ...rows] : rows;
}

const blankIfNull = (v: number | null): OutCell => (v === null ? '' : v);

export const geoSyntheticControlFunctions: FunctionSpec[] = [
  {
    name: 'GEO_LIFT',
    mode: 'whole',
    summary: 'Lift of a geo test with many regions by synthetic control (GeoLift): ATT, lift, incremental, iROAS, interval, p-value, fit.',
    details:
      "GeoLift's default model (augsynth, unit fixed effects): the test regions are averaged and matched by a weighted " +
      'mix of the other regions (weights ≥ 0, summing to 1) that best follows them before the test; after the test ' +
      'starts, the gap is the effect. ATT = average effect per test region and period; incremental = ATT × periods × ' +
      "regions; lift = incremental / what the test regions would have done. p_value and the interval are GeoLift's " +
      "conformal inference with moving blocks of time: the test period's gap compared with every other stretch of the " +
      'same length, the model refitted on all periods for each effect tried — deterministic, the same every time. ' +
      'Read it: p_value below 0.05 — the effect is real at 95%; scaled_l2_imbalance above 0.3 — a poor match, distrust it.',
    params: [
      ...LONG_FORMAT,
      TREATED,
      { name: 'test_start', kind: 'period', shape: 'scalar', description: 'First date (or period) of the test.' },
      { name: 'test_end', kind: 'period', shape: 'scalar', default: null, description: 'Last date of the test; blank: the last date. Later rows are ignored.' },
      {
        name: 'spend',
        kind: 'number',
        shape: 'column',
        default: null,
        description: 'Incremental spend: one value (the total), or a column beside values summed over the test regions and dates. Blank: no iROAS.',
      },
      probability('confidence', 'Two-sided confidence of the interval; default 0.9.', 0.9),
      WITH_HEADERS,
    ],
    headers: LIFT_HEADERS,
    returns: 'One row: ATT, lift, incremental, iROAS, lower, upper (of iROAS, or of ATT without spend), p_value, l2_imbalance, scaled_l2_imbalance.',
    example: '=GEO_LIFT(A2:A4201, C2:C4201, B2:B4201, {"chicago";"portland"}, DATE(2021,4,1))',
    evaluate: (
      [locations, dates, values, treatedCol, start, end, spendCol, confidence, headers]: [
        Col<string>,
        Col<number>,
        Col<number>,
        Col<string>,
        number,
        number | null,
        Col<number> | null,
        number,
        boolean,
      ],
      fail: Fail,
    ) =>
      guarded(fail, () => {
        const panel = panelOf(locations, dates, values);
        const treated = findRegions(panel, names(treatedCol, 'treated'), 'treated');
        const first = testStartIndex(panel, start);
        const last = end === null ? panel.periods.length - 1 : periodAtOrBefore(panel, end);
        if (end !== null && last < first) throw new GeoInputError('test_end', `is ${describePeriod(end)}, before test_start`, 0);
        let spend: number | null = null;
        if (spendCol !== null && spendCol.some((v) => v !== null)) {
          if (spendCol.length === 1) spend = spendCol[0];
          else {
            if (spendCol.length !== locations.length)
              throw new GeoInputError('spend', `has ${spendCol.length} rows; give one value or a column as long as locations (${locations.length})`);
            const keys = new Set(treated.map((i) => regionKey(panel.regions[i])));
            spend = 0;
            for (let i = 0; i < spendCol.length; i++) {
              const loc = locations[i];
              const d = dates[i];
              if (loc === null || d === null || !keys.has(regionKey(loc))) continue;
              if (d >= panel.periods[first] && d <= panel.periods[last]) spend += spendCol[i] ?? 0;
            }
          }
          if (!(spend !== null && spend > 0)) throw new GeoInputError('spend', `adds up to ${spend} over the test; incremental spend must be above 0`);
        }
        const r = geoLift(panel, { treated, start: first, end: last, confidence, spend });
        const row: OutCell[] = [
          r.att,
          r.lift,
          r.incremental,
          blankIfNull(r.iroas),
          blankIfNull(r.lower),
          blankIfNull(r.upper),
          r.pValue,
          r.l2Imbalance,
          r.scaledL2Imbalance,
        ];
        return withHeaders(LIFT_HEADERS, [row], headers);
      }),
  },
  {
    name: 'GEO_WEIGHTS',
    mode: 'whole',
    summary: 'What the synthetic control of a geo test is made of: each donor region and its weight, largest first.',
    details: 'The weights GEO_LIFT uses, fitted on the periods before test_start; weights below 0.0001 are left out, as GeoLift prints them.',
    params: [
      ...LONG_FORMAT,
      TREATED,
      { name: 'test_start', kind: 'period', shape: 'scalar', description: 'First date (or period) of the test.' },
      WITH_HEADERS,
    ],
    headers: ['region', 'weight'],
    returns: 'Two columns: donor region, weight.',
    example: '=GEO_WEIGHTS(A2:A4201, C2:C4201, B2:B4201, {"chicago";"portland"}, DATE(2021,4,1))',
    evaluate: ([locations, dates, values, treatedCol, start, headers]: [Col<string>, Col<number>, Col<number>, Col<string>, number, boolean], fail: Fail) =>
      guarded(fail, () => {
        const panel = panelOf(locations, dates, values);
        const treated = findRegions(panel, names(treatedCol, 'treated'), 'treated');
        const { fit } = fitBeforeTest(panel, treated, testStartIndex(panel, start));
        const rows: OutCell[][] = donorWeights(panel, fit, 0.0001).map((w) => [w.region, w.weight]);
        return withHeaders(['region', 'weight'], rows, headers);
      }),
  },
  {
    name: 'GEO_POWER',
    mode: 'whole',
    summary: 'Power of a planned geo test by effect size, from placebo tests on history: effect, power, detectable (and iROAS).',
    details:
      'Every historical window of test_periods (with enough history before it) is a simulated test: the effect is ' +
      "added to the test regions' values there and GEO_LIFT's test judges it. Power = the share of windows where it " +
      'is found at the confidence; detectable = power ≥ 0.8. Deterministic. With spend_per_period, the iROAS each ' +
      'effect would mean at that spend.',
    params: [
      ...LONG_FORMAT,
      TREATED,
      TEST_PERIODS,
      { name: 'effects', kind: 'number', shape: 'column', default: null, description: 'Lifts to try (0.05 or 5% = +5%); blank: 0%, 1%, …, 25%.' },
      probability('confidence', 'Confidence of the test; default 0.9.', 0.9),
      {
        name: 'spend_per_period',
        kind: 'number',
        shape: 'scalar',
        default: null,
        min: 0,
        exclusive: true,
        description: 'Planned spend per period in the test regions; adds an iROAS column.',
      },
      WITH_HEADERS,
    ],
    headers: ['effect', 'power', 'detectable', 'iROAS'],
    returns: 'One row per effect: effect, power, detectable (TRUE when power ≥ 0.8), and iROAS with spend_per_period.',
    example: '=GEO_POWER(A2:A3601, C2:C3601, B2:B3601, {"chicago";"portland"}, 15)',
    evaluate: (
      [locations, dates, values, treatedCol, length, effectsCol, confidence, spendPerPeriod, headers]: [
        Col<string>,
        Col<number>,
        Col<number>,
        Col<string>,
        number,
        Col<number> | null,
        number,
        number | null,
        boolean,
      ],
      fail: Fail,
    ) =>
      guarded(fail, () => {
        const panel = panelOf(locations, dates, values);
        const treated = findRegions(panel, names(treatedCol, 'treated'), 'treated');
        const donors = donorsOf(panel.regions.length, treated);
        if (donors.length === 0) throw new GeoInputError('treated', 'names every region; leave at least one region untreated as a donor', 0);
        checkLength(panel, length, confidence);
        const given = effectsCol === null ? [] : (effectsCol.filter((e) => e !== null) as number[]);
        const effects = given.length > 0 ? given : Array.from({ length: 26 }, (_, i) => i / 100);
        const sc = new SyntheticControl(panel);
        const tests = simulatedTests(sc, treated, donors, length, confidence);
        // Implied iROAS: the effect on the test regions' average total per period, over the spend.
        let total = 0;
        for (const i of treated) for (const v of panel.y[i]) total += v;
        const perPeriod = total / panel.periods.length;
        const rows: OutCell[][] = effects.map((e) => {
          const power = powerAt(tests, e);
          const row: OutCell[] = [e, power, power >= 0.8];
          if (spendPerPeriod !== null) row.push((e * perPeriod) / spendPerPeriod);
          return row;
        });
        const hdr = spendPerPeriod === null ? ['effect', 'power', 'detectable'] : ['effect', 'power', 'detectable', 'iROAS'];
        return withHeaders(hdr, rows, headers);
      }),
  },
  {
    name: 'GEO_MARKETS',
    mode: 'whole',
    summary: 'The best sets of test regions for a geo test (GeoLift market selection): markets, fit, power and minimum detectable effect.',
    details:
      'Every set of treated_count regions is screened by how closely a synthetic control follows it; the best-fitting ' +
      'sets get the power analysis of GEO_POWER. Ranked by power at effect, then by fit (scaled_l2_imbalance, lower ' +
      'is better). mde = the smallest lift found with 80% power. Regions in exclude are never test regions (they stay ' +
      'as controls). exclude_recent keeps markets of recent experiments out of the test regions too: pass the Experiments ' +
      'sheet with its header row (e.g. Experiments!A:L, up to Test markets) and every market of an experiment whose Test ' +
      "end is less than cooldown_weeks before the period after the last date is left out, since a test's effect lingers; " +
      'or pass a column of market names.',
    params: [
      ...LONG_FORMAT,
      { name: 'treated_count', kind: 'number', shape: 'scalar', min: 1, integer: true, description: 'How many test regions.' },
      TEST_PERIODS,
      {
        name: 'effect',
        kind: 'number',
        shape: 'scalar',
        default: 0.05,
        min: 0,
        exclusive: true,
        description: 'The lift the test must find; default 0.05 (+5%).',
      },
      { name: 'candidates', kind: 'number', shape: 'scalar', default: 10, min: 1, max: 200, integer: true, description: 'How many sets to list; default 10.' },
      { name: 'exclude', kind: 'text', shape: 'column', default: null, description: 'Regions that must not be test regions.' },
      probability('confidence', 'Confidence of the test; default 0.9.', 0.9),
      WITH_HEADERS,
      {
        name: 'exclude_recent',
        kind: 'text',
        shape: 'table',
        default: null,
        description:
          'The Experiments sheet with its header row (Experiments!A:L), or a column of markets: markets tested within cooldown_weeks are not test regions.',
      },
      {
        name: 'cooldown_weeks',
        kind: 'number',
        shape: 'scalar',
        default: 4,
        min: 0,
        max: 104,
        description: "Weeks a market rests after an experiment (the document's Cooldown weeks); default 4.",
      },
    ],
    headers: ['markets', 'scaled_l2_imbalance', 'power', 'mde'],
    returns: 'One row per candidate set: markets (names joined by commas), scaled_l2_imbalance, power at effect, mde.',
    example: '=GEO_MARKETS(A2:A3601, C2:C3601, B2:B3601, 2, 15)',
    evaluate: (
      [locations, dates, values, count, length, effect, candidates, excludeCol, confidence, headers, recent, cooldownWeeks]: [
        Col<string>,
        Col<number>,
        Col<number>,
        number,
        number,
        number,
        number,
        Col<string> | null,
        number,
        boolean,
        (string | number | null)[][] | null,
        number,
      ],
      fail: Fail,
    ) =>
      guarded(fail, () => {
        const panel = panelOf(locations, dates, values);
        const excluded = [...(excludeCol ?? []), ...recentlyTested(panel, recent, cooldownWeeks)];
        const exclude =
          excluded.length === 0
            ? []
            : [
                ...new Set(
                  findRegions(
                    panel,
                    excluded.filter((v): v is string => v !== null && v.trim() !== ''),
                    'exclude',
                  ),
                ),
              ];
        const eligible = panel.regions.length - exclude.length;
        if (count >= panel.regions.length || count > eligible)
          throw new GeoInputError(
            'treated_count',
            `is ${count}, but only ${Math.min(eligible, panel.regions.length - 1)} regions can be test regions (one must stay a control)`,
            0,
          );
        checkLength(panel, length, confidence);
        const found = selectMarkets(panel, { count, length, effect, candidates, exclude, confidence });
        const rows: OutCell[][] = found.map((c) => [
          c.regions
            .map((i) => panel.regions[i])
            .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
            .join(', '),
          c.scaledL2Imbalance,
          c.power,
          blankIfNull(c.mde),
        ]);
        return withHeaders(['markets', 'scaled_l2_imbalance', 'power', 'mde'], rows, headers);
      }),
  },
];

/**
 * The markets exclude_recent names that the panel has: of the Experiments sheet, those of
 * experiments that ended within the cooldown before the next period after the data (when the
 * new test would start); of a plain column, every name. Names the panel lacks are not an error
 * here: the ledger holds markets of other tests and other data.
 */
function recentlyTested(panel: Panel, recent: (string | number | null)[][] | null, cooldownWeeks: number): string[] {
  if (!recent) return [];
  const known = new Set(panel.regions.map(regionKey));
  const experiments = experimentsInRange(recent);
  const n = panel.periods.length;
  const next = n > 1 ? 2 * panel.periods[n - 1] - panel.periods[n - 2] : panel.periods[n - 1] + 1;
  const start = new Date((next - 25569) * 86400000).toISOString().slice(0, 10);
  // Period numbers (GeoLift's time 1, 2, 3…) have no calendar to compare a Test end with.
  if (experiments && panel.periods[n - 1] < 20000) return [];
  const names = experiments ? recentMarkets(experiments, start, cooldownWeeks) : recent.flat().map((v) => (v === null ? '' : String(v).trim()));
  return names.filter((m) => m !== '' && known.has(regionKey(m)));
}

function checkLength(panel: Panel, length: number, confidence: number): void {
  const need = periodsNeeded(length, confidence);
  if (panel.periods.length < need) {
    throw new GeoInputError(
      'test_periods',
      `is ${length}, but the data has ${panel.periods.length} periods; simulating tests of ${length} periods needs at least ${need}`,
      0,
    );
  }
}

/**
 * What dist/Code.js compiles only when a call needs it (tools/build/lazyModules.ts does it).
 * Every group is code most executions never run: each costs the first call that needs it one
 * compile of its text, and every other execution nothing but scanning a string literal.
 * test/build/lazyModules.test.ts calls into each group through the built bundle.
 */
import type { LazyGroup } from './lazyModules';

export const LAZY_GROUPS: readonly LazyGroup[] = [
  {
    // The special functions behind the normal, t, beta and chi-square distributions (~110 KB of
    // code, ~150 CommonJS modules whose factories all ran at load). Metrics and plan checks that
    // need no distribution never compile them.
    name: 'stdlib',
    entries: [
      '@stdlib/stats-base-dists-normal-cdf/lib/main.js',
      '@stdlib/stats-base-dists-normal-quantile/lib/main.js',
      '@stdlib/math-base-special-gammainc/lib/main.js',
      '@stdlib/stats-base-dists-t-cdf/lib/main.js',
      '@stdlib/math-base-special-betainc/lib/main.js',
      '@stdlib/math-base-special-betaln/lib/main.js',
    ],
  },
  {
    // Reading a whole workbook into decisions: STAGE_DECISION, the sidebar's and the menu's
    // evaluation, the dashboard, the schedule. No metric or test function needs it.
    name: 'workbook',
    entries: ['src/core/workbook/evaluateWorkbook.ts'],
  },
  {
    // Importing an ad platform's export (CSV/XLSX payloads, Papa Parse, the platforms' columns).
    name: 'import',
    entries: ['src/appsscript/importData.ts', 'src/appsscript/sources.ts'],
  },
  {
    // IROAS_TRIMMED_MATCH's estimator and its sweeps.
    name: 'trimmedMatch',
    entries: ['src/core/stats/trimmedMatch.ts'],
  },
  { name: 'dashboard', entries: ['src/appsscript/dashboard.ts'] },
  {
    // The sidebar's and the menu's evaluation (writing decisions back), the ledger export, the
    // template (it writes the evaluation's output headers) and the scheduled run (it evaluates).
    name: 'sheets',
    entries: ['src/appsscript/evaluate.ts', 'src/appsscript/experiments.ts', 'src/appsscript/template.ts', 'src/appsscript/schedule.ts'],
  },
  {
    // A/B tests: AB_TEST's score interval, Fisher's exact test, the Beta comparison, sample
    // sizes, the sequential test, the best variant.
    name: 'abTests',
    entries: [
      'src/core/stats/abTest.ts',
      'src/core/stats/bestVariant.ts',
      'src/core/stats/probBBeatsA.ts',
      'src/core/stats/sampleSize.ts',
      'src/core/stats/sequential.ts',
      'src/core/stats/twoProportions.ts',
    ],
  },
  {
    // Geo tests: time-based regression (IROAS_TBR) and GeoLift's synthetic control, its power
    // and market selection (GEO_LIFT, GEO_WEIGHTS, GEO_POWER, GEO_MARKETS).
    name: 'geo',
    entries: ['src/core/stats/tbr.ts', 'src/core/geo/geoLift.ts', 'src/core/geo/power.ts', 'src/core/geo/marketSelection.ts'],
  },
  {
    // Test design: IROAS_MDE and WEEKS_NEEDED.
    name: 'testDesign',
    entries: ['src/core/stats/iroasMde.ts', 'src/core/stats/ratioInterval.ts'],
  },
];

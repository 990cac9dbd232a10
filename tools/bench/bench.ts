/**
 * `npm run bench`: prints the figures and writes docs/benchmarks.md. Figures, not assertions:
 * the medians of several runs on this machine, with the machine named.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { benchColdStart } from './coldStart';
import { benchBigCsv } from './csvWorkbook';
import { benchCustomFunctions, benchStageGate } from './customFunctions';
import { benchDashboard } from './dashboard';
import { benchEvaluateStages } from './evaluateStages';
import { benchImport } from './importData';
import { benchLanguages } from './languages';
import { benchStatistics } from './statistics';
import { benchTextNumbers } from './textNumbers';
import { benchGeo, calibrationGeo } from './geo';
import { fmt } from './timing';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What one Sheets service call costs a user, as the bench models it (#24: real calls take ~50 ms). */
const CALL_MS = 50;
const codePath = join(root, 'dist', 'Code.js');

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const out: string[] = [];
  const say = (s = '') => {
    console.log(s);
    out.push(s);
  };
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say('# LiftGate benchmarks');
  say();
  say(
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  );
  say('Each figure is the median of several runs after a warm-up. Regenerate with `npm run bench`.');
  say();

  const cold = benchColdStart(codePath);
  say('## dist/Code.js: what every custom-function call pays');
  say();
  say(
    table(
      ['size', 'cold start (parse + run in a fresh node:vm context, in a node process of its own)'],
      [[`${(cold.bytes / 1024).toFixed(1)} KB`, `${fmt(cold.ms)} ms`]],
    ),
  );
  say();

  const ctx = vm.createContext({});
  vm.runInContext(readFileSync(codePath, 'utf8'), ctx);
  const gs = ctx as unknown as Record<string, (...a: unknown[]) => unknown>;
  const fns = [...benchCustomFunctions(gs), benchStageGate(gs)];
  say('## Custom functions on 100,000 rows in one call');
  say();
  say('Through the built dist/Code.js as Sheets calls it (2D ranges of cells), against the floor: a bare loop');
  say("running the declaration's own arithmetic over the same arrays with no argument handling.");
  say();
  say(
    table(
      ['function', 'rows', 'ms', 'floor ms', '× floor'],
      fns.map((f) => [
        f.name,
        f.rows.toLocaleString('en'),
        fmt(f.ms),
        f.floorMs === null ? '–' : fmt(f.floorMs),
        f.floorMs ? (f.ms / f.floorMs).toFixed(1) : '–',
      ]),
    ),
  );
  say();

  say('## Statistics (pure core)');
  say();
  say(
    table(
      ['case', 'ms', 'note'],
      benchStatistics().map((s) => [s.name, fmt(s.ms), s.note]),
    ),
  );
  say();

  say('## Geo tests with many regions (GeoLift_Test, through dist/Code.js)');
  say();
  say(
    table(
      ['case', 'ms', 'note'],
      benchGeo(gs).map((s) => [s.name, fmt(s.ms), s.note]),
    ),
  );
  say();
  say("GeoLift's walkthrough prints no run time for its market selection (`GeoLiftMarketSelection`, R, parallel simulations).");
  say();
  say(
    "Calibration of the placebo-in-time test that GEO_POWER and GEO_MARKETS judge simulated tests by, where nothing happened (pseudo-tests at every window; 10% expected at or below 0.1). GEO_LIFT's own conformal test: test/core/geo/conformalInference.test.ts.",
  );
  say();
  say(
    table(
      ['data', 'test length', 'pseudo-tests', 'share p ≤ 0.1', 'deciles of p'],
      calibrationGeo().map((c) => [c.data, c.length, c.count, `${(100 * c.below10).toFixed(1)}%`, c.deciles]),
    ),
  );
  say();

  const ev = await benchEvaluateStages(codePath);
  say('## evaluateStages() on agency-sized workbooks');
  say();
  say('Through the built dist/Code.js over the in-memory Apps Script imitation. "Touch" is the floor: reading');
  say('both sheets through the same services (one getValues each) and looking at every cell once, in the');
  say('same sandbox. "Formula sheet" is the same per-stage evaluation written as SUMIFS and nested-IF');
  say('formulas a user would build by hand, built and recalculated by HyperFormula (up to 100,000 rows).');
  say('Each evaluation is the first call in a fresh sandbox on a clean heap, as every Apps Script execution');
  say('runs; the touch is timed warm (repeated in one sandbox, the floor issue #24 set) and, beside it, as the');
  say('first call of a fresh sandbox too.');
  say();
  say(`"At ${CALL_MS} ms a call" adds what the service calls would cost in Sheets (the imitation answers at once).`);
  say();
  say(
    table(
      [
        'weekly rows',
        'evaluateStages ms',
        'touch ms',
        '× touch',
        'touch ms, fresh sandbox',
        '× fresh touch',
        `at ${CALL_MS} ms a call`,
        'formula sheet ms (build + recalc)',
        'service calls',
        'service calls, again',
        'calls by method',
      ],
      ev.map((e) => [
        e.rows.toLocaleString('en'),
        fmt(e.ms),
        fmt(e.touchMs),
        (e.ms / e.touchMs).toFixed(1),
        fmt(e.freshTouchMs),
        (e.ms / e.freshTouchMs).toFixed(1),
        fmt(e.ms + CALL_MS * e.calls),
        e.formulaMs === null ? '–' : fmt(e.formulaMs),
        e.calls,
        e.callsAgain,
        e.callsByMethod,
      ]),
    ),
  );
  say();
  say('"Service calls, again": the next evaluation of the same workbook, once the Decision log and Experiments');
  say("sheets exist (the calls by method are the first one's).");
  say();
  // The floor of a first call, against issue #24's "≤ 3× the warm touch" at 10,000 rows: a first
  // call reads the sheets cold, and runs the engine's code for the first time whatever the rows.
  const [small] = await benchEvaluateStages(codePath, [100]);
  const at10k = ev.find((e) => e.rows === 10_000);
  if (at10k) {
    const floor = at10k.freshTouchMs + small.ms;
    say(
      `A first call's floor at 10,000 rows: the touch as a first call (${fmt(at10k.freshTouchMs)} ms) plus an evaluation's cost that does not grow with the rows, measured on 100 rows (${fmt(small.ms)} ms), is ${fmt(floor)} ms, ${(floor / at10k.touchMs).toFixed(1)}× the warm touch (${fmt(at10k.touchMs)} ms).`,
    );
    say();
  }
  const imp = await benchImport(codePath);
  say('## importData() on a 100,000-row daily export');
  say();
  say('A Meta Ads Manager CSV of 50 campaigns over 2,000 days, mapped to five stages by `*` patterns and');
  say('summed into weekly rows; a dry run, the import, and the same file again (every week skipped).');
  say();
  say(
    table(
      [
        'where',
        'daily rows',
        'file MB',
        'dry run ms',
        'import ms',
        `import at ${CALL_MS} ms a call`,
        'again ms',
        'weekly rows written',
        'service calls',
        'calls by method',
      ],
      imp.map((e) => [
        e.where,
        e.rows.toLocaleString('en'),
        e.megabytes.toFixed(1),
        fmt(e.dryMs),
        fmt(e.importMs),
        e.calls === null || e.calls === undefined ? '–' : fmt(e.importMs + CALL_MS * e.calls),
        fmt(e.againMs),
        e.weeklyRows.toLocaleString('en'),
        e.calls ?? '–',
        e.callsByMethod || '–',
      ]),
    ),
  );
  say();
  say('## evaluateStages() in four languages');
  say();
  say('The same 100,000-row workbook in spreadsheets whose locale picks English, Norwegian, Russian and');
  say('Chinese: reasons, warnings and the Decision column through the catalogues, numbers through Intl.');
  say();
  say(
    table(
      ['locale', 'weekly rows', 'evaluateStages ms', 'service calls'],
      benchLanguages(codePath).map((l) => [l.locale, l.rows.toLocaleString('en'), fmt(l.ms), l.calls]),
    ),
  );
  say();
  say('## Text numbers as exports paste them');
  say();
  say('The same values as plain numbers and as text ("2 889,50 kr", "1,234") in a Norwegian spreadsheet, so the');
  say('locale settles the ambiguous ones. The aim: text at most 5× plain.');
  say();
  say(
    table(
      ['case', 'rows', 'plain ms', 'text ms', '× plain'],
      benchTextNumbers(codePath).map((t) => [t.name, t.rows.toLocaleString('en'), fmt(t.plainMs), fmt(t.textMs), (t.textMs / t.plainMs).toFixed(1)]),
    ),
  );
  say();
  say('## createDashboard() on the generated 12-stage workbooks');
  say();
  say('The first call makes the Dashboard sheet, its two blocks and the charts; the refresh updates them in place.');
  say("Three shared charts of the stage picked in the Dashboard's dropdown: service calls grow neither with the stages nor with the weekly rows.");
  say();
  say(
    table(
      [
        'weekly rows',
        'stages',
        'charts',
        'first call ms',
        `first at ${CALL_MS} ms a call`,
        'refresh ms',
        'service calls (first)',
        'service calls (refresh)',
        'calls per stage (first)',
      ],
      benchDashboard(codePath).map((d) => [
        d.rows.toLocaleString('en'),
        d.stages,
        d.charts,
        fmt(d.firstMs),
        fmt(d.firstMs + CALL_MS * d.firstCalls),
        fmt(d.refreshMs),
        d.firstCalls,
        d.refreshCalls,
        (d.firstCalls / d.stages).toFixed(1),
      ]),
    ),
  );
  say();
  const csv = await benchBigCsv(50);
  say('## A 50 MB CSV workbook through `npm run evaluate`');
  say();
  say('Stages.csv and Weekly.csv in a folder, read (streamed, typed cell by cell), evaluated, in a child');
  say('process so its peak memory is its own. One run.');
  say();
  say(
    table(
      ['Weekly.csv', 'rows', 'read + evaluate ms', 'peak memory (max RSS)'],
      [[`${csv.megabytes.toFixed(0)} MB`, csv.rows.toLocaleString('en'), fmt(csv.ms), `${csv.maxRssMb.toFixed(0)} MB`]],
    ),
  );
  say();
  writeFileSync(join(root, 'docs', 'benchmarks.md'), out.join('\n'));
  console.log('\nwrote docs/benchmarks.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/** Child of csvWorkbook.ts: open the workbook as the CLI does, evaluate, print time and peak memory. */
import { performance } from 'node:perf_hooks';
import { openSession } from '../preview/session';

const t0 = performance.now();
const session = await openSession(process.argv[2]);
const r = session.run('evaluateStages', []) as { stages: unknown[] };
const ms = performance.now() - t0;
const weekly = session.fake.spreadsheet.raw('Weekly');
console.log(JSON.stringify({ ms, rows: (weekly?.lastRow() ?? 1) - 1, stages: r.stages.length, maxRssKb: process.resourceUsage().maxRSS }));

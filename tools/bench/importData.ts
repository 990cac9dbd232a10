/**
 * importData() on a 100,000-row daily export (50 campaigns over 2,000 days, mapped to five
 * stages by patterns): through the built dist/Code.js over the Apps Script imitation, and
 * through the local preview's HTTP endpoint (what the sidebar's google.script.run does there),
 * each as a dry run, the import itself, and the same file again (everything skipped).
 * Also `npm run bench -- --import-only` style: `tsx tools/bench/importData.ts`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { TOKEN_HEADER } from '../preview/requestGuard';
import { startPreview } from '../preview/server';
import { dailyExportCsv, generateDailyRows } from '../workbooks/dailyExport';
import { median } from './timing';

export interface ImportBench {
  where: string;
  rows: number;
  megabytes: number;
  dryMs: number;
  importMs: number;
  againMs: number;
  weeklyRows: number;
  calls: number | null;
  callsByMethod: string;
}

const CAMPAIGNS = [['Campaign', 'Stage', 'Variant'], ...[1, 2, 3, 4, 5].map((s) => [`Stage ${s} – *`, `Stage ${s}`, ''])];

function workbook() {
  return {
    sheets: [
      { name: 'Weekly', values: [['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Source']] },
      { name: 'Campaigns', values: CAMPAIGNS.map((r) => [...r]) },
    ],
  };
}

export async function benchImport(codePath: string, rows = 100_000, runs = 3): Promise<ImportBench[]> {
  const csv = dailyExportCsv(generateDailyRows(rows));
  const b64 = Buffer.from(csv, 'utf8').toString('base64');
  const out: ImportBench[] = [];
  {
    const dry: number[] = [];
    const imp: number[] = [];
    const again: number[] = [];
    let calls = 0;
    let byMethod: Record<string, number> = {};
    let weeklyRows = 0;
    for (let i = 0; i < runs; i++) {
      const fake = createAppsScriptFake(workbook());
      const gs = loadCodeJs(fake, codePath) as unknown as { importData: (...a: unknown[]) => { adds: unknown[] } };
      let t = performance.now();
      gs.importData('export.csv', b64, { dryRun: true });
      dry.push(performance.now() - t);
      fake.calls.reset();
      t = performance.now();
      weeklyRows = gs.importData('export.csv', b64, {}).adds.length;
      imp.push(performance.now() - t);
      calls = fake.calls.total();
      byMethod = fake.calls.byMethod();
      t = performance.now();
      gs.importData('export.csv', b64, {});
      again.push(performance.now() - t);
    }
    out.push({
      where: 'Apps Script imitation (node:vm)',
      rows,
      megabytes: csv.length / 2 ** 20,
      dryMs: median(dry),
      importMs: median(imp),
      againMs: median(again),
      weeklyRows,
      calls,
      callsByMethod: Object.entries(byMethod)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    });
  }
  {
    const { server, url, session, token } = await startPreview({ port: 0 });
    try {
      const post = async (dryRun: boolean) => {
        const t = performance.now();
        const r = await fetch(`${url}api/run/importData`, {
          method: 'POST',
          // The preview answers only requests that carry its run's token (tools/preview/requestGuard.ts).
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(['export.csv', b64, { dryRun }]),
        });
        const json = (await r.json()) as { error?: string };
        if (json.error) throw new Error(json.error);
        return performance.now() - t;
      };
      session.run('saveSettings', [{}]);
      // The preview's example workbook, with the Campaigns sheet a user would fill in.
      const sheet = session.fake.spreadsheet.insertSheet('Campaigns');
      sheet.getRange(1, 1, CAMPAIGNS.length, 3).setValues(CAMPAIGNS);
      const dryMs = await post(true);
      session.fake.calls.reset();
      const importMs = await post(false);
      const calls = session.fake.calls.total();
      const againMs = await post(false);
      out.push({
        where: 'local preview (HTTP → node:vm)',
        rows,
        megabytes: csv.length / 2 ** 20,
        dryMs,
        importMs,
        againMs,
        weeklyRows: out[0].weeklyRows,
        calls,
        callsByMethod: '',
      });
    } finally {
      server.close();
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { join, dirname } = await import('node:path');
  const code = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'Code.js');
  for (const r of await benchImport(code)) console.log(JSON.stringify(r));
}

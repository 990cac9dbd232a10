/**
 * What speaking the user's language costs: evaluateStages() on the same 100,000-row workbook in
 * spreadsheets whose locale is English, Norwegian, Russian and Chinese (reasons, warnings and the
 * Decision column through the catalogues, numbers and dates through Intl), and the service calls,
 * which must be the same in every language. `npx tsx tools/bench/languages.ts` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { median } from './timing';

export interface LanguageBench {
  locale: string;
  rows: number;
  ms: number;
  calls: number;
}

export const LOCALES = ['en_US', 'nb_NO', 'ru_RU', 'zh_CN'] as const;

export function benchLanguages(codePath: string, rows = 100_000, runs = 5): LanguageBench[] {
  const { stages, weekly } = generateWorkbook(rows);
  const times = new Map<string, number[]>(LOCALES.map((l) => [l, []]));
  const calls = new Map<string, number>();
  // Interleaved, so a busy moment on a shared machine does not fall on one language only.
  for (let i = 0; i < runs; i++) {
    for (const locale of LOCALES) {
      const fake = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: stages.map((r) => r.slice()) },
          { name: 'Weekly', values: weekly },
        ],
        locale,
      });
      const ctx = loadCodeJs(fake, codePath) as unknown as { evaluateStages: () => unknown };
      fake.calls.reset();
      const t0 = performance.now();
      ctx.evaluateStages();
      times.get(locale)!.push(performance.now() - t0);
      calls.set(locale, fake.calls.total());
    }
  }
  return LOCALES.map((locale) => ({ locale, rows, ms: median(times.get(locale)!), calls: calls.get(locale)! }));
}

if (process.argv[1]?.endsWith('languages.ts')) {
  for (const r of benchLanguages(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'Code.js')))
    console.log(`${r.locale}\t${r.rows}\t${r.ms.toFixed(1)} ms\t${r.calls} calls`);
}

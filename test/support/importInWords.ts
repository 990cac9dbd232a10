/**
 * The import's readers and plan in words, as importData and readSources put them: the format's
 * name, unreadable lines and skip reasons as text, and an ImportError as an Error with its
 * sentence, in English unless a translator is given. Tests read them as a user would.
 */
import { decodeBase64 as decode } from '../../src/core/import/bytes';
import { readCampaigns as campaigns } from '../../src/core/import/campaigns';
import { ImportError } from '../../src/core/import/importError';
import type { ExportData } from '../../src/core/import/readExport';
import { readExportFile as readFile, type ReadFile } from '../../src/core/import/readFile';
import { planImport as plan, type ImportSummary, type PlanInput, type WeekRow } from '../../src/core/import/upsert';
import { ENGLISH, type Translator } from '../../src/i18n';
import { render, renderArg } from '../../src/i18n/render';

export function worded<T>(answer: () => T, tr: Translator = ENGLISH): T {
  try {
    return answer();
  } catch (e) {
    if (e instanceof ImportError) throw new Error(render(e.said, tr));
    throw e;
  }
}

type WordedData = Omit<ExportData, 'problems'> & { problems: { line: number; message: string }[] };

function dataInWords(d: ExportData, tr: Translator): WordedData {
  return { ...d, problems: d.problems.map((p) => ({ line: p.line, message: render(p.message, tr) })) };
}

export function readExportFile(
  ...args: [...Parameters<typeof readFile>, Translator?]
): Omit<ReadFile, 'format' | 'data'> & { format: string; data: WordedData } {
  const [name, content, locale, platform, timeZone, tr = ENGLISH] = args;
  const f = worded(() => readFile(name, content, locale, platform, timeZone), tr);
  return { ...f, format: String(renderArg(f.format, tr)), data: dataInWords(f.data, tr) };
}

/** The plan from a file read in words: its problems go back to messages only as the core needs them. */
export function planImport(input: Omit<PlanInput, 'data'> & { data: ExportData | WordedData }, tr: Translator = ENGLISH) {
  const data = input.data as ExportData;
  const p = worded(() => plan({ ...input, data }), tr);
  const summary: Omit<ImportSummary, 'skips' | 'problems'> & { skips: (WeekRow & { reason: string; row: number })[]; problems: unknown[] } = {
    ...p.summary,
    skips: p.summary.skips.map((k) => ({ ...k, reason: render(k.reason, tr) })),
    problems: p.summary.problems.map((x) => (typeof x.message === 'string' ? x : { line: x.line, message: render(x.message, tr) })),
  };
  return { ...p, summary };
}

export const readCampaigns = (...args: Parameters<typeof campaigns>) => worded(() => campaigns(...args));
export const decodeBase64 = (text: string) => worded(() => decode(text));

/**
 * The `sources` setting (docs/contract.md §2.10): the tabs a connector fills (Supermetrics, Coefficient,
 * a Google Ads script's exportToSheet, a pasted report), each with its platform or `auto`.
 * Checked like every other setting: a bad entry is refused with its position and value named.
 */
import { PLATFORMS } from '../core/import/platforms';
import type { SourceSetting } from '../core/plan/types';
import type { Translator } from '../i18n';

/** An agency's client sheet has a handful of connector tabs; 50 keeps a run inside 6 minutes. */
export const MAX_SOURCES = 50;
export const SOURCE_PLATFORMS: readonly string[] = ['auto', ...PLATFORMS.map((p) => p.id)];

/** LiftGate's own sheets are never a source: reading Weekly into Weekly would double it. */
export function validateSources(input: unknown, ownSheets: readonly string[], tr: Translator): SourceSetting[] {
  if (input === undefined || input === null || input === '') return [];
  if (!Array.isArray(input)) throw new Error(tr.t('error.settingSources', { setting: tr.t('setting.sources'), value: JSON.stringify(input).slice(0, 80) }));
  if (input.length > MAX_SOURCES) throw new Error(tr.t('error.sourcesTooMany', { max: MAX_SOURCES, count: input.length }));
  const out: SourceSetting[] = [];
  const own = new Set(ownSheets.map((s) => s.trim().toLowerCase()));
  input.forEach((entry, i) => {
    const e = (entry && typeof entry === 'object' ? entry : { sheet: entry }) as Record<string, unknown>;
    const sheet = typeof e.sheet === 'string' ? e.sheet.trim() : '';
    if (!sheet || sheet.length > 100) throw new Error(tr.t('error.sourceSheet', { n: i + 1, value: JSON.stringify(e.sheet ?? null) }));
    const platform = e.platform === undefined || e.platform === null || e.platform === '' ? 'auto' : String(e.platform).trim().toLowerCase();
    if (!SOURCE_PLATFORMS.includes(platform))
      throw new Error(tr.t('error.sourcePlatform', { sheet, value: JSON.stringify(e.platform), platforms: SOURCE_PLATFORMS.join(', ') }));
    if (own.has(sheet.toLowerCase())) throw new Error(tr.t('error.sourceOwnSheet', { sheet }));
    if (out.some((s) => s.sheet.toLowerCase() === sheet.toLowerCase())) throw new Error(tr.t('error.sourceTwice', { sheet }));
    out.push({ sheet, platform });
  });
  return out;
}

/** When each source was last read and what came of it, for the Import panel. */
export interface SourceLastRead {
  readonly at: string;
  readonly ok: boolean;
  readonly message: string;
}

const LAST_READ_KEY = 'liftgate.sources.lastRead';

export function lastReads(): Record<string, SourceLastRead> {
  try {
    const parsed = JSON.parse(PropertiesService.getDocumentProperties().getProperty(LAST_READ_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {}; // a hand-edited property: no history, not a crash
  }
}

/** One property write per run, keyed by sheet name in lower case (sheets match in any case). */
export function recordLastReads(reads: Record<string, SourceLastRead>): void {
  const all = { ...lastReads() };
  for (const [sheet, r] of Object.entries(reads)) all[sheet.toLowerCase()] = r;
  PropertiesService.getDocumentProperties().setProperty(LAST_READ_KEY, JSON.stringify(all));
}

/** The sources as getSettings() echoes them: each with its last read, when there was one. */
export function withLastReads(sources: readonly SourceSetting[]): (SourceSetting & { lastRead?: SourceLastRead })[] {
  if (sources.length === 0) return [];
  const reads = lastReads();
  return sources.map((s) => (reads[s.sheet.toLowerCase()] ? { ...s, lastRead: reads[s.sheet.toLowerCase()] } : { ...s }));
}

/**
 * readSources({dryRun}) (docs/contract.md §2.10, 4): every source tab read as a file import of its
 * values (2.7) — the same readers, Campaigns map, upsert and dry run as importData, from one
 * getValues of the tab instead of a file's bytes. Each source is planned and written on its
 * own, so a source that cannot be read is reported and never blocks the others; a source's
 * plan is complete before its first write.
 */
import { ImportError, readExportFile } from '../core/import/readFile';
import type { SourceSetting } from '../core/plan/types';
import type { Translator } from '../i18n';
import { render } from '../i18n/render';
import { plainErrorText } from './errorText';
import { importFile } from './importData';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { getSettings, type SettingsWithLocale } from './settings';
import { findSheet, readTable } from './sheetIO';
import type { SourceReadJson, SourcesJson } from '../api/serverApi';

export type { SourceReadJson, SourcesJson };
import { recordLastReads, type SourceLastRead } from './sourceSettings';

/** One source: its tab's values in one call, then the file import's plan and (without dryRun) its writes. */
export function readSource(source: SourceSetting, dryRun: boolean, settings: SettingsWithLocale, tr: Translator): SourceReadJson {
  const base = { sheet: source.sheet, platform: source.platform };
  try {
    const sheet = findSheet(SpreadsheetApp.getActiveSpreadsheet(), source.sheet);
    if (!sheet) return { ...base, ok: false, error: tr.t('source.missing', { sheet: source.sheet }) };
    const rows = readTable(sheet);
    if (rows.length <= 1 && rows.every((r) => r.every((c) => c === ''))) return { ...base, ok: false, error: tr.t('source.empty', { sheet: sheet.getName() }) };
    // Date cells go in as Dates: the import reads each as the day it shows in the sheet's zone.
    const file = readExportFile(
      sheet.getName(),
      rows,
      settings.locale,
      source.platform === 'auto' ? undefined : source.platform,
      SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
    );
    return { ...base, ok: true, result: importFile(sheet.getName(), file, dryRun, settings, tr) };
  } catch (e) {
    // A connector tab that holds something else, a Campaigns sheet that needs fixing, a
    // service failure: this source is reported, the others go on.
    const message = e instanceof ImportError ? render(e.said, tr) : plainErrorText(e);
    return { ...base, ok: false, error: tr.t('source.failed', { sheet: source.sheet, error: message }) };
  }
}

/**
 * All sources in order. `deadline` (ms since the epoch): sources not started by then are
 * left for the next run, so a scheduled run stays inside Apps Script's 6 minutes.
 */
export function readAllSources(dryRun: boolean, settings: SettingsWithLocale, tr: Translator, deadline = Infinity): SourcesJson {
  const out: SourceReadJson[] = [];
  for (const source of settings.sources ?? []) {
    if (Date.now() > deadline) {
      out.push({ sheet: source.sheet, platform: source.platform, ok: false, error: tr.t('source.notReadTime', { sheet: source.sheet }) });
      continue;
    }
    out.push(readSource(source, dryRun, settings, tr));
  }
  const at = new Date().toISOString();
  if (!dryRun && out.length) {
    const reads: Record<string, SourceLastRead> = {};
    for (const r of out) reads[r.sheet] = { at, ok: r.ok, message: r.ok ? r.result!.message : r.error! };
    recordLastReads(reads);
  }
  return { readAt: at, dryRun, sources: out };
}

/** The server function: every source now (the Import panel's "Read now"); with dryRun, what it would do. */
export function readSources(options?: unknown): SourcesJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const dryRun = Boolean(options && typeof options === 'object' && (options as { dryRun?: unknown }).dryRun);
  return dryRun ? readAllSources(true, settings, tr) : withDocumentLock(() => readAllSources(false, settings, tr), tr);
}

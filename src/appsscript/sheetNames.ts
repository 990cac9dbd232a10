/**
 * The sheets an evaluation reads and the one it writes its log to must be different sheets:
 * a log pointed at `Weekly` would append decision rows into the measurements (and read them
 * back as weeks next time); pointed at `Stages`, it would add rows that look like stages.
 * Sheets treats sheet names case-insensitively, so "weekly" is the Weekly sheet.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/plan/types';
import type { Translator } from '../i18n';
import { KEY } from './settings';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function checkSheetNames(s: Pick<Settings, 'stagesSheet' | 'weeklySheet' | 'logSheet'>, tr: Translator): void {
  if (same(s.stagesSheet, s.weeklySheet))
    throw new Error(tr.t('error.settingSameSheets', { stages: tr.t('setting.stagesSheet'), weekly: tr.t('setting.weeklySheet') }));
  for (const [name, label] of [
    [s.stagesSheet, 'setting.stagesSheet'],
    [s.weeklySheet, 'setting.weeklySheet'],
  ] as const) {
    if (same(s.logSheet, name)) throw new Error(tr.t('error.settingLogSheet', { setting: tr.t('setting.logSheet'), other: tr.t(label).toLowerCase(), name }));
  }
}

/**
 * The sheet names as stored, before validation: settings saved before the rule existed (or
 * edited by hand) fail validation and getSettings falls back to the defaults — an evaluation
 * must refuse them instead of quietly logging elsewhere.
 */
export function storedSheetNames(): Pick<Settings, 'stagesSheet' | 'weeklySheet' | 'logSheet'> {
  const names = { stagesSheet: DEFAULT_SETTINGS.stagesSheet, weeklySheet: DEFAULT_SETTINGS.weeklySheet, logSheet: DEFAULT_SETTINGS.logSheet };
  try {
    const stored = JSON.parse(PropertiesService.getDocumentProperties().getProperty(KEY) ?? '{}') as Record<string, unknown>;
    for (const k of Object.keys(names) as (keyof typeof names)[]) if (typeof stored[k] === 'string' && stored[k].trim()) names[k] = stored[k].trim();
  } catch {
    // unreadable settings: getSettings uses the defaults, and so does this check
  }
  return names;
}

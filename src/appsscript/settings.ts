/**
 * The document's LiftGate settings, kept in document properties so a shared template carries
 * them. validateSettings is the one rule: the sidebar checks a draft with it before sending,
 * and the server checks again with it before saving, so both always agree. Its messages are in
 * the language being chosen (else the document's).
 */
import { WEEK_STARTS, type WeekStart } from '../core/calendar/day';
import { DEFAULT_SETTINGS, type Settings } from '../core/plan/types';
import { RANGE_KINDS, type RangeKind } from '../core/stats/confidenceSequence';
import type { MessageKey } from '../i18n';
import { LANGUAGES, LANGUAGE_NAMES, asLanguage, languageFromLocale, type Language } from '../i18n/languages';
import { catalogue } from '../i18n/catalogues';
import { spreadsheetLocale, translatorFor } from './language';
import { validateSources, withLastReads } from './sourceSettings';
import { withDocumentLock } from './lock';
import { defaultSheetName, isDefaultSheetName, type SheetKind } from './sheetIO';
import type { SettingsWithLocale } from '../api/serverApi';

/** The sheets LiftGate writes, which a source may never be (reading Weekly into Weekly doubles it). */
const OWN_SHEET_KEYS: readonly MessageKey[] = [
  'sheet.stages',
  'sheet.weekly',
  'sheet.log',
  'sheet.campaigns',
  'sheet.dashboard',
  'sheet.geo',
  'experiments.sheet',
];

export const KEY = 'liftgate.settings';

export const SETTING_NUMBERS: readonly [keyof Settings, MessageKey, number, number][] = [
  ['tolerance', 'setting.tolerance', 0, 1],
  ['scaleMargin', 'setting.scaleMargin', 0, 5],
  ['budgetStep', 'setting.budgetStep', 0, 1],
  ['lagWeeks', 'setting.lagWeeks', 0, 52],
  ['margin', 'setting.margin', 0, 1],
  ['ltvMultiple', 'setting.ltvMultiple', 0, 100],
  ['cooldownWeeks', 'setting.cooldownWeeks', 0, 52],
];
export const SETTING_NAMES: readonly [keyof Settings, MessageKey, SheetKind][] = [
  ['stagesSheet', 'setting.stagesSheet', 'stages'],
  ['weeklySheet', 'setting.weeklySheet', 'weekly'],
  ['logSheet', 'setting.logSheet', 'log'],
];

/** The confidences a document may choose for its ranges (docs/contract.md §2.5); 0 turns ranges off. */
export const CONFIDENCES: readonly number[] = [0, 0.8, 0.9, 0.95];

/**
 * Checks settings from the sidebar (or a stored JSON) and fills what is missing with defaults:
 * the sheet names in the document's language.
 */
export function validateSettings(input: unknown, fallbackLanguage: Language = 'en', locale?: string): Settings {
  const src = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const chosen = src.language === undefined || src.language === null || src.language === '' ? fallbackLanguage : asLanguage(src.language);
  const tr = translatorFor(chosen ?? fallbackLanguage, locale);
  if (chosen === null) {
    const languages = tr.list(LANGUAGES.map((l) => `${l} (${LANGUAGE_NAMES[l]})`));
    throw new Error(tr.t('error.settingLanguage', { setting: tr.t('setting.language'), languages, value: JSON.stringify(src.language) }));
  }
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS, language: chosen };
  for (const [key, label, lo, hi] of SETTING_NUMBERS) {
    const v = src[key];
    if (v === undefined || v === null || v === '') continue;
    const n = settingNumber(v);
    // Lag weeks are whole weeks: 1.5 would leave half a week judged.
    if (n === null || n < lo || n > hi || (key === 'lagWeeks' && !Number.isInteger(n))) {
      throw new Error(
        tr.t('error.settingNumber', {
          setting: tr.t(label),
          min: String(lo),
          max: String(hi),
          minPercent: tr.percent(lo, 0),
          maxPercent: tr.percent(hi, 0),
          value: JSON.stringify(v),
        }),
      );
    }
    out[key] = n;
  }
  const c = src.confidence;
  if (c !== undefined && c !== null && c !== '') {
    const n = settingNumber(c);
    if (n === null || !CONFIDENCES.includes(n))
      throw new Error(tr.t('error.settingConfidence', { setting: tr.t('setting.confidence'), value: JSON.stringify(c) }));
    out.confidence = n;
  }
  for (const [key, label, kind] of SETTING_NAMES) {
    const v = src[key];
    out[key] = defaultSheetName(kind, chosen);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !v.trim() || v.length > 100) throw new Error(tr.t('error.settingName', { setting: tr.t(label) }));
    // A default name of any language follows the language; a name of the user's own stays.
    if (!isDefaultSheetName(kind, v)) out[key] = v.trim();
  }
  // Sheets match case-insensitively, so "stages" is the Stages sheet: a log there would append
  // rows under the plan.
  const log = String(out.logSheet).toLowerCase();
  for (const [key, label] of SETTING_NAMES.slice(0, 2)) {
    if (String(out[key]).toLowerCase() === log) {
      throw new Error(tr.t('error.settingLogSheet', { setting: tr.t('setting.logSheet'), other: tr.t(label).toLowerCase(), name: String(out[key]) }));
    }
  }
  if (String(out.stagesSheet).toLowerCase() === String(out.weeklySheet).toLowerCase()) {
    throw new Error(tr.t('error.settingSameSheets', { stages: tr.t('setting.stagesSheet'), weekly: tr.t('setting.weeklySheet') }));
  }
  const rk = src.rangeKind;
  if (rk !== undefined && rk !== null && rk !== '') {
    const kind = String(rk).trim().toLowerCase();
    if (!RANGE_KINDS.includes(kind as RangeKind))
      throw new Error(tr.t('error.settingRangeKind', { setting: tr.t('setting.rangeKind'), kinds: RANGE_KINDS.join(', '), value: JSON.stringify(rk) }));
    out.rangeKind = kind;
  }
  // Nor may a sheet the plan reads or the log is written to carry the name of a sheet LiftGate
  // writes for another role (Dashboard, Campaigns, Experiments, Geo) in any language.
  for (const [key, label] of SETTING_NAMES) {
    const clash = reservedRole(String(out[key]));
    if (clash) throw new Error(tr.t('error.settingReservedName', { setting: tr.t(label), name: String(out[key]), role: clash }));
  }
  const ws = src.weekStart;
  if (ws !== undefined && ws !== null && ws !== '') {
    const day = String(ws).trim().toLowerCase();
    if (!WEEK_STARTS.includes(day as WeekStart))
      throw new Error(tr.t('error.settingWeekStart', { setting: tr.t('setting.weekStart'), days: WEEK_STARTS.join(', '), value: JSON.stringify(ws) }));
    out.weekStart = day;
  }
  // LiftGate's own sheets, under the names set here and their default names in every language.
  const own = [String(out.stagesSheet), String(out.weeklySheet), String(out.logSheet), ...LANGUAGES.flatMap((l) => OWN_SHEET_KEYS.map((k) => catalogue(l)[k]))];
  out.sources = validateSources(src.sources, own, tr);
  return out as unknown as Settings;
}

/** 0.1, "0.1", "0,1", "10%", "10 %" → 0.1; anything else → null. */
export function settingNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = /^\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*(%?)\s*$/.exec(v);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  return m[2] ? n / 100 : n;
}

function stored(): Record<string, unknown> {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {}; // a hand-edited property that no longer parses: defaults, not a crash
  }
}

/** The settings with the language resolved: the stored choice, else the spreadsheet's locale. */
export function getSettings(): SettingsWithLocale {
  const src = stored();
  const locale = spreadsheetLocale();
  const language = asLanguage(src.language) ?? languageFromLocale(locale);
  let settings: Settings;
  try {
    settings = validateSettings({ ...src, language }, language, locale);
  } catch {
    settings = validateSettings({ language }, language, locale); // defaults, not a crash
  }
  settings = { ...settings, sources: withLastReads(settings.sources ?? []) };
  return locale ? { ...settings, locale } : settings;
}

/** The name of another role's sheet that `name` is (case-insensitively, in any language), or null. */
function reservedRole(name: string): string | null {
  const lower = name.trim().toLowerCase();
  for (const fixed of RESERVED_SHEETS) if (fixed.toLowerCase() === lower) return fixed;
  for (const l of LANGUAGES)
    for (const key of ['sheet.dashboard', 'sheet.campaigns', 'experiments.sheet', 'sheet.geo'] as const) {
      const v = (catalogue(l) as Record<string, string>)[key];
      if (v && v.toLowerCase() === lower) return v;
    }
  return null;
}

/** The sheets LiftGate writes besides the three named in the settings. */
const RESERVED_SHEETS = ['Dashboard', 'Campaigns', 'Experiments', 'Geo'];

export function saveSettings(settings: unknown): SettingsWithLocale {
  const locale = spreadsheetLocale();
  const tr = translatorFor(asLanguage(stored().language) ?? languageFromLocale(locale), locale);
  return withDocumentLock(() => saveUnlocked(settings, locale), tr);
}

function saveUnlocked(settings: unknown, locale: string | undefined): SettingsWithLocale {
  const current = asLanguage(stored().language) ?? languageFromLocale(locale);
  const valid = validateSettings(settings, current, locale);
  // Default sheet names are not stored: they follow the language when it changes.
  const toStore: Record<string, unknown> = { ...valid };
  for (const [key, , kind] of SETTING_NAMES) if (isDefaultSheetName(kind, String(toStore[key]))) delete toStore[key];
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(toStore));
  return locale ? { ...valid, locale } : valid;
}
export type { SettingsWithLocale };

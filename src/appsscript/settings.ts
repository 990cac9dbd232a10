/**
 * The document's LiftGate settings, kept in document properties so a shared template carries
 * them. validateSettings is the one rule: the sidebar checks a draft with it before sending,
 * and the server checks again with it before saving, so both always agree.
 */
import { WEEK_STARTS, type WeekStart } from '../core/import/days';
import { DEFAULT_SETTINGS, type Settings } from '../core/plan/types';

const KEY = 'liftgate.settings';

export const SETTING_NUMBERS: readonly [keyof Settings, string, number, number][] = [
  ['tolerance', 'Tolerance', 0, 1],
  ['scaleMargin', 'Scale margin', 0, 5],
  ['budgetStep', 'Budget step', 0, 1],
];
export const SETTING_NAMES: readonly [keyof Settings, string][] = [
  ['stagesSheet', 'Stages sheet'],
  ['weeklySheet', 'Weekly sheet'],
  ['logSheet', 'Decision log sheet'],
  ['language', 'Language'],
];

/** The confidences a document may choose for its ranges (contract 2.5); 0 turns ranges off. */
export const CONFIDENCES: readonly number[] = [0, 0.8, 0.9, 0.95];

/** Checks settings from the sidebar (or a stored JSON) and fills what is missing with defaults. */
export function validateSettings(input: unknown): Settings {
  const src = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, label, lo, hi] of SETTING_NUMBERS) {
    const v = src[key];
    if (v === undefined || v === null || v === '') continue;
    const n = settingNumber(v);
    if (n === null || n < lo || n > hi) throw new Error(`${label} must be a number from ${lo} to ${hi} (or ${lo * 100}% to ${hi * 100}%); got ${JSON.stringify(v)}.`);
    out[key] = n;
  }
  const c = src.confidence;
  if (c !== undefined && c !== null && c !== '') {
    const n = settingNumber(c);
    if (n === null || !CONFIDENCES.includes(n)) throw new Error(`Confidence must be one of 0 (ranges off), 0.8, 0.9 or 0.95; got ${JSON.stringify(c)}.`);
    out.confidence = n;
  }
  for (const [key, label] of SETTING_NAMES) {
    const v = src[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !v.trim() || v.length > 100) throw new Error(`${label} must be a name of 1 to 100 characters.`);
    out[key] = v.trim();
  }
  // Sheets match case-insensitively, so "stages" is the Stages sheet: a log there would append
  // rows under the plan.
  const log = String(out.logSheet).toLowerCase();
  for (const [key, label] of SETTING_NAMES.slice(0, 2)) {
    if (String(out[key]).toLowerCase() === log) throw new Error(`Decision log sheet must differ from the ${label.toLowerCase()} ("${String(out[key])}"): the log appends rows there.`);
  }
  if (String(out.stagesSheet).toLowerCase() === String(out.weeklySheet).toLowerCase()) throw new Error('Stages sheet and Weekly sheet must be two different sheets.');
  const ws = src.weekStart;
  if (ws !== undefined && ws !== null && ws !== '') {
    const day = String(ws).trim().toLowerCase();
    if (!WEEK_STARTS.includes(day as WeekStart)) throw new Error(`Week start must be one of ${WEEK_STARTS.join(', ')}; got ${JSON.stringify(ws)}.`);
    out.weekStart = day;
  }
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

export function getSettings(): Settings {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    return validateSettings(JSON.parse(raw));
  } catch {
    return { ...DEFAULT_SETTINGS }; // a hand-edited property that no longer parses: defaults, not a crash
  }
}

export function saveSettings(settings: unknown): Settings {
  const valid = validateSettings(settings);
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(valid));
  return valid;
}

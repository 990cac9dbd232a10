/** The document's LiftGate settings, kept in document properties so a shared template carries them. */
import { DEFAULT_SETTINGS, type Settings } from '../core/plan/types';

const KEY = 'liftgate.settings';

const NUMBERS: readonly [keyof Settings, string, number, number][] = [
  ['tolerance', 'Tolerance', 0, 1],
  ['scaleMargin', 'Scale margin', 0, 5],
  ['budgetStep', 'Budget step', 0, 1],
];
const NAMES: readonly [keyof Settings, string][] = [
  ['stagesSheet', 'Stages sheet'],
  ['weeklySheet', 'Weekly sheet'],
  ['logSheet', 'Decision log sheet'],
  ['language', 'Language'],
];

/** Checks settings from the sidebar (or a stored JSON) and fills what is missing with defaults. */
export function validateSettings(input: unknown): Settings {
  const src = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, label, lo, hi] of NUMBERS) {
    const v = src[key];
    if (v === undefined || v === null || v === '') continue;
    const n = typeof v === 'number' ? v : Number(String(v).trim().replace(',', '.'));
    if (!Number.isFinite(n) || n < lo || n > hi) throw new Error(`${label} must be a number from ${lo} to ${hi}; got ${JSON.stringify(v)}.`);
    out[key] = n;
  }
  for (const [key, label] of NAMES) {
    const v = src[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !v.trim() || v.length > 100) throw new Error(`${label} must be a name of 1 to 100 characters.`);
    out[key] = v.trim();
  }
  return out as unknown as Settings;
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

/**
 * The sheets an evaluation reads and the one it writes its log to must be different sheets:
 * a log pointed at `Weekly` would append decision rows into the measurements (and read them
 * back as weeks next time); pointed at `Stages`, it would add rows that look like stages.
 * Sheets treats sheet names case-insensitively, so "weekly" is the Weekly sheet.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/plan/types';
import { KEY } from './settings';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function checkSheetNames(s: Pick<Settings, 'stagesSheet' | 'weeklySheet' | 'logSheet'>): void {
  if (same(s.stagesSheet, s.weeklySheet)) {
    throw new Error(`The Stages sheet and the Weekly sheet are both "${s.stagesSheet}"; the plan and the weekly numbers need a sheet each. Change one of the names in the settings.`);
  }
  for (const [name, role] of [[s.stagesSheet, 'Stages'], [s.weeklySheet, 'Weekly']] as const) {
    if (same(s.logSheet, name)) {
      throw new Error(`The decision log cannot go to "${s.logSheet}": that is the ${role} sheet LiftGate reads, and log rows would mix with your ${role === 'Stages' ? 'plan' : 'weekly numbers'}. Choose another name for the Decision log sheet (for example "Decision log").`);
    }
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

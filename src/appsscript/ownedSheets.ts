/**
 * The sheets LiftGate creates and owns (docs/contract.md §3): Dashboard, Decision log, Campaigns,
 * Experiments. Each is marked with developer metadata (key `liftgate.sheet`, value its role), so
 * a sheet a user made under the same name is never written into: it keeps every cell, and
 * LiftGate uses a free name beside it (`Dashboard (LiftGate)`), saying so.
 *
 * A sheet of the name without the mark is still ours when it is empty, or when `adopt` says it
 * is what an earlier LiftGate wrote there (a log with the log's headers, a dashboard with its
 * title): such a sheet gets the mark the first time it is written.
 *
 * Finding writes nothing (plan first); opening creates and marks. The mark's value also carries
 * the owner's own state (e.g. how big the block it wrote was), so what a user typed next to the
 * block is never mistaken for LiftGate's.
 */
import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import { catalogue } from '../i18n/catalogues';
import { LANGUAGES } from '../i18n/languages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type OwnedRole = 'dashboard' | 'log' | 'campaigns' | 'experiments';

export const OWNER_KEY = 'liftgate.sheet';
/** How a free name is made: `Dashboard (LiftGate)`, then `Dashboard (LiftGate 2)`, … */
export const FREE_NAME_SUFFIX = 'LiftGate';
const MAX_TRIES = 20;

export interface OwnedSheet {
  /** null: no sheet yet; openOwnedSheet creates it under `name`. */
  readonly sheet: Sheet | null;
  readonly name: string;
  /** The name asked for, when a sheet of that name is not ours (a clash); else null. */
  readonly clash: string | null;
  /** The owner's state kept in the mark (null when unmarked or none stored). */
  readonly state: Record<string, unknown> | null;
  /** Whether the sheet already carries our mark. */
  readonly marked: boolean;
}

interface Mark {
  role: string;
  state: Record<string, unknown> | null;
  meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** Our mark on a sheet: value `role` or `role {json state}`. */
function markOf(sheet: Sheet): Mark | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== OWNER_KEY) continue;
    const v = meta.getValue() ?? '';
    const space = v.indexOf(' ');
    const role = space < 0 ? v : v.slice(0, space);
    let state: Record<string, unknown> | null = null;
    if (space >= 0) {
      try {
        state = JSON.parse(v.slice(space + 1));
      } catch {
        state = null; // an edited mark: still ours, its block size unknown
      }
    }
    return { role, state, meta };
  }
  return null;
}

const isEmpty = (sheet: Sheet) => sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;

/** Where LiftGate's sheet of a role is, or would be created: writes nothing. */
export function findOwnedSheet(ss: Spreadsheet, role: OwnedRole, name: string, adopt?: (sheet: Sheet) => boolean, tr: Translator = ENGLISH): OwnedSheet {
  for (let i = 0; i < MAX_TRIES; i++) {
    const candidate = i === 0 ? name : `${name} (${FREE_NAME_SUFFIX}${i > 1 ? ` ${i}` : ''})`;
    const sheet = ss.getSheetByName(candidate);
    const clash = i === 0 ? null : name;
    if (!sheet) return { sheet: null, name: candidate, clash, state: null, marked: false };
    const mark = markOf(sheet);
    if (mark) {
      if (mark.role === role) return { sheet, name: sheet.getName(), clash, state: mark.state, marked: true };
      continue; // ours, for another role
    }
    if (!mark && (isEmpty(sheet) || (adopt && adopt(sheet)))) return { sheet, name: sheet.getName(), clash, state: null, marked: false };
  }
  throw new Error(tr.t('owned.noFreeName', { sheet: name }));
}

/** The roles whose sheet is named by the document's language (the log's name is a setting). */
const NAME_KEYS = { dashboard: 'sheet.dashboard', campaigns: 'sheet.campaigns', experiments: 'experiments.sheet' } as const satisfies Partial<
  Record<OwnedRole, MessageKey>
>;
export type NamedRole = keyof typeof NAME_KEYS;

/** The role's sheet name in every language, the document's first: `Dashbord`, `Dashboard`, `Дашборд`, `仪表板`. */
export function ownedSheetNames(role: NamedRole, tr: Translator): string[] {
  const own = tr.t(NAME_KEYS[role]);
  const others = LANGUAGES.map((l) => catalogue(l)[NAME_KEYS[role]]).filter((n) => n.toLowerCase() !== own.toLowerCase());
  return [own, ...new Set(others)];
}

/**
 * findOwnedSheet under the document language's name; when that holds no sheet of ours, a sheet
 * of ours under another language's name is the one (a Dashboard made while the document was
 * English is refreshed, never doubled, after it turns Norwegian). A new sheet gets the
 * document language's name. Each other name costs one getSheetByName, only on a miss.
 */
export function findNamedOwnedSheet(ss: Spreadsheet, role: NamedRole, tr: Translator, adopt?: (sheet: Sheet) => boolean): OwnedSheet {
  const [own, ...others] = ownedSheetNames(role, tr);
  const first = findOwnedSheet(ss, role, own, adopt, tr);
  if (first.sheet && first.clash === null) return first;
  for (const other of others) {
    if (!ss.getSheetByName(other)) continue;
    const found = findOwnedSheet(ss, role, other, adopt, tr);
    if (found.sheet && found.clash === null) return found;
  }
  return first;
}

/** The sheet, created under its planned name and marked when needed. */
export function openOwnedSheet(ss: Spreadsheet, role: OwnedRole, found: OwnedSheet, index?: number): Sheet {
  const sheet = found.sheet ?? (index === undefined ? ss.insertSheet(found.name) : ss.insertSheet(found.name, index));
  if (!found.marked) sheet.addDeveloperMetadata(OWNER_KEY, role);
  return sheet;
}

/** Find and open in one step, for writers that need no plan. */
export function ownedSheet(
  ss: Spreadsheet,
  role: OwnedRole,
  name: string,
  adopt?: (sheet: Sheet) => boolean,
  tr: Translator = ENGLISH,
): { sheet: Sheet; clash: string | null } {
  const found = findOwnedSheet(ss, role, name, adopt, tr);
  return { sheet: openOwnedSheet(ss, role, found), clash: found.clash };
}

/** Keeps the owner's state (a small JSON value) in the sheet's mark. */
export function saveOwnedState(sheet: Sheet, role: OwnedRole, state: Record<string, unknown>): void {
  const value = `${role} ${JSON.stringify(state)}`;
  const mark = markOf(sheet);
  if (mark) mark.meta.setValue(value);
  else sheet.addDeveloperMetadata(OWNER_KEY, value);
}

/** Is this sheet marked as LiftGate's for the role? */
export function isOwned(sheet: Sheet, role: OwnedRole): boolean {
  const mark = markOf(sheet);
  return mark !== null && mark.role === role;
}

/**
 * saveSchedule / getSchedule / runSchedule (docs/contract.md §2.10, 4): the hands-free loop. One
 * time-driven trigger per user and document (an add-on may own only one, and run it at most
 * hourly); saving replaces it, `off` deletes it. Each run, under the document lock: read every
 * source as an import, evaluate and write exactly as "Evaluate now" does (evaluateStages
 * itself), then e-mail when the run appended Decision log rows, a source failed or the
 * evaluation could not run (or every run, with the digest on).
 */
import type { LastRun, RunJson, ScheduleJson } from '../api/serverApi';
import { decisionFromWord } from '../i18n/decisionWords';
import type { Translator } from '../i18n';
import { plainErrorText } from './errorText';
import { evaluateStages, type EvaluationJson } from './evaluate';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { buildScheduleEmail, type RunFacts, type StageChange } from './scheduleEmail';
import { DEFAULT_SCHEDULE, validateSchedule, type Schedule } from './scheduleSettings';
import { getSettings, type SettingsWithLocale } from './settings';
import { findSheet } from './sheetIO';
import { readAllSources, type SourceReadJson } from './sources';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const KEY = 'liftgate.schedule';
const LAST_RUN_KEY = 'liftgate.schedule.lastRun';
/** The top-level function the trigger calls (a stub the build generates from server.ts). */
export const HANDLER = 'runSchedule';
/** Apps Script stops an execution at 6 minutes: sources may use 4, the evaluation and e-mail the rest. */
export type { LastRun, RunJson, ScheduleJson };

const SOURCES_BUDGET_MS = 4 * 60 * 1000;
/** Document properties hold 9 KB a value: the last run keeps its first warnings, shortened. */
const MAX_WARNINGS = 20;

const props = () => PropertiesService.getDocumentProperties();

function readJson<T>(key: string): T | null {
  try {
    const raw = props().getProperty(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null; // a hand-edited property: as if unset, not a crash
  }
}

function stored(tr: Translator): Schedule & { owner: string } {
  const raw = readJson<Record<string, unknown>>(KEY);
  if (!raw) return { ...DEFAULT_SCHEDULE, owner: '' };
  try {
    return { ...validateSchedule(raw, tr), owner: typeof raw.owner === 'string' ? raw.owner : '' };
  } catch {
    return { ...DEFAULT_SCHEDULE, owner: '' };
  }
}

/** The user the code runs as: in a trigger, the trigger's owner. Blank when Google withholds it. */
function me(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

const WEEKDAY_ENUM: Record<string, string> = {
  monday: 'MONDAY',
  tuesday: 'TUESDAY',
  wednesday: 'WEDNESDAY',
  thursday: 'THURSDAY',
  friday: 'FRIDAY',
  saturday: 'SATURDAY',
  sunday: 'SUNDAY',
};

/** Where this user's trigger id for a document is remembered (user properties are the user's own). */
const triggerKey = (ss: Spreadsheet) => `liftgate.schedule.trigger.${ss.getId()}`;

/**
 * This user's schedule triggers for this document, never another document's (an agency has
 * thirty): the ones Apps Script lists for the spreadsheet, and the one whose id was remembered
 * when it was created, in case a time-driven trigger is listed for the project only.
 */
function myTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  const found = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === HANDLER);
  const id = PropertiesService.getUserProperties().getProperty(triggerKey(ss));
  if (id && !found.some((t) => t.getUniqueId() === id)) found.push(...ScriptApp.getProjectTriggers().filter((t) => t.getUniqueId() === id));
  return found;
}

function replaceTrigger(ss: Spreadsheet, s: Schedule): void {
  for (const t of myTriggers(ss)) ScriptApp.deleteTrigger(t);
  const user = PropertiesService.getUserProperties();
  user.deleteProperty(triggerKey(ss));
  if (s.frequency === 'off') return;
  const clock = ScriptApp.newTrigger(HANDLER).timeBased();
  const at = s.frequency === 'weekly' ? clock.onWeekDay(ScriptApp.WeekDay[WEEKDAY_ENUM[s.weekday] as keyof typeof ScriptApp.WeekDay]) : clock.everyDays(1);
  // The hour is the spreadsheet's, as the user reads the clock in it.
  const trigger = at.atHour(s.hour).inTimezone(ss.getSpreadsheetTimeZone()).create();
  user.setProperty(triggerKey(ss), trigger.getUniqueId());
}

export function getSchedule(): ScheduleJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const s = stored(tr);
  let active: boolean;
  try {
    active = myTriggers(SpreadsheetApp.getActiveSpreadsheet()).length > 0;
  } catch {
    active = false; // opened without the scope for triggers yet
  }
  return { ...s, active, lastRun: readJson<LastRun>(LAST_RUN_KEY) };
}

export function saveSchedule(input?: unknown): ScheduleJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const s = validateSchedule(input, tr);
  withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    try {
      replaceTrigger(ss, s);
    } catch (e) {
      throw new Error(tr.t('error.scheduleTrigger', { error: plainErrorText(e) }));
    }
    props().setProperty(KEY, JSON.stringify({ ...s, owner: me() }));
  }, tr);
  return getSchedule();
}

/** Row count of the Decision log now, so the run can tell which rows it appended. */
function logLength(ss: Spreadsheet, settings: SettingsWithLocale): number {
  return findSheet(ss, settings.logSheet, 'log')?.getLastRow() ?? 0;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const key = (v: unknown) =>
  String(v ?? '')
    .replace(/^'/, '')
    .trim()
    .toLowerCase();

/**
 * The stages whose rows this run appended to the log, each with its logged decision before:
 * one read of the log after the evaluation.
 */
function changesSince(ss: Spreadsheet, settings: SettingsWithLocale, before: number, e: EvaluationJson): StageChange[] {
  const sheet = findSheet(ss, settings.logSheet, 'log');
  if (!sheet) return [];
  const rows = sheet.getDataRange().getValues();
  const first = Math.max(before, 1); // 0-based index of the first appended row (row 1 is the header)
  if (rows.length <= first) return [];
  const last = new Map<string, unknown[]>();
  for (let r = 1; r < first; r++) last.set(key(rows[r][1]), rows[r]);
  const byStage = new Map(e.stages.map((s) => [key(s.stage), s]));
  const out: StageChange[] = [];
  for (let r = first; r < rows.length; r++) {
    const s = byStage.get(key(rows[r][1]));
    if (!s) continue;
    const prev = last.get(key(s.stage));
    out.push({
      stage: s.stage,
      decision: s.decision,
      nextBudget: num(s.nextBudget),
      before: prev ? { decision: decisionFromWord(prev[2]), word: String(prev[2] ?? ''), nextBudget: num(prev[9]) } : null,
    });
  }
  return out;
}

function send(to: string[], mail: { subject: string; htmlBody: string; body: string }, tr: Translator, warnings: string[]): boolean {
  if (to.length === 0) {
    warnings.push(tr.t('schedule.noRecipient'));
    return false;
  }
  try {
    const left = MailApp.getRemainingDailyQuota();
    if (left < to.length) {
      warnings.push(tr.t('schedule.quotaSpent', { left, count: to.length }));
      return false;
    }
    MailApp.sendEmail({ to: to.join(','), subject: mail.subject, htmlBody: mail.htmlBody, body: mail.body, name: 'LiftGate' });
    return true;
  } catch (e) {
    // The daily quota spent between the check and the send, or a refused address: a warning
    // in the sidebar, never a failed run (the sheet is already written).
    warnings.push(tr.t('schedule.mailFailed', { error: plainErrorText(e) }));
    return false;
  }
}

/** The trigger's handler: read, evaluate, write, and tell people when it matters. */
export function runSchedule(_event?: unknown): RunJson {
  const started = Date.now();
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const s = stored(tr);
  const user = me();
  if (s.frequency === 'off' || (s.owner && user && s.owner.toLowerCase() !== user.toLowerCase())) {
    // A trigger left behind (the schedule was turned off, or someone else set it since):
    // it removes itself, so a document never runs twice.
    for (const t of myTriggers(ss)) ScriptApp.deleteTrigger(t);
    return { ran: false, lastRun: readJson<LastRun>(LAST_RUN_KEY), email: null };
  }
  const warnings: string[] = [];
  let sources: SourceReadJson[] = [];
  let evaluation: EvaluationJson | null = null;
  let error: string | null = null;
  let changes: StageChange[] = [];
  try {
    withDocumentLock(() => {
      sources = readAllSources(false, settings, tr, started + SOURCES_BUDGET_MS).sources;
      const before = logLength(ss, settings);
      try {
        evaluation = evaluateStages();
      } catch (e) {
        error = plainErrorText(e);
        return;
      }
      changes = changesSince(ss, settings, before, evaluation);
    }, tr);
  } catch (e) {
    error = plainErrorText(e); // the lock was busy for too long
  }
  for (const src of sources) if (!src.ok && src.error) warnings.push(src.error);
  if (error) warnings.push(tr.t('schedule.evaluationFailed', { error }));
  const facts: RunFacts = { documentName: ss.getName(), url: ss.getUrl(), evaluation, error, changes, sources };
  const worth = changes.length > 0 || error !== null || sources.some((x) => !x.ok) || s.digest;
  const mail = buildScheduleEmail(facts, tr);
  const to = s.recipients.length ? s.recipients : s.owner ? [s.owner] : user ? [user] : [];
  const emailed = worth && s.email ? send(to, mail, tr, warnings) : false;
  const lastRun: LastRun = {
    at: new Date().toISOString(),
    changed: changes.map((c) => c.stage),
    emailed,
    warnings: warnings.slice(0, MAX_WARNINGS).map((w) => w.slice(0, 400)),
  };
  props().setProperty(LAST_RUN_KEY, JSON.stringify(lastRun));
  return { ran: true, lastRun, email: worth ? { to, subject: mail.subject, htmlBody: mail.htmlBody } : null };
}

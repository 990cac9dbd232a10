/**
 * The one declaration of LiftGate's server functions: what the sidebar calls through
 * google.script.run, what menus and triggers call, and the top-level stubs the build writes.
 * The adapter implements `ServerApi` (src/appsscript/server.ts) and the sidebar's `call` is typed
 * by it (src/sidebar/server.ts), so a renamed function or a changed result shape is a compile
 * error on both sides instead of a failure in a user's spreadsheet (the tRPC idea, without the
 * library: Apps Script passes plain JSON both ways).
 */
import type { ImportSummary } from '../core/import/upsert';
import type { Settings, StageResult } from '../core/plan/types';

export type Frequency = 'off' | 'daily' | 'weekly';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** saveSchedule's argument (docs/contract.md §2.10). */
export interface Schedule {
  frequency: Frequency;
  weekday: Weekday;
  hour: number;
  email: boolean;
  recipients: string[];
  digest: boolean;
}

export interface LastRun {
  at: string;
  changed: string[];
  emailed: boolean;
  warnings: string[];
}

export interface ScheduleJson extends Schedule {
  /** Who set the schedule: the trigger is theirs, and the default recipient. */
  owner: string;
  /** true when this user's trigger for this document exists. */
  active: boolean;
  lastRun: LastRun | null;
}

export interface RunJson {
  ran: boolean;
  lastRun: LastRun | null;
  /** The e-mail sent, or that would have been (the preview shows it). */
  email: { to: string[]; subject: string; htmlBody: string } | null;
}

export interface SourceReadJson {
  sheet: string;
  platform: string;
  ok: boolean;
  /** Why the source could not be read (ok false). */
  error?: string;
  /** The import's answer, as importData gives it (ok true). */
  result?: ImportResultJson;
}

export interface SourcesJson {
  readAt: string;
  dryRun: boolean;
  sources: SourceReadJson[];
}

/** evaluateStages(): plain JSON for google.script.run — no Dates, no undefined, no NaN/Infinity. */
export interface EvaluationJson {
  evaluatedAt: string;
  stages: (Omit<StageResult, 'metrics'> & { metrics: Record<string, number | null> })[];
  warnings: string[];
}

export interface DashboardJson {
  message: string;
  sheet: string;
  stages: number;
  charts: { added: number; updated: number; removed: number };
}

/** The import's answer, its skip reasons and unreadable lines already in the document's words. */
export interface ImportResultJson extends Omit<ImportSummary, 'skips' | 'problems'> {
  skips: (Omit<ImportSummary['skips'][number], 'reason'> & { reason: string })[];
  problems: { line: number; message: string }[];
  fileName: string;
  format: string;
  encoding: string;
  dryRun: boolean;
  written: boolean;
  rowsRead: number;
  problemCount: number;
  message: string;
}

/** The settings as getSettings() returns them, plus the spreadsheet's locale for the sidebar's numbers. */
export type SettingsWithLocale = Settings & { locale?: string };

export interface TemplateResult {
  created: string[];
  skipped: string[];
  message: string;
}

/** exportExperiments(format): the Experiments sheet as a file's text (docs/contract.md §2.8, 4). */
export interface ExportResult {
  readonly fileName: string;
  readonly csv: string;
  /** Data rows in the CSV. */
  readonly rows: number;
}

/** The functions the sidebar may call, with their arguments and plain-JSON results. */
export interface ServerApi {
  evaluateStages(): EvaluationJson;
  createTemplate(): TemplateResult;
  createDashboard(): DashboardJson;
  getSettings(): SettingsWithLocale;
  saveSettings(settings: unknown): SettingsWithLocale;
  importData(fileName: string, base64Content: unknown, options: { dryRun: boolean }): ImportResultJson;
  saveSchedule(schedule: unknown): ScheduleJson;
  getSchedule(): ScheduleJson;
  readSources(options: { dryRun: boolean }): SourcesJson;
  exportExperiments(format: 'robyn' | 'meridian' | 'csv'): ExportResult;
}

/** Entry points only menus, triggers and Sheets itself call (no result the sidebar reads). */
export interface EntryPoints {
  onOpen(e?: { authMode?: unknown }): void;
  onInstall(e?: { authMode?: unknown }): void;
  showSidebar(): void;
  evaluateStagesFromMenu(): void;
  createTemplateFromMenu(): void;
  createDashboardFromMenu(): void;
  /** Sheets' simple trigger after an edit: a stage picked on the Dashboard refreshes it. */
  onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range; authMode?: unknown }): void;
  /** The schedule's time-driven trigger (docs/contract.md §2.10). */
  runSchedule(e?: unknown): RunJson;
}

export type ServerName = keyof ServerApi | keyof EntryPoints;

export interface ServerFunction {
  readonly name: ServerName;
  readonly params: readonly string[];
  readonly doc: string;
}

/** Each becomes a top-level `function NAME(params)` stub in dist/Code.js, with `doc` as its JSDoc. */
export const SERVER_FUNCTIONS: readonly ServerFunction[] = [
  { name: 'onOpen', params: ['e'], doc: 'Adds the LiftGate menu when the spreadsheet opens (works without authorisation).' },
  { name: 'onInstall', params: ['e'], doc: 'Adds the LiftGate menu right after the add-on is installed.' },
  { name: 'showSidebar', params: [], doc: 'Opens the LiftGate sidebar.' },
  { name: 'evaluateStages', params: [], doc: 'Reads Stages and Weekly, writes decisions, appends the Decision log and returns the summary as plain JSON.' },
  { name: 'evaluateStagesFromMenu', params: [], doc: 'The Evaluate now menu entry: evaluates and reports the decisions in a dialog.' },
  { name: 'createTemplate', params: [], doc: 'Adds Stages and Weekly sheets with a worked example; never overwrites an existing sheet.' },
  { name: 'createTemplateFromMenu', params: [], doc: 'The Create template menu entry: creates the template and says what it did.' },
  {
    name: 'createDashboard',
    params: [],
    doc: 'Adds or refreshes the Dashboard sheet: the decision summary, a stage picker and three native charts of the picked stage, fed from a data block it owns.',
  },
  {
    name: 'onEdit',
    params: ['e'],
    doc: 'Refreshes the Dashboard for the stage picked in its dropdown (Sheets runs it after every edit; other edits are left alone).',
  },
  { name: 'createDashboardFromMenu', params: [], doc: 'The Create dashboard menu entry: creates or refreshes the Dashboard and says what it did.' },
  { name: 'getSettings', params: [], doc: "Returns the document's LiftGate settings." },
  { name: 'saveSettings', params: ['settings'], doc: "Validates and saves the document's LiftGate settings; returns them." },
  {
    name: 'importData',
    params: ['fileName', 'base64Content', 'options'],
    doc: 'Imports an ad-platform export (CSV as base64, or the rows of an .xlsx) into Weekly by (Week, Stage, Variant); with {dryRun: true} only says what it would add, replace and skip.',
  },
  {
    name: 'saveSchedule',
    params: ['schedule'],
    doc: 'Saves the schedule (off, daily or weekly at an hour; e-mail, recipients, digest) and keeps exactly one time-driven trigger for this user and document.',
  },
  { name: 'getSchedule', params: [], doc: 'Returns the schedule with its last run: when, which stages changed, whether an e-mail went out, warnings.' },
  {
    name: 'runSchedule',
    params: ['e'],
    doc: 'The time-driven trigger: reads every source, evaluates and writes as Evaluate now does, and e-mails when a decision changed or something failed.',
  },
  {
    name: 'readSources',
    params: ['options'],
    doc: 'Reads every source tab as an import into Weekly; with {dryRun: true} only says what it would add, replace and skip.',
  },
  {
    name: 'exportExperiments',
    params: ['format'],
    doc: "The Experiments sheet as Robyn's calibration_input CSV ('robyn'), Meridian ROI priors ('meridian') or plain CSV ('csv'): { fileName, csv, rows }.",
  },
];

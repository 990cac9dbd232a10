/**
 * An in-memory imitation of the Apps Script services LiftGate uses, for tests and the local
 * preview. `loadCodeJs` runs the built dist/Code.js as a classic script in a fresh node:vm
 * context whose globals are these services, as Apps Script's V8 runs the pushed file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CallCounter, counted } from './calls';
import { chartsService } from './charts';
import { FakeMailApp } from './mailApp';
import { FakeScriptApp } from './scriptApp';
import { conditionalFormatRuleBuilder, dataValidationBuilder, fakeUi, FakeLock, FakeProperties, htmlService, utilities, type UiRecord } from './services';
import { FakeSpreadsheet, type SheetData } from './spreadsheet';

export type { SheetData, ConditionalRule } from './spreadsheet';
export type { Cell } from './values';
export type { ChartData, RangeRef } from './charts';
export type { SentMail } from './mailApp';
export type { FakeTriggerData } from './scriptApp';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface WorkbookData {
  sheets: SheetData[];
  properties?: Record<string, string>;
  locale?: string;
  /** The spreadsheet's time zone (File → Settings), e.g. "Europe/Oslo"; Etc/UTC by default. */
  timeZone?: string;
}

export interface AppsScriptFake {
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  lock: FakeLock;
  documentProperties: Record<string, string>;
  ui: UiRecord & { toasts: string[] };
  /** Time-driven triggers (`scriptApp.fire(gs)` runs one) and the user the code runs as. */
  scriptApp: FakeScriptApp;
  /** E-mails sent (`mail.sent`) and the daily recipient quota (`mail.quota`). */
  mail: FakeMailApp;
  snapshot(): WorkbookData;
}

export function createAppsScriptFake(data: WorkbookData = { sheets: [] }, distDir = join(root, 'dist')): AppsScriptFake {
  const calls = new CallCounter();
  const spreadsheet = new FakeSpreadsheet(calls, data.sheets, data.locale ?? 'en_US', data.timeZone ?? 'Etc/UTC');
  const documentProperties: Record<string, string> = { ...(data.properties ?? {}) };
  /** User properties are each user's own (per script), so they are kept by the user the code runs as. */
  const userProperties = new Map<string, Record<string, string>>();
  const lock = new FakeLock();
  const record: UiRecord = { menus: [], sidebars: [], alerts: [] };
  const c = <T extends object>(obj: T, label: string) => counted(obj, label, calls);
  const scriptApp = new FakeScriptApp(spreadsheet.getId());
  const mail = new FakeMailApp(() => scriptApp.user);
  const plainUi = c(fakeUi(record), 'Ui');
  // A time-driven trigger runs with no one looking: Apps Script refuses the UI there.
  const ui = () => {
    if (scriptApp.inTrigger) throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    return plainUi;
  };
  const user = () => ({ getEmail: () => scriptApp.user });

  const globals: Record<string, unknown> = {
    SpreadsheetApp: c(
      {
        getActiveSpreadsheet: () => c(spreadsheet, 'Spreadsheet'),
        getActive: () => c(spreadsheet, 'Spreadsheet'),
        getUi: ui,
        flush: () => undefined,
        newConditionalFormatRule: () => conditionalFormatRuleBuilder(),
        newDataValidation: () => dataValidationBuilder(),
        WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP' },
      },
      'SpreadsheetApp',
    ),
    PropertiesService: c(
      {
        getDocumentProperties: () => c(new FakeProperties(documentProperties), 'Properties'),
        getUserProperties: () => {
          if (!userProperties.has(scriptApp.user)) userProperties.set(scriptApp.user, {});
          return c(new FakeProperties(userProperties.get(scriptApp.user)!), 'Properties');
        },
        getScriptProperties: () => c(new FakeProperties({}), 'Properties'),
      },
      'PropertiesService',
    ),
    LockService: c({ getDocumentLock: () => c(lock, 'Lock'), getScriptLock: () => c(lock, 'Lock'), getUserLock: () => c(lock, 'Lock') }, 'LockService'),
    HtmlService: c(htmlService(distDir), 'HtmlService'),
    Charts: chartsService,
    ScriptApp: c(scriptApp.service(), 'ScriptApp'),
    MailApp: c(mail.service(), 'MailApp'),
    Session: c({ getScriptTimeZone: () => 'Etc/UTC', getActiveUserLocale: () => 'en', getActiveUser: user, getEffectiveUser: user }, 'Session'),
    Utilities: c(utilities(), 'Utilities'),
    Logger: { log: () => undefined },
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  };

  return {
    globals,
    spreadsheet,
    calls,
    lock,
    documentProperties,
    ui: Object.assign(record, { toasts: spreadsheet.toasts }),
    scriptApp,
    mail,
    snapshot: () => ({
      sheets: spreadsheet.sheets.map((s) => s.toData()),
      properties: { ...documentProperties },
      locale: spreadsheet.locale,
      timeZone: spreadsheet.timeZone,
    }),
  };
}

/** Runs dist/Code.js in a fresh context over the fake's services; returns its global scope. */
export function loadCodeJs(fake: AppsScriptFake, file = join(root, 'dist', 'Code.js')): vm.Context & Record<string, (...a: unknown[]) => unknown> {
  const ctx = vm.createContext({ ...fake.globals });
  fake.spreadsheet.scriptDate = vm.runInContext('Date', ctx) as DateConstructor;
  vm.runInContext(readFileSync(file, 'utf8'), ctx, { filename: 'Code.js' });
  return ctx as vm.Context & Record<string, (...a: unknown[]) => unknown>;
}

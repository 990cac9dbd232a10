/**
 * The server functions declared in src/api/serverApi.ts. The build turns each into a top-level
 * `function NAME(...)` stub calling `LiftGate.server.NAME`, so nothing here is a global.
 * What the sidebar calls fails with an encoded code (src/api/serverError.ts), so the sidebar
 * can tell a missing sheet from any other failure without reading the sentence.
 */
import type { EntryPoints, ServerApi } from '../api/serverApi';
import { encodeFailure } from '../api/serverError';
import { createDashboard, onEdit } from './dashboard';
import { evaluateStages } from './evaluate';
import { exportExperiments } from './experiments';
import { importData } from './importData';
import { translatorFor } from './language';
import { addMenu, showSidebar } from './menu';
import { getSchedule, runSchedule, saveSchedule } from './schedule';
import { getSettings, saveSettings } from './settings';
import { readSources } from './sources';
import { createTemplate } from './template';

/** Menu entries report in a dialog, since no sidebar is there to show the result. */
function evaluateStagesFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  try {
    const r = evaluateStages();
    const lines = r.stages.map((s) => tr.t('dialog.decision', { stage: s.stage, decision: tr.decision(s.decision) }));
    ui.alert('LiftGate', [...lines, ...r.warnings.map((w) => tr.t('dialog.note', { warning: w }))].join('\n'), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(tr.t('dialog.failed'), e instanceof Error ? e.message : String(e), ui.ButtonSet.OK);
  }
}

function createTemplateFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('LiftGate', createTemplate().message, ui.ButtonSet.OK);
}

function createDashboardFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  try {
    ui.alert('LiftGate', createDashboard().message, ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(tr.t('dashboard.failed'), e instanceof Error ? e.message : String(e), ui.ButtonSet.OK);
  }
}

/** The sidebar's side: each call's failure crosses as a code where it has one. */
const sidebarApi: ServerApi = {
  evaluateStages,
  createTemplate,
  createDashboard,
  getSettings,
  saveSettings,
  importData,
  saveSchedule,
  getSchedule,
  readSources,
  exportExperiments,
};

function withCodedFailures<T extends object>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [string, (...a: unknown[]) => unknown][]) {
    out[name] = (...args: unknown[]) => {
      try {
        return fn(...args);
      } catch (e) {
        throw new Error(encodeFailure(e));
      }
    };
  }
  return out as T;
}

const entryPoints: EntryPoints = {
  onOpen: (e) => addMenu(e),
  onInstall: (e) => addMenu(e),
  showSidebar,
  evaluateStagesFromMenu,
  createTemplateFromMenu,
  createDashboardFromMenu,
  onEdit,
  runSchedule,
};

export const server: ServerApi & EntryPoints = { ...entryPoints, ...withCodedFailures(sidebarApi) };

/**
 * The server functions of contract 4. The build turns each into a top-level
 * `function NAME(...)` stub calling `LiftGate.server.NAME`, so nothing here is a global.
 */
import { createDashboard } from './dashboard';
import { evaluateStages } from './evaluate';
import { exportExperiments } from './experiments';
import { importData } from './importData';
import { translatorFor } from './language';
import { addMenu, showSidebar } from './menu';
import { getSettings, saveSettings } from './settings';
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

export const server = {
  onOpen: (e?: { authMode?: unknown }) => addMenu(e),
  onInstall: (e?: { authMode?: unknown }) => addMenu(e),
  showSidebar,
  evaluateStages,
  evaluateStagesFromMenu,
  createTemplate,
  createTemplateFromMenu,
  createDashboard,
  createDashboardFromMenu,
  getSettings,
  saveSettings,
  importData,
  exportExperiments,
};

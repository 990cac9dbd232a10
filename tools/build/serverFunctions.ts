/**
 * The server functions of contract section 4: what menus, triggers and google.script.run call.
 * Each becomes a top-level stub in dist/Code.js forwarding to `LiftGate.server.NAME`.
 */
export interface ServerFunction {
  readonly name: string;
  readonly params: readonly string[];
  readonly doc: string;
}

export const SERVER_FUNCTIONS: readonly ServerFunction[] = [
  { name: 'onOpen', params: ['e'], doc: 'Adds the LiftGate menu when the spreadsheet opens (works without authorisation).' },
  { name: 'onInstall', params: ['e'], doc: 'Adds the LiftGate menu right after the add-on is installed.' },
  { name: 'showSidebar', params: [], doc: 'Opens the LiftGate sidebar.' },
  { name: 'evaluateStages', params: [], doc: 'Reads Stages and Weekly, writes decisions, appends the Decision log and returns the summary as plain JSON.' },
  { name: 'evaluateStagesFromMenu', params: [], doc: 'The Evaluate now menu entry: evaluates and reports the decisions in a dialog.' },
  { name: 'createTemplate', params: [], doc: 'Adds Stages and Weekly sheets with a worked example; never overwrites an existing sheet.' },
  { name: 'createTemplateFromMenu', params: [], doc: 'The Create template menu entry: creates the template and says what it did.' },
  { name: 'createDashboard', params: [], doc: 'Adds or refreshes the Dashboard sheet: the decision summary and native charts per stage, fed from a data block it owns.' },
  { name: 'createDashboardFromMenu', params: [], doc: 'The Create dashboard menu entry: creates or refreshes the Dashboard and says what it did.' },
  { name: 'getSettings', params: [], doc: "Returns the document's LiftGate settings." },
  { name: 'saveSettings', params: ['settings'], doc: "Validates and saves the document's LiftGate settings; returns them." },
  { name: 'importData', params: ['fileName', 'base64Content', 'options'], doc: 'Imports an ad-platform export (CSV as base64, or the rows of an .xlsx) into Weekly by (Week, Stage, Variant); with {dryRun: true} only says what it would add, replace and skip.' },
  { name: 'exportExperiments', params: ['format'], doc: "The Experiments sheet as Robyn's calibration_input CSV ('robyn'), Meridian ROI priors ('meridian') or plain CSV ('csv'): { fileName, csv, rows }." },
];

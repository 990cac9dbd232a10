/**
 * The add-on menu. onOpen runs in AuthMode.NONE/LIMITED before the user has authorised
 * anything, so it touches only the Ui: no properties, no sheet reads.
 */
export const MENU_ITEMS: readonly [string, string][] = [
  ['Open sidebar', 'showSidebar'],
  ['Evaluate now', 'evaluateStagesFromMenu'],
  ['Create template', 'createTemplateFromMenu'],
  ['Create dashboard', 'createDashboardFromMenu'],
];

export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, fn] of MENU_ITEMS) menu.addItem(label, fn);
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LiftGate');
  SpreadsheetApp.getUi().showSidebar(html);
}

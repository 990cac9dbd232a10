/**
 * The add-on menu, in the document's language. onOpen may run in AuthMode.NONE, before the
 * user has authorised anything in this document: then no properties and no sheet reads, so
 * the menu follows the user's own interface language (Session needs no authorisation).
 */
import type { MessageKey } from '../i18n';
import { asLanguage, languageFromLocale, type Language } from '../i18n/languages';
import { translatorFor } from './language';
import { getSettings } from './settings';

export const MENU_ITEMS: readonly [MessageKey, string][] = [
  ['menu.openSidebar', 'showSidebar'],
  ['menu.evaluate', 'evaluateStagesFromMenu'],
  ['menu.createTemplate', 'createTemplateFromMenu'],
  ['menu.createDashboard', 'createDashboardFromMenu'],
];

function menuLanguage(e?: { authMode?: unknown }): Language {
  try {
    if (e && String(e.authMode) === 'NONE') return languageFromLocale(Session.getActiveUserLocale());
    return asLanguage(getSettings().language) ?? 'en';
  } catch {
    return 'en'; // whatever happens, the menu is there
  }
}

export function addMenu(e?: { authMode?: unknown }): void {
  const tr = translatorFor(menuLanguage(e), undefined);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, fn] of MENU_ITEMS) menu.addItem(tr.t(label), fn);
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LiftGate');
  SpreadsheetApp.getUi().showSidebar(html);
}

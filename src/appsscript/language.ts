/**
 * The document's language and locale for the adapter: the `language` setting, else the
 * spreadsheet's locale (docs/contract.md §5). Sheet names in every language: sheetIO.findSheet.
 */
import { translator, type Translator } from '../i18n';
import { asLanguage } from '../i18n/languages';

/** The spreadsheet's locale ("nb_NO"), or undefined outside a spreadsheet. */
export function spreadsheetLocale(ss?: GoogleAppsScript.Spreadsheet.Spreadsheet | null): string | undefined {
  try {
    return (ss ?? SpreadsheetApp.getActiveSpreadsheet())?.getSpreadsheetLocale() || undefined;
  } catch {
    return undefined;
  }
}

export function translatorFor(language: unknown, locale: string | undefined): Translator {
  return translator(asLanguage(language) ?? 'en', locale);
}

/**
 * What a user types in a spreadsheet whose locale writes decimals with a comma (nb_NO, ru_RU,
 * de_DE…): Sheets there separates function arguments with `;` and writes `3,5`, while the
 * formulas it stores and the API returns are in English syntax (`,` and `3.5`). The preview does
 * the same: what is typed is read in the locale's syntax, what is stored is English, and the
 * formula bar shows it back in the locale's syntax (#26).
 */

/** Whether the locale writes 1.5 as "1,5" (Intl knows; without Intl, the languages LiftGate speaks). */
export function usesDecimalComma(locale: string | undefined): boolean {
  if (!locale) return false;
  const tag = locale.replace('_', '-');
  try {
    return new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',';
  } catch {
    return /^(nb|no|nn|ru|de|fr|es|it|pt|sv|da|fi|pl|nl)\b/i.test(tag);
  }
}

/** Rewrites the parts of a formula outside strings ("…") and quoted sheet names ('…'). */
function outsideQuotes(formula: string, rewrite: (code: string) => string): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g,
    (_, quoted: string | undefined, code: string | undefined) => quoted ?? rewrite(code ?? ''),
  );
}

/** `=ROAS(B2;C2)*1,5` → `=ROAS(B2,C2)*1.5` in a decimal-comma locale; unchanged elsewhere. */
export function toEnglishFormula(formula: string, locale: string | undefined): string {
  if (!usesDecimalComma(locale)) return formula;
  // A comma between digits is a decimal mark; a `,` elsewhere is kept as a separator, so a
  // formula pasted from an English sheet still works.
  return outsideQuotes(formula, (code) => code.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','));
}

/** The stored English formula as the locale's users read it: `=ROAS(B2;C2)*1,5`. */
export function toLocalFormula(formula: string, locale: string | undefined): string {
  if (!usesDecimalComma(locale)) return formula;
  return outsideQuotes(formula, (code) => code.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'));
}

/** A typed number in the locale's way ("3,5", "1 234,5", "-2,25") as a number, or null. */
export function localNumber(text: string, locale: string | undefined): number | null {
  if (!usesDecimalComma(locale)) return null;
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  return /^-?\d+(,\d+)?$/.test(s) ? Number(s.replace(',', '.')) : null;
}

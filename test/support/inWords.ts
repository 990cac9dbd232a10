/** The engine's answers in words, as the surfaces put them (src/core/plan/inWords.ts): tests read reasons and warnings as text. */
import { evaluatePlan } from '../../src/core/plan/evaluatePlan';
import { documentTranslator, inWords } from '../../src/core/plan/inWords';
import { evaluateWorkbook } from '../../src/core/workbook/evaluateWorkbook';
import type { Workbook } from '../../src/core/workbook/workbook';

export function evaluatePlanInWords(...args: Parameters<typeof evaluatePlan>) {
  const [, , settings = {}, options = {}] = args;
  return inWords(evaluatePlan(...args), documentTranslator(settings, options.locale));
}

export function evaluateWorkbookInWords(wb: Workbook) {
  return inWords(evaluateWorkbook(wb), documentTranslator(wb.settings, wb.locale));
}

/**
 * The engine's answers in words, as the surfaces put them (src/words/plan.ts, and
 * evaluateRead for a sheet problem): tests read reasons, warnings and errors as text.
 */
import { evaluatePlan } from '../../src/core/plan/evaluatePlan';
import { PlanError } from '../../src/core/plan/errors';
import { documentTranslator, inWords } from '../../src/words/plan';
import { evaluateWorkbook } from '../../src/core/workbook/evaluateWorkbook';
import type { Workbook } from '../../src/core/workbook/workbook';
import { stagePictures } from '../../src/core/charts/pictures';
import type { StageSeries } from '../../src/core/charts/types';
import { ENGLISH, type Translator } from '../../src/i18n';
import { pictureInWords, pictureTableInWords } from '../../src/words/pictures';
import { render } from '../../src/i18n/render';

function worded<T>(tr: Translator, answer: () => T): T {
  try {
    return answer();
  } catch (e) {
    if (e instanceof PlanError && e.said) throw new PlanError(render(e.said, tr));
    throw e;
  }
}

export function evaluatePlanInWords(...args: Parameters<typeof evaluatePlan>) {
  const [, , settings = {}, options = {}] = args;
  const tr = documentTranslator(settings, options.locale);
  return inWords(
    worded(tr, () => evaluatePlan(...args)),
    tr,
  );
}

export function evaluateWorkbookInWords(wb: Workbook) {
  const tr = documentTranslator(wb.settings, wb.locale);
  return inWords(
    worded(tr, () => evaluateWorkbook(wb)),
    tr,
  );
}

/** A stage's pictures in words, each with its "Show numbers" table: what the sidebar shows. */
export function stagePicturesInWords(stage: string, s: StageSeries, tr: Translator = ENGLISH) {
  return stagePictures(stage, s).map((p) => ({ ...pictureInWords(p, tr), table: pictureTableInWords(p, tr) }));
}

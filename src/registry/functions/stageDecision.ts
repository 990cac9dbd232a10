/**
 * STAGE_DECISION (issue #19): the decision the sidebar would write, as a live column. It runs
 * the very evaluation evaluateStages runs (src/core/workbook/evaluateWorkbook.ts) over the
 * ranges it is given, with the document's settings, so the column always equals the Decision
 * column after "Evaluate now" on the same sheets. No clock: the plan is judged as of the end of
 * the last week with data unless `as_of` says otherwise.
 */
import { dayFromSerial } from '../../core/calendar/day';
import { PlanError } from '../../core/plan/errors';
import { documentTranslator } from '../../words/plan';
import { render } from '../../i18n/render';
import { DEFAULT_SETTINGS, type Settings, type Table } from '../../core/plan/types';
import { evaluateWorkbook } from '../../core/workbook/evaluateWorkbook';
import { translator } from '../../i18n';
import { asLanguage } from '../../i18n/languages';
import type { CallContext, Fail, FunctionSpec, OutCell } from '../types';

/** The settings the document stores that shape a decision; anything else stays the default. */
function documentSettings(ctx: CallContext): Settings {
  const stored = ctx.settings ?? {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) if (stored[key] !== undefined && stored[key] !== null) out[key] = stored[key];
  return out as unknown as Settings;
}

export function stageDecisions(stages: Table, weekly: Table, geo: Table | null, asOf: number | null, ctx: CallContext, fail: Fail): OutCell[][] {
  const settings = documentSettings(ctx);
  let result;
  try {
    result = evaluateWorkbook({ stages, weekly, geo, settings, locale: ctx.locale, timeZone: ctx.timeZone, asOf: asOf === null ? null : dayFromSerial(asOf) });
  } catch (e) {
    // A sheet problem names its cell (Stages!B3…): the same message evaluateStages gives.
    if (e instanceof PlanError) return fail('stages', `cannot be evaluated: ${e.said ? render(e.said, documentTranslator(settings, ctx.locale)) : e.message}`);
    throw e;
  }
  const tr = translator(asLanguage(settings.language) ?? 'en', ctx.locale);
  const out: OutCell[][] = stages.map(() => ['']);
  out[0] = [tr.t('header.decisionFormula')];
  result.rows.forEach((row, i) => (out[row] = [result.stages[i].decision]));
  return out;
}

export const stageDecisionFunctions: FunctionSpec[] = [
  {
    name: 'STAGE_DECISION',
    mode: 'whole',
    summary: 'The decision of each stage, as "Evaluate now" writes it: one column aligned with the Stages rows.',
    details:
      'Runs the same engine as the sidebar over the Stages and Weekly ranges (and the Geo range for stages with ' +
      "Test markets), with the document's settings: LOCKED, READY, NEED DATA, SCALE UP, GO, HOLD, SCALE DOWN or STOP, " +
      "graded on each criterion's range as the sidebar shows it. Give both ranges from their header row (e.g. Stages!A:R and Weekly!A:Z); " +
      "the result has one row per Stages row: the header, then each stage's decision code, and blank for rows that " +
      'are not stages (notes, totals). as_of: the day the plan is judged on; default the last Week + 6 days.',
    params: [
      { name: 'stages', kind: 'cell', shape: 'table', description: 'The Stages sheet from its header row, e.g. Stages!A:R.' },
      { name: 'weekly', kind: 'cell', shape: 'table', description: 'The Weekly sheet from its header row, e.g. Weekly!A:Z.' },
      { name: 'geo', kind: 'cell', shape: 'table', default: null, description: 'The Geo sheet from its header row, for stages with Test markets (optional).' },
      {
        name: 'as_of',
        kind: 'period',
        shape: 'scalar',
        default: null,
        description: 'The day to judge on (a date); default the last Week + 6 days, so no clock is read.',
      },
    ],
    returns: 'One decision code per Stages row (the header row gets a header, rows that are not stages stay blank).',
    example: '=STAGE_DECISION(Stages!A:R, Weekly!A:Z, Geo!A:C)',
    evaluate: ([stages, weekly, geo, asOf]: [Table, Table, Table | null, number | null], fail: Fail, ctx: CallContext) =>
      stageDecisions(stages, weekly, geo, asOf, ctx, fail),
  },
];

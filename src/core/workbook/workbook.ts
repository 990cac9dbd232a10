/**
 * The one question LiftGate answers, as a plain value: the workbook as read (the Stages,
 * Weekly and, when a stage names test markets, Geo tables; the settings; the spreadsheet's
 * locale and time zone; the day it is judged on). `readWorkbook` (src/appsscript/readWorkbook.ts)
 * fills it from Sheets, the custom function STAGE_DECISION from its ranges, tests from arrays;
 * `evaluateWorkbook` (./evaluateWorkbook.ts) answers it once for every surface.
 */
import type { PlanResult, PlanVerdict, Settings, Table } from '../plan/types';
import type { Day } from '../model/day';

export interface Workbook {
  readonly stages: Table;
  readonly weekly: Table;
  /** The Geo sheet's table; null when there is none or no stage names test markets. */
  readonly geo: Table | null;
  /** The document's settings; its sheet names are the ones messages name. */
  readonly settings: Settings;
  readonly locale?: string;
  readonly timeZone?: string;
  /** The day the plan is judged on; null: the last Week + 6 days (the end of the last week with data). */
  readonly asOf: Day | null;
  /** The Geo sheet's name as messages give it. */
  readonly geoSheet?: string;
  /** The Experiments sheet's table (docs/contract.md §2.8); absent or [] when there is none. */
  readonly experiments?: Table;
}

/**
 * The one answer: the plan result every surface shows (Stages columns, the JSON, the sidebar,
 * the Dashboard summary, the Decision log, STAGE_DECISION, the CLI, the preview, the schedule),
 * with `rows` (each stage's Stages row) and `asOf` (the day judged on). A view that needs a
 * number the result lacks adds it to the result; it never recomputes one.
 */
export type WorkbookResult = PlanResult & { readonly rows: readonly number[]; readonly asOf: Day | null };

/** The answer as the engine says it (reasons and warnings as messages); `inWords` (src/words/plan.ts) makes it a WorkbookResult. */
export type WorkbookVerdict = PlanVerdict & { readonly rows: readonly number[]; readonly asOf: Day | null };

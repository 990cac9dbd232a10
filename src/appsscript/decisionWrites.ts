/**
 * The four output columns of Stages (docs/contract.md §3), planned before anything is written.
 *
 * Only rows that are stages are written: a blank row, a note or a "Total:" row keeps whatever
 * its Decision, Reason, Next budget and Evaluated cells hold (values, formulas, colours). The
 * stage rows are written as blocks of consecutive rows — one block per column per run of
 * stages, usually a single run — so the number of writes follows the layout of the plan,
 * never the number of Weekly rows.
 */
import { normalizeHeader, stagesField } from '../core/plan/headers';
import type { PlanResult, StageResult } from '../core/plan/types';
import type { MessageKey, Translator } from '../i18n';
import { checkCellText } from './cellLimits';
import { errorText } from './errorText';
import { asText } from './escape';
import { DECISION_STYLES } from '../core/model/decisions';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** LiftGate's own columns in Stages, named in the document's language (found in any language). */
export const OUTPUT_HEADER_KEYS: readonly MessageKey[] = ['header.decision', 'header.reason', 'header.nextBudget', 'header.evaluated'];
export const outputHeaders = (tr: Translator) => OUTPUT_HEADER_KEYS.map((k) => tr.t(k));
/** A Stages header's identity across languages: `Decision` and `Beslutning` are the same column. */
const columnKey = (h: unknown) => stagesField(h) ?? normalizeHeader(h);

/** Consecutive stage rows, written together. */
export interface StageRun {
  /** 1-based sheet row of the first stage in the run. */
  readonly row: number;
  readonly stages: readonly StageResult[];
  readonly values: readonly Cell[][][]; // per output column: rows × 1
  readonly fills: string[][];
  readonly fonts: string[][];
}

export interface DecisionWrites {
  /** 1-based columns of Decision, Reason, Next budget, Evaluated. */
  readonly cols: readonly number[];
  /** Headers to create after the last used column (first column, names). */
  readonly newHeaders: { readonly first: number; readonly names: readonly string[] } | null;
  readonly runs: readonly StageRun[];
}

export function planDecisionWrites(table: readonly (readonly Cell[])[], result: PlanResult, now: Date, tr: Translator): DecisionWrites {
  const headerRow = table[0] ?? [];
  const headers = outputHeaders(tr);
  const keys = headerRow.map(columnKey);
  const cols = headers.map((h) => keys.indexOf(columnKey(h)) + 1);
  const missing = headers.filter((_, i) => cols[i] === 0);
  let newHeaders: DecisionWrites['newHeaders'] = null;
  if (missing.length > 0) {
    const first = headerRow.length + 1;
    newHeaders = { first, names: missing };
    let next = first;
    headers.forEach((_, i) => {
      if (cols[i] === 0) cols[i] = next++;
    });
  }

  const stageCol = headerRow.findIndex((h) => stagesField(h) === 'stage');
  const byName = new Map(result.stages.map((s) => [s.stage.toLowerCase(), s]));
  const groups: { row: number; stages: StageResult[] }[] = [];
  let current: { row: number; stages: StageResult[] } | null = null;
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    // Total and note rows are not among the stages read (readStages decides), so they keep their cells.
    const s =
      stageCol < 0
        ? undefined
        : byName.get(
            String(row[stageCol] ?? '')
              .trim()
              .toLowerCase(),
          );
    if (!s) {
      current = null;
      continue;
    }
    if (!current) groups.push((current = { row: r + 1, stages: [] }));
    current.stages.push(s);
  }
  return {
    cols,
    newHeaders,
    runs: groups.map(({ row, stages }) => {
      for (const s of stages) checkCellText(s.reason, 'text.reason', s.stage, tr);
      return {
        row,
        stages,
        values: [
          // The word in the document's language ("SKALER OPP"); NEXT_BUDGET and the colours accept it.
          stages.map((s) => [tr.decision(s.decision)]),
          stages.map((s) => [asText(s.reason) as string]),
          stages.map((s) => [s.nextBudget]),
          stages.map(() => [now]),
        ],
        fills: stages.map((s) => [DECISION_STYLES[s.decision].fill]),
        fonts: stages.map((s) => [DECISION_STYLES[s.decision].text]),
      };
    }),
  };
}

/**
 * Writes the planned blocks. Returns the stages written completely; on a failed service call
 * throws an error that names the stages not (or only partly) updated.
 */
export function writeDecisions(sheet: Sheet, plan: DecisionWrites, allStages: readonly string[], tr: Translator): void {
  const done = new Set<string>();
  try {
    if (plan.newHeaders) {
      const { first, names } = plan.newHeaders;
      const need = first + names.length - 1 - sheet.getMaxColumns();
      if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
      sheet.getRange(1, first, 1, names.length).setValues([[...names]]);
    }
    for (const run of plan.runs) {
      const n = run.stages.length;
      plan.cols.forEach((col, i) => {
        const range = sheet.getRange(run.row, col, n, 1);
        range.setValues(run.values[i] as Cell[][]);
        if (i === 0) range.setBackgrounds(run.fills).setFontColors(run.fonts);
      });
      for (const s of run.stages) done.add(s.stage);
    }
  } catch (e) {
    const left = allStages.filter((s) => !done.has(s));
    throw new Error(
      tr.t('error.writeFailed', { sheet: sheet.getName(), error: errorText(e), stages: tr.list(left.map((s) => tr.t('text.quoted', { text: s }))) }),
    );
  }
}

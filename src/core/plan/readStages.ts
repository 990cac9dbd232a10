/** The `Stages` sheet → the plan: stages in order, with budgets and criteria (docs/contract.md §2.1). */
import type { MessageKey } from '../../i18n';
import { say } from '../../i18n/render';
import type { Arg } from '../model/message';
import { readAmount, readDate, readNumber, readText, type CellContext } from './cells';
import { PlanError, cellRef } from './errors';
import { stagesField, targetHeader } from './headers';
import type { CriterionSpec } from '../model/criterion';
import type { MetricKey } from '../model/metrics';
import type { StagePlan } from '../model/stagePlan';
import { isEngineMetric, unknownTargets } from './unknownTargets';
import { isTotalBudget, isTotalRow } from '../vocabulary/totalRows';
import type { Table } from './types';
import { parseVariantSplit } from './variantSplit';

/** A Stages row read as a note, not a stage: only its Stage cell is filled (docs/contract.md §3). */
export interface NoteRow {
  /** 0-based row in the table. */
  readonly row: number;
  readonly text: string;
}

export function readStages(table: Table, sheet = 'Stages', locale?: string, timeZone?: string, notes: NoteRow[] = []): StagePlan[] {
  const ctx: CellContext = { sheet, locale, timeZone };
  const header = (table[0] ?? []).map((h) => readText(h));
  // Headers in any of the four languages: `Budget`, `Budsjett`, `Бюджет`, `预算`.
  const find = (field: string) => header.findIndex((h) => stagesField(h) === field);
  const col = {
    stage: find('stage'),
    budget: find('budget'),
    start: find('start'),
    testSize: find('testSize'),
    controlSize: find('controlSize'),
    confidence: find('confidence'),
    lagWeeks: find('lagWeeks'),
    margin: find('margin'),
    variantSplit: find('variantSplit'),
    channel: find('channel'),
  };
  for (const key of ['stage', 'budget'] as const) {
    if (col[key] < 0) throw new PlanError(say('error.noColumn', { sheet, column: say(`header.${key}`) }));
  }
  const targets = header
    // LiftGate's own output columns and the plan's other columns, in any language, are never targets.
    .map((h, c) => ({ c, h, t: stagesField(h) ? null : targetHeader(h) }))
    .filter((x): x is { c: number; h: string; t: { metric: MetricKey; op: '>=' | '<=' } } => x.t !== null && isEngineMetric(x.t.metric));
  const unknown = unknownTargets(table);

  const stages: StagePlan[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const name = readText(row[col.stage]);
    if (isTotalRow(row)) {
      // "Total:" and the like: not a stage, its cells stay as they are — unless it has a budget
      // of its own (a stage named "Total").
      let budgetCell: number | null;
      try {
        budgetCell = readAmount(ctx, header[col.budget], row[col.budget], r, col.budget);
      } catch {
        budgetCell = null; // a total row's text in the budget cell: still a total row
      }
      if (
        !name ||
        isTotalBudget(
          budgetCell,
          stages.reduce((sum, s) => sum + s.budget, 0),
        )
      )
        continue;
    }
    if (name && readText(row[col.budget]) === '' && row.every((v, c) => c === col.stage || readText(v) === '')) {
      notes.push({ row: r, text: name }); // "Notes: budgets in NOK": a note, left alone
      continue;
    }
    if (!name) {
      if (row.every((v) => v === '' || v === null || v === undefined)) continue;
      if (readText(row[col.budget]) === '') continue; // a note row without a stage or budget
      throw new PlanError(say('error.budgetWithoutStage', { cell: cellRef(sheet, r, col.stage) }));
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new PlanError(say('error.duplicateStage', { stage: name, sheet, first: String(seen.get(key)! + 1), second: String(r + 1) }));
    seen.set(key, r);
    const budget = readAmount(ctx, header[col.budget], row[col.budget], r, col.budget);
    if (budget === null) throw new PlanError(say('error.blankBudget', { cell: cellRef(sheet, r, col.budget), column: header[col.budget], stage: name }));
    const size = (c: number) => {
      const v = c < 0 ? null : readAmount(ctx, header[c], row[c], r, c);
      if (v !== null && !(v > 0)) throw new PlanError(say('error.notPositive', { cell: cellRef(sheet, r, c), column: header[c] }));
      return v ?? 1;
    };
    const given = (c: number) => c >= 0 && readText(row[c]) !== '';
    const criteria: CriterionSpec[] = [];
    for (const { c, h, t } of targets) {
      const target = readAmount(ctx, h, row[c], r, c, true);
      if (target !== null) criteria.push({ metric: t.metric, op: t.op, target, header: h });
    }
    const confidence = col.confidence < 0 ? null : readNumber(ctx, header[col.confidence], row[col.confidence], r, col.confidence);
    if (confidence !== null && !(confidence >= 0 && confidence < 1)) {
      throw new PlanError(
        say('error.badConfidence', { cell: cellRef(sheet, r, col.confidence), column: header[col.confidence], stage: name, value: String(confidence) }),
      );
    }
    const own = ownColumns(ctx, header, row, r, col, name);
    const notUnderstood = unknown.filter((u) => readText(row[u.col]) !== '').map((u) => u.header);
    stages.push({
      ...own,
      name,
      notUnderstood,
      budget,
      start: col.start < 0 ? null : readDate(ctx, header[col.start], row[col.start], r, col.start),
      testSize: size(col.testSize),
      controlSize: size(col.controlSize),
      holdoutSizes: given(col.testSize) && given(col.controlSize) ? { test: size(col.testSize), control: size(col.controlSize) } : null,
      criteria,
      confidence,
      row: r,
    });
  }
  return stages;
}

/** The optional columns of issue #21: `Lag weeks`, `Margin`, `Variant split`, `Channel`. */
function ownColumns(
  ctx: CellContext,
  header: readonly string[],
  row: readonly Table[number][number][],
  r: number,
  col: Record<'lagWeeks' | 'margin' | 'variantSplit' | 'channel', number>,
  stage: string,
) {
  const params = (c: number, value: Arg<MessageKey>) => ({ cell: cellRef(ctx.sheet, r, c), column: header[c], stage, value });
  const lagWeeks = col.lagWeeks < 0 ? null : readNumber(ctx, header[col.lagWeeks], row[col.lagWeeks], r, col.lagWeeks);
  if (lagWeeks !== null && !(Number.isInteger(lagWeeks) && lagWeeks >= 0 && lagWeeks <= 520))
    throw new PlanError(say('error.badLagWeeks', params(col.lagWeeks, String(lagWeeks))));
  const margin = col.margin < 0 ? null : readNumber(ctx, header[col.margin], row[col.margin], r, col.margin);
  if (margin !== null && !(margin >= 0 && margin <= 1)) throw new PlanError(say('error.badMargin', params(col.margin, String(margin))));
  let variantSplit: StagePlan['variantSplit'] = null;
  if (col.variantSplit >= 0) {
    const v = row[col.variantSplit];
    const text = typeof v === 'string' ? v.trim() : '';
    variantSplit = { split: null, text: '', column: header[col.variantSplit] };
    // A split typed as 1/2 may have become a date, 60:40 a time: only text is a split.
    if (v !== '' && v !== null && v !== undefined && !(typeof v === 'string' && text === '')) {
      const split = typeof v === 'string' ? parseVariantSplit(text) : null;
      if (!split) throw new PlanError(say('error.badVariantSplit', params(col.variantSplit, say('text.quoted', { text: readText(v) }))));
      variantSplit = { split, text, column: header[col.variantSplit] };
    }
  }
  return { lagWeeks, margin, variantSplit, channel: col.channel < 0 ? '' : readText(row[col.channel]) };
}

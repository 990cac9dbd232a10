/** The `Stages` sheet → the plan: stages in order, with budgets and criteria (contract 2.1). */
import { readDate, readNumber, readText, type CellContext } from './cells';
import { PlanError, cellRef } from './errors';
import { normalizeHeader, targetHeader, type MetricKey } from './headers';
import type { Table } from './types';

export interface CriterionSpec {
  readonly metric: MetricKey;
  readonly op: '>=' | '<=';
  readonly target: number;
  readonly header: string;
}

export interface StagePlan {
  readonly name: string;
  readonly budget: number;
  readonly start: Date | null;
  readonly testSize: number;
  readonly controlSize: number;
  readonly criteria: readonly CriterionSpec[];
  /** The stage's own `Confidence` (0.8 or 80%); null: the document's setting. */
  readonly confidence: number | null;
  /** 0-based row in the table (header = 0). */
  readonly row: number;
}

const OUTPUT = new Set(['decision', 'reason', 'nextbudget', 'evaluated']);

export function readStages(table: Table, sheet = 'Stages', locale?: string): StagePlan[] {
  const ctx: CellContext = { sheet, locale };
  const header = (table[0] ?? []).map((h) => readText(h));
  const find = (name: string) => header.findIndex((h) => normalizeHeader(h) === name);
  const col = { stage: find('stage'), budget: find('budget'), start: find('start'), testSize: find('testsize'), controlSize: find('controlsize'), confidence: find('confidence') };
  for (const [key, label] of [['stage', 'Stage'], ['budget', 'Budget']] as const) {
    if (col[key] < 0) throw new PlanError(`The "${sheet}" sheet has no "${label}" column (row 1 holds the headers).`);
  }
  const targets = header
    .map((h, c) => ({ c, h, t: OUTPUT.has(normalizeHeader(h)) ? null : targetHeader(h) }))
    .filter((x): x is { c: number; h: string; t: NonNullable<ReturnType<typeof targetHeader>> } => x.t !== null);

  const stages: StagePlan[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const name = readText(row[col.stage]);
    if (!name) {
      if (row.every((v) => v === '' || v === null || v === undefined)) continue;
      if (readText(row[col.budget]) === '') continue; // a note row without a stage or budget
      throw new PlanError(`${cellRef(sheet, r, col.stage)} has a budget but no stage name.`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new PlanError(`Stage "${name}" appears twice in "${sheet}" (rows ${seen.get(key)! + 1} and ${r + 1}); stage names must be unique.`);
    seen.set(key, r);
    const budget = readNumber(ctx, 'Budget', row[col.budget], r, col.budget);
    if (budget === null) throw new PlanError(`${cellRef(sheet, r, col.budget)} (Budget of "${name}") is blank; every stage needs a budget.`);
    const size = (c: number, label: string) => {
      const v = c < 0 ? null : readNumber(ctx, label, row[c], r, c);
      if (v !== null && !(v > 0)) throw new PlanError(`${cellRef(sheet, r, c)} (${label}) must be above 0.`);
      return v ?? 1;
    };
    const criteria: CriterionSpec[] = [];
    for (const { c, h, t } of targets) {
      const target = readNumber(ctx, h, row[c], r, c);
      if (target !== null) criteria.push({ metric: t.metric, op: t.op, target, header: h });
    }
    const confidence = col.confidence < 0 ? null : readNumber(ctx, 'Confidence', row[col.confidence], r, col.confidence);
    if (confidence !== null && !(confidence >= 0 && confidence < 1)) {
      throw new PlanError(`${cellRef(sheet, r, col.confidence)} (Confidence of "${name}") is ${confidence}; give it as 80% or 0.8 (from 0, which turns ranges off, to below 1).`);
    }
    stages.push({
      name,
      budget,
      start: col.start < 0 ? null : readDate(ctx, 'Start', row[col.start], r, col.start),
      testSize: size(col.testSize, 'Test size'),
      controlSize: size(col.controlSize, 'Control size'),
      criteria,
      confidence,
      row: r,
    });
  }
  return stages;
}


/**
 * The checks issue #21 adds around a stage's grading (docs/contract.md §2.1, 2.4, 2.5), in one place so
 * evaluatePlan only asks: is the stage locked by its Start, did delivery follow the planned
 * split, which rates rest on a single week, what advice a NEED DATA stage gets, and which weeks
 * are still maturing. Each answer carries its catalogue sentence; the numbers come from the
 * metric layer, the SRM test and advice.ts.
 */
import { say, type CoreMessage } from '../../i18n/render';
import { dateOf } from '../calendar/day';
import type { Judgement } from '../evidence/judge';
import { bindingNeed, settleAdvice, weeklySpendOf, type Advice, type StagePace } from './advice';
import { adviceText, budgetShort } from './adviceText';
import { holdoutCheck, integrityCheck, pValueText, type IntegrityCheck } from './integrity';
import type { StageWindow } from './stageWindow';
import type { VariantSummary } from './types';
import type { Day } from '../model/day';
import type { StagePlan } from '../model/stagePlan';
import type { WeeklyData } from '../model/weekly';
import type { Criterion } from '../model/criterion';

export interface StageCheckInput {
  readonly stage: StagePlan;
  /** The stage's criteria, in the order of `stage.criteria`. */
  readonly criteria: readonly Criterion[];
  readonly window: StageWindow;
  readonly variants: readonly VariantSummary[];
  readonly data: WeeklyData;
  /** Judged weeks with spend. */
  readonly weeks: number;
  readonly judgedSpend: number;
  /** All counted spend (what the budget has left). */
  readonly spent: number;
  readonly rangesOn: boolean;
  /** The day the plan is judged on; a Start after it locks the stage. */
  readonly asOf?: Day;
  /** The Weekly sheet's name, for warnings. */
  readonly sheet: string;
}

export interface StageChecks {
  readonly warnings: readonly CoreMessage[];
  /** The Start date when it is after the evaluation date: the stage is LOCKED until then. */
  readonly startsOn: Date | null;
  /** Set when delivery is off the planned split (p < 0.001): HOLD. `groups`: a variant split or a holdout's test/control. */
  readonly integrity: { readonly delivered: string; readonly planned: string; readonly p: string; readonly groups: 'variants' | 'holdout' } | null;
  /** The graded rate criteria that rest on fewer than two judged weeks (with ranges on), so have no range. */
  oneWeek(graded: readonly Criterion[]): Criterion[];
  /** The advice of a NEED DATA stage: from its unmet volume criteria, else from its unclear ranges. */
  advice(unmet: readonly Criterion[], unclear: Judgement | null, weeksSaid?: boolean): { readonly advice: Advice; readonly text: CoreMessage | null } | null;
  /** "Judged on weeks to 12 May; the last 1 week is still maturing", when weeks were held back. */
  readonly lagNote: CoreMessage | null;
}

const MAX_NAMED_WEEKS = 3;

/** The visitors of a holdout's two groups over the stage's counted rows, when Weekly has both columns. */
function holdoutVisitors(x: StageCheckInput): { test: number; control: number } | null {
  if (!x.data.has.has('testVisitors') || !x.data.has.has('controlVisitors')) return null;
  let test = 0;
  let control = 0;
  for (const r of x.window.counted) {
    test += r.values.testVisitors;
    control += r.values.controlVisitors;
  }
  return { test, control };
}

export function stageChecks(x: StageCheckInput): StageChecks {
  const { stage, window } = x;
  const warnings: CoreMessage[] = [];
  if (window.beforeStart.length > 0 && stage.start) {
    const days = [...new Set(window.beforeStart.map((r) => (r.day !== null && r.day !== undefined ? dateOf(r.day) : r.week!).getTime()))].sort((a, b) => a - b);
    const dates = days.slice(0, MAX_NAMED_WEEKS).map((d) => ({ date: new Date(d) }));
    const weeks = days.length > MAX_NAMED_WEEKS ? [...dates, '…'] : dates;
    warnings.push(
      say('warning.beforeStart', { stage: stage.name, count: window.beforeStart.length, sheet: x.sheet, start: { date: stage.start }, weeks: { list: weeks } }),
    );
  }
  const startsOn = x.asOf !== undefined && stage.start && stage.start.getTime() > dateOf(x.asOf).getTime() ? stage.start : null;

  const check = integrityCheck(stage, x.variants, x.data.has.has('clicks'));
  if (check?.kind === 'unmatched') {
    warnings.push(
      say('warning.variantSplitMismatch', {
        stage: stage.name,
        column: check.column,
        split: check.text,
        count: check.variants.length,
        variants: { list: check.variants },
      }),
    );
  }
  // A broken variant split is said first; a holdout's test/control split is checked the same way (docs/kpis.md).
  const mismatch = [check, holdoutCheck(stage, holdoutVisitors(x))].find((c): c is Extract<IntegrityCheck, { kind: 'mismatch' }> => c?.kind === 'mismatch');
  const integrity = mismatch
    ? { delivered: mismatch.delivered, planned: mismatch.planned, p: pValueText(mismatch.p), groups: mismatch.groups ?? 'variants' }
    : null;

  const pace: StagePace = { spend: x.judgedSpend, budget: stage.budget, weeks: x.weeks, spent: x.spent };
  const headerOf = (c: Criterion) => stage.criteria[x.criteria.indexOf(c)]?.header ?? c.metric;

  return {
    warnings,
    startsOn,
    integrity,
    oneWeek: (graded) => (x.rangesOn && x.weeks < 2 ? graded.filter((c) => !c.volume && c.lower === null) : []),
    advice: (unmet, unclear, weeksSaid = false) => {
      if (unmet.length > 0) {
        const need = bindingNeed(unmet, pace)!;
        return {
          advice: { weeksNeeded: need.weeksNeeded, spendNeeded: need.spendNeeded, budgetLeft: need.budgetLeft },
          text: adviceText(need, need.weeklySpend, headerOf(need.criterion)),
        };
      }
      const a = settleAdvice(unclear ? unclear.weeksToSettle : null, pace);
      // An unclear range says how long on its own; the budget is worth a word only when it falls short.
      const text = unclear && unclear.open.length > 0 && budgetShort(a) ? adviceText(a, weeklySpendOf(pace), headerOf(unclear.open[0]), weeksSaid) : null;
      return { advice: a, text };
    },
    lagNote: window.maturing > 0 && window.lastJudgedWeek ? say('reason.lag', { date: { date: window.lastJudgedWeek }, weeks: window.maturing }) : null,
  };
}

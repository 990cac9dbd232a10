/**
 * Grading on ranges (contract 2.5). The stage is graded twice with STAGE_GATE's rules: every
 * criterion at the unfavourable end of its range (pessimistic) and at the favourable end
 * (optimistic). Both agree: that is the decision. They differ: the evidence is not yet clear —
 * NEED DATA while budget is left; once it is spent, the grade between the two closest to HOLD,
 * so money is released only on proven results, cut only on proven shortfalls, held in between.
 * A criterion without a range grades at its point value, so with confidence 0 both grades are
 * today's point grade and nothing changes.
 */
import { GRADES, type Grade } from '../gates/decisions';
import { gradeGap, gradeWorst, relativeGap, type GateSettings } from '../gates/stageGate';
import type { Criterion } from '../plan/types';
import type { MetricRange } from './types';

export type Evidence = 'met' | 'missed' | 'unclear';

/** The value a criterion is graded at: the unfavourable (pessimistic) or favourable end of its range. */
function end(c: Criterion, favourable: boolean): number {
  const high = (c.op === '>=') === favourable;
  return (high ? c.upper : c.lower) ?? c.actual!;
}

export function pessimisticGap(c: Criterion): number {
  return c.lower === null ? c.gap! : relativeGap(end(c, false), c.target, c.op);
}

export function optimisticGap(c: Criterion): number {
  return c.lower === null ? c.gap! : relativeGap(end(c, true), c.target, c.op);
}

/**
 * Met when even the unfavourable end meets the target, missed when even the favourable end
 * misses it, unclear in between — and unclear when a rate has no range yet (fewer than 2 weeks).
 * With ranges off (confidence 0) it is the point value's met or missed, as before.
 */
export function evidenceOf(c: Omit<Criterion, 'evidence'>, rangesOn: boolean): Evidence | null {
  if (c.actual === null || c.gap === null) return null;
  if (c.volume || !rangesOn) return c.gap >= 0 ? 'met' : 'missed';
  if (c.lower === null) return 'unclear';
  const crit = c as Criterion;
  if (pessimisticGap(crit) >= 0) return 'met';
  if (optimisticGap(crit) < 0) return 'missed';
  return 'unclear';
}

/** Between two grades, the one closest to HOLD (HOLD itself when they lie on either side of it). */
export function closestToHold(a: Grade, b: Grade): Grade {
  const hold = GRADES.indexOf('HOLD');
  const [lo, hi] = [GRADES.indexOf(a), GRADES.indexOf(b)].sort((x, y) => x - y);
  return GRADES[Math.min(hi, Math.max(lo, hold))];
}

export interface Judgement {
  readonly pessimistic: Grade;
  readonly optimistic: Grade;
  /** Both grades agree. */
  readonly clear: boolean;
  /** The criteria whose range keeps the stage from its optimistic grade (what the reason names). */
  readonly open: readonly Criterion[];
  /**
   * An estimate of the further weeks, at the spread seen so far, after which every open criterion's
   * range lies inside the grade band of its value; null when it cannot be said.
   */
  readonly weeksToSettle: number | null;
}

/** The band edges of STAGE_GATE's grades as relative gaps: scale margin, 0, −tolerance, −2·tolerance. */
const edges = (s: GateSettings) => [s.scaleMargin, 0, -s.tolerance, -2 * s.tolerance];

export function judge(graded: readonly Criterion[], ranges: ReadonlyMap<Criterion, MetricRange>, settings: GateSettings): Judgement {
  const pessimistic = gradeWorst(graded.map(pessimisticGap), settings) as Grade;
  const optimistic = gradeWorst(graded.map(optimisticGap), settings) as Grade;
  const clear = pessimistic === optimistic;
  const rank = (g: Grade) => GRADES.indexOf(g);
  const open = clear ? [] : graded.filter((c) => rank(gradeGap(pessimisticGap(c), settings)) > rank(optimistic));
  let weeksToSettle: number | null = null;
  if (!clear && open.length > 0) {
    weeksToSettle = 0;
    for (const c of open) {
      const r = ranges.get(c);
      if (!r?.weeksUntil || c.target === 0 || c.gap === null || !Number.isFinite(c.gap)) {
        weeksToSettle = null;
        break;
      }
      const nearest = Math.min(...edges(settings).map((e) => Math.abs(c.gap! - e)));
      const w = r.weeksUntil(nearest * Math.abs(c.target));
      if (w === null) {
        weeksToSettle = null;
        break;
      }
      weeksToSettle = Math.max(weeksToSettle, w);
    }
  }
  return { pessimistic, optimistic, clear, open, weeksToSettle };
}

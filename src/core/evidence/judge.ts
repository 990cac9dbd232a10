/**
 * Grading on ranges (docs/contract.md §2.5). The stage is graded twice with STAGE_GATE's rules: every
 * criterion at the unfavourable end of its range (pessimistic) and at the favourable end
 * (optimistic). Money is released on what is proven and cut on what is proven: a pessimistic
 * grade of GO or better is the decision (the lower end clears the target; SCALE UP when it
 * clears the scale margin too), an optimistic grade of SCALE DOWN or worse is the decision (a
 * proven shortfall); in between the evidence is not yet clear — NEED DATA while budget is left,
 * HOLD once it is spent. Asking the whole range to sit inside one grade band (the rule before)
 * left a stage at +28 % over target unreleased half the time after twelve weeks: a range that
 * straddles the SCALE UP edge proves GO all the same. A criterion without a range grades at its
 * point value, so with confidence 0 both grades are the point grade and nothing changes.
 */
import { gradeWorst, relativeGap, type GateSettings } from '../gates/stageGate';
import type { MetricRange } from './types';
import { GRADES, type Grade } from '../model/decisions';
import type { Criterion } from '../model/criterion';

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
  /** The evidence decides (docs/contract.md §2.5's release rule): `decision` is set. */
  readonly clear: boolean;
  /** The grade both agree on, else the pessimistic one when it is GO or better, the optimistic one when it is SCALE DOWN or worse; else null. */
  readonly decision: Grade | null;
  /** The criteria not yet proven met, which keep an undecided stage from release (what the reason names). */
  readonly open: readonly Criterion[];
  /**
   * An estimate of the further weeks, at the spread seen so far, after which every open criterion's
   * range clears the edge its value lies beyond (the target, or the SCALE DOWN edge); null when it
   * cannot be said (a value in the HOLD band never settles: it is held once the budget is spent).
   */
  readonly weeksToSettle: number | null;
}

const rank = (g: Grade) => GRADES.indexOf(g);

/** Both grades agree: that; else release on proof, cut on proof, else null (docs/contract.md §2.5). */
export function releaseRule(pessimistic: Grade, optimistic: Grade): Grade | null {
  if (pessimistic === optimistic || rank(pessimistic) <= rank('GO')) return pessimistic;
  if (rank(optimistic) >= rank('SCALE DOWN')) return optimistic;
  return null;
}

/** The relative gap a criterion's range must clear to decide: the target when its value meets it, −tolerance below it. */
function decidingEdge(gap: number, settings: GateSettings): number | null {
  if (gap >= 0) return 0;
  if (gap < -settings.tolerance) return -settings.tolerance;
  return null;
}

export function judge(graded: readonly Criterion[], ranges: ReadonlyMap<Criterion, MetricRange>, settings: GateSettings): Judgement {
  const pessimistic = gradeWorst(graded.map(pessimisticGap), settings) as Grade;
  const optimistic = gradeWorst(graded.map(optimisticGap), settings) as Grade;
  const decision = releaseRule(pessimistic, optimistic);
  const clear = decision !== null;
  const open = clear ? [] : graded.filter((c) => pessimisticGap(c) < 0);
  let weeksToSettle: number | null = null;
  if (!clear && open.length > 0) {
    weeksToSettle = 0;
    for (const c of open) {
      const r = ranges.get(c);
      const edge = c.gap === null ? null : decidingEdge(c.gap, settings);
      if (!r?.weeksUntil || c.target === 0 || edge === null || !Number.isFinite(c.gap)) {
        weeksToSettle = null;
        break;
      }
      const w = r.weeksUntil(Math.abs(c.gap! - edge) * Math.abs(c.target));
      if (w === null) {
        weeksToSettle = null;
        break;
      }
      weeksToSettle = Math.max(weeksToSettle, w);
    }
  }
  return { pessimistic, optimistic, clear, decision, open, weeksToSettle };
}

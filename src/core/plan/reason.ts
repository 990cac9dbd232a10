/** The reason sentence a client understands, e.g. "ROAS 3.40 vs min 3.00, CPA 212 vs max 250: GO — release 20,000 for Scale". */
import type { Decision } from '../gates/decisions';
import { formatMoney, formatValue } from './format';
import { METRICS } from './headers';
import { COUNT_NOUNS, PHRASES, plural } from './phrases';
import type { Criterion } from './types';

export function describeCriterion(c: Criterion): string {
  const info = METRICS[c.key];
  const bound = c.op === '>=' ? 'min' : 'max';
  if (c.actual === null) return `${info.label} not evaluable (target ${bound} ${formatValue(c.target, info.format)})`;
  if (info.volume) {
    const actual = formatValue(c.actual, info.format);
    const target = formatValue(c.target, info.format);
    const noun = COUNT_NOUNS[info.key];
    if (c.met) return noun ? `${actual} ${plural(c.actual, noun)} (${bound} ${target})` : `${info.label} ${actual} (${bound} ${target})`;
    return noun ? `${actual} of ${target} ${plural(c.target, noun)}` : `${info.label} ${actual} of ${target}`;
  }
  return `${info.label} ${formatValue(c.actual, info.format)}${rangeText(c, ' (', ')')} vs ${bound} ${formatValue(c.target, info.format)}`;
}

/** "2.21–3.19" wrapped in `before`/`after`, or "" without a range. */
function rangeText(c: Criterion, before: string, after: string): string {
  if (c.lower === null || c.upper === null) return '';
  const f = METRICS[c.key].format;
  return `${before}${formatValue(c.lower, f)}–${formatValue(c.upper, f)}${after}`;
}

/** 0.8 → "80%", 0.95 → "95%", 0.875 → "87.5%". */
export function confidenceText(c: number): string {
  return `${Math.round(c * 1000) / 10}%`;
}

/**
 * "ROAS 2.70 vs min 2.50, not yet clear at 80%: 2.21–3.19". A range wholly on one side of the
 * target that still spans a grade's edge (the scale margin, the tolerance) says which side it is on.
 */
function describeOpen(c: Criterion, confidence: number): string {
  const info = METRICS[c.key];
  const bound = c.op === '>=' ? 'min' : 'max';
  const at = confidenceText(confidence);
  const head = `${info.label} ${formatValue(c.actual!, info.format)} vs ${bound} ${formatValue(c.target, info.format)}`;
  if (c.evidence === 'met') return `${head}, met at ${at}${rangeText(c, ' (', ')')} but not yet clear by how much`;
  if (c.evidence === 'missed') return `${head}, missed at ${at}${rangeText(c, ' (', ')')} but not yet clear by how much`;
  return `${head}, not yet clear at ${at}${rangeText(c, ': ', '')}`;
}

/** The evidence behind a decision whose pessimistic and optimistic grades differ (contract 2.5). */
export interface UnclearEvidence {
  /** The criteria whose range keeps the stage open. */
  readonly open: readonly Criterion[];
  /** Estimated further weeks at the current spread until it settles; null when it cannot be said. */
  readonly weeksToSettle: number | null;
  readonly confidence: number;
  readonly budgetLeft: boolean;
}

export interface ReasonInput {
  readonly decision: Decision;
  readonly criteria: readonly (Criterion)[];
  readonly previous: { name: string; decision: Decision } | null;
  readonly next: { name: string; budget: number } | null;
  readonly budget: number;
  /** Spent so far; above the budget the reason says so. */
  readonly spend?: number;
  readonly nextBudget: number;
  readonly variantNote: string | null;
  readonly note: string | null;
  /** The stage's planned start, when the plan gives one. */
  readonly start?: Date | null;
  /** Set when the ranges leave the grade open. */
  readonly unclear?: UnclearEvidence | null;
}

export function reasonFor(x: ReasonInput): string {
  let text: string;
  switch (x.decision) {
    case 'LOCKED':
      text = `Waits for "${x.previous!.name}" to reach GO or SCALE UP (it is ${x.previous!.decision})`;
      break;
    case 'READY':
      text = `${x.previous ? `"${x.previous.name}" passed` : 'First stage'}: budget ${formatMoney(x.budget)} released; ${x.start ? `starts ${x.start.toISOString().slice(0, 10)}, ` : ''}no data yet`;
      break;
    case 'NEED DATA': {
      if (x.unclear) {
        const w = x.unclear.weeksToSettle;
        const estimate = w === null || w === 0 ? '' : `; about ${w} more week${w === 1 ? '' : 's'} at this spread (an estimate)`;
        text = `${x.unclear.open.map((c) => describeOpen(c, x.unclear!.confidence)).join(', ')}${estimate}: NEED DATA, keep spending`;
        break;
      }
      const unmet = x.criteria.filter((c) => METRICS[c.key].volume && c.met === false).map(describeCriterion);
      text = `${unmet.join(', ')}${unmet.length ? ' so far' : 'Not enough data yet'}: NEED DATA, keep spending`;
      break;
    }
    default: {
      const parts = x.criteria.map(describeCriterion);
      const consequence =
        x.decision === 'GO' || x.decision === 'SCALE UP'
          ? x.next
            ? PHRASES.nextStageRelease(x.next.name, formatMoney(x.next.budget))
            : 'last stage passed'
          : x.decision === 'STOP'
            ? 'stop spending'
            : x.decision === 'HOLD'
              ? 'keep the budget, change something'
              : `cut the budget to ${formatMoney(x.nextBudget)}`;
      // Two numbers of two stages: say which is whose.
      const scale = x.decision === 'SCALE UP' ? `; ${PHRASES.thisStageNextBudget(formatMoney(x.nextBudget))}` : '';
      const spent = x.unclear && !x.unclear.budgetLeft ? `budget spent, not clear at ${confidenceText(x.unclear.confidence)}; ` : '';
      text = `${parts.length ? parts.join(', ') + ': ' : ''}${x.decision} — ${spent}${consequence}${scale}`;
    }
  }
  const over = x.spend !== undefined && x.spend > x.budget ? PHRASES.overspent(formatMoney(x.spend), formatMoney(x.budget), formatMoney(x.spend - x.budget)) : null;
  const extras = [over, x.variantNote, x.note].filter(Boolean);
  return extras.length ? `${text}. ${extras.join('. ')}` : text;
}

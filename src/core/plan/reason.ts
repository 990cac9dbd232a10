/**
 * The reason a client understands, as a message (src/core/model/message.ts) the surfaces put into
 * the document's language, e.g. "ROAS 3.40 vs min 3.00, CPA 212 vs max 250: GO — next stage
 * "Scale": release its 20,000" or "ROAS 3,40 mot min. 3,00: GÅ VIDERE – neste etappe
 * «Skalering»: frigi 20 000". Whole sentences come from the catalogues (src/i18n), so each
 * language keeps its own word order and plurals.
 */
import { say, type CoreMessage } from '../../i18n/render';
import type { Arg } from '../model/message';
import type { Decision } from '../model/decisions';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import type { Criterion } from '../model/criterion';
import type { MessageKey } from '../../i18n';

type A = Arg<MessageKey>;

/** Volume criteria counted in things ("4 weeks", "64 conversions") rather than amounts. */
const COUNTED = { weeks: 'weeks', conversions: 'conversions', leads: 'leads' } as const;

const boundOf = (c: Criterion) => (c.op === '>=' ? 'min' : 'max');

/** "2.21–3.19", or 'none' without a range (the messages' select). */
function rangeOf(c: Criterion): A {
  if (c.lower === null || c.upper === null) return 'none';
  const format = METRIC_DEFINITIONS[c.key].format;
  return {
    join: [
      { value: c.lower, format },
      { value: c.upper, format },
    ],
    by: '–',
  };
}

export function describeCriterion(c: Criterion): CoreMessage {
  const info = METRIC_DEFINITIONS[c.key];
  const metric = say(`metric.${c.key}`);
  const bound = boundOf(c);
  const target: A = { value: c.target, format: info.format };
  if (c.actual === null) return say('criterion.notEvaluable', { metric, bound, target });
  const actual: A = { value: c.actual, format: info.format };
  if (info.volume) {
    const counted = COUNTED[c.key as keyof typeof COUNTED];
    if (counted) {
      // The plural follows the number: "1 неделя", "2 недели", "5 недель".
      return c.met ? say(`criterion.${counted}Met`, { actual: c.actual, bound, target }) : say(`criterion.${counted}Short`, { actual, target: c.target });
    }
    return c.met ? say('criterion.volumeMet', { metric, actual, bound, target }) : say('criterion.volumeShort', { metric, actual, target });
  }
  return say('criterion.compare', { metric, actual, range: rangeOf(c), bound, target });
}

/** 0.8 → "80%", 0.95 → "95%", 0.875 → "87.5%" (as the locale writes percentages). */
export function confidenceArg(c: number): A {
  const pct = Math.round(c * 1000) / 10;
  return { percent: pct / 100, decimals: Number.isInteger(pct) ? 0 : 1 };
}

/**
 * "ROAS 2.70 vs min 2.50, not yet clear at 80%: 2.21–3.19". A range wholly on one side of the
 * target that still spans a grade's edge (the scale margin, the tolerance) says which side it is on.
 */
function describeOpen(c: Criterion, confidence: number): CoreMessage {
  const info = METRIC_DEFINITIONS[c.key];
  const params = {
    metric: say(`metric.${c.key}`),
    actual: { value: c.actual!, format: info.format },
    bound: boundOf(c),
    target: { value: c.target, format: info.format },
    confidence: confidenceArg(confidence),
    range: rangeOf(c),
  };
  if (c.evidence === 'met') return say('criterion.openMet', params);
  if (c.evidence === 'missed') return say('criterion.openMissed', params);
  return say('criterion.openUnclear', params);
}

/** The evidence behind a decision whose pessimistic and optimistic grades differ (docs/contract.md §2.5). */
export interface UnclearEvidence {
  /** The criteria whose range keeps the stage open. */
  readonly open: readonly Criterion[];
  /** Estimated further weeks at the current spread until it settles; null when it cannot be said. */
  readonly weeksToSettle: number | null;
  readonly confidence: number;
  readonly budgetLeft: boolean;
  /** Unclear because a rate has only one judged week, so no range at all (docs/contract.md §2.5). */
  readonly oneWeek?: boolean;
}

export interface ReasonInput {
  readonly decision: Decision;
  readonly criteria: readonly Criterion[];
  readonly previous: { name: string; decision: Decision } | null;
  readonly next: { name: string; budget: number } | null;
  readonly budget: number;
  /** Spent so far; above the budget the reason says so. */
  readonly spend?: number;
  readonly nextBudget: number;
  readonly variantNote: CoreMessage | null;
  readonly note: CoreMessage | null;
  /** The stage's planned start, when the plan gives one. */
  readonly start?: Date | null;
  /** Set when the ranges leave the grade open. */
  readonly unclear?: UnclearEvidence | null;
  /** LOCKED because the stage's Start is after the evaluation date (issue #21). */
  readonly startsOn?: Date | null;
  /** HOLD for test integrity: clicks per variant against the planned split. */
  readonly integrity?: { readonly delivered: string; readonly planned: string; readonly p: A; readonly groups?: 'variants' | 'holdout' } | null;
  /** Sentences added at the end: the budget-aware advice, the maturing weeks. */
  readonly extras?: readonly (CoreMessage | null)[];
  /** Target headers the engine cannot judge: the stage is held for them (docs/contract.md §2.1). */
  readonly notUnderstood?: readonly string[];
}

export function reasonFor(x: ReasonInput): CoreMessage {
  let text: CoreMessage;
  const decision: A = { decision: x.decision };
  const separator = say('text.separator');
  if (x.decision === 'HOLD' && x.notUnderstood?.length) {
    text = say('reason.notUnderstood', { criteria: { list: x.notUnderstood }, decision, count: x.notUnderstood.length });
    return x.variantNote ? say('text.sentences', { first: text, second: x.variantNote }) : text;
  }
  switch (x.decision) {
    case 'LOCKED':
      if (x.startsOn) {
        text = say('reason.lockedStart', { start: { date: x.startsOn } });
        break;
      }
      text = say('reason.locked', {
        previous: x.previous!.name,
        go: { decision: 'GO' },
        scaleUp: { decision: 'SCALE UP' },
        decision: { decision: x.previous!.decision },
      });
      break;
    case 'READY': {
      const params = { budget: { money: x.budget }, start: x.start ? { date: x.start } : 'none' };
      text = x.previous ? say('reason.readyAfter', { ...params, previous: x.previous.name }) : say('reason.readyFirst', params);
      break;
    }
    case 'NEED DATA': {
      if (x.unclear) {
        const open: A = { join: x.unclear.open.map((c) => describeOpen(c, x.unclear!.confidence)), by: separator };
        if (x.unclear.oneWeek) {
          text = say('reason.needDataOneWeek', { open, decision });
          break;
        }
        text = say('reason.needDataUnclear', { open, weeks: x.unclear.weeksToSettle ?? 0, decision });
        break;
      }
      const unmet = x.criteria.filter((c) => METRIC_DEFINITIONS[c.key].volume && c.met === false).map((c) => describeCriterion(c));
      text = unmet.length ? say('reason.needDataUnmet', { unmet: { join: unmet, by: separator }, decision }) : say('reason.needDataNone', { decision });
      break;
    }
    default: {
      if (x.integrity && x.decision === 'HOLD') {
        const { delivered, planned, p } = x.integrity;
        text = say(x.integrity.groups === 'holdout' ? 'reason.srmHoldout' : 'reason.srm', { delivered, planned, p, decision });
        break;
      }
      const parts = x.criteria.map((c) => describeCriterion(c));
      let consequence =
        x.decision === 'GO' || x.decision === 'SCALE UP'
          ? x.next
            ? say('reason.release', { next: x.next.name, budget: { money: x.next.budget } })
            : say('reason.lastPassed')
          : x.decision === 'STOP'
            ? say('reason.stop')
            : x.decision === 'HOLD'
              ? say('reason.hold')
              : say('reason.cut', { budget: { money: x.nextBudget } });
      // Two numbers of two stages: say which is whose.
      if (x.decision === 'SCALE UP') consequence = say('reason.scaleUpNext', { consequence, budget: { money: x.nextBudget } });
      if (x.unclear && !x.unclear.budgetLeft) consequence = say('reason.spentUnclear', { confidence: confidenceArg(x.unclear.confidence), consequence });
      text = parts.length
        ? say('reason.graded', { criteria: { join: parts, by: separator }, decision, consequence })
        : say('reason.gradedNoCriteria', { decision, consequence });
    }
  }
  const over =
    x.spend !== undefined && x.spend > x.budget
      ? say('reason.overspent', { spend: { money: x.spend }, budget: { money: x.budget }, over: { money: x.spend - x.budget } })
      : null;
  for (const extra of [...(x.extras ?? []), over, x.variantNote, x.note]) if (extra) text = say('text.sentences', { first: text, second: extra });
  return text;
}

/**
 * The reason sentence a client understands, in the document's language, e.g.
 * "ROAS 3.40 vs min 3.00, CPA 212 vs max 250: GO — next stage "Scale": release its 20,000" or
 * "ROAS 3,40 mot min. 3,00: GÅ VIDERE – neste etappe «Skalering»: frigi 20 000". Whole sentences
 * come from the catalogues (src/i18n), so each language keeps its own word order and plurals.
 */
import { ENGLISH, type Translator } from '../../i18n';
import type { Decision } from '../model/decisions';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import type { Criterion } from '../model/criterion';

/** Volume criteria counted in things ("4 weeks", "64 conversions") rather than amounts. */
const COUNTED = { weeks: 'weeks', conversions: 'conversions', leads: 'leads' } as const;

const boundOf = (c: Criterion) => (c.op === '>=' ? 'min' : 'max');

/** "2.21–3.19", or 'none' without a range (the messages' select). */
function rangeOf(c: Criterion, tr: Translator): string {
  if (c.lower === null || c.upper === null) return 'none';
  const f = METRIC_DEFINITIONS[c.key].format;
  return `${tr.value(c.lower, f)}–${tr.value(c.upper, f)}`;
}

export function describeCriterion(c: Criterion, tr: Translator = ENGLISH): string {
  const info = METRIC_DEFINITIONS[c.key];
  const metric = tr.t(`metric.${c.key}`);
  const bound = boundOf(c);
  const target = tr.value(c.target, info.format);
  if (c.actual === null) return tr.t('criterion.notEvaluable', { metric, bound, target });
  const actual = tr.value(c.actual, info.format);
  if (info.volume) {
    const counted = COUNTED[c.key as keyof typeof COUNTED];
    if (counted) {
      // The plural follows the number: "1 неделя", "2 недели", "5 недель".
      return c.met ? tr.t(`criterion.${counted}Met`, { actual: c.actual, bound, target }) : tr.t(`criterion.${counted}Short`, { actual, target: c.target });
    }
    return c.met ? tr.t('criterion.volumeMet', { metric, actual, bound, target }) : tr.t('criterion.volumeShort', { metric, actual, target });
  }
  return tr.t('criterion.compare', { metric, actual, range: rangeOf(c, tr), bound, target });
}

/** 0.8 → "80%", 0.95 → "95%", 0.875 → "87.5%" (as the locale writes percentages). */
export function confidenceText(c: number, tr: Translator = ENGLISH): string {
  const pct = Math.round(c * 1000) / 10;
  return tr.percent(pct / 100, Number.isInteger(pct) ? 0 : 1);
}

/**
 * "ROAS 2.70 vs min 2.50, not yet clear at 80%: 2.21–3.19". A range wholly on one side of the
 * target that still spans a grade's edge (the scale margin, the tolerance) says which side it is on.
 */
function describeOpen(c: Criterion, confidence: number, tr: Translator): string {
  const info = METRIC_DEFINITIONS[c.key];
  const params = {
    metric: tr.t(`metric.${c.key}`),
    actual: tr.value(c.actual!, info.format),
    bound: boundOf(c),
    target: tr.value(c.target, info.format),
    confidence: confidenceText(confidence, tr),
    range: rangeOf(c, tr),
  };
  if (c.evidence === 'met') return tr.t('criterion.openMet', params);
  if (c.evidence === 'missed') return tr.t('criterion.openMissed', params);
  return tr.t('criterion.openUnclear', params);
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
  readonly variantNote: string | null;
  readonly note: string | null;
  /** The stage's planned start, when the plan gives one. */
  readonly start?: Date | null;
  /** Set when the ranges leave the grade open. */
  readonly unclear?: UnclearEvidence | null;
  /** LOCKED because the stage's Start is after the evaluation date (issue #21). */
  readonly startsOn?: Date | null;
  /** HOLD for test integrity: clicks per variant against the planned split. */
  readonly integrity?: { readonly delivered: string; readonly planned: string; readonly p: string; readonly groups?: 'variants' | 'holdout' } | null;
  /** Sentences added at the end: the budget-aware advice, the maturing weeks. */
  readonly extras?: readonly (string | null)[];
  /** Target headers the engine cannot judge: the stage is held for them (docs/contract.md §2.1). */
  readonly notUnderstood?: readonly string[];
}

export function reasonFor(x: ReasonInput, tr: Translator = ENGLISH): string {
  let text: string;
  const decision = tr.decision(x.decision);
  const separator = tr.t('text.separator');
  if (x.decision === 'HOLD' && x.notUnderstood?.length) {
    text = tr.t('reason.notUnderstood', { criteria: tr.list(x.notUnderstood), decision, count: x.notUnderstood.length });
    return x.variantNote ? tr.t('text.sentences', { first: text, second: x.variantNote }) : text;
  }
  switch (x.decision) {
    case 'LOCKED':
      if (x.startsOn) {
        text = tr.t('reason.lockedStart', { start: tr.date(x.startsOn) });
        break;
      }
      text = tr.t('reason.locked', {
        previous: x.previous!.name,
        go: tr.decision('GO'),
        scaleUp: tr.decision('SCALE UP'),
        decision: tr.decision(x.previous!.decision),
      });
      break;
    case 'READY': {
      const params = { budget: tr.money(x.budget), start: x.start ? tr.date(x.start) : 'none' };
      text = x.previous ? tr.t('reason.readyAfter', { ...params, previous: x.previous.name }) : tr.t('reason.readyFirst', params);
      break;
    }
    case 'NEED DATA': {
      if (x.unclear) {
        const open = x.unclear.open.map((c) => describeOpen(c, x.unclear!.confidence, tr)).join(separator);
        if (x.unclear.oneWeek) {
          text = tr.t('reason.needDataOneWeek', { open, decision });
          break;
        }
        text = tr.t('reason.needDataUnclear', { open, weeks: x.unclear.weeksToSettle ?? 0, decision });
        break;
      }
      const unmet = x.criteria.filter((c) => METRIC_DEFINITIONS[c.key].volume && c.met === false).map((c) => describeCriterion(c, tr));
      text = unmet.length ? tr.t('reason.needDataUnmet', { unmet: unmet.join(separator), decision }) : tr.t('reason.needDataNone', { decision });
      break;
    }
    default: {
      if (x.integrity && x.decision === 'HOLD') {
        const { delivered, planned, p } = x.integrity;
        text = tr.t(x.integrity.groups === 'holdout' ? 'reason.srmHoldout' : 'reason.srm', { delivered, planned, p, decision });
        break;
      }
      const parts = x.criteria.map((c) => describeCriterion(c, tr));
      let consequence =
        x.decision === 'GO' || x.decision === 'SCALE UP'
          ? x.next
            ? tr.t('reason.release', { next: x.next.name, budget: tr.money(x.next.budget) })
            : tr.t('reason.lastPassed')
          : x.decision === 'STOP'
            ? tr.t('reason.stop')
            : x.decision === 'HOLD'
              ? tr.t('reason.hold')
              : tr.t('reason.cut', { budget: tr.money(x.nextBudget) });
      // Two numbers of two stages: say which is whose.
      if (x.decision === 'SCALE UP') consequence = tr.t('reason.scaleUpNext', { consequence, budget: tr.money(x.nextBudget) });
      if (x.unclear && !x.unclear.budgetLeft) consequence = tr.t('reason.spentUnclear', { confidence: confidenceText(x.unclear.confidence, tr), consequence });
      text = parts.length
        ? tr.t('reason.graded', { criteria: parts.join(separator), decision, consequence })
        : tr.t('reason.gradedNoCriteria', { decision, consequence });
    }
  }
  const over =
    x.spend !== undefined && x.spend > x.budget
      ? tr.t('reason.overspent', { spend: tr.money(x.spend), budget: tr.money(x.budget), over: tr.money(x.spend - x.budget) })
      : null;
  for (const extra of [...(x.extras ?? []), over, x.variantNote, x.note]) if (extra) text = tr.t('text.sentences', { first: text, second: extra });
  return text;
}

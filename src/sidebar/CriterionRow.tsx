/**
 * One criterion of a stage card: `ROAS 2.70 (2.21–3.19) ≥ 2.50`, with its evidence — met, missed
 * or unclear (docs/contract.md §2.5) — as an icon and a word, never by colour alone.
 */
import type { Translator } from '../i18n';
import { useT } from './i18n';
import { METRIC_DEFINITIONS } from '../core/metrics/definitions';
import type { Criterion } from '../core/model/criterion';

/**
 * READY and LOCKED stages are not graded: a READY stage has no data, a LOCKED one waits for
 * the stage before. Their criteria are shown as not yet measured (or not judged), never as a
 * red "100.0% short".
 */
export type Judged = 'judged' | 'unmeasured' | 'locked';

function gapText(c: Criterion, tr: Translator): string {
  if (c.gap === null) return tr.t('card.notEvaluable');
  if (c.met) return c.volume ? tr.t('card.met') : c.gap === 0 ? tr.t('card.onTarget') : tr.t('card.better', { gap: tr.value(c.gap, 'percent') });
  return tr.t('card.short', { gap: tr.value(-c.gap, 'percent') });
}

/** The evidence as a word: "missed" only for a rate; a volume not yet reached is "not yet met". */
function evidenceWord(c: Criterion, tr: Translator): string | null {
  if (c.evidence === null) return null;
  if (c.evidence === 'missed' && c.volume) return tr.t('card.notYetMet');
  return tr.t(c.evidence === 'met' ? 'card.met' : c.evidence === 'missed' ? 'card.missed' : 'card.unclear');
}

const MARKS = { met: '✓', unmet: '✕', unclear: '?', na: '–' } as const;

export function CriterionRow({ c, judged }: { c: Criterion; judged: Judged }) {
  const tr = useT();
  const info = METRIC_DEFINITIONS[c.key];
  const state: keyof typeof MARKS =
    judged !== 'judged' || c.evidence === null ? 'na' : c.evidence === 'met' ? 'met' : c.evidence === 'missed' ? 'unmet' : 'unclear';
  const shown = judged === 'unmeasured' || c.actual === null ? '—' : tr.value(c.actual, info.format);
  const range =
    judged !== 'unmeasured' && c.lower !== null && c.upper !== null ? `(${tr.value(c.lower, info.format)}–${tr.value(c.upper, info.format)})` : null;
  const word = evidenceWord(c, tr);
  // A met volume reads "met" once, not "met · met".
  const gap = gapText(c, tr);
  const gapShown = gap === word ? null : gap;
  return (
    <li class={`criterion ${state}`} data-evidence={judged === 'judged' ? (c.evidence ?? '') : ''}>
      <span class="mark" aria-hidden="true">
        {MARKS[state]}
      </span>
      <span class="name">{tr.t(`metric.${c.key}`)}</span>
      <span class="vals">
        {shown}
        {range && (
          <span class="range" title={tr.t('card.rangeTitle')}>
            {' '}
            {range}
          </span>
        )}{' '}
        {c.op === '>=' ? '≥' : '≤'} {tr.value(c.target, info.format)}
      </span>
      <span class="gap">
        {judged === 'unmeasured' ? (
          tr.t('card.notYetMeasured')
        ) : judged === 'locked' ? (
          tr.t('card.notJudgedWhileLocked')
        ) : (
          <>
            {word && <strong class="evidence">{word}</strong>}
            {word && gapShown && ' · '}
            {gapShown}
          </>
        )}
      </span>
    </li>
  );
}

/**
 * One criterion of a stage card: `ROAS 2.70 (2.21–3.19) ≥ 2.50`, with its evidence — met, missed
 * or unclear (contract 2.5) — as an icon and a word, never by colour alone.
 */
import { formatValue } from '../core/plan/format';
import { METRICS } from '../core/plan/headers';
import { PHRASES } from '../core/plan/phrases';
import type { Criterion } from '../core/plan/types';

/**
 * READY and LOCKED stages are not graded: a READY stage has no data, a LOCKED one waits for
 * the stage before. Their criteria are shown as not yet measured (or not judged), never as a
 * red "100.0% short".
 */
export type Judged = 'judged' | 'unmeasured' | 'locked';

function gapText(c: Criterion): string {
  if (c.gap === null) return 'not evaluable';
  if (c.met) return c.volume ? 'met' : c.gap === 0 ? 'on target' : `${formatValue(c.gap, 'percent')} better than target`;
  return `${formatValue(-c.gap, 'percent')} short`;
}

/** The evidence as a word: "missed" only for a rate; a volume not yet reached is "not yet met". */
function evidenceWord(c: Criterion): string | null {
  if (c.evidence === null) return null;
  if (c.evidence === 'missed' && c.volume) return 'not yet met';
  return c.evidence;
}

const MARKS = { met: '✓', unmet: '✕', unclear: '?', na: '–' } as const;

export function CriterionRow({ c, judged }: { c: Criterion; judged: Judged }) {
  const info = METRICS[c.key];
  const state: keyof typeof MARKS = judged !== 'judged' || c.evidence === null ? 'na' : c.evidence === 'met' ? 'met' : c.evidence === 'missed' ? 'unmet' : 'unclear';
  const shown = judged === 'unmeasured' || c.actual === null ? '—' : formatValue(c.actual, info.format);
  const range = judged !== 'unmeasured' && c.lower !== null && c.upper !== null ? `(${formatValue(c.lower, info.format)}–${formatValue(c.upper, info.format)})` : null;
  const word = evidenceWord(c);
  return (
    <li class={`criterion ${state}`} data-evidence={judged === 'judged' ? (c.evidence ?? '') : ''}>
      <span class="mark" aria-hidden="true">{MARKS[state]}</span>
      <span class="name">{info.label}</span>
      <span class="vals">
        {shown}
        {range && <span class="range" title="Range at the stage's confidence"> {range}</span>} {c.op === '>=' ? '≥' : '≤'} {formatValue(c.target, info.format)}
      </span>
      <span class="gap">
        {judged === 'unmeasured' ? (
          PHRASES.notYetMeasured
        ) : judged === 'locked' ? (
          PHRASES.notJudgedWhileLocked
        ) : (
          <>
            {word && <strong class="evidence">{word}</strong>}
            {word && ' · '}
            {gapText(c)}
          </>
        )}
      </span>
    </li>
  );
}

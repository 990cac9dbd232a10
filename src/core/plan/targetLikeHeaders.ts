/**
 * Stages headers that read like a target but match none of the forms the engine knows
 * (`Goal ROAS`, `ROAS target`, `CPA goal`): without a word, the stage would pass "by default"
 * and the user would never learn why their target was ignored.
 */
import { LESS_IS_BETTER, metricNamed, targetHeader } from './headers';
import { say, type CoreMessage } from '../../i18n/render';
import { metricLabel } from '../vocabulary/metricLabel';

/** Words people put beside a metric to mean "this is what it must reach". */
const TARGET_WORDS = new Set([
  'target',
  'targets',
  'goal',
  'goals',
  'objective',
  'kpi',
  'threshold',
  'aim',
  'benchmark',
  'limit',
  'cap',
  'floor',
  'ceiling',
  'min',
  'max',
  'minimum',
  'maximum',
  'desired',
  'required',
]);

export function targetLikeWarnings(header: readonly string[], sheet: string): CoreMessage[] {
  const out: CoreMessage[] = [];
  for (const h of header) {
    if (!h || targetHeader(h)) continue;
    const words = h
      .toLowerCase()
      .normalize('NFKC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!words.some((w) => TARGET_WORDS.has(w))) continue;
    const rest = words.filter((w) => !TARGET_WORDS.has(w)).join(' ');
    const metric = rest ? metricNamed(rest) : null;
    if (metric) out.push(say('warning.targetLike', { sheet, header: h, metric: metricLabel(metric), lessIsBetter: LESS_IS_BETTER.has(metric) ? 'yes' : 'no' }));
  }
  return out;
}

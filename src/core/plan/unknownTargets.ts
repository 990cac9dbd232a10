/**
 * Target columns the engine cannot judge (docs/contract.md §2.1): `Min happiness` (no metric of that
 * name), or `Min LTV` while the metric layer cannot yet compute LTV. Such a column used to be
 * ignored, and a stage whose only target it was passed "by default": money released on a
 * criterion nobody checked. Now the column gets a warning naming its cell and the nearest
 * known metrics, and every stage with a value in it is held.
 */
import { say, type CoreMessage } from '../../i18n/render';
import { METRIC_NAMES, type NamedMetric } from '../vocabulary/metricNames';
import { normalizeHeader } from '../vocabulary/normalize';
import { cellRef } from './errors';
import { metricNameList, metricNamed, stagesField, targetShape } from './headers';
import type { Table } from './types';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import type { MetricKey } from '../model/metrics';

export interface UnknownTarget {
  readonly col: number;
  readonly header: string;
  /** The metric the header names when the engine cannot compute it yet; null: no metric of that name. */
  readonly metric: NamedMetric | null;
}

export const isEngineMetric = (m: NamedMetric): m is MetricKey => Object.prototype.hasOwnProperty.call(METRIC_DEFINITIONS, m);

/** Whether a cell holds a number or a text number (a threshold), not words. */
const numberLike = (v: unknown) => typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && !/\p{L}{3,}/u.test(v));

/**
 * Target-shaped headers whose metric the engine does not know. A column of words only
 * ("Target audience: women 25–34") is a user's notes, not a target, and is left alone.
 */
export function unknownTargets(table: Table): UnknownTarget[] {
  const header = (table[0] ?? []).map((h) => String(h ?? '').trim());
  const out: UnknownTarget[] = [];
  header.forEach((h, col) => {
    if (!h || stagesField(h)) return;
    const shape = targetShape(h);
    if (!shape) return;
    const metric = metricNamed(shape.text);
    if (metric && isEngineMetric(metric)) return;
    let numbers = false;
    for (let r = 1; r < table.length && !numbers; r++) numbers = numberLike(table[r][col]);
    if (numbers) out.push({ col, header: h, metric });
  });
  return out;
}

/** Edit distance (Levenshtein), for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The three known metrics whose names are nearest to `text`, by their first (English) name. */
export function nearestMetrics(text: string, count = 3): string[] {
  const n = normalizeHeader(text);
  const best = new Map<NamedMetric, number>();
  for (const [name, metric] of metricNameList()) {
    if (!isEngineMetric(metric)) continue;
    const d = distance(n, name) / Math.max(n.length, name.length, 1);
    if (!best.has(metric) || d < best.get(metric)!) best.set(metric, d);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .map(([m]) => METRIC_NAMES[m][0]);
}

export function unknownTargetWarnings(targets: readonly UnknownTarget[], sheet: string): CoreMessage[] {
  return targets.map((t) => {
    const cell = cellRef(sheet, 0, t.col);
    const shape = targetShape(t.header);
    if (t.metric) return say('warning.targetNotEvaluable', { cell, header: t.header, metric: METRIC_NAMES[t.metric][0] });
    return say('warning.targetUnknown', { cell, header: t.header, nearest: { list: nearestMetrics(shape?.text ?? t.header) } });
  });
}

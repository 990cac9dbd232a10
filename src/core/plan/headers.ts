/**
 * Header lookups over the one vocabulary (src/core/vocabulary): case-insensitive, ignoring
 * spaces and punctuation (docs/contract.md §2.1), in the four languages and with the names ad platforms
 * give the same columns in their exports (docs/contract.md §2.2).
 */
import { GEO_COLUMNS, STAGES_COLUMNS, WEEKLY_COLUMNS } from '../vocabulary/columns';
import { COSTS, METRIC_NAMES, type NamedMetric } from '../vocabulary/metricNames';
import { nameIndex, normalizeHeader, withoutCurrency } from '../vocabulary/normalize';
import { AT_LEAST, AT_LEAST_OPERATORS, AT_MOST, OPERATOR_SUFFIX, TARGET_WORDS } from '../vocabulary/targetWords';
import type { WeeklyField } from '../model/weekly';

export { normalizeHeader };
export type { NamedMetric };

let weeklyNames: Map<string, WeeklyField> | undefined;

/** The Weekly field a header names (in any of the four languages), or null for a column of the user's own. */
export function weeklyField(header: unknown): WeeklyField | null {
  const n = normalizeHeader(withoutCurrency(String(header ?? '')));
  if (!n) return null;
  weeklyNames ??= nameIndex<WeeklyField>(WEEKLY_COLUMNS);
  return weeklyNames.get(n) ?? null;
}

export type StagesField = keyof typeof STAGES_COLUMNS;
let stagesNames: Map<string, StagesField> | undefined;

/** The Stages column a header names in any of the four languages (`Budget`, `Budsjett`, `Бюджет`, `预算`), or null. */
export function stagesField(header: unknown): StagesField | null {
  stagesNames ??= nameIndex<StagesField>(STAGES_COLUMNS);
  return stagesNames.get(normalizeHeader(header)) ?? null;
}

export type GeoField = keyof typeof GEO_COLUMNS;
let geoNames: Map<string, GeoField> | undefined;

/** The Geo sheet column a header names (`Date`, `Region`, `Выручка`, `地区`), or null. */
export function geoField(header: unknown): GeoField | null {
  geoNames ??= nameIndex<GeoField>(GEO_COLUMNS);
  return geoNames.get(normalizeHeader(withoutCurrency(String(header ?? '')))) ?? null;
}

let metricNames: Map<string, NamedMetric> | undefined;

/** A metric name as a header spells it in any of the four languages ("Conv. rate", "cost per lead", "конверсий", "转化率"), or null. */
export function metricNamed(text: string): NamedMetric | null {
  metricNames ??= nameIndex<NamedMetric>(METRIC_NAMES);
  return metricNames.get(normalizeHeader(text)) ?? null;
}

/** Every metric name, normalised, with its metric: for "did you mean" suggestions. */
export function metricNameList(): [string, NamedMetric][] {
  metricNames ??= nameIndex<NamedMetric>(METRIC_NAMES);
  return [...metricNames];
}

export interface TargetHeader {
  readonly metric: NamedMetric;
  readonly op: '>=' | '<=';
}

/** Costs: less is better, so `Target CPA` is an upper bound (as Google Ads means it). */
export const LESS_IS_BETTER: ReadonlySet<NamedMetric> = COSTS;

/** "at least"/"at most"/"target" words, normalised, longest first (so `minimum` wins over `min`). */
let boundWords: [string, '>=' | '<=' | 'target'][] | undefined;

/**
 * A header shaped like a target (a bound word or an operator and some other text), with that
 * text as written: `Min happiness` → { text: "happiness", op: ">=" }. Whether the text names a
 * metric is the caller's question; null when the header is no target shape at all.
 */
export function targetShape(header: unknown): { text: string; op: '>=' | '<=' | 'target' } | null {
  const raw = String(header ?? '').trim();
  const m = OPERATOR_SUFFIX.exec(raw);
  if (m) return { text: m[1], op: AT_LEAST_OPERATORS.includes(m[2]) ? '>=' : '<=' };
  boundWords ??= [
    ...AT_LEAST.map((w) => [normalizeHeader(w), '>='] as [string, '>=']),
    ...AT_MOST.map((w) => [normalizeHeader(w), '<='] as [string, '<=']),
    ...TARGET_WORDS.map((w) => [normalizeHeader(w), 'target'] as [string, 'target']),
  ].sort((a, b) => b[0].length - a[0].length);
  const n = normalizeHeader(raw);
  // A bound word alone, or glued to a longer word ("Minutes", "Maxim"), is no target: it needs a separator in the header.
  const words = raw
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (const [word, op] of boundWords) {
    if (n.startsWith(word) && n.length > word.length) {
      const rest = n.slice(word.length);
      if (metricNamed(rest) || separated(words, word, 'first')) return { text: rest, op };
    }
    if (op !== 'target' && n.endsWith(word) && n.length > word.length) {
      const rest = n.slice(0, n.length - word.length);
      if (metricNamed(rest) || separated(words, word, 'last')) return { text: rest, op };
    }
  }
  return null;
}

/** Is `word` a word of its own at that end of the header (`Min happiness`, not `Minutes`)? CJK words need no spaces. */
function separated(words: readonly string[], word: string, end: 'first' | 'last'): boolean {
  if (/^[\p{Script=Han}]+$/u.test(word)) return true;
  if (words.length < 2) return false;
  return normalizeHeader(end === 'first' ? words[0] : words[words.length - 1]) === word;
}

/**
 * `Min ROAS`, `Max CPA`, `ROAS >=`, `CPA ≤`, `Target ROAS` (at least) and `Target CPA` (at
 * most, a cost), and the same in Norwegian, Russian and Chinese (`Maks CPA`, `Мин. ROAS`,
 * `最低 ROAS`, `CPA 上限`, `Mål-ROAS`, `目标 CPA`): a target column on a named metric; anything
 * else (a target on a metric nobody knows, a notes column): null.
 */
export function targetHeader(header: unknown): TargetHeader | null {
  const shape = targetShape(header);
  const metric = shape ? metricNamed(shape.text) : null;
  if (!shape || !metric) return null;
  return { metric, op: shape.op !== 'target' ? shape.op : LESS_IS_BETTER.has(metric) ? '<=' : '>=' };
}

/**
 * What makes a Stages header a target (docs/contract.md §2.1): a word for at least (`>=`) or at most
 * (`<=`) before the metric (`Min ROAS`, `Maks CPA`, `Мин. ROAS`, `最低 ROAS`) or after it
 * (`ROAS min.`, `CPA 上限`), an operator after it (`ROAS >=`, `CPA ≤`), or "Target" as Google
 * Ads names its targets (`Target ROAS`, `Mål-ROAS`, `Целевой ROAS`, `目标 CPA`: at least, or
 * at most for a cost).
 */
export const AT_LEAST = [
  'min',
  'minimum',
  'minst',
  'мин',
  'минимум',
  'минимальный',
  'минимальная',
  'минимальное',
  'неменее',
  '最低',
  '最少',
  '最小',
  '至少',
  '下限',
];
export const AT_MOST = [
  'max',
  'maximum',
  'maks',
  'maksimum',
  'høyst',
  'макс',
  'максимум',
  'максимальный',
  'максимальная',
  'максимальное',
  'неболее',
  '最高',
  '最多',
  '最大',
  '至多',
  '上限',
];
export const TARGET_WORDS = ['target', 'mål', 'målverdi', 'целевой', 'целевая', 'целевое', 'цель', '目标'];
/** `ROAS >=`, `CPA ≤`: the operator after the metric. */
export const OPERATOR_SUFFIX = /^(.+?)\s*(>=|≥|=>|<=|≤|=<)$/;
export const AT_LEAST_OPERATORS: readonly string[] = ['>=', '≥', '=>'];

/** Short axis labels that fit a 300 px sidebar: 12k, 2.5, 4%, "6 Jan". */
import { formatValue } from '../../core/plan/format';
import type { MetricInfo } from '../../core/plan/headers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function tickText(v: number, format: MetricInfo['format']): string {
  if (format === 'percent') return `${+(v * 100).toFixed(1)}%`;
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(0)}k`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return format === 'ratio' ? String(+v.toFixed(2)) : String(+v.toFixed(1));
}

/** "2025-01-06" → "6 Jan"; other labels as they are. */
export function weekText(label: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  return m ? `${+m[3]} ${MONTHS[+m[2] - 1]}` : label;
}

/** A number in the "Show numbers" table, as the reasons write it. */
export function cellText(v: number | string, format: MetricInfo['format']): string {
  return typeof v === 'number' ? formatValue(v, format) : v;
}

/** Short axis labels that fit a 300 px sidebar: 12k, 2.5, 4%, "6 Jan". */
import { weekLabel } from '../../core/charts/pictures';
import { ENGLISH, type Translator } from '../../i18n';
import { renderCell } from '../../i18n/render';
import type { MetricDefinition } from '../../core/metrics/definitions';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Decimals worth showing of a rounded tick: 2.50 → 1, 3.00 → 0. */
const decimals = (v: number, most: number) => (String(+v.toFixed(most)).split('.')[1] ?? '').length;

export function tickText(v: number, format: MetricDefinition['format'], tr: Translator = ENGLISH): string {
  // Other locales: their own marks and short forms (12 тыс., 1.2万, 2,5).
  if (!tr.locale.startsWith('en')) {
    if (format === 'percent') return tr.percent(v, decimals(v * 100, 1));
    if (Math.abs(v) >= 1e3) {
      // The locale's short form when it fits the axis (12k, 1,2万); else 12k with its decimal mark ("10 тыс." is too wide).
      const c = tr.compact(v);
      if (c.length <= 5) return c;
      const mark = tr.number(0.5, 1).replace(/\d/g, '') || '.';
      return Math.abs(v) >= 1e6
        ? `${String(+(v / 1e6).toFixed(1)).replace('.', mark)}M`
        : `${String(+(v / 1e3).toFixed(Math.abs(v) >= 1e4 ? 0 : 1)).replace('.', mark)}k`;
    }
    return tr.number(v, decimals(v, format === 'ratio' ? 2 : 1));
  }
  if (format === 'percent') return `${+(v * 100).toFixed(1)}%`;
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(0)}k`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return format === 'ratio' ? String(+v.toFixed(2)) : String(+v.toFixed(1));
}

/** "2025-01-06" → "6 Jan" ("6. jan.", "1月6日" in other locales); undated weeks numbered in the language. */
export function weekText(label: string, tr: Translator = ENGLISH): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (m && tr.locale.startsWith('en')) return `${+m[3]} ${MONTHS[+m[2] - 1]}`;
  if (m) return tr.dayMonth(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
  return renderCell(weekLabel(label), tr);
}

/** A number in the "Show numbers" table, as the reasons write it. */
export function cellText(v: number | string, format: MetricDefinition['format'], tr: Translator = ENGLISH): string {
  return typeof v === 'number' ? tr.value(v, format) : v;
}

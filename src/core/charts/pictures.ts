/**
 * A stage's three pictures, described once: what each shows, in which colours and line
 * styles, with a title and a sentence that says what a reader should see. The sidebar draws
 * them as small SVG charts; createDashboard() writes them as data columns and native charts.
 */
import { formatMoney, formatValue } from '../plan/format';
import type { MetricInfo } from '../plan/headers';
import type { Point, StageSeries } from './types';

/** Okabe–Ito, the decision palette's family: distinguishable with colour-vision deficiencies. */
export const CHART_COLOURS = {
  primary: '#0072B2',
  secondary: '#E69F00',
  reference: '#000000',
  band: '#56B4E9',
  period: '#D9D9D9',
} as const;

export type Layer =
  | { readonly kind: 'bars'; readonly label: string; readonly values: readonly Point[]; readonly colour: string }
  /** `dashed` and `dots` make the line tell apart without colour. */
  | { readonly kind: 'line'; readonly label: string; readonly values: readonly Point[]; readonly colour: string; readonly style: 'solid' | 'dashed' | 'dots' }
  /** A constant: a target or the even pace. */
  | { readonly kind: 'rule'; readonly label: string; readonly value: number; readonly colour: string }
  | { readonly kind: 'band'; readonly label: string; readonly lower: readonly Point[]; readonly upper: readonly Point[]; readonly colour: string }
  /** A stretch of weeks marked behind the data: the test period. */
  | { readonly kind: 'span'; readonly label: string; readonly from: number; readonly colour: string };

export type PictureKind = 'spend' | 'metric' | 'control';

export interface Picture {
  readonly kind: PictureKind;
  readonly title: string;
  /** One sentence with the numbers: the chart's accessible description. */
  readonly summary: string;
  readonly format: MetricInfo['format'];
  readonly weeks: readonly string[];
  readonly layers: readonly Layer[];
}

/** The three kinds in the order cards and the dashboard show them. */
export const PICTURE_KINDS: readonly PictureKind[] = ['spend', 'metric', 'control'];

const last = (xs: readonly Point[]): Point => {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i] !== null) return xs[i];
  return null;
};

export function stagePictures(stage: string, s: StageSeries): Picture[] {
  const out: Picture[] = [];
  const total = s.spend.spend.reduce((a, b) => a + b, 0);
  const weeksText = `${s.weeks.length} week${s.weeks.length === 1 ? '' : 's'}${s.leftOut ? ` shown (${s.leftOut} earlier left out)` : ''}`;
  out.push({
    kind: 'spend',
    title: `${stage}: weekly spend${s.spend.pace === null ? '' : ' vs even pace'}`,
    summary:
      `Spend ${formatMoney(total)} of the ${formatMoney(s.spend.budget)} budget in ${weeksText}` +
      (s.spend.pace === null ? '; no Min weeks, so no pace.' : `; even pace over ${s.spend.plannedWeeks} weeks is ${formatMoney(s.spend.pace)} a week.`),
    format: 'money',
    weeks: s.weeks,
    layers: [
      { kind: 'bars', label: 'Spend', values: s.spend.spend, colour: CHART_COLOURS.primary },
      ...(s.spend.pace === null ? [] : [{ kind: 'rule', label: 'Even pace', value: s.spend.pace, colour: CHART_COLOURS.reference } as const]),
    ],
  });
  const m = s.metric;
  if (m) {
    const word = m.op === '>=' ? 'at least' : 'at most';
    const now = last(m.cumulative);
    const lower = m.lower ? last(m.lower) : null;
    const upper = m.upper ? last(m.upper) : null;
    const f = (v: number) => formatValue(v, m.format);
    out.push({
      kind: 'metric',
      title: `${stage}: ${m.label} ${m.volume ? 'so far' : 'per week'} vs target`,
      summary:
        (now === null ? `${m.label}: no value yet` : `${m.label} so far ${f(now)}`) +
        (lower !== null && upper !== null ? ` (range ${f(lower)}–${f(upper)})` : '') +
        `; target ${word} ${f(m.target)}.`,
      format: m.format,
      weeks: s.weeks,
      layers: [
        ...(m.lower && m.upper ? [{ kind: 'band', label: 'Range', lower: m.lower, upper: m.upper, colour: CHART_COLOURS.band } as const] : []),
        ...(m.volume ? [] : [{ kind: 'line', label: `${m.label} that week`, values: m.weekly, colour: CHART_COLOURS.secondary, style: 'dots' } as const]),
        { kind: 'line', label: `${m.label} so far`, values: m.cumulative, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'rule', label: `Target (${word})`, value: m.target, colour: CHART_COLOURS.reference },
      ],
    });
  }
  const c = s.control;
  if (c) {
    const sum = (xs: readonly Point[]) => xs.slice(c.testFrom).reduce<number>((a, b) => a + (b ?? 0), 0);
    out.push({
      kind: 'control',
      title: `${stage}: test vs control revenue`,
      summary: `In the test period, test revenue ${formatMoney(sum(c.test))} against ${formatMoney(sum(c.control))} for the control (${c.controlLabel.toLowerCase()})${c.testFrom > 0 ? `; the ${c.testFrom} weeks before are the Baseline` : ''}.`,
      format: 'money',
      weeks: c.weeks,
      layers: [
        { kind: 'span', label: 'Test period', from: c.testFrom, colour: CHART_COLOURS.period },
        { kind: 'line', label: 'Test revenue', values: c.test, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'line', label: c.controlLabel, values: c.control, colour: CHART_COLOURS.secondary, style: 'dashed' },
      ],
    });
  }
  return out;
}

/**
 * The picture as a table: a header row and one row per week, blank where there is no value.
 * What the sidebar's "Show numbers" shows and what the Dashboard's data block holds.
 */
export function pictureTable(p: Picture): { header: string[]; rows: (number | string)[][] } {
  const header = ['Week'];
  const cols: ((i: number) => number | string)[] = [];
  const v = (x: Point | undefined) => (x === null || x === undefined ? '' : x);
  for (const l of p.layers) {
    if (l.kind === 'band') {
      header.push(`${l.label} low`, `${l.label} high`);
      cols.push((i) => v(l.lower[i]), (i) => v(l.upper[i]));
    } else if (l.kind === 'span') {
      header.push(l.label);
      cols.push((i) => (i >= l.from ? 'yes' : ''));
    } else {
      header.push(l.label);
      cols.push(l.kind === 'rule' ? () => l.value : (i) => v(l.values[i]));
    }
  }
  return { header, rows: p.weeks.map((w, i) => [w, ...cols.map((f) => f(i))]) };
}

/**
 * A stage's three pictures, described once: what each shows, in which colours and line
 * styles, with a title and a sentence that says what a reader should see. The sidebar draws
 * them as small SVG charts; createDashboard() writes them as data columns and native charts.
 */
import type { Point, StageSeries } from './types';
import { ENGLISH, type Translator } from '../../i18n';
import type { MetricDefinition } from '../metrics/definitions';

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
  readonly format: MetricDefinition['format'];
  readonly weeks: readonly string[];
  readonly layers: readonly Layer[];
}

/** The three kinds in the order cards and the dashboard show them. */
export const PICTURE_KINDS: readonly PictureKind[] = ['spend', 'metric', 'control'];

const last = (xs: readonly Point[]): Point => {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i] !== null) return xs[i];
  return null;
};

/** The control's name in the language: stageSeries names it as the engine scales it. */
function controlName(label: string, tr: Translator): string {
  return /×/.test(label) ? tr.t('chart.controlScaled') : tr.t('chart.control');
}

export function stagePictures(stage: string, s: StageSeries, tr: Translator = ENGLISH): Picture[] {
  const out: Picture[] = [];
  const total = s.spend.spend.reduce((a, b) => a + b, 0);
  const weeksText = tr.t('chart.weeks', { count: s.weeks.length, leftOut: s.leftOut ?? 0 });
  out.push({
    kind: 'spend',
    title: tr.t('chart.spendTitle', { stage, pace: s.spend.pace === null ? 'no' : 'yes' }),
    summary: tr.t('chart.spendSummary', {
      total: tr.money(total),
      budget: tr.money(s.spend.budget),
      weeks: weeksText,
      pace: s.spend.pace === null ? 'none' : tr.money(s.spend.pace),
      planned: s.spend.plannedWeeks ?? 0,
    }),
    format: 'money',
    weeks: s.weeks,
    layers: [
      { kind: 'bars', label: tr.t('chart.spend'), values: s.spend.spend, colour: CHART_COLOURS.primary },
      ...(s.spend.pace === null ? [] : [{ kind: 'rule', label: tr.t('chart.pace'), value: s.spend.pace, colour: CHART_COLOURS.reference } as const]),
    ],
  });
  const m = s.metric;
  if (m) {
    const op = m.op === '>=' ? 'min' : 'max';
    const metric = tr.t(`metric.${m.key}` as 'metric.roas');
    const now = last(m.cumulative);
    const lower = m.lower ? last(m.lower) : null;
    const upper = m.upper ? last(m.upper) : null;
    const f = (v: number) => tr.value(v, m.format);
    out.push({
      kind: 'metric',
      title: tr.t('chart.metricTitle', { stage, metric, volume: m.volume ? 'yes' : 'no' }),
      summary: tr.t('chart.metricSummary', {
        now: now === null ? tr.t('chart.metricNoValue', { metric }) : tr.t('chart.metricSoFar', { metric, value: f(now) }),
        range: lower !== null && upper !== null ? `${f(lower)}–${f(upper)}` : 'none',
        op,
        target: f(m.target),
      }),
      format: m.format,
      weeks: s.weeks,
      layers: [
        ...(m.lower && m.upper ? [{ kind: 'band', label: tr.t('chart.range'), lower: m.lower, upper: m.upper, colour: CHART_COLOURS.band } as const] : []),
        ...(m.volume
          ? []
          : [{ kind: 'line', label: tr.t('chart.thatWeek', { metric }), values: m.weekly, colour: CHART_COLOURS.secondary, style: 'dots' } as const]),
        { kind: 'line', label: tr.t('chart.soFar', { metric }), values: m.cumulative, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'rule', label: tr.t('chart.target', { op }), value: m.target, colour: CHART_COLOURS.reference },
      ],
    });
  }
  const c = s.control;
  if (c) {
    const sum = (xs: readonly Point[]) => xs.slice(c.testFrom).reduce<number>((a, b) => a + (b ?? 0), 0);
    const control = controlName(c.controlLabel, tr);
    out.push({
      kind: 'control',
      title: tr.t('chart.controlTitle', { stage }),
      summary: tr.t('chart.controlSummary', {
        test: tr.money(sum(c.test)),
        control: tr.money(sum(c.control)),
        label: control.toLowerCase(),
        before: c.testFrom,
      }),
      format: 'money',
      weeks: c.weeks,
      layers: [
        { kind: 'span', label: tr.t('chart.testPeriod'), from: c.testFrom, colour: CHART_COLOURS.period },
        { kind: 'line', label: tr.t('chart.testRevenue'), values: c.test, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'line', label: control, values: c.control, colour: CHART_COLOURS.secondary, style: 'dashed' },
      ],
    });
  }
  return out;
}

/** A week's label on an axis or in a table: "6 Jan", "6. jan.", "1月6日"; undated weeks numbered. */
export function weekName(label: string, tr: Translator = ENGLISH, axis = true): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (iso) return axis ? tr.dayMonth(new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3]))) : label;
  const undated = /^undated (\d+)$/.exec(label);
  return undated ? tr.t('chart.undated', { n: undated[1] }) : label;
}

/**
 * The picture as a table: a header row and one row per week, blank where there is no value.
 * What the sidebar's "Show numbers" shows and what the Dashboard's data block holds.
 */
export function pictureTable(p: Picture, tr: Translator = ENGLISH): { header: string[]; rows: (number | string)[][] } {
  const header = [tr.t('header.week')];
  const cols: ((i: number) => number | string)[] = [];
  const v = (x: Point | undefined) => (x === null || x === undefined ? '' : x);
  for (const l of p.layers) {
    if (l.kind === 'band') {
      header.push(tr.t('chart.low', { label: l.label }), tr.t('chart.high', { label: l.label }));
      cols.push(
        (i) => v(l.lower[i]),
        (i) => v(l.upper[i]),
      );
    } else if (l.kind === 'span') {
      header.push(l.label);
      cols.push((i) => (i >= l.from ? tr.t('chart.yes') : ''));
    } else {
      header.push(l.label);
      cols.push(l.kind === 'rule' ? () => l.value : (i) => v(l.values[i]));
    }
  }
  return { header, rows: p.weeks.map((w, i) => [weekName(w, tr, false), ...cols.map((f) => f(i))]) };
}

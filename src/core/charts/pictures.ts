/**
 * A stage's three pictures, described once: what each shows, in which colours and line
 * styles, with a title and a sentence that says what a reader should see. The sidebar draws
 * them as small SVG charts; createDashboard() writes them as data columns and native charts.
 */
import type { Point, StageSeries } from './types';
import type { MessageKey } from '../../i18n';
import { say, type CoreMessage } from '../../i18n/render';
import type { MetricDefinition } from '../metrics/definitions';

/** Okabe–Ito, the decision palette's family: distinguishable with colour-vision deficiencies. */
export const CHART_COLOURS = {
  primary: '#0072B2',
  secondary: '#E69F00',
  reference: '#000000',
  band: '#56B4E9',
  period: '#D9D9D9',
} as const;

/**
 * A picture's words (title, summary, labels) are messages in the core (`T` = a catalogue
 * message); src/words/pictures.ts gives the same picture with them in a language (`T` = string).
 */
export type Layer<T = CoreMessage> =
  | { readonly kind: 'bars'; readonly label: T; readonly values: readonly Point[]; readonly colour: string }
  /** `dashed` and `dots` make the line tell apart without colour. */
  | { readonly kind: 'line'; readonly label: T; readonly values: readonly Point[]; readonly colour: string; readonly style: 'solid' | 'dashed' | 'dots' }
  /** A constant: a target or the even pace. */
  | { readonly kind: 'rule'; readonly label: T; readonly value: number; readonly colour: string }
  | { readonly kind: 'band'; readonly label: T; readonly lower: readonly Point[]; readonly upper: readonly Point[]; readonly colour: string }
  /** A stretch of weeks marked behind the data: the test period. */
  | { readonly kind: 'span'; readonly label: T; readonly from: number; readonly colour: string };

export type PictureKind = 'spend' | 'metric' | 'control';

export interface Picture<T = CoreMessage> {
  readonly kind: PictureKind;
  readonly title: T;
  /** One sentence with the numbers: the chart's accessible description. */
  readonly summary: T;
  readonly format: MetricDefinition['format'];
  readonly weeks: readonly string[];
  readonly layers: readonly Layer<T>[];
}

/** The three kinds in the order cards and the dashboard show them. */
export const PICTURE_KINDS: readonly PictureKind[] = ['spend', 'metric', 'control'];

const last = (xs: readonly Point[]): Point => {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i] !== null) return xs[i];
  return null;
};

/** The control's name: stageSeries names it as the engine scales it. */
function controlName(label: string): CoreMessage {
  return /×/.test(label) ? say('chart.controlScaled') : say('chart.control');
}

export function stagePictures(stage: string, s: StageSeries): Picture[] {
  const out: Picture[] = [];
  const total = s.spend.spend.reduce((a, b) => a + b, 0);
  const weeksText = say('chart.weeks', { count: s.weeks.length, leftOut: s.leftOut ?? 0 });
  out.push({
    kind: 'spend',
    title: say('chart.spendTitle', { stage, pace: s.spend.pace === null ? 'no' : 'yes' }),
    summary: say('chart.spendSummary', {
      total: { money: total },
      budget: { money: s.spend.budget },
      weeks: weeksText,
      pace: s.spend.pace === null ? 'none' : { money: s.spend.pace },
      planned: s.spend.plannedWeeks ?? 0,
    }),
    format: 'money',
    weeks: s.weeks,
    layers: [
      { kind: 'bars', label: say('chart.spend'), values: s.spend.spend, colour: CHART_COLOURS.primary },
      ...(s.spend.pace === null ? [] : [{ kind: 'rule', label: say('chart.pace'), value: s.spend.pace, colour: CHART_COLOURS.reference } as const]),
    ],
  });
  const m = s.metric;
  if (m) {
    const op = m.op === '>=' ? 'min' : 'max';
    const metric = say(`metric.${m.key}` as MessageKey);
    const now = last(m.cumulative);
    const lower = m.lower ? last(m.lower) : null;
    const upper = m.upper ? last(m.upper) : null;
    const f = (v: number) => ({ value: v, format: m.format });
    out.push({
      kind: 'metric',
      title: say('chart.metricTitle', { stage, metric, volume: m.volume ? 'yes' : 'no' }),
      summary: say('chart.metricSummary', {
        now: now === null ? say('chart.metricNoValue', { metric }) : say('chart.metricSoFar', { metric, value: f(now) }),
        range: lower !== null && upper !== null ? { join: [f(lower), f(upper)], by: '–' } : 'none',
        op,
        target: f(m.target),
      }),
      format: m.format,
      weeks: s.weeks,
      layers: [
        ...(m.lower && m.upper ? [{ kind: 'band', label: say('chart.range'), lower: m.lower, upper: m.upper, colour: CHART_COLOURS.band } as const] : []),
        ...(m.volume
          ? []
          : [{ kind: 'line', label: say('chart.thatWeek', { metric }), values: m.weekly, colour: CHART_COLOURS.secondary, style: 'dots' } as const]),
        { kind: 'line', label: say('chart.soFar', { metric }), values: m.cumulative, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'rule', label: say('chart.target', { op }), value: m.target, colour: CHART_COLOURS.reference },
      ],
    });
  }
  const c = s.control;
  if (c) {
    const sum = (xs: readonly Point[]) => xs.slice(c.testFrom).reduce<number>((a, b) => a + (b ?? 0), 0);
    const control = controlName(c.controlLabel);
    out.push({
      kind: 'control',
      title: say('chart.controlTitle', { stage }),
      summary: say('chart.controlSummary', {
        test: { money: sum(c.test) },
        control: { money: sum(c.control) },
        label: { lower: control },
        before: c.testFrom,
      }),
      format: 'money',
      weeks: c.weeks,
      layers: [
        { kind: 'span', label: say('chart.testPeriod'), from: c.testFrom, colour: CHART_COLOURS.period },
        { kind: 'line', label: say('chart.testRevenue'), values: c.test, colour: CHART_COLOURS.primary, style: 'solid' },
        { kind: 'line', label: control, values: c.control, colour: CHART_COLOURS.secondary, style: 'dashed' },
      ],
    });
  }
  return out;
}

/** A week's label in a table: its date as written ("2025-01-06"); undated weeks numbered in the language. */
export function weekLabel(label: string): string | CoreMessage {
  const undated = /^undated (\d+)$/.exec(label);
  return undated ? say('chart.undated', { n: undated[1] }) : label;
}

/**
 * The picture as a table: a header row and one row per week, blank where there is no value.
 * What the sidebar's "Show numbers" shows and what the Dashboard's data block holds.
 */
export function pictureTable(p: Picture): { header: CoreMessage[]; rows: (number | string | CoreMessage)[][] } {
  const header: CoreMessage[] = [say('header.week')];
  const cols: ((i: number) => number | string | CoreMessage)[] = [];
  const v = (x: Point | undefined) => (x === null || x === undefined ? '' : x);
  for (const l of p.layers) {
    if (l.kind === 'band') {
      header.push(say('chart.low', { label: l.label }), say('chart.high', { label: l.label }));
      cols.push(
        (i) => v(l.lower[i]),
        (i) => v(l.upper[i]),
      );
    } else if (l.kind === 'span') {
      header.push(l.label);
      cols.push((i) => (i >= l.from ? say('chart.yes') : ''));
    } else {
      header.push(l.label);
      cols.push(l.kind === 'rule' ? () => l.value : (i) => v(l.values[i]));
    }
  }
  return { header, rows: p.weeks.map((w, i) => [weekLabel(w), ...cols.map((f) => f(i))]) };
}

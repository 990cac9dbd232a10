/**
 * The metric layer (docs/contract.md §2.3): every metric a stage can be gated on, defined once — the
 * columns it needs, its formula as a sum or a ratio of sums, which way is better, whether it
 * accumulates (a volume), and how its range is made (docs/contract.md §2.5). The engine's values, the
 * criteria's ranges, the header vocabulary's `Target X` direction and the reasons' formats all
 * read this table, so a new KPI is one entry here (plus its names in the vocabulary and the
 * catalogues).
 */
import { aov, ltvCac, profit, ratio, repeatShareOfNew } from './formulas';
import type { MeasureField, MetricKey, Sums } from '../model/metrics';

/** What a formula may use besides the sums: which columns Weekly has, and the stage's settings. */
export interface MetricContext {
  readonly has: (field: MeasureField) => boolean;
  readonly testSize: number;
  readonly controlSize: number;
  /** Gross margin on revenue (the stage's `Margin`, else the document's `margin`, default 1). */
  readonly margin: number;
  /** Lifetime revenue per new customer as a multiple of its first revenue (setting `ltvMultiple`, default 1). */
  readonly ltvMultiple: number;
}

export type Part = (s: Sums, x: MetricContext) => number;

/** How a criterion on the metric gets its range (docs/contract.md §2.5). */
export type RangeMethod = 'none' | 'weekly ratio' | 'iroas' | 'sales growth';

export interface MetricDefinition {
  readonly key: MetricKey;
  /** How the sidebar and the JSON name it (the reasons use the catalogue's `metric.<key>`). */
  readonly label: string;
  /** Volume criteria accumulate over time (docs/contract.md §2.1). */
  readonly volume: boolean;
  readonly format: 'ratio' | 'money' | 'count' | 'percent';
  /** Which way is better: what `Target <metric>` means (at least, or at most for a cost). */
  readonly better: '>=' | '<=';
  readonly range: RangeMethod;
  /** Whether Weekly has the columns it needs; when not, the criterion is not evaluable, never guessed. */
  readonly evaluable: (x: MetricContext) => boolean;
  /** A volume: its total over the sums. */
  readonly total?: Part;
  /** A ratio of sums: numerator and denominator (per stage, and per week for the range). */
  readonly ratio?: readonly [Part, Part];
  /** The point value when the ratio is stated as a formula of other metrics (LTV:CAC = LTV / CAC). */
  readonly point?: (s: Sums, x: MetricContext) => number;
}

/** Orders default to conversions without an `Orders` column, and conversions to orders without a `Conversions` one. */
const orders: Part = (s, x) => (x.has('orders') ? s.orders : s.conversions);
const conversions: Part = (s, x) => (x.has('conversions') ? s.conversions : s.orders);
const hasOrders = (x: MetricContext) => x.has('orders') || x.has('conversions');
/** The lifetime value of the new customers: the `Customer value` column, else revenue × the LTV multiple. */
const lifetimeValue: Part = (s, x) => (x.has('customerValue') ? s.customerValue : s.revenue * x.ltvMultiple);
const hasLifetimeValue = (x: MetricContext) => x.has('newCustomers') && (x.has('customerValue') || x.has('revenue'));
/** Profit after ad spend: Σgross profit − Σspend, else Σrevenue × margin − Σspend. */
const profitPart: Part = (s, x) => (x.has('grossProfit') ? profit(s.grossProfit, s.spend) : profit(s.revenue, s.spend, x.margin));
const hasProfit = (x: MetricContext) => x.has('grossProfit') || x.has('revenue');
const spend: Part = (s) => s.spend;
const always = () => true;
const needs =
  (...fields: MeasureField[]) =>
  (x: MetricContext) =>
    fields.every((f) => x.has(f));

type Entry = Omit<MetricDefinition, 'key'>;
const volume = (label: string, format: Entry['format'], evaluable: Entry['evaluable'], total: Part): Entry => ({
  label,
  volume: true,
  format,
  better: '>=',
  range: 'none',
  evaluable,
  total,
});
const rate = (
  label: string,
  format: Entry['format'],
  better: Entry['better'],
  evaluable: Entry['evaluable'],
  num: Part,
  den: Part,
  extra: Partial<Entry> = {},
): Entry => ({ label, volume: false, format, better, range: 'weekly ratio', evaluable, ratio: [num, den], ...extra });

const ENTRIES: Record<MetricKey, Entry> = {
  // Contract 2.3: ratios of sums.
  roas: rate('ROAS', 'ratio', '>=', needs('revenue'), (s) => s.revenue, spend),
  iroas: rate('iROAS', 'ratio', '>=', needs('revenue', 'controlRevenue'), (s, x) => s.revenue - (s.controlRevenue * x.testSize) / x.controlSize, spend, {
    range: 'iroas',
  }),
  cpa: rate('CPA', 'money', '<=', hasOrders, spend, conversions),
  cpc: rate('CPC', 'money', '<=', needs('clicks'), spend, (s) => s.clicks),
  cpm: rate(
    'CPM',
    'money',
    '<=',
    needs('impressions'),
    (s) => s.spend * 1000,
    (s) => s.impressions,
    { point: (s) => (s.spend / s.impressions) * 1000 },
  ),
  cpl: rate('CPL', 'money', '<=', needs('leads'), spend, (s) => s.leads),
  ctr: rate(
    'CTR',
    'percent',
    '>=',
    needs('clicks', 'impressions'),
    (s) => s.clicks,
    (s) => s.impressions,
  ),
  conversionRate: rate(
    'Conversion rate',
    'percent',
    '>=',
    (x) => hasOrders(x) && x.has('clicks'),
    conversions,
    (s) => s.clicks,
  ),
  // Sales growth needs the Baseline weeks: stageMetrics computes it, the delta method gives its range.
  salesGrowth: { label: 'Sales growth', volume: false, format: 'percent', better: '>=', range: 'sales growth', evaluable: needs('revenue') },
  // Volumes accumulate (docs/contract.md §2.1).
  conversions: volume('Conversions', 'count', hasOrders, conversions),
  leads: volume('Leads', 'count', needs('leads'), (s) => s.leads),
  revenue: volume('Revenue', 'money', needs('revenue'), (s) => s.revenue),
  spend: volume('Spend', 'money', always, spend),
  weeks: volume('Weeks', 'count', always, () => 0), // counted from the rows' dates, not summed (stageMetrics)
  // The funnel and business KPIs (issue #21).
  cac: rate('CAC', 'money', '<=', needs('newCustomers'), spend, (s) => s.newCustomers),
  ltv: rate('LTV', 'money', '>=', hasLifetimeValue, lifetimeValue, (s) => s.newCustomers),
  ltvCac: rate('LTV:CAC', 'ratio', '>=', hasLifetimeValue, lifetimeValue, spend, {
    point: (s, x) => ltvCac(ratio(lifetimeValue(s, x), s.newCustomers), ratio(s.spend, s.newCustomers)),
  }),
  repeatShare: rate(
    'Repeat share',
    'percent',
    '>=',
    (x) => x.has('newCustomers') && hasOrders(x),
    (s, x) => orders(s, x) - s.newCustomers,
    orders,
    { point: (s, x) => repeatShareOfNew(s.newCustomers, orders(s, x)) },
  ),
  newCustomers: volume('New customers', 'count', needs('newCustomers'), (s) => s.newCustomers),
  orders: volume('Orders', 'count', hasOrders, orders),
  aov: rate(
    'AOV',
    'money',
    '>=',
    (x) => x.has('revenue') && hasOrders(x),
    (s) => s.revenue,
    orders,
    { point: (s, x) => aov(s.revenue, orders(s, x)) },
  ),
  clicks: volume('Clicks', 'count', needs('clicks'), (s) => s.clicks),
  impressions: volume('Impressions', 'count', needs('impressions'), (s) => s.impressions),
  profit: volume('Profit', 'money', hasProfit, profitPart),
  roi: rate('ROI', 'percent', '>=', hasProfit, profitPart, spend),
  // Frequency is capped, not maximised: `Target frequency` is an upper bound.
  frequency: rate(
    'Frequency',
    'ratio',
    '<=',
    needs('impressions', 'reach'),
    (s) => s.impressions,
    (s) => s.reach,
  ),
};

export const METRIC_DEFINITIONS = Object.fromEntries(Object.entries(ENTRIES).map(([key, e]) => [key, { key, ...e }])) as unknown as Readonly<
  Record<MetricKey, MetricDefinition>
>;

export const METRIC_KEYS = Object.keys(ENTRIES) as MetricKey[];

const finiteOrNull = (v: number): number | null => (v - v === 0 ? v : null);

/**
 * A metric's value over a stage's (or a week's) sums: its total, or its ratio of sums; null
 * when its columns are missing or its denominator is 0. Weeks and sales growth are left to the
 * caller (they need the rows' dates and the Baseline).
 */
export function metricValue(key: MetricKey, s: Sums, x: MetricContext): number | null {
  const d = METRIC_DEFINITIONS[key];
  if (!d.evaluable(x)) return null;
  if (d.total) return finiteOrNull(d.total(s, x));
  if (!d.ratio) return null;
  const den = d.ratio[1](s, x);
  if (den === 0) return null;
  return finiteOrNull(d.point ? d.point(s, x) : d.ratio[0](s, x) / den);
}

/**
 * Header matching: case-insensitive, ignoring spaces and punctuation (contract 2.1), and the
 * names ad platforms give the same columns in their exports (contract 2.2).
 */

import { AT_LEAST, AT_MOST, METRIC_NAMES as LOCALIZED_METRIC_NAMES, STAGES_NAMES, TARGET_WORDS, WEEKLY_NAMES } from '../../i18n/headerNames';
import { METRIC_DEFINITIONS, METRIC_KEYS, type MetricDefinition, type MetricKey } from '../metrics/definitions';

/** "Amount spent (NOK)" → "amountspentnok"; "Conv. value" → "convvalue". */
export function normalizeHeader(h: unknown): string {
  return String(h ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

export type WeeklyField =
  | 'week' | 'stage' | 'variant' | 'spend' | 'impressions' | 'clicks' | 'leads' | 'conversions' | 'revenue' | 'controlRevenue' | 'newCustomers'
  | 'orders' | 'reach' | 'grossProfit' | 'customerValue';

/**
 * Accepted headers per Weekly field, normalised. Sources: Google Ads (Cost, Impr., Conv.,
 * Conv. value, All conv.), Meta Ads Manager (Amount spent (NOK), Link clicks, Results,
 * Purchases conversion value), Microsoft Ads (Spend, Conv.), LinkedIn (Total spent),
 * TikTok (Total cost, Complete payment).
 */
const WEEKLY_ALIASES: Record<WeeklyField, readonly string[]> = {
  week: ['week', 'weekstarting', 'weekof', 'date', 'day', 'reportingstarts', 'periodstart', 'start'],
  stage: ['stage', 'phase', 'step'],
  variant: ['variant', 'campaign', 'campaignname', 'adset', 'adsetname', 'adgroup', 'ad', 'adname', 'creative', 'arm'],
  spend: ['spend', 'cost', 'amountspent', 'totalspent', 'totalcost', 'adspend', 'spent', 'mediacost'],
  impressions: ['impressions', 'impr', 'imps'],
  clicks: ['clicks', 'linkclicks', 'clicksall', 'sessions', 'visitors', 'visits'],
  leads: ['leads', 'lead', 'formfills', 'signups'],
  conversions: ['conversions', 'conv', 'results', 'allconv', 'completepayment'],
  revenue: ['revenue', 'convvalue', 'conversionvalue', 'purchasesconversionvalue', 'purchasevalue', 'sales', 'value', 'allconvvalue', 'totalrevenue'],
  controlRevenue: ['controlrevenue', 'holdoutrevenue', 'controlsales', 'controlgrouprevenue'],
  newCustomers: ['newcustomers', 'newcustomer', 'firstpurchases', 'newbuyers', 'firsttimecustomers'],
  // Issue #21: orders default to conversions (and conversions to orders) when only one is there.
  orders: ['orders', 'purchases', 'transactions', 'ecommercepurchases', 'websitepurchases'],
  reach: ['reach', 'uniquereach', 'accountsreached', 'uniqueusers'],
  grossProfit: ['grossprofit'],
  customerValue: ['customervalue', 'ltv', 'lifetimevalue', 'customerlifetimevalue', 'clv', 'cltv'],
};

/** "Amount spent (NOK)" and "Cost (USD)": a currency in parentheses or after a dash is ignored. */
function withoutCurrency(h: string): string {
  return String(h ?? '').normalize('NFKC').replace(/\s*[([][A-Za-z$€£¥₽]{1,4}[)\]]\s*$/u, '').replace(/\s+[-–]\s+[A-Z]{3}$/u, '');
}

/** Normalised name → field, English aliases and the other languages' names together (built once). */
function lookup<K extends string>(...sources: Readonly<Partial<Record<K, readonly string[]>>>[]): Map<string, K> {
  const map = new Map<string, K>();
  for (const source of sources) for (const key of Object.keys(source) as K[]) for (const name of source[key] ?? []) if (!map.has(normalizeHeader(name))) map.set(normalizeHeader(name), key);
  return map;
}
let weeklyNames: Map<string, WeeklyField> | undefined;

/** The Weekly field a header names (in any of the four languages), or null for a column of the user's own. */
export function weeklyField(header: unknown): WeeklyField | null {
  const n = normalizeHeader(withoutCurrency(String(header ?? '')));
  if (!n) return null;
  weeklyNames ??= lookup<WeeklyField>(WEEKLY_ALIASES, WEEKLY_NAMES);
  return weeklyNames.get(n) ?? null;
}

export type StagesField = keyof typeof STAGES_NAMES;
let stagesNames: Map<string, StagesField> | undefined;

/** The Stages column a header names in any of the four languages (`Budget`, `Budsjett`, `Бюджет`, `预算`), or null. */
export function stagesField(header: unknown): StagesField | null {
  stagesNames ??= lookup<StagesField>(STAGES_NAMES);
  return stagesNames.get(normalizeHeader(header)) ?? null;
}

export type { MetricKey } from '../metrics/definitions';

/** What the readers, the reasons and the sidebar need of a metric: its definition (src/core/metrics). */
export type MetricInfo = MetricDefinition;

export const METRICS: Readonly<Record<MetricKey, MetricInfo>> = METRIC_DEFINITIONS;

/** Without a prototype: a header such as "Min constructor" must find nothing, not Object's constructor. */
const METRIC_NAMES: Record<string, MetricKey> = Object.assign(Object.create(null), {
  roas: 'roas', iroas: 'iroas', incrementalroas: 'iroas', cpa: 'cpa', costperacquisition: 'cpa', costperconversion: 'cpa',
  cpc: 'cpc', cpm: 'cpm', cpl: 'cpl', costperlead: 'cpl', ctr: 'ctr', conversionrate: 'conversionRate', convrate: 'conversionRate',
  cr: 'conversionRate', conversions: 'conversions', conv: 'conversions', leads: 'leads', revenue: 'revenue', spend: 'spend',
  salesgrowth: 'salesGrowth', salesincrease: 'salesGrowth', lift: 'salesGrowth', weeks: 'weeks',
  // Funnel and business KPIs (issue #21).
  costperpurchase: 'cpa', costperorder: 'cpa', cac: 'cac', customeracquisitioncost: 'cac', costpernewcustomer: 'cac',
  ltv: 'ltv', lifetimevalue: 'ltv', customerlifetimevalue: 'ltv', clv: 'ltv', customervalue: 'ltv',
  ltvcac: 'ltvCac', ltvtocac: 'ltvCac', ltvcacratio: 'ltvCac', repeatshare: 'repeatShare', repeatpurchaseshare: 'repeatShare',
  repeatrate: 'repeatShare', repeatpurchaserate: 'repeatShare', newcustomers: 'newCustomers', orders: 'orders', purchases: 'orders',
  aov: 'aov', averageordervalue: 'aov', clicks: 'clicks', impressions: 'impressions', profit: 'profit', roi: 'roi',
  returnoninvestment: 'roi', frequency: 'frequency', averagefrequency: 'frequency',
});

export interface TargetHeader {
  readonly metric: MetricKey;
  readonly op: '>=' | '<=';
}

/** Costs: less is better, so `Target CPA` is an upper bound (as Google Ads means it). */
export const LESS_IS_BETTER: ReadonlySet<MetricKey> = new Set<MetricKey>(METRIC_KEYS.filter((k) => METRIC_DEFINITIONS[k].better === '<='));

let metricNames: Map<string, MetricKey> | undefined;

/** A metric name as a header spells it in any of the four languages ("Conv. rate", "cost per lead", "конверсий", "转化率"), or null. */
export function metricNamed(text: string): MetricKey | null {
  metricNames ??= new Map([...Object.entries(METRIC_NAMES), ...lookup<MetricKey>(LOCALIZED_METRIC_NAMES)] as [string, MetricKey][]);
  return metricNames.get(normalizeHeader(text)) ?? null;
}

/** "at least"/"at most"/"target" words, normalised, longest first (so `minimum` wins over `min`). */
let boundWords: [string, '>=' | '<=' | 'target'][] | undefined;

/**
 * `Min ROAS`, `Max CPA`, `ROAS >=`, `CPA ≤`, `Target ROAS` (at least) and `Target CPA` (at
 * most, a cost), and the same in Norwegian, Russian and Chinese (`Maks CPA`, `Мин. ROAS`,
 * `最低 ROAS`, `CPA 上限`, `Mål-ROAS`, `目标 CPA`): a target column; anything else: null.
 */
export function targetHeader(header: unknown): TargetHeader | null {
  const raw = String(header ?? '').trim();
  const m = /^(.+?)\s*(>=|≥|=>|<=|≤|=<)$/.exec(raw);
  if (m) {
    const metric = metricNamed(m[1]);
    return metric ? { metric, op: m[2] === '>=' || m[2] === '≥' || m[2] === '=>' ? '>=' : '<=' } : null;
  }
  boundWords ??= [
    ...AT_LEAST.map((w) => [normalizeHeader(w), '>='] as [string, '>=']),
    ...AT_MOST.map((w) => [normalizeHeader(w), '<='] as [string, '<=']),
    ...TARGET_WORDS.map((w) => [normalizeHeader(w), 'target'] as [string, 'target']),
  ].sort((a, b) => b[0].length - a[0].length);
  const n = normalizeHeader(raw);
  for (const [word, op] of boundWords) {
    const metric = n.startsWith(word) ? metricNamed(n.slice(word.length)) : n.endsWith(word) && op !== 'target' ? metricNamed(n.slice(0, n.length - word.length)) : null;
    if (metric) return { metric, op: op !== 'target' ? op : LESS_IS_BETTER.has(metric) ? '<=' : '>=' };
  }
  return null;
}

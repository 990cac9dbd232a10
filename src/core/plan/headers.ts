/**
 * Header matching: case-insensitive, ignoring spaces and punctuation (contract 2.1), and the
 * names ad platforms give the same columns in their exports (contract 2.2).
 */

/** "Amount spent (NOK)" → "amountspentnok"; "Conv. value" → "convvalue". */
export function normalizeHeader(h: unknown): string {
  return String(h ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

export type WeeklyField =
  | 'week' | 'stage' | 'variant' | 'spend' | 'impressions' | 'clicks' | 'leads' | 'conversions' | 'revenue' | 'controlRevenue' | 'newCustomers';

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
  conversions: ['conversions', 'conv', 'results', 'purchases', 'orders', 'allconv', 'completepayment', 'transactions'],
  revenue: ['revenue', 'convvalue', 'conversionvalue', 'purchasesconversionvalue', 'purchasevalue', 'sales', 'value', 'allconvvalue', 'totalrevenue'],
  controlRevenue: ['controlrevenue', 'holdoutrevenue', 'controlsales', 'controlgrouprevenue'],
  newCustomers: ['newcustomers', 'newcustomer', 'firstpurchases'],
};

/** "Amount spent (NOK)" and "Cost (USD)": a currency in parentheses or after a dash is ignored. */
function withoutCurrency(h: string): string {
  return String(h ?? '').replace(/\s*[([][A-Za-z$€£¥₽]{1,4}[)\]]\s*$/u, '').replace(/\s+[-–]\s+[A-Z]{3}$/u, '');
}

/** The Weekly field a header names, or null for a column of the user's own. */
export function weeklyField(header: unknown): WeeklyField | null {
  const n = normalizeHeader(withoutCurrency(String(header ?? '')));
  if (!n) return null;
  for (const field of Object.keys(WEEKLY_ALIASES) as WeeklyField[]) if (WEEKLY_ALIASES[field].includes(n)) return field;
  return null;
}

export type MetricKey =
  | 'roas' | 'iroas' | 'cpa' | 'cpc' | 'cpm' | 'cpl' | 'ctr' | 'conversionRate' | 'conversions' | 'leads' | 'revenue' | 'spend' | 'salesGrowth' | 'weeks';

export interface MetricInfo {
  readonly key: MetricKey;
  /** How the sidebar and the reasons name it. */
  readonly label: string;
  /** Volume criteria accumulate over time (contract 2.1). */
  readonly volume: boolean;
  readonly format: 'ratio' | 'money' | 'count' | 'percent';
}

export const METRICS: Record<MetricKey, MetricInfo> = {
  roas: { key: 'roas', label: 'ROAS', volume: false, format: 'ratio' },
  iroas: { key: 'iroas', label: 'iROAS', volume: false, format: 'ratio' },
  cpa: { key: 'cpa', label: 'CPA', volume: false, format: 'money' },
  cpc: { key: 'cpc', label: 'CPC', volume: false, format: 'money' },
  cpm: { key: 'cpm', label: 'CPM', volume: false, format: 'money' },
  cpl: { key: 'cpl', label: 'CPL', volume: false, format: 'money' },
  ctr: { key: 'ctr', label: 'CTR', volume: false, format: 'percent' },
  conversionRate: { key: 'conversionRate', label: 'Conversion rate', volume: false, format: 'percent' },
  conversions: { key: 'conversions', label: 'Conversions', volume: true, format: 'count' },
  leads: { key: 'leads', label: 'Leads', volume: true, format: 'count' },
  revenue: { key: 'revenue', label: 'Revenue', volume: true, format: 'money' },
  spend: { key: 'spend', label: 'Spend', volume: true, format: 'money' },
  salesGrowth: { key: 'salesGrowth', label: 'Sales growth', volume: false, format: 'percent' },
  weeks: { key: 'weeks', label: 'Weeks', volume: true, format: 'count' },
};

const METRIC_NAMES: Record<string, MetricKey> = {
  roas: 'roas', iroas: 'iroas', incrementalroas: 'iroas', cpa: 'cpa', costperacquisition: 'cpa', costperconversion: 'cpa',
  cpc: 'cpc', cpm: 'cpm', cpl: 'cpl', costperlead: 'cpl', ctr: 'ctr', conversionrate: 'conversionRate', convrate: 'conversionRate',
  cr: 'conversionRate', conversions: 'conversions', conv: 'conversions', leads: 'leads', revenue: 'revenue', spend: 'spend',
  salesgrowth: 'salesGrowth', salesincrease: 'salesGrowth', weeks: 'weeks',
};

export interface TargetHeader {
  readonly metric: MetricKey;
  readonly op: '>=' | '<=';
}

/** Costs: less is better, so `Target CPA` is an upper bound (as Google Ads means it). */
export const LESS_IS_BETTER: ReadonlySet<MetricKey> = new Set<MetricKey>(['cpa', 'cpc', 'cpm', 'cpl']);

/** A metric name as a header spells it ("Conv. rate", "cost per lead"), or null. */
export function metricNamed(text: string): MetricKey | null {
  return METRIC_NAMES[normalizeHeader(text)] ?? null;
}

/**
 * `Min ROAS`, `Max CPA`, `ROAS >=`, `CPA ≤`, `Target ROAS` (at least) and `Target CPA` (at
 * most, a cost): a target column; anything else: null.
 */
export function targetHeader(header: unknown): TargetHeader | null {
  const raw = String(header ?? '').trim();
  let m = /^target\b[\s.:]*(.+)$/i.exec(raw);
  if (m) {
    const metric = METRIC_NAMES[normalizeHeader(m[1])];
    return metric ? { metric, op: LESS_IS_BETTER.has(metric) ? '<=' : '>=' } : null;
  }
  m = /^(min|max|minimum|maximum)\b[\s.:]*(.+)$/i.exec(raw);
  if (m) {
    const metric = METRIC_NAMES[normalizeHeader(m[2])];
    return metric ? { metric, op: m[1].toLowerCase().startsWith('min') ? '>=' : '<=' } : null;
  }
  m = /^(.+?)\s*(>=|≥|=>|<=|≤|=<)$/.exec(raw);
  if (m) {
    const metric = METRIC_NAMES[normalizeHeader(m[1])];
    return metric ? { metric, op: m[2] === '>=' || m[2] === '≥' || m[2] === '=>' ? '>=' : '<=' } : null;
  }
  return null;
}

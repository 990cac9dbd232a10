/**
 * The names of every metric a target header may name (docs/contract.md §2.1), in the four languages
 * (with the Russian case forms a header takes after "мин." / "не менее"), one entry per metric.
 * A new KPI is one line here; what it means (inputs, formula, direction, range) is the metric
 * layer's business. A metric named here that the engine cannot yet compute is recognised but
 * "not evaluable" (its stage is held, never passed by default).
 */
export const METRIC_NAMES = {
  roas: ['ROAS', 'Return on ad spend'],
  iroas: ['iROAS', 'Incremental ROAS'],
  cpa: [
    'CPA',
    'Cost per acquisition',
    'Cost per conversion',
    'Cost per purchase',
    'Cost/conv.',
    'Цена конверсии',
    'Стоимость конверсии',
    '单次转化费用',
    '每次转化费用',
  ],
  cpc: ['CPC', 'Cost per click', 'Цена клика', 'Стоимость клика', '每次点击费用', '平均每次点击费用'],
  cpm: ['CPM', 'Цена за 1000 показов', '千次展示费用', '每千次展示费用'],
  cpl: ['CPL', 'Cost per lead', 'Цена лида', 'Стоимость лида', '单条线索成本', '每条线索费用'],
  ctr: ['CTR', 'Klikkfrekvens', 'Кликабельность', '点击率'],
  conversionRate: [
    'Conversion rate',
    'Conv. rate',
    'CR',
    'Konverteringsrate',
    'Konverteringsfrekvens',
    'Коэффициент конверсии',
    'Коэф. конверсии',
    'Конверсия',
    '转化率',
  ],
  conversions: ['Conversions', 'Conv.', 'Konverteringer', 'Konv.', 'Конверсии', 'Конверсий', '转化次数', '转化', '转化数'],
  leads: ['Leads', 'Лиды', 'Лидов', '线索', '线索数'],
  revenue: ['Revenue', 'Inntekt', 'Inntekter', 'Omsetning', 'Выручка', 'Выручки', 'Доход', '收入', '营收', '销售额'],
  spend: ['Spend', 'Kostnad', 'Forbruk', 'Расход', 'Расхода', 'Расходы', '花费', '消耗'],
  salesGrowth: ['Sales growth', 'Sales increase', 'Lift', 'Salgsvekst', 'Рост продаж', 'Роста продаж', '销售增长', '销售增长率'],
  weeks: ['Weeks', 'Uker', 'Недели', 'Недель', 'Неделя', '周数', '周'],
  // The funnel and business KPIs (docs/contract.md §2.1, 2.3); their formulas live in the metric layer (#21).
  cac: [
    'CAC',
    'Customer acquisition cost',
    'Cost per new customer',
    'Kundeanskaffelseskostnad',
    'Стоимость привлечения клиента',
    'Стоимости привлечения клиента',
    'Стоимость привлечения',
    '获客成本',
    '客户获取成本',
  ],
  ltv: [
    'LTV',
    'CLV',
    'Lifetime value',
    'Customer lifetime value',
    'Kundelevetidsverdi',
    'Livstidsverdi',
    'Пожизненная ценность клиента',
    'Пожизненная ценность',
    'Пожизненной ценности',
    '客户终身价值',
    '生命周期价值',
  ],
  ltvCac: ['LTV:CAC', 'LTV/CAC', 'LTV to CAC', 'Соотношение LTV:CAC', 'LTV к CAC', 'LTV:CAC比'],
  repeatShare: [
    'Repeat share',
    'Repeat rate',
    'Repeat purchase rate',
    'Gjenkjøpsandel',
    'Andel gjenkjøp',
    'Доля повторных покупок',
    'Доли повторных покупок',
    '复购率',
    '复购占比',
  ],
  newCustomers: ['New customers', 'Nye kunder', 'Новые клиенты', 'Новых клиентов', '新客户', '新客户数'],
  orders: ['Orders', 'Purchases', 'Bestillinger', 'Ordrer', 'Kjøp', 'Заказы', 'Заказов', 'Покупки', 'Покупок', '订单', '订单数', '购买次数'],
  aov: ['AOV', 'Average order value', 'Gjennomsnittlig ordreverdi', 'Средний чек', 'Среднего чека', '平均订单价值', '客单价'],
  clicks: ['Clicks', 'Klikk', 'Клики', 'Кликов', '点击次数', '点击量'],
  impressions: ['Impressions', 'Impr.', 'Visninger', 'Показы', 'Показов', '展示次数', '展示量'],
  profit: ['Profit', 'Fortjeneste', 'Overskudd', 'Прибыль', 'Прибыли', '利润'],
  roi: ['ROI', 'Return on investment', 'Avkastning', 'Рентабельность инвестиций', 'Окупаемость инвестиций', '投资回报率'],
  frequency: ['Frequency', 'Average frequency', 'Frekvens', 'Частота', 'Частоты', '频次', '频率'],
} as const;

/** Every metric a target header may name: the engine's and those the metric layer is adding. */
export type NamedMetric = keyof typeof METRIC_NAMES;

/** Costs: less is better, so `Target CPA` is an upper bound (as Google Ads means it). */
export const COSTS: ReadonlySet<NamedMetric> = new Set<NamedMetric>(['cpa', 'cpc', 'cpm', 'cpl', 'cac', 'frequency']);

/** Volume metrics accumulate over time (docs/contract.md §2.1): `Min conversions` waits for data while budget is left. */
export const VOLUMES: ReadonlySet<NamedMetric> = new Set<NamedMetric>([
  'conversions',
  'leads',
  'revenue',
  'spend',
  'weeks',
  'newCustomers',
  'orders',
  'clicks',
  'impressions',
  'profit',
]);

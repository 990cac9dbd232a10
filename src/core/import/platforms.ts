/**
 * The export formats LiftGate reads: per ad platform and interface language, the column
 * headers its campaign report uses for the fields an import needs. Built from the platforms'
 * help pages and report-column references (see the README's import section for which fixture
 * was checked against what). Matching ignores case, spaces, punctuation and a currency in
 * parentheses ("Amount spent (NOK)" = "Amount spent").
 */

export type ExportField =
  | 'day' // one calendar day per row
  | 'week' // the first day of a week per row (weekly exports)
  | 'start' // a reporting range per row (Meta: Reporting starts / Reporting ends)
  | 'end'
  | 'campaign'
  | 'spend'
  | 'impressions'
  | 'clicks'
  | 'leads'
  | 'conversions'
  | 'revenue';

export type Language = 'en' | 'nb' | 'ru' | 'zh';

type Headers = Partial<Record<ExportField, readonly string[]>>;

export interface Platform {
  readonly id: string;
  readonly name: string;
  readonly headers: Readonly<Record<Language, Headers>>;
}

export const PLATFORMS: readonly Platform[] = [
  {
    id: 'google-ads',
    name: 'Google Ads',
    headers: {
      en: {
        day: ['Day', 'Date'],
        week: ['Week'],
        campaign: ['Campaign'],
        spend: ['Cost'],
        impressions: ['Impr.', 'Impressions'],
        clicks: ['Clicks'],
        conversions: ['Conversions', 'Conv.'],
        revenue: ['Conv. value', 'Conversion value', 'Total conv. value'],
      },
      nb: {
        day: ['Dag', 'Dato'],
        week: ['Uke'],
        campaign: ['Kampanje'],
        spend: ['Kostnad'],
        impressions: ['Visn.', 'Visninger'],
        clicks: ['Klikk'],
        conversions: ['Konverteringer', 'Konv.'],
        revenue: ['Konv.verdi', 'Konverteringsverdi', 'Konv. verdi'],
      },
      ru: {
        day: ['День', 'Дата'],
        week: ['Неделя'],
        campaign: ['Кампания'],
        spend: ['Стоимость', 'Расходы'],
        impressions: ['Показы'],
        clicks: ['Клики'],
        conversions: ['Конверсии', 'Конв.'],
        revenue: ['Ценность конв.', 'Ценность конверсии', 'Ценность конверсий'],
      },
      zh: {
        day: ['天', '日期'],
        week: ['周'],
        campaign: ['广告系列'],
        spend: ['费用'],
        impressions: ['展示次数'],
        clicks: ['点击次数'],
        conversions: ['转化次数', '转化'],
        revenue: ['转化价值'],
      },
    },
  },
  {
    id: 'microsoft-ads',
    name: 'Microsoft Ads',
    headers: {
      en: {
        day: ['Gregorian date', 'Date', 'Day'],
        week: ['Week', 'Week (starting Monday)', 'Week (starting Sunday)'],
        campaign: ['Campaign name', 'Campaign'],
        spend: ['Spend'],
        impressions: ['Impressions', 'Impr.'],
        clicks: ['Clicks'],
        conversions: ['Conversions', 'Conv.'],
        revenue: ['Revenue'],
      },
      nb: {
        day: ['Gregoriansk dato', 'Dato'],
        week: ['Uke'],
        campaign: ['Kampanjenavn', 'Kampanje'],
        spend: ['Forbruk', 'Utgifter'],
        impressions: ['Visninger'],
        clicks: ['Klikk'],
        conversions: ['Konverteringer'],
        revenue: ['Inntekt', 'Inntekter'],
      },
      ru: {
        day: ['Григорианская дата', 'Дата'],
        week: ['Неделя'],
        campaign: ['Название кампании', 'Кампания'],
        spend: ['Расход', 'Расходы', 'Затраты'],
        impressions: ['Показы'],
        clicks: ['Клики'],
        conversions: ['Конверсии'],
        revenue: ['Доход'],
      },
      zh: {
        day: ['公历日期', '日期'],
        week: ['周'],
        campaign: ['广告系列名称', '广告系列'],
        spend: ['支出', '花费'],
        impressions: ['展示次数'],
        clicks: ['点击次数'],
        conversions: ['转化次数', '转化'],
        revenue: ['收入'],
      },
    },
  },
  {
    id: 'meta-ads',
    name: 'Meta Ads Manager',
    headers: {
      en: {
        day: ['Day'],
        start: ['Reporting starts'],
        end: ['Reporting ends'],
        campaign: ['Campaign name'],
        spend: ['Amount spent'],
        impressions: ['Impressions'],
        clicks: ['Link clicks', 'Clicks (all)'],
        leads: ['Leads'],
        conversions: ['Results', 'Purchases'],
        revenue: ['Purchases conversion value', 'Purchase conversion value', 'Conversion value'],
      },
      nb: {
        day: ['Dag'],
        start: ['Rapporteringen starter', 'Rapportering starter'],
        end: ['Rapporteringen slutter', 'Rapportering slutter'],
        campaign: ['Kampanjenavn'],
        spend: ['Brukt beløp', 'Beløp brukt'],
        impressions: ['Visninger'],
        clicks: ['Linkklikk', 'Klikk på lenke', 'Klikk (alle)'],
        leads: ['Potensielle kunder', 'Leads'],
        conversions: ['Resultater', 'Kjøp'],
        revenue: ['Konverteringsverdi for kjøp', 'Kjøpskonverteringsverdi'],
      },
      ru: {
        day: ['День'],
        start: ['Начало отчетности', 'Начало отчётности'],
        end: ['Конец отчетности', 'Конец отчётности'],
        campaign: ['Название кампании'],
        spend: ['Потраченная сумма'],
        impressions: ['Показы'],
        clicks: ['Клики по ссылке', 'Клики (все)'],
        leads: ['Лиды'],
        conversions: ['Результаты', 'Покупки'],
        revenue: ['Ценность конверсии покупок', 'Ценность конверсий покупок'],
      },
      zh: {
        day: ['天', '日期'],
        start: ['报告开始日期'],
        end: ['报告结束日期'],
        campaign: ['广告系列名称'],
        spend: ['已花费金额', '花费金额'],
        impressions: ['展示次数'],
        clicks: ['链接点击量', '点击量（全部）'],
        leads: ['潜在客户'],
        conversions: ['成效', '购物次数'],
        revenue: ['购物转化价值'],
      },
    },
  },
  {
    id: 'tiktok-ads',
    name: 'TikTok Ads',
    headers: {
      en: {
        day: ['By Day', 'Date', 'Day', 'Stat time'],
        week: ['By Week', 'Week'],
        campaign: ['Campaign name', 'Campaign'],
        spend: ['Cost', 'Total cost'],
        impressions: ['Impressions'],
        clicks: ['Clicks (destination)', 'Clicks'],
        conversions: ['Conversions', 'Complete payment', 'Purchases'],
        revenue: ['Total complete payment value', 'Total purchase value', 'Complete payment value'],
      },
      nb: {
        day: ['Etter dag', 'Dato'],
        week: ['Etter uke'],
        campaign: ['Kampanjenavn'],
        spend: ['Kostnad', 'Total kostnad'],
        impressions: ['Visninger'],
        clicks: ['Klikk (destinasjon)', 'Klikk'],
        conversions: ['Konverteringer', 'Fullført betaling'],
        revenue: ['Total verdi av fullførte betalinger', 'Verdi av fullført betaling'],
      },
      ru: {
        day: ['По дням', 'Дата'],
        week: ['По неделям'],
        campaign: ['Название кампании'],
        spend: ['Стоимость', 'Общая стоимость'],
        impressions: ['Показы'],
        clicks: ['Клики (целевые)', 'Клики'],
        conversions: ['Конверсии', 'Завершенные платежи', 'Завершённые платежи'],
        revenue: ['Общая стоимость завершенных платежей', 'Ценность завершенных платежей'],
      },
      zh: {
        day: ['按天', '日期'],
        week: ['按周'],
        campaign: ['推广系列名称', '广告系列名称'],
        spend: ['花费', '消耗'],
        impressions: ['展示数', '展示次数'],
        clicks: ['点击数（目的地）', '点击数', '点击次数'],
        conversions: ['转化数', '完成支付'],
        revenue: ['完成支付总价值', '总付费金额'],
      },
    },
  },
  {
    id: 'linkedin-ads',
    name: 'LinkedIn Campaign Manager',
    headers: {
      en: {
        day: ['Start Date (in UTC)', 'Start Date', 'Date'],
        campaign: ['Campaign Name', 'Campaign'],
        spend: ['Total Spent', 'Amount Spent'],
        impressions: ['Impressions'],
        clicks: ['Clicks'],
        leads: ['Leads'],
        conversions: ['Conversions'],
        revenue: ['Conversion Value', 'Total Conversion Value'],
      },
      nb: {
        day: ['Startdato (i UTC)', 'Startdato'],
        campaign: ['Kampanjenavn'],
        spend: ['Totalt brukt', 'Brukt beløp'],
        impressions: ['Visninger'],
        clicks: ['Klikk'],
        leads: ['Potensielle kunder', 'Leads'],
        conversions: ['Konverteringer'],
        revenue: ['Konverteringsverdi'],
      },
      ru: {
        day: ['Дата начала (в UTC)', 'Дата начала'],
        campaign: ['Название кампании'],
        spend: ['Всего потрачено', 'Потрачено'],
        impressions: ['Показы'],
        clicks: ['Клики'],
        leads: ['Лиды', 'Потенциальные клиенты'],
        conversions: ['Конверсии'],
        revenue: ['Ценность конверсий', 'Ценность конверсии'],
      },
      zh: {
        day: ['开始日期（UTC）', '开始日期'],
        campaign: ['广告系列名称'],
        spend: ['总花费'],
        impressions: ['展示次数'],
        clicks: ['点击次数'],
        leads: ['潜在客户'],
        conversions: ['转化次数'],
        revenue: ['转化价值'],
      },
    },
  },
  {
    // Google Ads API / GAQL field names, as a Google Ads script's report or a connector writes
    // them (`campaign.name`, `segments.date`, `metrics.cost_micros`); money in micros is
    // divided by 10⁶ (readExport). The names are the same in every interface language.
    id: 'google-ads-api',
    name: 'Google Ads API',
    headers: {
      en: {
        day: ['segments.date'],
        week: ['segments.week'],
        campaign: ['campaign.name'],
        spend: ['metrics.cost_micros', 'metrics.cost'],
        impressions: ['metrics.impressions'],
        clicks: ['metrics.clicks'],
        conversions: ['metrics.conversions'],
        revenue: ['metrics.conversions_value'],
      },
      nb: {},
      ru: {},
      zh: {},
    },
  },
  {
    // Meta Marketing API Insights fields (a connector's raw columns); `spend` comes as text.
    id: 'meta-insights',
    name: 'Meta Insights API',
    headers: {
      en: {
        start: ['date_start'],
        end: ['date_stop'],
        campaign: ['campaign_name'],
        spend: ['spend'],
        impressions: ['impressions'],
        clicks: ['inline_link_clicks', 'clicks'],
        leads: ['leads'],
        conversions: ['purchases', 'conversions'],
        revenue: ['purchase_value', 'conversion_values'],
      },
      nb: {},
      ru: {},
      zh: {},
    },
  },
  {
    // Anything already close to LiftGate's own Weekly columns: a hand-made export or another tool.
    id: 'generic',
    name: 'Generic (Date, Campaign, Spend)',
    headers: {
      en: {
        day: ['Date', 'Day'],
        week: ['Week', 'Week starting', 'Year & week', 'Year & ISO week', 'ISO year & week', 'Year week'],
        campaign: ['Campaign', 'Campaign name'],
        spend: ['Spend', 'Cost', 'Amount spent'],
        impressions: ['Impressions'],
        clicks: ['Clicks'],
        leads: ['Leads'],
        conversions: ['Conversions'],
        revenue: ['Revenue', 'Conversion value'],
      },
      nb: {
        day: ['Dato'],
        week: ['Uke'],
        campaign: ['Kampanje'],
        spend: ['Kostnad', 'Forbruk'],
        impressions: ['Visninger'],
        clicks: ['Klikk'],
        leads: ['Leads'],
        conversions: ['Konverteringer'],
        revenue: ['Inntekt', 'Omsetning'],
      },
      ru: {
        day: ['Дата'],
        week: ['Неделя'],
        campaign: ['Кампания'],
        spend: ['Расход', 'Расходы'],
        impressions: ['Показы'],
        clicks: ['Клики'],
        leads: ['Лиды'],
        conversions: ['Конверсии'],
        revenue: ['Выручка', 'Доход'],
      },
      zh: {
        day: ['日期'],
        week: ['周'],
        campaign: ['广告系列'],
        spend: ['花费'],
        impressions: ['展示次数'],
        clicks: ['点击次数'],
        leads: ['潜在客户'],
        conversions: ['转化次数'],
        revenue: ['收入'],
      },
    },
  },
];

/** "Amount spent (NOK)" → "amountspent"; "Impr." → "impr"; "开始日期（UTC）" → "开始日期utc". */
export function headerKey(h: unknown): string {
  return String(h ?? '')
    .normalize('NFKC')
    .replace(/\s*[([]\s*[A-Za-z$€£¥₽]{1,4}\s*[)\]]\s*$/u, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

let headerIndex: ReadonlyMap<string, ReadonlyMap<Language, ReadonlyMap<string, ExportField>>> | null = null;

/**
 * Per platform and language: normalised header → field. Built on the first import, not when the
 * bundle loads: every custom-function call loads it, and few read an export.
 */
export function headerIndexOf(platform: string): ReadonlyMap<Language, ReadonlyMap<string, ExportField>> {
  headerIndex ??= (() => {
    const out = new Map<string, Map<Language, Map<string, ExportField>>>();
    for (const p of PLATFORMS) {
      const byLang = new Map<Language, Map<string, ExportField>>();
      for (const lang of Object.keys(p.headers) as Language[]) {
        const m = new Map<string, ExportField>();
        const h = p.headers[lang];
        for (const field of Object.keys(h) as ExportField[]) for (const name of h[field]!) if (!m.has(headerKey(name))) m.set(headerKey(name), field);
        byLang.set(lang, m);
      }
      out.set(p.id, byLang);
    }
    return out;
  })();
  return headerIndex.get(platform)!;
}

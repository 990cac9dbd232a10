/**
 * Every column LiftGate reads, by field, with the names people and ad platforms give it in the
 * four languages (docs/contract.md §2.1, 2.2, 2.6, 5). Matched after normalizeHeader (case, spaces and
 * punctuation ignored; a currency in parentheses dropped). The template's own headers (the
 * catalogues' `header.*`) are among them: test/core/plan/languages.test.ts checks it.
 *
 * Export aliases — Google Ads: Cost, Impr., Conv., Conv. value, All conv.; Meta Ads Manager:
 * Amount spent (NOK), Link clicks, Results, Purchases conversion value; Microsoft Ads: Spend,
 * Conv.; LinkedIn: Total spent; TikTok: Total cost, Complete payment. (The import's
 * per-platform header sets, which also tell which platform wrote a file, are in
 * core/import/platforms.ts.)
 */

/** Weekly columns (docs/contract.md §2.2). */
export const WEEKLY_COLUMNS = {
  week: ['Week', 'Week starting', 'Week of', 'Date', 'Day', 'Reporting starts', 'Period start', 'Start', 'Uke', 'Uke som starter', 'Dato', 'Dag', 'Неделя', 'Начало недели', 'Дата', 'День', '周', '星期', '周开始日期', '日期', '天'],
  stage: ['Stage', 'Phase', 'Step', 'Etappe', 'Fase', 'Steg', 'Этап', 'Стадия', 'Фаза', '阶段'],
  variant: [
    'Variant', 'Campaign', 'Campaign name', 'Ad set', 'Ad set name', 'Ad group', 'Ad', 'Ad name', 'Creative', 'Arm',
    'Kampanje', 'Kampanjenavn', 'Annonsesett', 'Annonsesettnavn', 'Annonsegruppe', 'Annonse', 'Annonsenavn',
    'Вариант', 'Кампания', 'Название кампании', 'Группа объявлений', 'Объявление',
    '变体', '版本', '广告系列', '广告系列名称', '广告组', '广告组名称', '广告', '广告名称', '创意',
  ],
  spend: ['Spend', 'Cost', 'Amount spent', 'Total spent', 'Total cost', 'Ad spend', 'Spent', 'Media cost', 'Kostnad', 'Forbruk', 'Beløp brukt', 'Brukt beløp', 'Annonsekostnad', 'Расход', 'Расходы', 'Затраты', 'Стоимость', 'Потраченная сумма', '花费', '花费金额', '消耗', '费用', '成本', '总花费'],
  impressions: ['Impressions', 'Impr.', 'Imps', 'Visninger', 'Eksponeringer', 'Показы', 'Показов', '展示次数', '展示量', '曝光量', '曝光'],
  clicks: ['Clicks', 'Link clicks', 'Clicks (all)', 'Sessions', 'Visitors', 'Visits', 'Klikk', 'Lenkeklikk', 'Klikk på koblingen', 'Økter', 'Besøkende', 'Клики', 'Кликов', 'Клики по ссылке', 'Сеансы', 'Посетители', '点击次数', '点击量', '点击', '链接点击量', '会话', '访客'],
  leads: ['Leads', 'Lead', 'Form fills', 'Sign-ups', 'Potensielle kunder', 'Лиды', 'Лидов', 'Заявки', '线索', '销售线索', '潜在客户'],
  conversions: ['Conversions', 'Conv.', 'Results', 'All conv.', 'Complete payment', 'Konverteringer', 'Konv.', 'Resultater', 'Конверсии', 'Конверсий', 'Результаты', '转化次数', '转化', '转化数', '成效'],
  revenue: ['Revenue', 'Conv. value', 'Conversion value', 'Purchases conversion value', 'Purchase value', 'Sales', 'Value', 'All conv. value', 'Total revenue', 'Inntekt', 'Inntekter', 'Omsetning', 'Konverteringsverdi', 'Salg', 'Выручка', 'Доход', 'Ценность конверсии', 'Ценность конверсий', 'Продажи', '收入', '营收', '转化价值', '销售额', '购物转化价值'],
  controlRevenue: ['Control revenue', 'Holdout revenue', 'Control sales', 'Control group revenue', 'Kontrollinntekt', 'Inntekt kontrollgruppe', 'Kontrollgruppens inntekt', 'Выручка контроля', 'Выручка контрольной группы', '对照组收入', '对照收入'],
  newCustomers: ['New customers', 'New customer', 'First purchases', 'New buyers', 'First-time customers', 'Nye kunder', 'Новые клиенты', '新客户', '新客户数'],
  // gates (#21): orders apart from conversions (each stands in for the other when alone: src/core/metrics),
  // reach for frequency, gross profit for profit, the lifetime value of the week's new customers for LTV.
  orders: ['Orders', 'Purchases', 'Transactions', 'Ecommerce purchases', 'Website purchases', 'Bestillinger', 'Ordrer', 'Kjøp', 'Заказы', 'Покупки', 'Число заказов', '订单', '订单数', '购物次数', '购买次数'],
  reach: ['Reach', 'Unique reach', 'Accounts reached', 'Unique users', 'Rekkevidde', 'Nådde personer', 'Охват', '覆盖人数', '触达人数', '覆盖人群'],
  grossProfit: ['Gross profit', 'Bruttofortjeneste', 'Bruttoresultat', 'Валовая прибыль', '毛利', '毛利润'],
  customerValue: ['Customer value', 'LTV', 'Lifetime value', 'Customer lifetime value', 'CLV', 'CLTV', 'Kundeverdi', 'Livstidsverdi', 'Ценность клиента', 'Пожизненная ценность', '客户价值', '客户终身价值'],
} as const;

/** Stages columns that are not targets (docs/contract.md §2.1, 2.6, 3). */
export const STAGES_COLUMNS = {
  stage: ['Stage', 'Etappe', 'Fase', 'Steg', 'Этап', 'Стадия', 'Фаза', '阶段'],
  budget: ['Budget', 'Budsjett', 'Бюджет', '预算'],
  start: ['Start', 'Startdato', 'Старт', 'Начало', 'Дата начала', '开始', '开始日期'],
  testSize: ['Test size', 'Testgruppe', 'Størrelse testgruppe', 'Размер теста', 'Размер тестовой группы', '测试组规模', '测试组大小'],
  controlSize: ['Control size', 'Kontrollgruppe', 'Størrelse kontrollgruppe', 'Размер контроля', 'Размер контрольной группы', '对照组规模', '对照组大小'],
  decision: ['Decision', 'Beslutning', 'Решение', '决策'],
  reason: ['Reason', 'Begrunnelse', 'Пояснение', 'Причина', '原因'],
  nextBudget: ['Next budget', 'Neste budsjett', 'Следующий бюджет', '下期预算', '下一阶段预算'],
  evaluated: ['Evaluated', 'Evaluert', 'Оценено', '评估时间'],
  confidence: ['Confidence', 'Konfidens', 'Konfidensnivå', 'Уверенность', 'Доверительный уровень', '置信度', '置信水平'],
  testMarkets: ['Test markets', 'Testmarkeder', 'Testmarked', 'Testregioner', 'Тестовые рынки', 'Тестовые регионы', '测试市场', '测试地区'],
  testStart: ['Test start', 'Teststart', 'Начало теста', '测试开始', '测试开始日期'],
  testEnd: ['Test end', 'Testslutt', 'Конец теста', 'Окончание теста', '测试结束', '测试结束日期'],
  // gates (#21)
  lagWeeks: ['Lag weeks', 'Decision lag', 'Etterslep uker', 'Forsinkelse uker', 'Недель задержки', 'Задержка недель', 'Задержка', '滞后周数', '延迟周数'],
  variantSplit: ['Variant split', 'Split', 'Traffic split', 'Variantfordeling', 'Fordeling', 'Распределение вариантов', 'Сплит', '变体分配', '流量分配'],
  channel: ['Channel', 'Platform', 'Kanal', 'Plattform', 'Канал', 'Платформа', '渠道', '平台'],
  margin: ['Margin', 'Gross margin', 'Bruttomargin', 'Маржа', 'Валовая маржа', '毛利率', '利润率'],
} as const;

/** The Geo sheet's columns (docs/contract.md §2.6). */
export const GEO_COLUMNS = {
  date: ['Date', 'Week', 'Day', 'Dato', 'Uke', 'Dag', 'Дата', 'Неделя', 'День', '日期', '周', '天'],
  location: ['Location', 'Region', 'City', 'DMA', 'Market', 'Geo', 'Sted', 'Område', 'By', 'Marked', 'Регион', 'Город', 'Рынок', 'Местоположение', '地区', '城市', '市场', '位置'],
  value: ['Revenue', 'Conversions', 'Y', 'Sales', 'Inntekt', 'Omsetning', 'Konverteringer', 'Salg', 'Выручка', 'Конверсии', 'Продажи', '收入', '转化次数', '销售额'],
  spend: ['Spend', 'Cost', 'Kostnad', 'Forbruk', 'Расход', 'Расходы', '花费'],
} as const;

/**
 * The headers people write in Norwegian, Russian and Chinese (and what ad platforms' exports
 * in those interface languages call the same columns), recognised whatever the document's
 * language (contract 5). Matched after normalizeHeader (case, spaces and punctuation ignored).
 * The template's own headers (the catalogues' `header.*`) are recognised too: a test checks it.
 */

/** Weekly columns: the field → its names in nb, ru and zh. */
export const WEEKLY_NAMES = {
  week: ['Uke', 'Uke som starter', 'Dato', 'Dag', 'Неделя', 'Начало недели', 'Дата', 'День', '周', '星期', '周开始日期', '日期', '天'],
  stage: ['Etappe', 'Fase', 'Steg', 'Этап', 'Стадия', 'Фаза', '阶段'],
  variant: ['Variant', 'Kampanje', 'Kampanjenavn', 'Annonsesett', 'Annonsesettnavn', 'Annonsegruppe', 'Annonse', 'Annonsenavn', 'Вариант', 'Кампания', 'Название кампании', 'Группа объявлений', 'Объявление', '变体', '版本', '广告系列', '广告系列名称', '广告组', '广告组名称', '广告', '广告名称', '创意'],
  spend: ['Kostnad', 'Forbruk', 'Beløp brukt', 'Brukt beløp', 'Annonsekostnad', 'Расход', 'Расходы', 'Затраты', 'Стоимость', 'Потраченная сумма', '花费', '花费金额', '消耗', '费用', '成本', '总花费'],
  impressions: ['Visninger', 'Eksponeringer', 'Показы', 'Показов', '展示次数', '展示量', '曝光量', '曝光'],
  clicks: ['Klikk', 'Lenkeklikk', 'Klikk på koblingen', 'Økter', 'Besøkende', 'Клики', 'Кликов', 'Клики по ссылке', 'Сеансы', 'Посетители', '点击次数', '点击量', '点击', '链接点击量', '会话', '访客'],
  leads: ['Leads', 'Lead', 'Potensielle kunder', 'Лиды', 'Лидов', 'Заявки', '线索', '销售线索', '潜在客户'],
  conversions: ['Konverteringer', 'Konv.', 'Resultater', 'Kjøp', 'Bestillinger', 'Конверсии', 'Конверсий', 'Результаты', 'Покупки', 'Заказы', '转化次数', '转化', '转化数', '成效', '购物次数', '订单'],
  revenue: ['Inntekt', 'Inntekter', 'Omsetning', 'Konverteringsverdi', 'Salg', 'Выручка', 'Доход', 'Ценность конверсии', 'Ценность конверсий', 'Продажи', '收入', '营收', '转化价值', '销售额', '购物转化价值'],
  controlRevenue: ['Kontrollinntekt', 'Inntekt kontrollgruppe', 'Kontrollgruppens inntekt', 'Выручка контроля', 'Выручка контрольной группы', '对照组收入', '对照收入'],
  newCustomers: ['Nye kunder', 'Новые клиенты', '新客户', '新客户数'],
} as const;

/** Stages columns that are not targets. */
export const STAGES_NAMES = {
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
} as const;

/** A geo test's Stages columns and the Geo sheet's own columns (contract 2.6), in the four languages. */
export const GEO_NAMES = {
  testMarkets: ['Test markets', 'Testmarkeder', 'Testmarked', 'Тестовые рынки', 'Тестовые регионы', '测试市场', '测试地区'],
  testStart: ['Test start', 'Teststart', 'Начало теста', '测试开始', '测试开始日期'],
  testEnd: ['Test end', 'Testslutt', 'Конец теста', 'Окончание теста', '测试结束', '测试结束日期'],
  date: ['Date', 'Week', 'Day', 'Dato', 'Uke', 'Dag', 'Дата', 'Неделя', 'День', '日期', '周', '天'],
  location: ['Location', 'Region', 'City', 'DMA', 'Market', 'Geo', 'Sted', 'By', 'Marked', 'Регион', 'Город', 'Рынок', '地区', '城市', '市场'],
  value: ['Revenue', 'Conversions', 'Y', 'Sales', 'Inntekt', 'Omsetning', 'Konverteringer', 'Salg', 'Выручка', 'Конверсии', 'Продажи', '收入', '转化次数', '销售额'],
  spend: ['Spend', 'Kostnad', 'Расход', '花费'],
} as const;

/**
 * Metric names in targets (`Min konverteringer`, `Мин. конверсий`, `最少转化次数`), with the
 * Russian case forms a header takes after "мин." / "не менее" (genitive plural).
 */
export const METRIC_NAMES = {
  conversionRate: ['Konverteringsrate', 'Konverteringsfrekvens', 'Коэффициент конверсии', 'Коэф. конверсии', 'Конверсия', 'CR', '转化率'],
  conversions: ['Konverteringer', 'Konv.', 'Конверсии', 'Конверсий', '转化次数', '转化', '转化数'],
  leads: ['Leads', 'Лиды', 'Лидов', '线索', '线索数'],
  revenue: ['Inntekt', 'Inntekter', 'Omsetning', 'Выручка', 'Выручки', 'Доход', '收入', '营收', '销售额'],
  spend: ['Kostnad', 'Forbruk', 'Расход', 'Расхода', 'Расходы', '花费', '消耗'],
  salesGrowth: ['Salgsvekst', 'Рост продаж', 'Роста продаж', '销售增长', '销售增长率'],
  weeks: ['Uker', 'Недели', 'Недель', 'Неделя', '周数', '周'],
  cpa: ['Цена конверсии', 'Стоимость конверсии', '单次转化费用', '每次转化费用'],
  cpc: ['Цена клика', 'Стоимость клика', '每次点击费用', '平均每次点击费用'],
  cpm: ['Цена за 1000 показов', '千次展示费用', '每千次展示费用'],
  cpl: ['Цена лида', 'Стоимость лида', '单条线索成本', '每条线索费用'],
  ctr: ['Klikkfrekvens', 'Кликабельность', '点击率'],
} as const;

/**
 * Words that make a column a target: at least (`>=`) or at most (`<=`), before the metric
 * (`Maks CPA`, `Мин. ROAS`, `最低 ROAS`) or after it (`ROAS min.`, `CPA 上限`).
 */
export const AT_LEAST = ['min', 'minimum', 'minst', 'мин', 'минимум', 'минимальный', 'минимальная', 'минимальное', 'неменее', '最低', '最少', '最小', '至少', '下限'];
export const AT_MOST = ['max', 'maximum', 'maks', 'maksimum', 'høyst', 'макс', 'максимум', 'максимальный', 'максимальная', 'максимальное', 'неболее', '最高', '最多', '最大', '至多', '上限'];
/** "Target" as Google Ads names its targets (`Target ROAS`, `Mål-ROAS`, `Целевой ROAS`, `目标 CPA`): at least, or at most for a cost. */
export const TARGET_WORDS = ['target', 'mål', 'målverdi', 'целевой', 'целевая', 'целевое', 'цель', '目标'];

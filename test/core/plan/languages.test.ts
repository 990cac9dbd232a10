/**
 * Plans written in Norwegian, Russian or Chinese decide exactly as the same plan in English,
 * whatever the document's language; reasons and warnings come in the document's language.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../../src/core/plan/example';
import { stagesField, targetHeader, weeklyField } from '../../../src/core/plan/headers';
import { exampleInWords } from '../../../src/words/example';
import { translator } from '../../../src/i18n';
import { catalogue } from '../../../src/i18n/catalogues';
import { decisionFromWord } from '../../../src/i18n/decisionWords';
import { LANGUAGES } from '../../../src/i18n/languages';
import { evaluatePlanInWords } from '../../support/inWords';

const english = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY);
const summary = (r: typeof english) =>
  r.stages.map((s) => [s.decision, s.nextBudget, s.bestVariant && 'winner', s.criteria.map((c) => [c.key, c.op, c.target, c.actual])]);

describe.each(LANGUAGES)('the worked example with every header and name in %s', (language) => {
  const { stages, weekly } = exampleInWords(translator(language));

  it('has headers in that language', () => {
    if (language === 'en') return;
    const englishHeaders = new Set([...EXAMPLE_STAGES[0], ...EXAMPLE_WEEKLY[0]]);
    const kept = [...stages[0], ...weekly[0]].filter((h) => englishHeaders.has(h) && !/ROAS|CPA|LTV:CAC|^(Variant|Leads|Start)$/.test(String(h)));
    expect(kept).toEqual([]);
  });

  it.each(LANGUAGES)('gives the English decisions in a document set to %s', (documentLanguage) => {
    const r = evaluatePlanInWords(stages, weekly, { language: documentLanguage });
    expect(summary(r)).toEqual(summary(english));
    expect(r.stages.map((s) => s.decision)).toEqual(english.stages.map((s) => s.decision)); // codes stay English
    expect(new Set(r.stages.map((s) => s.decision)).size).toBe(3); // a mix, so the comparison means something
    expect(r.warnings).toEqual([]);
  });
});

describe('reasons in the document language', () => {
  it('Norwegian: words, decision names and numbers of nb_NO', () => {
    const r = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY, { language: 'nb' }, { locale: 'nb_NO' });
    expect(r.stages[0].reason.replace(/\u00a0/g, ' ')).toBe(
      '4 uker (min. 4), ROAS 3,77 (3,70–3,84) mot min. 2,50, CPA 29,24 (28,50–29,98) mot maks. 40, 684 konverteringer (min. 60), iROAS 1,60 (1,52–1,69) mot min. 1,00, CAC 39,92 (39,35–40,49) mot maks. 55, LTV:CAC 4,70 (4,57–4,83) mot min. 3,00: SKALER OPP – neste etappe «Scale»: frigi budsjettet på 40 000; denne etappen: neste budsjett 24 000. Gå videre med Video (best konverteringsfrekvens, slår alle andre varianter med 95 % sikkerhet)',
    );
    expect(r.stages[2].reason).toBe(`Venter på at «Scale» når GÅ VIDERE eller SKALER OPP (nå: ${r.stages[1].decision === 'HOLD' ? 'BEHOLD' : 'TRENGER DATA'})`);
  });

  it('Russian: 1 неделя, 2 недели in NEED DATA', () => {
    const stages = [
      ['Этап', 'Бюджет', 'Мин. недель', 'Мин. конверсий'],
      ['Тест', 10000, 4, 25],
    ];
    const weekly = [
      ['Неделя', 'Этап', 'Расход', 'Конверсии'],
      [new Date(Date.UTC(2025, 0, 6)), 'Тест', 1000, 21],
    ];
    const r = evaluatePlanInWords(stages, weekly, { language: 'ru' }, { locale: 'ru_RU' });
    expect(r.stages[0].decision).toBe('NEED DATA');
    expect(r.stages[0].reason).toBe(
      'Пока 1 из 4 недель, 21 из 25 конверсий: МАЛО ДАННЫХ, продолжайте показы. При 1\u00a0000 в неделю это примерно ещё 3 недели и 3\u00a0000, что покрывает оставшийся бюджет 9\u00a0000',
    );
  });

  it('Chinese: no spaces between Chinese words; the READY date as zh_CN writes it', () => {
    const stages = [
      ['阶段', '预算', '开始日期', '最低 ROAS'],
      ['测试', 5000, new Date(Date.UTC(2025, 2, 3)), 2],
    ];
    const r = evaluatePlanInWords(stages, [['周', '阶段', '花费']], { language: 'zh-Hans' }, { locale: 'zh_CN' });
    expect(r.stages[0].reason).toBe('第一阶段：已释放预算5,000；2025年3月3日开始，暂无数据');
  });

  it('warnings and sheet problems too', () => {
    const weekly = [
      ['Uke', 'Etappe', 'Kostnad'],
      [new Date(Date.UTC(2025, 0, 6)), 'Ukjent', 10],
      [new Date(Date.UTC(2025, 0, 13)), 'Ukjent', 10],
    ];
    const r = evaluatePlanInWords(
      [
        ['Etappe', 'Budsjett', 'Min ROAS'],
        ['A', 100, 2],
      ],
      weekly,
      { language: 'nb', stagesSheet: 'Etapper', weeklySheet: 'Ukedata' },
    );
    expect(r.warnings).toEqual(['2 rader i Ukedata viser til etappen «Ukjent», som ikke finnes i Etapper; de ble utelatt.']);
    expect(() =>
      evaluatePlanInWords(
        [
          ['Этап', 'Бюджет'],
          ['A', 'много'],
        ],
        [['Этап', 'Расход']],
        { language: 'ru', stagesSheet: 'Этапы' },
      ),
    ).toThrow("В ячейке 'Этапы'!B2 (Бюджет) «много», а не число. Исправьте ячейку и запустите оценку снова.");
    expect(() => evaluatePlanInWords([['阶段', '预算']], [['阶段', '周']], { language: 'zh-Hans', weeklySheet: '每周数据' })).toThrow(
      '工作表“每周数据”中没有“花费”列',
    );
  });
});

describe('headers in all four languages, whatever the setting', () => {
  it.each([
    ['Min ROAS', 'roas', '>='],
    ['ROAS ≥', 'roas', '>='],
    ['ROAS >=', 'roas', '>='],
    ['Мин. ROAS', 'roas', '>='],
    ['最低 ROAS', 'roas', '>='],
    ['最低ROAS', 'roas', '>='],
    ['Maks CPA', 'cpa', '<='],
    ['Макс. CPA', 'cpa', '<='],
    ['最高 CPA', 'cpa', '<='],
    ['CPA 上限', 'cpa', '<='],
    ['CPA ≤', 'cpa', '<='],
    ['Maksimum CPA', 'cpa', '<='],
    ['Min uker', 'weeks', '>='],
    ['Мин. недель', 'weeks', '>='],
    ['最少周数', 'weeks', '>='],
    ['Minimum conversions', 'conversions', '>='],
    ['Min konverteringer', 'conversions', '>='],
    ['Мин. конверсий', 'conversions', '>='],
    ['最少转化次数', 'conversions', '>='],
    ['Минимальный ROAS', 'roas', '>='],
    ['Не менее ROAS', 'roas', '>='],
    ['Min salgsvekst', 'salesGrowth', '>='],
    ['Мин. рост продаж', 'salesGrowth', '>='],
    ['最低销售增长', 'salesGrowth', '>='],
    ['Min konverteringsrate', 'conversionRate', '>='],
    ['最低转化率', 'conversionRate', '>='],
    ['Мин. iROAS', 'iroas', '>='],
  ])('%s → %s %s', (header, metric, op) => expect(targetHeader(header)).toEqual({ metric, op }));

  it.each(['Minutes', 'Max', 'Мин.', 'Budsjett', '最低', 'Notes'])('%s is not a target', (h) => expect(targetHeader(h)).toBeNull());

  it.each([
    ['Uke', 'week'],
    ['Неделя', 'week'],
    ['周', 'week'],
    ['Kostnad', 'spend'],
    ['Расход', 'spend'],
    ['花费', 'spend'],
    ['Beløp brukt (NOK)', 'spend'],
    ['花费金额（USD）', 'spend'],
    ['Потраченная сумма (RUB)', 'spend'],
    ['Visninger', 'impressions'],
    ['Показы', 'impressions'],
    ['展示次数', 'impressions'],
    ['Klikk', 'clicks'],
    ['Клики по ссылке', 'clicks'],
    ['点击次数', 'clicks'],
    ['Konverteringer', 'conversions'],
    ['Конверсии', 'conversions'],
    ['转化次数', 'conversions'],
    ['Inntekt', 'revenue'],
    ['Выручка', 'revenue'],
    ['收入', 'revenue'],
    ['Kontrollinntekt', 'controlRevenue'],
    ['Выручка контроля', 'controlRevenue'],
    ['对照组收入', 'controlRevenue'],
    ['Etappe', 'stage'],
    ['Этап', 'stage'],
    ['阶段', 'stage'],
    ['Annonsesett', 'variant'],
    ['Группа объявлений', 'variant'],
    ['广告组', 'variant'],
  ])('Weekly %s → %s', (h, f) => expect(weeklyField(h)).toBe(f));

  it('every header the template writes, in every language, is recognised as what it is', () => {
    for (const l of LANGUAGES) {
      const c = catalogue(l);
      expect([c['header.stage'], c['header.budget'], c['header.start'], c['header.testSize'], c['header.controlSize']].map(stagesField), l).toEqual([
        'stage',
        'budget',
        'start',
        'testSize',
        'controlSize',
      ]);
      expect([c['header.decision'], c['header.reason'], c['header.nextBudget'], c['header.evaluated']].map(stagesField), l).toEqual([
        'decision',
        'reason',
        'nextBudget',
        'evaluated',
      ]);
      const weeklyKeys = [
        'week',
        'stage',
        'variant',
        'spend',
        'impressions',
        'clicks',
        'leads',
        'conversions',
        'revenue',
        'controlRevenue',
        'newCustomers',
      ] as const;
      expect(
        weeklyKeys.map((k) => weeklyField(c[`header.${k}`])),
        l,
      ).toEqual([...weeklyKeys]);
      expect(
        [c['header.minWeeks'], c['header.minRoas'], c['header.maxCpa'], c['header.minConversions'], c['header.minIroas']].map((h) => targetHeader(h)?.metric),
        l,
      ).toEqual(['weeks', 'roas', 'cpa', 'conversions', 'iroas']);
    }
  });
});

describe('decision words in cells', () => {
  it("every language's word for every decision is understood, case and spaces aside", () => {
    for (const l of LANGUAGES)
      for (const [code, key] of [
        ['SCALE UP', 'decision.SCALE_UP'],
        ['NEED DATA', 'decision.NEED_DATA'],
        ['STOP', 'decision.STOP'],
      ] as const) {
        expect(decisionFromWord(catalogue(l)[key]), l).toBe(code);
        expect(decisionFromWord(`  ${catalogue(l)[key].toLowerCase().replace(' ', '  ')} `), l).toBe(code);
      }
    expect(decisionFromWord('Skaler opp')).toBe('SCALE UP');
    expect(decisionFromWord('стоп')).toBe('STOP');
    expect(decisionFromWord('扩量')).toBe('SCALE UP');
    expect(decisionFromWord('maybe')).toBeNull();
  });

  it('still reads the Russian words earlier versions wrote (ДАЛЬШЕ, ЗАКРЫТ)', () => {
    expect(decisionFromWord('ДАЛЬШЕ')).toBe('GO');
    expect(decisionFromWord('закрыт')).toBe('LOCKED');
    expect(decisionFromWord(catalogue('ru')['decision.GO'])).toBe('GO');
  });

  it('no two decisions share a word in any language', () => {
    const seen = new Map<string, string>();
    for (const l of LANGUAGES)
      for (const [k, v] of Object.entries(catalogue(l)).filter(([k]) => k.startsWith('decision.'))) {
        const prev = seen.get(v.toUpperCase());
        expect(prev === undefined || prev === k, `${v}: ${prev} and ${k}`).toBe(true);
        seen.set(v.toUpperCase(), k);
      }
  });
});

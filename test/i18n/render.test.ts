/** The one place messages become words: planned cells keep their values, and a lower-cased argument. */
import { describe, expect, it } from 'vitest';
import { ENGLISH, translator } from '../../src/i18n';
import { isMessage, render, renderRows, say } from '../../src/i18n/render';

describe('render', () => {
  it('puts the messages of a planned block in words and leaves values, Dates included, as they are', () => {
    const day = new Date(Date.UTC(2025, 0, 6));
    const rows = renderRows([[say('header.week'), 'Test', 42, day, true, say('decision.SCALE_UP')]], translator('nb'));
    expect(rows).toEqual([[translator('nb').t('header.week'), 'Test', 42, day, true, translator('nb').decision('SCALE UP')]]);
    expect(rows[0][3]).toBe(day);
    expect(isMessage(day)).toBe(false);
    expect(isMessage({ key: 'chart.yes' })).toBe(true);
  });

  it("lower-cases an argument inside a sentence (the control's name in a chart's summary)", () => {
    const m = say('chart.controlSummary', { test: { money: 10 }, control: { money: 8 }, label: { lower: say('chart.control') }, before: 2 });
    expect(render(m, ENGLISH)).toBe(ENGLISH.t('chart.controlSummary', { test: '10', control: '8', label: 'control', before: 2 }));
  });
});

/** Text written back stays text: formula starts after Unicode folding and invisible characters are escaped too. */
import { describe, expect, it } from 'vitest';
import { asText } from '../../src/appsscript/escape';

describe('asText', () => {
  it.each(['=1+1', '+cmd', '-1', '@SUM(A1)', '＝1+1', '＋1', '﹦1', '\u200b=1+1', '\ufeff=1', '\u2060+1', ' =1', '\u00a0=1', '−1', "'quoted"])(
    '%j is escaped',
    (text) => {
      expect(asText(text)).toBe(`'${text}`);
    },
  );

  it.each(['Test', '1e5', 'TRUE', '"Test" passed', 'ROAS 3.40 vs min 3.00', '', 'Ø-scale', '测试'])('%j is written as it is', (text) => {
    expect(asText(text)).toBe(text);
  });

  it('leaves non-text values alone', () => {
    expect(asText(5)).toBe(5);
    expect(asText(true)).toBe(true);
  });
});

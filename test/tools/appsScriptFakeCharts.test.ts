/** The imitation's embedded charts behave as the Apps Script reference describes them. */
import { describe, expect, it } from 'vitest';
import { createAppsScriptFake } from '../../tools/apps-script-fake';

type Any = any; // the globals are untyped here, as in Apps Script

function sheet() {
  const fake = createAppsScriptFake({
    sheets: [
      {
        name: 'Data',
        values: [
          ['Week', 'Spend'],
          ['2025-01-06', 10],
          ['2025-01-13', 12],
        ],
      },
    ],
  });
  const g = fake.globals as Any;
  return { fake, g, s: g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data') };
}

describe('apps-script-fake charts', () => {
  it('newChart → build → insertChart; a built chart has no id until inserted', () => {
    const { fake, g, s } = sheet();
    const chart = s
      .newChart()
      .setChartType(g.Charts.ChartType.COMBO)
      .addRange(s.getRange('A1:B3'))
      .addRange(s.getRange('A1:B3'))
      .setPosition(5, 2, 10, 0)
      .setOption('title', 'Spend')
      .setOption('series', { 0: { type: 'bars' } })
      .build();
    expect(chart.getChartId()).toBeNull();
    s.insertChart(chart);
    const [got] = s.getCharts();
    expect(got.getChartId()).toEqual(expect.any(Number));
    expect(got.getRanges().map((r: Any) => r.getA1Notation())).toEqual(['A1:B3']); // the same range once
    const at = got.getContainerInfo();
    expect([at.getAnchorRow(), at.getAnchorColumn(), at.getOffsetX(), at.getOffsetY()]).toEqual([5, 2, 10, 0]);
    expect(got.getOptions().get('title')).toBe('Spend');
    expect(got.getOptions().get('series.0.type')).toBe('bars');
    // Every call is counted, chained builder calls too.
    expect(fake.calls.byMethod()['EmbeddedChartBuilder.setOption']).toBe(2);
    expect(fake.calls.byMethod()['Sheet.insertChart']).toBe(1);
  });

  it('modify() edits a copy that only updateChart saves; removeChart removes', () => {
    const { g, s } = sheet();
    s.insertChart(s.newChart().setChartType(g.Charts.ChartType.LINE).addRange(s.getRange('A1:B2')).build());
    const [chart] = s.getCharts();
    const edited = chart.modify().clearRanges().addRange(s.getRange('A1:B3')).setOption('title', 'New').build();
    expect(s.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    s.updateChart(edited);
    const [after] = s.getCharts();
    expect(after.getChartId()).toBe(chart.getChartId());
    expect(after.getRanges()[0].getA1Notation()).toBe('A1:B3');
    expect(after.getOptions().get('title')).toBe('New');
    s.removeChart(after);
    expect(s.getCharts()).toHaveLength(0);
    expect(() => s.updateChart(edited)).toThrow(/not on this sheet/);
    expect(() => s.newChart().setChartType('NOPE')).toThrow(/Invalid argument/);
  });

  it('charts are part of the workbook snapshot, for the preview to draw', () => {
    const { fake, g, s } = sheet();
    s.insertChart(s.newChart().setChartType(g.Charts.ChartType.COMBO).addRange(s.getRange('A1:B3')).setPosition(4, 4, 0, 0).build());
    const snap = fake.snapshot().sheets[0].charts!;
    expect(snap).toHaveLength(1);
    expect(snap[0]).toMatchObject({ type: 'COMBO', ranges: [{ sheet: 'Data', row: 1, col: 1, numRows: 3, numCols: 2 }], position: { row: 4, col: 4 } });
  });
});

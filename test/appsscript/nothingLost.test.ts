/**
 * Issue #20, "nothing lost, nothing double-counted", through the built dist/Code.js over the
 * Apps Script imitation: each test is one item of the hostile review and failed on the code
 * before the fix (the closing note lists them).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { type DailyRow } from '../../tools/workbooks/dailyExport';
import type { SheetData } from '../../tools/apps-script-fake';
import { EXAMPLE_CAMPAIGNS_SHEET, base64, exportB64, type ImportResult } from '../support/imports';
import { load, messageOf, sheetValues } from '../support/workbook';

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);
const baselineOnly = () => copy(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline') as never[][]);
const text = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v)));

function workbook(opts: { weekly?: unknown[][]; campaigns?: unknown[][] | false; extra?: SheetData[]; timeZone?: string; stages?: unknown[][] } = {}) {
  return load({
    timeZone: opts.timeZone,
    sheets: [
      { name: 'Stages', values: (opts.stages ?? copy(EXAMPLE_STAGES as never[][])) as never },
      { name: 'Weekly', values: (opts.weekly ?? baselineOnly()) as never },
      ...(opts.campaigns === false ? [] : [{ name: 'Campaigns', values: (opts.campaigns ?? copy(EXAMPLE_CAMPAIGNS_SHEET.values)) as never }]),
      ...(opts.extra ?? []),
    ],
  });
}

const day = (date: string, campaign: string, spend: number): DailyRow => ({
  date,
  campaign,
  spend,
  impressions: spend * 10,
  clicks: spend / 10,
  leads: 1,
  conversions: 2,
  revenue: spend * 3,
});
const week = (from: string, campaign: string, spend: number) =>
  Array.from({ length: 7 }, (_, i) => day(new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10), campaign, spend));

describe('imports lose nothing and count nothing twice', () => {
  it('total rows are known by the layout, not by a name: "Summer sale", "Total Fitness", "Sum 41 tour" are campaigns', () => {
    const csv = [
      'Campaign report',
      'Day\tCampaign\tCost\tClicks',
      '2025-01-06\tSummer sale\t100.00\t10',
      '2025-01-06\tTotal Fitness\t200.00\t20',
      '2025-01-06\tSum 41 tour\t300.00\t30',
      'Total: Account\t--\t600.00\t60',
      'Total – account\t--\t600.00\t60',
      '\t\t600.00\t60',
    ].join('\n');
    const campaigns = [
      ['Campaign', 'Stage', 'Variant'],
      ['Summer sale', 'Test', 'A'],
      ['Total Fitness', 'Test', 'B'],
      ['Sum 41 tour', 'Test', 'C'],
    ];
    const { gs } = workbook({ campaigns });
    const r = gs.importData('google.csv', base64(csv), { dryRun: true }) as ImportResult;
    expect(r.adds.map((a) => [a.variant, a.values.spend])).toEqual([
      ['A', 100],
      ['B', 200],
      ['C', 300],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('a stage named "Total" with its own budget is a stage; a total row of the budgets is not', () => {
    const stages = copy(EXAMPLE_STAGES as never[][]) as unknown[][];
    stages.push(['Total', 5000, '', '', 2, '', '', '', '', ''], ['Total', 125000, '', '', '', '', '', '', '', '']);
    const { gs } = workbook({ stages, weekly: copy(EXAMPLE_WEEKLY as never[][]) });
    const r = gs.evaluateStages() as { stages: { stage: string }[] };
    expect(r.stages.map((s) => s.stage)).toEqual(['Test', 'Scale', 'Expand', 'Total']);
  });

  it('number-like Variants ("007", "1e3") are written and compared as text: a re-import changes nothing', () => {
    const campaigns = [
      ['Campaign', 'Stage', 'Variant'],
      ['Bond', 'Test', '007'],
      ['Kilo', 'Test', '1e3'],
    ];
    const { fake, gs } = load({
      sheets: [
        { name: 'Stages', values: copy(EXAMPLE_STAGES as never[][]) },
        { name: 'Weekly', values: baselineOnly() },
        { name: 'Campaigns', values: campaigns, numberFormats: campaigns.map(() => ['@', '@', '@']) },
      ],
    });
    const rows = [...week('2025-01-06', 'Bond', 100), ...week('2025-01-06', 'Kilo', 50)];
    expect((gs.importData('m.csv', exportB64(rows), {}) as ImportResult).adds).toHaveLength(2);
    const written = sheetValues(fake, 'Weekly')
      .slice(-2)
      .map((r) => r[2]);
    expect(written).toEqual(['007', '1e3']);
    const again = gs.importData('m.csv', exportB64(rows), {}) as ImportResult;
    expect([again.adds.length, again.skips.length]).toEqual([0, 2]);
    expect(sheetValues(fake, 'Weekly')).toHaveLength(7);
  });

  it('a campaign named like a number ("00123") is listed as text and can be mapped', () => {
    const { fake, gs } = workbook({ campaigns: false });
    const rows = week('2025-01-06', '00123', 100);
    gs.importData('m.csv', exportB64(rows), {});
    expect(sheetValues(fake, 'Campaigns')[1][0]).toBe('00123');
    fake.spreadsheet.getSheetByName('Campaigns')!.getRange(2, 2).setValue('Test');
    const r = gs.importData('m.csv', exportB64(rows), {}) as ImportResult;
    expect(r.unmappedCampaigns).toEqual([]);
    expect(r.adds).toHaveLength(1);
  });

  it("a Week cell east of UTC (UTC+14) is read in the spreadsheet's time zone: a hand row of that week is seen", () => {
    // 6 Jan 2025 at midnight in Kiribati is 5 Jan 10:00 UTC.
    const weekly = [...baselineOnly(), [new Date('2025-01-05T10:00:00Z'), 'Test', 'Video', 2480, 310000, 2950, 160, 101, 11300, 610, 74]];
    const { gs } = workbook({ weekly, timeZone: 'Pacific/Kiritimati' });
    const r = gs.importData('m.csv', exportB64(week('2025-01-06', 'Test – Video', 100)), { dryRun: true }) as ImportResult;
    expect(r.adds).toEqual([]);
    expect(r.skips.map((s) => [s.week, s.reason])).toEqual([['2025-01-06', 'a row typed by hand is there']]);
  });

  it('merged Stage cells over hand rows are part of the upsert key: a re-import adds no second copy', () => {
    const weekly = [
      ...baselineOnly(),
      [new Date('2025-01-06T00:00:00Z'), 'Test', 'Video', 700, 7000, 70, 7, 14, 2100, '', ''],
      [new Date('2025-01-13T00:00:00Z'), '', 'Video', 700, 7000, 70, 7, 14, 2100, '', ''],
      [new Date('2025-01-20T00:00:00Z'), '', 'Video', 700, 7000, 70, 7, 14, 2100, '', ''],
    ];
    const { fake, gs } = load({
      sheets: [
        { name: 'Stages', values: copy(EXAMPLE_STAGES as never[][]) },
        { name: 'Weekly', values: weekly as never, merges: [{ row: 6, col: 2, numRows: 3, numCols: 1 }] },
        { name: 'Campaigns', values: copy(EXAMPLE_CAMPAIGNS_SHEET.values) as never },
      ],
    });
    const rows = [...week('2025-01-06', 'Test – Video', 100), ...week('2025-01-13', 'Test – Video', 100), ...week('2025-01-20', 'Test – Video', 100)];
    const r = gs.importData('m.csv', exportB64(rows), {}) as ImportResult;
    expect(r.adds).toEqual([]);
    expect(sheetValues(fake, 'Weekly')).toHaveLength(8);
  });

  it('changing the week start between two imports is refused, clearly, with nothing written', () => {
    const { fake, gs } = workbook();
    const rows = [...week('2025-01-06', 'Test – Video', 100), ...week('2025-01-13', 'Test – Video', 100)];
    gs.importData('m.csv', exportB64(rows), {});
    const before = text(sheetValues(fake, 'Weekly'));
    gs.saveSettings({ weekStart: 'sunday' });
    const m = messageOf(() => gs.importData('m.csv', exportB64(rows), {}));
    expect(m).toMatch(/week start was changed/);
    expect(m).toMatch(/Nothing was imported/);
    expect(text(sheetValues(fake, 'Weekly'))).toEqual(before);
  });

  it('writes only the rows and cells it owns: a hand row between two replaced rows is not rewritten', () => {
    const { fake, gs } = workbook();
    gs.importData('m.csv', exportB64([...week('2025-01-06', 'Test – Video', 100), ...week('2025-01-06', 'Test – Carousel', 100)]), {});
    // A hand row typed between the two imported rows, holding a text that reads like a number.
    const sheet = fake.spreadsheet.raw('Weekly')!;
    sheet.insertRowsAfter(6, 1);
    sheet.layers.values[6] = [new Date('2025-01-06T00:00:00Z'), 'Brand', '1e5', 5, '', '', '', '', '', '', '', 'typed by hand'];
    gs.importData('m.csv', exportB64([...week('2025-01-06', 'Test – Video', 200), ...week('2025-01-06', 'Test – Carousel', 200)]), {});
    const v = sheetValues(fake, 'Weekly');
    expect(v[6].slice(1, 3)).toEqual(['Brand', '1e5']);
    expect([v[5][3], v[7][3]]).toEqual([1400, 1400]);
  });

  it('a quota error in the middle of an import leaves nothing half-written', () => {
    const { fake, gs } = workbook();
    const before = { weekly: text(sheetValues(fake, 'Weekly')), campaigns: text(sheetValues(fake, 'Campaigns')) };
    const rows = [...week('2025-01-06', 'Test – Video', 100), ...week('2025-01-06', 'A new campaign', 100)];
    fake.calls.failOn('Range.setValues', 2, 'Exception: Service invoked too many times for one day: spreadsheets.');
    const m = messageOf(() => gs.importData('m.csv', exportB64(rows), {}));
    expect(m).toMatch(/nothing changed/);
    expect({ weekly: text(sheetValues(fake, 'Weekly')), campaigns: text(sheetValues(fake, 'Campaigns')) }).toEqual(before);
  });

  it('a 60,000-character campaign name is reported by the dry run with its line, and the import writes the rest', () => {
    const { gs } = workbook();
    const rows = [...week('2025-01-06', 'Test – Video', 100), day('2025-01-06', 'x'.repeat(60_000), 5)];
    const dry = gs.importData('m.csv', exportB64(rows), { dryRun: true }) as ImportResult;
    expect(dry.problems.map((p) => p.line)).toEqual([9]);
    expect(dry.problems[0].message).toMatch(/60,000 characters/);
    const r = gs.importData('m.csv', exportB64(rows), {}) as ImportResult;
    expect(r.adds).toHaveLength(1);
  });

  it('an unclosed quote is reported with its line, and nothing is imported', () => {
    const { fake, gs } = workbook();
    const before = text(sheetValues(fake, 'Weekly'));
    const csv = 'Campaign name,Day,Amount spent (NOK)\nTest – Video,2025-01-06,100\n"Test – Video,2025-01-07,100\nTest – Video,2025-01-08,100\n';
    expect(messageOf(() => gs.importData('m.csv', base64(csv), {}))).toMatch(/line 3/);
    expect(text(sheetValues(fake, 'Weekly'))).toEqual(before);
  });

  it('a Windows-1252 file ("Vår – Østlandet") is decoded right, so its campaign maps', () => {
    const campaigns = [
      ['Campaign', 'Stage', 'Variant'],
      ['Vår – Østlandet', 'Test', 'Video'],
    ];
    const { gs } = workbook({ campaigns });
    const csv = 'Campaign name,Day,Amount spent (NOK)\nVår – Østlandet,2025-01-06,100\n';
    const bytes = Buffer.from([...csv].map((ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0))));
    const r = gs.importData('m.csv', bytes.toString('base64'), { dryRun: true }) as ImportResult & { encoding: string };
    expect(r.encoding).toBe('windows-1252');
    expect(r.unmappedCampaigns).toEqual([]);
    expect(r.adds).toHaveLength(1);
  });
});

describe('owned sheets: nothing a user wrote is overwritten', () => {
  it('createDashboard never writes into a user\'s own "Dashboard": it uses "Dashboard (LiftGate)" and says so', () => {
    const own = Array.from({ length: 37 }, (_, r) => [`note ${r}`, r]);
    const { fake, gs } = workbook({ weekly: copy(EXAMPLE_WEEKLY as never[][]), extra: [{ name: 'Dashboard', values: own as never }] });
    const r = gs.createDashboard() as { message: string; sheet: string };
    expect(sheetValues(fake, 'Dashboard')).toEqual(own);
    expect(fake.spreadsheet.raw('Dashboard')!.charts).toEqual([]);
    expect(r.sheet).toBe('Dashboard (LiftGate)');
    expect(r.message).toMatch(/"Dashboard" is not LiftGate's/);
    expect(sheetValues(fake, 'Dashboard (LiftGate)')[0][0]).toBe('LiftGate dashboard');
  });

  it("notes a user wrote on LiftGate's dashboard outside its block survive a refresh", () => {
    const { fake, gs } = workbook({ weekly: copy(EXAMPLE_WEEKLY as never[][]) });
    gs.createDashboard();
    const sheet = fake.spreadsheet.getSheetByName('Dashboard')!;
    sheet.getRange(60, 1).setValue('Client meeting: keep Scale');
    sheet.getRange(70, 20).setValue('my own number');
    gs.createDashboard();
    expect(sheet.getRange(60, 1).getValue()).toBe('Client meeting: keep Scale');
    expect(sheet.getRange(70, 20).getValue()).toBe('my own number');
  });

  it('a user\'s own "Decision log" is left alone: the log goes to "Decision log (LiftGate)" with a warning', () => {
    const own = [
      ['Date', 'What we decided'],
      ['2025-01-01', 'hire'],
    ];
    const { fake, gs } = workbook({ weekly: copy(EXAMPLE_WEEKLY as never[][]), extra: [{ name: 'Decision log', values: own as never }] });
    const r = gs.evaluateStages() as { warnings: string[] };
    expect(sheetValues(fake, 'Decision log')).toEqual(own);
    expect(sheetValues(fake, 'Decision log (LiftGate)')).toHaveLength(4);
    expect(r.warnings.join(' ')).toMatch(/"Decision log" is not LiftGate's/);
  });

  it('settings refuse a sheet name that is another role\'s (Weekly called "Dashboard", the log "Campaigns")', () => {
    const { gs } = workbook();
    expect(messageOf(() => gs.saveSettings({ weeklySheet: 'Dashboard' }))).toMatch(/"Dashboard"/);
    expect(messageOf(() => gs.saveSettings({ logSheet: 'campaigns' }))).toMatch(/Campaigns/);
  });

  it('createTemplate and saveSettings take the document lock', () => {
    const { fake, gs } = load({ sheets: [{ name: 'Sheet1', values: [] }] });
    fake.lock.heldElsewhere = true;
    expect(messageOf(() => gs.createTemplate())).toMatch(/try again/);
    expect(messageOf(() => gs.saveSettings({ tolerance: 0.2 }))).toMatch(/try again/);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(fake.documentProperties).toEqual({});
  });
});

describe('text from the sheet stays text, everywhere', () => {
  it('the Decision log escapes a stage named =HYPERLINK(...)', () => {
    const stages = copy(EXAMPLE_STAGES as never[][]) as unknown[][];
    stages[1][0] = '=HYPERLINK("http://x","y")';
    const weekly = (copy(EXAMPLE_WEEKLY as never[][]) as unknown[][]).map((r) => (r[1] === 'Test' ? [r[0], stages[1][0], ...r.slice(2)] : r));
    const { fake, gs } = workbook({ stages, weekly });
    gs.evaluateStages();
    const log = fake.snapshot().sheets.find((s) => s.name === 'Decision log')!;
    expect(log.formulas!.flat().filter(Boolean)).toEqual([]);
    expect(log.values[1][1]).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('the Dashboard shows a stage named "1e5" as 1e5, not 100000', () => {
    const stages = copy(EXAMPLE_STAGES as never[][]) as unknown[][];
    stages[1][0] = '1e5';
    const weekly = (copy(EXAMPLE_WEEKLY as never[][]) as unknown[][]).map((r) => (r[1] === 'Test' ? [r[0], '1e5', ...r.slice(2)] : r));
    const { fake, gs } = workbook({ stages, weekly });
    gs.createDashboard();
    expect(sheetValues(fake, 'Dashboard')[4][0]).toBe('1e5');
  });

  it("the Dashboard's week labels are the weeks' own days east of UTC", () => {
    const shift = (v: unknown) => (v instanceof Date ? new Date(v.getTime() - 14 * 3600_000) : v); // midnight in UTC+14
    const weekly = (copy(EXAMPLE_WEEKLY as never[][]) as unknown[][]).map((r, i) => (i === 0 ? r : r.map(shift)));
    const stages = (copy(EXAMPLE_STAGES as never[][]) as unknown[][]).map((r, i) => (i === 0 ? r : r.map(shift)));
    const { fake, gs } = workbook({ stages, weekly, timeZone: 'Pacific/Kiritimati' });
    gs.createDashboard();
    const v = sheetValues(fake, 'Dashboard');
    const labels = v
      .slice(2)
      .map((r) => r[16])
      .filter(Boolean);
    expect(labels[0]).toBe('2025-01-06');
  });
});

describe('the Decision log and the plan, polished', () => {
  it('a log the user sorted newest-first gains no duplicate row', () => {
    const { fake, gs } = workbook({ weekly: copy(EXAMPLE_WEEKLY as never[][]) });
    gs.evaluateStages();
    const sheet = fake.spreadsheet.raw('Decision log')!;
    // An older row for Test at the bottom, as a newest-first sort leaves it.
    const older = [...sheet.layers.values[1]] as unknown[];
    older[0] = new Date('2024-12-01T00:00:00Z');
    older[2] = 'HOLD';
    sheet.layers.values.push(older);
    const n = sheetValues(fake, 'Decision log').length;
    gs.evaluateStages();
    expect(sheetValues(fake, 'Decision log')).toHaveLength(n);
  });

  it('a notes row in Stages ("Notes: budgets in NOK" in the Stage column only) is a note: a warning, its cells left alone', () => {
    const stages = copy(EXAMPLE_STAGES as never[][]) as unknown[][];
    stages.push(['Notes: budgets in NOK', '', '', '', '', '', '', '', '', '']);
    const { fake, gs } = workbook({ stages, weekly: copy(EXAMPLE_WEEKLY as never[][]) });
    const r = gs.evaluateStages() as { stages: unknown[]; warnings: string[] };
    expect(r.stages).toHaveLength(3);
    expect(r.warnings.join(' ')).toMatch(/Row 5 of Stages \("Notes: budgets in NOK"\)/);
    expect(sheetValues(fake, 'Stages')[4].filter((v) => v !== '')).toEqual(['Notes: budgets in NOK']);
  });
});

/**
 * The hands-free loop through the built dist/Code.js over the Apps Script imitation: sources
 * read as imports, one time-driven trigger per user and document, a run that writes exactly
 * what a click writes, one e-mail when a decision changes and none when nothing did, a failing
 * source that blocks nothing, a spent mail quota that is a warning, and refusals that name
 * the value.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { exampleDailyRows } from '../../tools/workbooks/dailyExport';
import { EXAMPLE_CAMPAIGNS_SHEET } from '../support/imports';
import { loadCodeJs } from '../../tools/apps-script-fake';
import { load, messageOf, sheetValues, withoutColumns } from '../support/workbook';

const copy = <T>(rows: T[][]) => rows.map((r) => [...r]);
const baselineOnly = () => copy(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline') as never[][]);

/** The example's weeks as a Google Ads script's GAQL report writes them into a tab: money in micros. */
function gaqlTab(): (string | number)[][] {
  return [
    ['campaign.name', 'segments.date', 'metrics.cost_micros', 'metrics.impressions', 'metrics.clicks', 'metrics.conversions', 'metrics.conversions_value'],
    ...exampleDailyRows().map((r) => [r.campaign, r.date, r.spend * 1e6, r.impressions, r.clicks, r.conversions, r.revenue]),
  ];
}

function workbook(
  opts: { extraSheets?: { name: string; values: unknown[][] }[]; properties?: Record<string, string>; locale?: string; stages?: boolean } = {},
) {
  const loaded = load({
    locale: opts.locale,
    properties: opts.properties,
    sheets: [
      ...(opts.stages === false ? [] : [{ name: 'Stages', values: copy(EXAMPLE_STAGES as never[][]) }]),
      { name: 'Weekly', values: baselineOnly() as never },
      { name: 'Campaigns', values: copy(EXAMPLE_CAMPAIGNS_SHEET.values) as never },
      { name: 'Google Ads', values: gaqlTab() as never },
      ...((opts.extraSheets ?? []) as never[]),
    ],
  });
  return loaded;
}

type Schedule = {
  frequency: string;
  weekday: string;
  hour: number;
  email: boolean;
  recipients: string[];
  digest: boolean;
  owner: string;
  active: boolean;
  lastRun: { at: string; changed: string[]; emailed: boolean; warnings: string[] } | null;
};

function scheduled(opts: Parameters<typeof workbook>[0] = {}, schedule: Record<string, unknown> = {}) {
  const w = workbook(opts);
  w.gs.saveSettings({ sources: [{ sheet: 'Google Ads', platform: 'auto' }, ...(opts.extraSheets ?? []).map((s) => ({ sheet: s.name, platform: 'auto' }))] });
  w.gs.saveSchedule({ frequency: 'weekly', weekday: 'monday', hour: 7, recipients: ['client@example.com', 'me@agency.example'], ...schedule });
  return w;
}

describe('the schedule', () => {
  it('fire the trigger: the source is read, the sheet changes exactly as a click would, and one e-mail goes out; fire again with no change: no e-mail', () => {
    const { fake, gs } = scheduled();
    expect(fake.scriptApp.triggers).toHaveLength(1);
    expect(fake.scriptApp.triggers[0]).toMatchObject({ handler: 'runSchedule', weekDay: 'MONDAY', atHour: 7, timeZone: 'Etc/UTC' });

    fake.scriptApp.fire(gs);
    const weekly = sheetValues(fake, 'Weekly');
    expect(weekly).toHaveLength(5 + 12);
    // micros ÷ 10⁶: the first Test week's spend is the example's.
    expect(weekly[5].slice(0, 4)).toEqual(['2025-01-06', 'Test', 'Carousel', 2510]);
    expect(weekly[5][weekly[0].length - 1]).toBe('Google Ads API import 2025-01-06..2025-01-12');
    const log = sheetValues(fake, 'Decision log');
    expect(log.length).toBe(4); // header + one row per stage

    expect(fake.mail.sent).toHaveLength(1);
    const mail = fake.mail.sent[0];
    expect(mail.to).toEqual(['client@example.com', 'me@agency.example']);
    expect(mail.subject).toMatch(/^LiftGate: Test → \S.* and 2 more \(LiftGate preview\)$/);
    // Decisions in their colours and words, next budgets, what changed, a link.
    const decisions = (gs.getSchedule() as Schedule).lastRun!;
    expect(decisions.changed).toEqual(['Test', 'Scale', 'Expand']);
    expect(decisions.emailed).toBe(true);
    expect(mail.htmlBody).toContain('What changed');
    expect(mail.htmlBody).toMatch(/background:#[0-9A-F]{6};color:#[0-9A-F]{6};font-weight:bold/);
    expect(mail.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/fake-spreadsheet/edit"');
    expect(mail.body).toContain('Test:');

    // The same document by hand: import the same tab's rows, click Evaluate now.
    const hand = workbook();
    hand.gs.importData('Google Ads', gaqlTab(), {});
    hand.gs.evaluateStages();
    const evaluatedCol = sheetValues(fake, 'Stages')[0].indexOf('Evaluated');
    expect(withoutColumns(sheetValues(fake, 'Stages'), [evaluatedCol])).toEqual(withoutColumns(sheetValues(hand.fake, 'Stages'), [evaluatedCol]));
    expect(sheetValues(fake, 'Weekly')).toEqual(sheetValues(hand.fake, 'Weekly'));
    expect(withoutColumns(sheetValues(fake, 'Decision log'), [0])).toEqual(withoutColumns(sheetValues(hand.fake, 'Decision log'), [0]));

    // Again, nothing new in the tab: nothing appended, no e-mail.
    fake.scriptApp.fire(gs);
    expect(sheetValues(fake, 'Decision log')).toHaveLength(4);
    expect(sheetValues(fake, 'Weekly')).toEqual(weekly);
    expect(fake.mail.sent).toHaveLength(1);
    const last = (gs.getSchedule() as Schedule).lastRun!;
    expect(last).toMatchObject({ changed: [], emailed: false, warnings: [] });
  });

  it('the digest sends the table every run; a changed week says what changed, from the log', () => {
    const { fake, gs } = scheduled({}, { digest: true });
    fake.scriptApp.fire(gs);
    fake.scriptApp.fire(gs);
    expect(fake.mail.sent).toHaveLength(2);
    expect(fake.mail.sent[1].subject).toBe('LiftGate: no decision changed (LiftGate preview)');
    expect(fake.mail.sent[1].htmlBody).toContain('No decision or next budget changed');
    // The connector refreshes the tab: the Scale stage's revenue was over-reported.
    const tab = fake.spreadsheet.raw('Google Ads')!;
    const values = tab.toData().values as (string | number)[][];
    for (const row of values.slice(1)) if (String(row[0]).startsWith('Scale')) row[6] = Number(row[6]) * 0.2;
    tab.getRange(1, 1, values.length, values[0].length).setValues(values);
    fake.scriptApp.fire(gs);
    expect(fake.mail.sent).toHaveLength(3);
    expect((gs.getSchedule() as Schedule).lastRun!.changed).toEqual(['Scale']);
    expect(fake.mail.sent[2].subject).toMatch(/^LiftGate: Scale → (STOP|SCALE DOWN) \(LiftGate preview\)$/);
    expect(fake.mail.sent[2].htmlBody).toMatch(/What changed<\/h3><ul[^>]*><li>[^<]+: [^<]+ → [^<]+; next budget/);
  });

  it('a failing source never blocks the others nor half-writes; the e-mail says which failed', () => {
    const broken = {
      name: 'Meta raw',
      values: [
        ['date_start', 'date_stop', 'campaign_name', 'spend'],
        ['2025-01-06', '2025-01-12', 'Test – Video', 'lots'],
      ],
    };
    const missing = 'Coefficient';
    const { fake, gs } = workbook({ extraSheets: [broken] });
    gs.saveSettings({
      sources: [
        { sheet: broken.name, platform: 'meta-insights' },
        { sheet: missing, platform: 'auto' },
        { sheet: 'Google Ads', platform: 'google-ads-api' },
      ],
    });
    gs.saveSchedule({ frequency: 'daily', hour: 6, recipients: 'me@agency.example' });
    fake.scriptApp.fire(gs);
    // Google Ads was read and written in full; the other two are reported.
    expect(sheetValues(fake, 'Weekly')).toHaveLength(17);
    const run = (gs.getSchedule() as Schedule).lastRun!;
    expect(run.warnings).toEqual(['Source "Coefficient": this spreadsheet has no tab of that name.']);
    const settings = gs.getSettings() as { sources: { sheet: string; lastRead?: { ok: boolean; message: string } }[] };
    expect(settings.sources.map((s) => [s.sheet, s.lastRead?.ok])).toEqual([
      ['Meta raw', true],
      ['Coefficient', false],
      ['Google Ads', true],
    ]);
    // The Meta row whose spend is no number is a problem line of that import, as in a file.
    expect(settings.sources[0].lastRead!.message).toMatch(/1 line could not be read|could not/);
    expect(fake.mail.sent).toHaveLength(1);
    expect(fake.mail.sent[0].htmlBody).toContain('Sources that could not be read');
  });

  it('when the evaluation cannot run, the e-mail says so; the run itself does not fail', () => {
    const { fake, gs } = scheduled({ stages: false });
    expect(() => fake.scriptApp.fire(gs)).not.toThrow();
    expect(fake.mail.sent).toHaveLength(1);
    expect(fake.mail.sent[0].subject).toBe('LiftGate: the evaluation could not run (LiftGate preview)');
    expect((gs.getSchedule() as Schedule).lastRun!.warnings[0]).toMatch(/^The evaluation could not run: This spreadsheet has no "Stages" sheet/);
  });

  it("MailApp's daily quota spent: a warning for the sidebar, the run is not failed", () => {
    const { fake, gs } = scheduled();
    fake.mail.quota = 1; // two recipients
    fake.scriptApp.fire(gs);
    expect(fake.mail.sent).toHaveLength(0);
    expect(sheetValues(fake, 'Decision log')).toHaveLength(4);
    const run = (gs.getSchedule() as Schedule).lastRun!;
    expect(run.emailed).toBe(false);
    expect(run.warnings).toEqual(["No e-mail was sent: today's e-mail quota has 1 recipients left and this e-mail has 2. The next run tries again."]);
  });

  it('exactly one trigger per user and document: saving twice replaces it, off deletes it, a trigger left behind removes itself', () => {
    const { fake, gs } = scheduled();
    gs.saveSchedule({ frequency: 'daily', hour: 22 });
    expect(fake.scriptApp.triggers).toHaveLength(1);
    expect(fake.scriptApp.triggers[0]).toMatchObject({ everyDays: 1, atHour: 22 });
    expect(gs.getSchedule() as Schedule).toMatchObject({ frequency: 'daily', hour: 22, owner: 'user@example.com', active: true, recipients: [] });
    // The imitation refuses a second time-driven trigger, as Apps Script does for an add-on.
    expect(
      () =>
        fake.globals.ScriptApp &&
        (fake.globals.ScriptApp as { newTrigger(n: string): { timeBased(): { everyDays(n: number): { create(): unknown } } } })
          .newTrigger('runSchedule')
          .timeBased()
          .everyDays(1)
          .create(),
    ).toThrow(/too many time-based triggers in this document/);

    // Someone else sets it: their trigger now; the first user's trigger removes itself when it fires.
    fake.scriptApp.user = 'colleague@agency.example';
    gs.saveSchedule({ frequency: 'weekly', weekday: 'friday', hour: 9 });
    expect(fake.scriptApp.triggers.map((t) => t.user)).toEqual(['user@example.com', 'colleague@agency.example']);
    fake.scriptApp.user = 'user@example.com';
    expect(fake.scriptApp.fire(gs)).toMatchObject({ ran: false });
    expect(fake.scriptApp.triggers.map((t) => t.user)).toEqual(['colleague@agency.example']);
    expect(fake.mail.sent).toHaveLength(0);

    fake.scriptApp.user = 'colleague@agency.example';
    gs.saveSchedule({ frequency: 'off' });
    expect(fake.scriptApp.triggers).toHaveLength(0);
    expect((gs.getSchedule() as Schedule).active).toBe(false);
  });

  it('finds its trigger by the id it remembered when Apps Script lists time-driven triggers by project only', () => {
    const { fake, gs } = workbook();
    fake.scriptApp.clockTriggersByDocument = false;
    gs.saveSchedule({ frequency: 'daily', hour: 6 });
    gs.saveSchedule({ frequency: 'weekly', weekday: 'friday', hour: 6 });
    expect(fake.scriptApp.triggers).toHaveLength(1);
    expect(fake.scriptApp.triggers[0]).toMatchObject({ weekDay: 'FRIDAY' });
    expect((gs.getSchedule() as Schedule).active).toBe(true);
    gs.saveSchedule({ frequency: 'off' });
    expect(fake.scriptApp.triggers).toHaveLength(0);
  });

  it('the default recipient is the user who set it', () => {
    const { fake, gs } = workbook();
    gs.saveSettings({ sources: [{ sheet: 'Google Ads' }] });
    gs.saveSchedule({ frequency: 'daily', hour: 5 });
    fake.scriptApp.fire(gs);
    expect(fake.mail.sent.map((m) => m.to)).toEqual([['user@example.com']]);
  });

  it('refuses bad values with a message naming them, and writes nothing', () => {
    const { fake, gs } = workbook();
    expect(messageOf(() => gs.saveSchedule({ frequency: 'hourly' }))).toBe('Schedule: frequency must be one of off, daily, weekly; got "hourly".');
    expect(messageOf(() => gs.saveSchedule({ frequency: 'daily', hour: 24 }))).toBe('Schedule: hour must be one of 0–23; got 24.');
    expect(messageOf(() => gs.saveSchedule({ frequency: 'weekly', weekday: 'mon' }))).toBe(
      'Schedule: weekday must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday; got "mon".',
    );
    expect(messageOf(() => gs.saveSchedule({ frequency: 'daily', recipients: ['boss@client', 'x'] }))).toBe(
      'Schedule: "boss@client" is not an e-mail address.',
    );
    const many = Array.from({ length: 21 }, (_, i) => `p${i}@client.example`);
    expect(messageOf(() => gs.saveSchedule({ frequency: 'daily', recipients: many }))).toBe('Schedule: at most 20 recipients; 21 given.');
    expect(messageOf(() => gs.saveSchedule({ frequency: 'daily', email: 'yes' }))).toBe('Schedule: email must be one of true, false; got "yes".');
    expect(fake.scriptApp.triggers).toHaveLength(0);
    expect(messageOf(() => gs.saveSettings({ sources: [{ sheet: 'Weekly' }] }))).toBe(
      '"Weekly" is one of LiftGate\'s own sheets, not a source: name the tab a connector fills.',
    );
    expect(messageOf(() => gs.saveSettings({ sources: [{ sheet: 'Beslutningslogg' }] }))).toMatch(/^"Beslutningslogg" is one of LiftGate's own sheets/);
    expect(messageOf(() => gs.saveSettings({ sources: [{ sheet: 'Tab', platform: 'myspace' }] }))).toMatch(
      /^Source "Tab": platform "myspace" is not one of auto, google-ads, /,
    );
    expect(messageOf(() => gs.saveSettings({ sources: [{ sheet: 'Tab' }, { sheet: 'tab' }] }))).toBe('The tab "tab" is listed twice as a source.');
  });

  it("in the document's language, with every sheet text escaped in the HTML", () => {
    const stages = copy(EXAMPLE_STAGES as never[][]);
    const { fake, gs } = workbook({ locale: 'nb_NO' });
    void stages;
    // A campaign mapped to a stage whose name is markup.
    const campaigns = fake.spreadsheet.raw('Campaigns')!;
    const st = fake.spreadsheet.raw('Stages')!;
    const sv = st.toData().values as unknown[][];
    const evil = '<img src=x onerror=alert(1)>';
    sv[1][0] = evil;
    st.getRange(1, 1, sv.length, sv[0].length).setValues(sv as never);
    const cv = campaigns.toData().values as unknown[][];
    for (const r of cv.slice(1)) if (r[1] === 'Test') r[1] = evil;
    campaigns.getRange(1, 1, cv.length, cv[0].length).setValues(cv as never);
    gs.saveSettings({ sources: [{ sheet: 'Google Ads' }] });
    gs.saveSchedule({ frequency: 'daily', hour: 5 });
    fake.scriptApp.fire(gs);
    const mail = fake.mail.sent[0];
    expect(mail.subject).toMatch(/^LiftGate: <img src=x onerror=alert\(1\)> → \S.* og 2 til \(LiftGate preview\)$/);
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(mail.htmlBody).toContain('Hva som endret seg');
  });

  it('readSources({dryRun}) says what each source would do and writes nothing', () => {
    const { fake, gs } = workbook();
    gs.saveSettings({ sources: [{ sheet: 'Google Ads', platform: 'google-ads-api' }] });
    const before = fake.snapshot();
    const r = gs.readSources({ dryRun: true }) as { sources: { ok: boolean; result: { adds: unknown[]; format: string } }[] };
    expect(r.sources[0].ok).toBe(true);
    expect(r.sources[0].result.adds).toHaveLength(12);
    expect(r.sources[0].result.format).toBe('Google Ads API, English');
    expect(fake.snapshot()).toEqual(before);
    gs.readSources({});
    expect(sheetValues(fake, 'Weekly')).toHaveLength(17);
  });
});

describe('the 6-minute limit', () => {
  it('sources not started within 4 minutes wait for the next run; the evaluation and the e-mail still happen', () => {
    const w = workbook({ extraSheets: [{ name: 'Slow tab', values: gaqlTab() }] });
    // Each look at the clock is 3 minutes later: the first source starts at +3, the second at +6.
    let clock = Date.parse('2026-03-02T07:00:00Z');
    class SlowDate extends Date {
      static override now() {
        clock += 3 * 60 * 1000;
        return clock;
      }
    }
    const gs = loadCodeJs(Object.assign(w.fake, { globals: { ...w.fake.globals, Date: SlowDate } }));
    gs.saveSettings({ sources: [{ sheet: 'Google Ads' }, { sheet: 'Slow tab' }] });
    gs.saveSchedule({ frequency: 'daily', hour: 7 });
    w.fake.scriptApp.fire(gs);
    const run = (gs.getSchedule() as Schedule).lastRun!;
    expect(run.warnings).toEqual(['Source "Slow tab" was not read: the run came close to Apps Script\'s 6-minute limit. It is read on the next run.']);
    expect(run.changed).toEqual(['Test', 'Scale', 'Expand']);
    expect(w.fake.mail.sent).toHaveLength(1);
  });
});

/**
 * The loop in the sidebar, in Chromium over the local preview: a source added in the Import
 * panel, a weekly schedule saved in the Schedule panel (one trigger), the trigger fired from
 * the preview page, the e-mail it sent shown there, the last run in the Schedule panel, and
 * "Read now" with each source's last read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { EXAMPLE_CAMPAIGNS, exampleDailyRows } from '../../tools/workbooks/dailyExport';
import { previewPages } from './previewPage';

const preview = previewPages();
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

function workbook(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liftgate-schedule-'));
  writeFileSync(join(dir, 'Stages.csv'), Papa.unparse(EXAMPLE_STAGES.map((r) => r.map(iso))));
  writeFileSync(join(dir, 'Weekly.csv'), Papa.unparse(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline').map((r) => r.map(iso))));
  writeFileSync(join(dir, 'Campaigns.csv'), Papa.unparse([['Campaign', 'Stage', 'Variant'], ...EXAMPLE_CAMPAIGNS]));
  const gaql = [
    ['campaign.name', 'segments.date', 'metrics.cost_micros', 'metrics.impressions', 'metrics.clicks', 'metrics.conversions', 'metrics.conversions_value'],
    ...exampleDailyRows().map((r) => [r.campaign, r.date, r.spend * 1e6, r.impressions, r.clicks, r.conversions, r.revenue]),
  ];
  writeFileSync(join(dir, 'Google Ads.csv'), Papa.unparse(gaql));
  return dir;
}

describe('Schedule panel and sources', () => {
  it('add a source, save a weekly schedule, fire it: the e-mail shows in the preview and the last run in the panel; Read now records the last read', async () => {
    const { page, sidebar, session, errors } = await preview.open({ workbook: workbook() });
    await sidebar.getByRole('button', { name: 'Import' }).click();
    const sources = sidebar.locator('section.sources');
    await expect.poll(() => sources.innerText()).toContain('No sources yet.');
    await sources.locator('input[name="source-sheet"]').fill('Google Ads');
    await sources.locator('select[name="source-platform"]').selectOption('google-ads-api');
    await sources.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => sources.locator('li[data-source="Google Ads"]').innerText()).toMatch(/Google Ads\s*·\s*Google Ads API\s*Not read yet\./);
    // A LiftGate sheet is refused with the server's own message, before anything is sent.
    await sources.locator('input[name="source-sheet"]').fill('Weekly');
    await sources.getByRole('button', { name: 'Add source' }).click();
    await expect
      .poll(() => sources.getByRole('alert').innerText())
      .toBe('"Weekly" is one of LiftGate\'s own sheets, not a source: name the tab a connector fills.');

    await sidebar.getByRole('button', { name: 'Schedule', exact: true }).click();
    const form = sidebar.locator('form.schedule');
    await form.locator('select[name="frequency"]').selectOption('weekly');
    await form.locator('select[name="weekday"]').selectOption('monday');
    await form.locator('select[name="hour"]').selectOption('7');
    await form.locator('input[name="recipients"]').fill('client@example.com, me@agency.example');
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expect.poll(() => form.getByRole('status').first().innerText()).toBe('Saved: LiftGate runs every Monday at 07:00.');
    expect(session.fake.scriptApp.triggers).toHaveLength(1);
    // Saving again never leaves two.
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expect.poll(() => session.fake.scriptApp.triggers.length).toBe(1);
    await expect.poll(() => form.locator('.last-run').innerText()).toBe('Not run yet.');
    // A bad address is refused in the panel, with the server's message.
    await form.locator('input[name="recipients"]').fill('client@example');
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Schedule: "client@example" is not an e-mail address.');
    await form.locator('input[name="recipients"]').fill('client@example.com, me@agency.example');

    // The trigger fires (the preview's button stands in for Google's clock).
    await page.getByRole('button', { name: 'Fire the schedule' }).click();
    await expect.poll(() => page.locator('#fired').innerText()).toBe('Ran; e-mail sent');
    await expect
      .poll(() => page.locator('#email .subject').innerText())
      .toBe('LiftGate: Test → SCALE UP and 2 more (LiftGate preview) — to client@example.com, me@agency.example');
    const mail = page.frameLocator('#email iframe');
    await page.locator('#email summary').click();
    await expect.poll(() => mail.locator('h3').first().innerText()).toBe('What changed');
    expect(session.fake.mail.sent).toHaveLength(1);
    // The panel shows the last run once reopened.
    await sidebar.getByRole('button', { name: 'Schedule', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(() => sidebar.locator('form.schedule .last-run').innerText()).toMatch(/^Last run .+: 3 stages changed; e-mail sent\.$/);

    // Fired again with nothing new: no e-mail.
    await page.getByRole('button', { name: 'Fire the schedule' }).click();
    await expect.poll(() => page.locator('#fired').innerText()).toBe('Ran; no e-mail (nothing changed)');
    expect(session.fake.mail.sent).toHaveLength(1);

    // Read now: every source, with its last read in the list.
    await sources.getByRole('button', { name: 'Read now' }).click();
    await expect
      .poll(() => sources.locator('li[data-source="Google Ads"] small').innerText())
      .toMatch(/^Last read .+: Added 0 weekly rows, replaced 0, skipped 12\.$/);
    expect(errors).toEqual([]);
  });
});

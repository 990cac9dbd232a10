/**
 * Every fixture (one per platform and interface language, a weekly export, two .xlsx) through
 * the real readers: the bytes as the sidebar sends them (base64) or the .xlsx rows as
 * read-excel-file reads them. The numbers read back must be the dataset's, week by week.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { weekOf } from '../../../src/core/calendar/day';
import { toPayloadRows } from '../../../src/core/import/payload';
import { readExportFile } from '../../support/importInWords';
import { IMPORT_MEASURES, type Measure } from '../../../src/core/import/readExport';
import { CAMPAIGNS, dataset, weekOfRow, type Lang } from '../../fixtures/imports/dataset';
import { FIXTURES } from '../../fixtures/imports/make';
import { isoDay } from '../../../src/core/calendar/day';
import { translator } from '../../../src/i18n';

const dir = join(__dirname, '..', '..', 'fixtures', 'imports');
const LANGUAGE: Record<Lang, string> = { en: 'English', nb: 'Norwegian', ru: 'Russian', zh: 'Chinese' };

function expected(lang: Lang, measures: readonly Measure[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of dataset()) {
    const key = `${CAMPAIGNS[lang][r.campaign]}|${weekOfRow(r)}`;
    const acc = out.get(key) ?? {};
    for (const m of measures) acc[m] = (acc[m] ?? 0) + r[m];
    out.set(key, acc);
  }
  return out;
}

function actual(file: ReturnType<typeof readExportFile>): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of file.data.records) {
    const key = `${r.campaign}|${isoDay(weekOf(r.day))}`;
    const acc = out.get(key) ?? {};
    for (const m of file.data.measures) acc[m] = (acc[m] ?? 0) + (r.values[m] ?? 0);
    out.set(key, acc);
  }
  return out;
}

function compare(file: ReturnType<typeof readExportFile>, lang: Lang): void {
  const want = expected(lang, file.data.measures);
  const got = actual(file);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [k, w] of want) for (const m of file.data.measures) expect(got.get(k)![m], `${k} ${m}`).toBeCloseTo(w[m], 6);
}

describe('import fixtures through the real readers', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const b64 = readFileSync(join(dir, f.file)).toString('base64');
    const file = readExportFile(f.file, b64);
    expect(file.format).toBe(`${f.platform}, ${LANGUAGE[f.lang]}`);
    expect(file.encoding).toBe(f.encoding === 'utf16le' ? 'utf-16le' : 'utf-8');
    expect(file.data.problems).toEqual([]);
    // Every measure the fixture has a column for is read; no other.
    const has = new Set(f.columns.map(([, field]) => field));
    expect(file.data.measures).toEqual(IMPORT_MEASURES.filter((m) => has.has(m)));
    expect(file.data.records.every((r) => r.weekly === Boolean(f.weekly))).toBe(true);
    compare(file, f.lang);
  });

  it.each(['meta-ads-en.xlsx', 'google-ads-nb.xlsx'])('%s (rows read by read-excel-file, as the sidebar and the CLI send them)', async (name) => {
    const rows = await readSheet(join(dir, name));
    const file = readExportFile(name, toPayloadRows(rows));
    expect(file.format).toBe(name.startsWith('meta') ? 'Meta Ads Manager, English' : 'Google Ads, Norwegian');
    expect(file.data.problems).toEqual([]);
    compare(file, name.startsWith('meta') ? 'en' : 'nb');
  });

  it("names the format in the reader's language (#26): brand as is, the interface language translated", async () => {
    const rows = toPayloadRows(await readSheet(join(dir, 'google-ads-nb.xlsx')));
    expect(readExportFile('x.xlsx', rows, undefined, undefined, undefined, translator('nb')).format).toBe('Google Ads, norsk');
    expect(readExportFile('x.xlsx', rows, undefined, undefined, undefined, translator('ru')).format).toBe('Google Ads, норвежский');
    expect(readExportFile('x.xlsx', rows, undefined, undefined, undefined, translator('zh-Hans')).format).toBe('Google Ads, 挪威语');
  });

  it('the fixtures on disk are what make.ts writes (regenerate with npx tsx test/fixtures/imports/make.ts)', async () => {
    const { fixtureBytes } = await import('../../fixtures/imports/make');
    for (const f of FIXTURES) expect(readFileSync(join(dir, f.file)).equals(fixtureBytes(f)), f.file).toBe(true);
  });
});

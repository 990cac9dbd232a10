/**
 * The optional `Geo` sheet (docs/contract.md §2.6): one row per region per day or week, long format as
 * GeoLift reads it. Columns: `Date` (or `Week`), `Location` (or `Region`, `City`, `DMA`,
 * `Market`), a value column (`Revenue`, else `Conversions`, else `Y`), optional `Spend`.
 */
import { say } from '../../../i18n/render';
import { PlanError, cellRef } from '../../plan/errors';
import { readDate, readNumber, readText, type CellContext } from '../../plan/cells';
import { normalizeHeader } from '../../plan/headers';
import { geoColumn } from './geoHeaders';
import type { Table } from '../../plan/types';
import { buildPanel, GeoInputError, regionKey, type Panel } from '../panel';
import { utcSerialDay } from '../periods';

export interface GeoSheet {
  readonly panel: Panel;
  readonly valueHeader: string;
  /** Spend per region and period (same layout as panel.y), when the sheet has a Spend column. */
  readonly spend: readonly Float64Array[] | null;
}

export function readGeoSheet(table: Table, sheet = 'Geo', locale?: string, timeZone?: string): GeoSheet {
  const ctx: CellContext = { sheet, locale, timeZone };
  const header = (table[0] ?? []).map((h) => normalizeHeader(h));
  const col = {
    date: geoColumn(header, 'date'),
    location: geoColumn(header, 'location'),
    value: geoColumn(header, 'value'),
    spend: geoColumn(header, 'spend'),
  };
  if (col.date < 0) throw new PlanError(say('geo.error.noDate', { sheet }));
  if (col.location < 0) throw new PlanError(say('geo.error.noLocation', { sheet }));
  if (col.value < 0) throw new PlanError(say('geo.error.noValue', { sheet }));

  const locations: (string | null)[] = [];
  const periods: (number | null)[] = [];
  const values: (number | null)[] = [];
  const spends: (number | null)[] = [];
  const rowOf: number[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const loc = readText(row[col.location]);
    const date = readDate(ctx, 'Date', row[col.date], r, col.date);
    const value = readNumber(ctx, 'Value', row[col.value], r, col.value);
    if (loc === '' && date === null && value === null) continue;
    locations.push(loc === '' ? null : loc);
    periods.push(date === null ? null : utcSerialDay(date));
    values.push(value);
    spends.push(col.spend < 0 ? null : readNumber(ctx, 'Spend', row[col.spend], r, col.spend));
    rowOf.push(r);
  }
  let panel: Panel;
  try {
    panel = buildPanel(locations, periods, values);
  } catch (e) {
    if (!(e instanceof GeoInputError)) throw e;
    const c = e.param === 'locations' ? col.location : e.param === 'dates' ? col.date : col.value;
    // The detail is the geo input check's own (English, as GEO_LIFT's errors are); the frame is the document's language.
    const where = e.row === undefined ? say('geo.error.sheet', { sheet }) : cellRef(sheet, rowOf[e.row], c);
    throw new PlanError(say(e.param === 'locations' && e.row === undefined ? 'geo.error.panelLocation' : 'geo.error.panel', { where, detail: e.detail }));
  }
  let spend: Float64Array[] | null = null;
  if (col.spend >= 0) {
    const index = new Map(panel.regions.map((name, i) => [regionKey(name), i] as const));
    const period = new Map(panel.periods.map((p, t) => [p, t] as const));
    spend = panel.regions.map(() => new Float64Array(panel.periods.length));
    locations.forEach((loc, i) => {
      const r = loc === null ? undefined : index.get(regionKey(loc));
      const t = period.get(periods[i] as number);
      if (r !== undefined && t !== undefined) spend![r][t] += spends[i] ?? 0;
    });
  }
  return { panel, valueHeader: readText(table[0][col.value]), spend };
}

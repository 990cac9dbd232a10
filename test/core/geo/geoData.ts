/** The geo test data sets as panels (long-format CSVs in ./data). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPanel, type Panel } from '../../../src/core/geo/panel';

export interface LongRows {
  locations: string[];
  periods: number[];
  values: number[];
}

const here = dirname(fileURLToPath(import.meta.url));
const unquote = (s: string) => s.replace(/^"|"$/g, '');

/** Serial day number of an ISO date, as the argument layer makes it. */
export function serialDay(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;
}

/** GeoLift's GeoLift_Test: 40 cities × 105 days; Chicago and Portland treated from day 91. */
export function geoLiftTestRows(): LongRows {
  const lines = readFileSync(join(here, 'data', 'geolift_test.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const rows = lines.map((l) => l.split(',').map(unquote));
  return { locations: rows.map((r) => r[0]), periods: rows.map((r) => serialDay(r[2])), values: rows.map((r) => Number(r[1])) };
}

export function geoLiftTestPanel(): Panel {
  const r = geoLiftTestRows();
  return buildPanel(r.locations, r.periods, r.values);
}

export function smallPanel(): Panel {
  const lines = readFileSync(join(here, 'data', 'small_panel.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const rows = lines.map((l) => l.split(','));
  return buildPanel(
    rows.map((r) => r[0]),
    rows.map((r) => Number(r[1])),
    rows.map((r) => Number(r[2])),
  );
}

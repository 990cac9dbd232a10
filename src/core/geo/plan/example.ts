/**
 * The template's geo example (docs/contract.md §2.6): six Norwegian cities, 26 weeks of revenue. Oslo and
 * Bergen are the test markets of the `Test` stage from its Start (2025-01-06, the last 4 weeks),
 * where the campaign added about 6,500 a week in each; the other four cities build the synthetic
 * control. Deterministic numbers: a shared season (rising to Christmas) with a different
 * amplitude per city, and a small fixed wobble of each city's own.
 */
import type { TableCell } from '../../plan/types';

export const EXAMPLE_GEO_MARKETS = 'Oslo, Bergen';
export const EXAMPLE_GEO_STAGE = 'Test';

const CITIES: readonly [string, number, number][] = [
  // name, weekly level, seasonal amplitude
  ['Oslo', 61000, 1.5],
  ['Bergen', 34000, 1.2],
  ['Trondheim', 27000, 1.6],
  ['Stavanger', 25000, 0.8],
  ['Kristiansand', 18000, 1.0],
  ['Tromsø', 15000, 0.6],
];
const WEEKS = 26;
const TEST_FROM = 22; // 2025-01-06
const LIFT_PER_WEEK = 6500;

export function exampleGeo(): TableCell[][] {
  const rows: TableCell[][] = [['Week', 'Region', 'Revenue']];
  for (let w = 0; w < WEEKS; w++) {
    const week = new Date(Date.UTC(2024, 7, 5 + 7 * w));
    // Autumn build-up to a Christmas peak (weeks 16–20), then the January dip.
    const season = 900 * w + (w >= 16 && w <= 20 ? 7000 * (1 - Math.abs(w - 18) / 3) : 0) - (w >= 21 ? 4000 : 0);
    CITIES.forEach(([name, level, amplitude], c) => {
      const wobble = 250 * Math.sin(1.7 * w + 2.3 * c) + 150 * Math.cos(0.9 * w * (c + 1));
      const treated = (c === 0 || c === 1) && w >= TEST_FROM;
      rows.push([week, name, Math.round(level + amplitude * season + wobble + (treated ? LIFT_PER_WEEK : 0))]);
    });
  }
  return rows;
}

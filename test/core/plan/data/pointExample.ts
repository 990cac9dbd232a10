/**
 * The built-in worked example as it was before ranges (docs/contract.md §2.5), kept as a fixture: at
 * confidence 0 it must still evaluate exactly as it did then (pointDecisions.json "example"):
 * Test → SCALE UP (carry forward Video), Scale → HOLD (ROAS just under target), Expand → LOCKED.
 */
import type { TableCell } from '../../../../src/core/plan/types';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export const POINT_EXAMPLE_STAGES: TableCell[][] = [
  ['Stage', 'Budget', 'Start', 'Min weeks', 'Min ROAS', 'Max CPA', 'Min conversions', 'Min iROAS', 'Test size', 'Control size'],
  ['Test', 20000, day(2025, 1, 6), 4, 2.5, 40, 60, 1, 9, 1],
  ['Scale', 40000, day(2025, 2, 3), 4, 3, 40, 150, 1.2, 9, 1],
  ['Expand', 60000, day(2025, 3, 3), 4, 3, 38, 250, 1.2, 9, 1],
];

export const POINT_EXAMPLE_WEEKLY_HEADER = [
  'Week',
  'Stage',
  'Variant',
  'Spend',
  'Impressions',
  'Clicks',
  'Leads',
  'Conversions',
  'Revenue',
  'Control revenue',
  'New customers',
];

type Week = [Date, string, string, number, number, number, number, number, number, number | '', number];

const weeks: Week[] = [
  // Pre-campaign weeks: no ad spend; the revenue sales growth is measured against.
  [day(2024, 12, 2), 'Baseline', '', 0, 0, 0, 0, 0, 9100, '', 0],
  [day(2024, 12, 9), 'Baseline', '', 0, 0, 0, 0, 0, 9400, '', 0],
  [day(2024, 12, 16), 'Baseline', '', 0, 0, 0, 0, 0, 8800, '', 0],
  [day(2024, 12, 23), 'Baseline', '', 0, 0, 0, 0, 0, 9200, '', 0],
  // Test: two creatives side by side, 10% of the audience held out (Control revenue).
  [day(2025, 1, 6), 'Test', 'Video', 2480, 310000, 2950, 160, 101, 11300, 610, 74],
  [day(2025, 1, 6), 'Test', 'Carousel', 2510, 305000, 3020, 141, 66, 7350, 590, 49],
  [day(2025, 1, 13), 'Test', 'Video', 2530, 318000, 3040, 171, 108, 11900, 600, 80],
  [day(2025, 1, 13), 'Test', 'Carousel', 2490, 301000, 2980, 138, 64, 7010, 615, 46],
  [day(2025, 1, 20), 'Test', 'Video', 2500, 312000, 3010, 168, 110, 12150, 585, 81],
  [day(2025, 1, 20), 'Test', 'Carousel', 2470, 298000, 2940, 129, 63, 6880, 600, 45],
  [day(2025, 1, 27), 'Test', 'Video', 2520, 320000, 3060, 174, 106, 11600, 620, 77],
  [day(2025, 1, 27), 'Test', 'Carousel', 2500, 303000, 3000, 133, 66, 7150, 585, 48],
  // Scale: the winning creative at twice the weekly spend.
  [day(2025, 2, 3), 'Scale', 'Video', 9400, 1180000, 11200, 600, 270, 26200, 1580, 196],
  [day(2025, 2, 10), 'Scale', 'Video', 9550, 1195000, 11350, 611, 268, 26900, 1610, 193],
  [day(2025, 2, 17), 'Scale', 'Video', 9500, 1188000, 11290, 598, 274, 26500, 1560, 199],
  [day(2025, 2, 24), 'Scale', 'Video', 9600, 1201000, 11420, 620, 276, 27000, 1600, 201],
];

export const POINT_EXAMPLE_WEEKLY: TableCell[][] = [POINT_EXAMPLE_WEEKLY_HEADER, ...weeks];

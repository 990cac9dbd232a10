/**
 * The built-in worked example: what createTemplate() writes, what the local preview shows and
 * what the tests evaluate. A three-stage plan for an online shop: a 4-week test of two
 * creatives with a 10% holdout, a scale stage, an expansion; four pre-campaign Baseline weeks.
 * Besides ROAS, CPA and iROAS, the stages gate on the funnel (docs/kpis.md): what a new customer
 * may cost (Max CAC), what one is worth against that (Min LTV:CAC, from Weekly's Customer value)
 * and, once scaling, how many orders come from returning customers (Min repeat share); the
 * holdout's visitors of both groups (Test visitors, Control visitors) are checked against its
 * planned 9:1 split.
 * With the default settings (ranges at 80%) it evaluates to Test → SCALE UP, proven (carry forward
 * Video), Scale → NEED DATA (ROAS 3.23 against 3.00, but its weekly swings leave 2.63–3.82 open,
 * and budget is left; its CAC, LTV:CAC and repeat share are met), Expand → LOCKED. At confidence
 * 0 Scale would read GO on its average alone.
 * (Held because the budget ran out unproven — the third outcome — cannot sit in the same plan: a
 * stage that does not pass locks every stage after it. The README's worked example shows it.)
 */
import type { TableCell } from './types';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export const EXAMPLE_STAGES: TableCell[][] = [
  [
    'Stage',
    'Budget',
    'Start',
    'Min weeks',
    'Min ROAS',
    'Max CPA',
    'Min conversions',
    'Min iROAS',
    'Test size',
    'Control size',
    // The funnel: what a new customer may cost, what one is worth against that, how many come back (docs/kpis.md).
    'Max CAC',
    'Min LTV:CAC',
    'Min repeat share',
  ],
  ['Test', 20000, day(2025, 1, 6), 4, 2.5, 40, 60, 1, 9, 1, 55, 3, ''],
  ['Scale', 40000, day(2025, 2, 3), 4, 3, 40, 150, 1.2, 9, 1, 55, 3, 0.2],
  ['Expand', 60000, day(2025, 3, 3), 4, 3, 38, 250, 1.2, 9, 1, 50, 3, 0.25],
];

export const EXAMPLE_WEEKLY_HEADER = [
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
  'Customer value',
  'Test visitors',
  'Control visitors',
];

type Week = [Date, string, string, number, number, number, number, number, number, number | '', number, number, number, number];

const weeks: Week[] = [
  // Pre-campaign weeks: no ad spend; the revenue sales growth is measured against.
  [day(2024, 12, 2), 'Baseline', '', 0, 0, 0, 0, 0, 9100, '', 0, 0, 0, 0],
  [day(2024, 12, 9), 'Baseline', '', 0, 0, 0, 0, 0, 9400, '', 0, 0, 0, 0],
  [day(2024, 12, 16), 'Baseline', '', 0, 0, 0, 0, 0, 8800, '', 0, 0, 0, 0],
  [day(2024, 12, 23), 'Baseline', '', 0, 0, 0, 0, 0, 9200, '', 0, 0, 0, 0],
  // Test: two creatives side by side, 10% of the audience held out (Control revenue); the visitors
  // of both groups follow the planned 9:1 (Test size : Control size), so the holdout is sound.
  [day(2025, 1, 6), 'Test', 'Video', 2480, 310000, 2950, 160, 101, 11300, 610, 75, 15170, 8120, 905],
  [day(2025, 1, 6), 'Test', 'Carousel', 2510, 305000, 3020, 141, 66, 7350, 590, 49, 7800, 8050, 890],
  [day(2025, 1, 13), 'Test', 'Video', 2530, 318000, 3040, 171, 108, 11900, 600, 80, 16350, 8240, 915],
  [day(2025, 1, 13), 'Test', 'Carousel', 2490, 301000, 2980, 138, 64, 7010, 615, 46, 7400, 7990, 880],
  [day(2025, 1, 20), 'Test', 'Video', 2500, 312000, 3010, 168, 110, 12150, 585, 81, 16700, 8180, 900],
  [day(2025, 1, 20), 'Test', 'Carousel', 2470, 298000, 2940, 129, 63, 6880, 600, 45, 7150, 7930, 885],
  [day(2025, 1, 27), 'Test', 'Video', 2520, 320000, 3060, 174, 106, 11600, 620, 77, 15700, 8260, 920],
  [day(2025, 1, 27), 'Test', 'Carousel', 2500, 303000, 3000, 133, 66, 7150, 585, 48, 7700, 8010, 895],
  // Scale: the winning creative at twice the weekly spend. ROAS 3.22 against a minimum of 3.00, but
  // swinging from 2.85 to 3.60 week to week: at 80% it may be anything from HOLD to GO, and some
  // of the budget is left, so the next stage's money waits (NEED DATA).
  [day(2025, 2, 3), 'Scale', 'Video', 9400, 1180000, 11200, 600, 270, 26790, 1010, 196, 36260, 30400, 3390],
  [day(2025, 2, 10), 'Scale', 'Video', 9550, 1195000, 11350, 611, 268, 34380, 1030, 193, 35710, 30650, 3410],
  [day(2025, 2, 17), 'Scale', 'Video', 9500, 1188000, 11290, 598, 274, 28025, 990, 199, 36800, 30500, 3385],
  [day(2025, 2, 24), 'Scale', 'Video', 9600, 1201000, 11420, 620, 276, 33600, 1020, 201, 37190, 30800, 3420],
];

export const EXAMPLE_WEEKLY: TableCell[][] = [EXAMPLE_WEEKLY_HEADER, ...weeks];

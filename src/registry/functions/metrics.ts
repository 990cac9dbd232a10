/** Performance metrics (contract 1.2): element-wise ratios and products of plain numbers. */
import { count, money } from '../params';
import type { FunctionSpec } from '../types';

const spend = (what = 'Ad spend') => money('spend', `${what}, one cell or a column.`, { min: 0 });

/** A ratio whose zero denominator gives a blank cell (the argument layer blanks non-finite results). */
const ratio = (a: number, b: number) => a / b;

export const metricFunctions: FunctionSpec[] = [
  {
    name: 'CPM',
    mode: 'elementwise',
    summary: 'Cost per thousand impressions: spend / impressions × 1000.',
    params: [spend(), count('impressions', 'Impressions served.')],
    returns: 'Cost per 1,000 impressions; blank where there were no impressions.',
    example: '=CPM(B2:B53, C2:C53)',
    evaluate: (s: number, i: number) => (s / i) * 1000,
  },
  {
    name: 'CPC',
    mode: 'elementwise',
    summary: 'Cost per click: spend / clicks.',
    params: [spend(), count('clicks', 'Clicks (or link clicks).')],
    returns: 'Cost per click; blank where there were no clicks.',
    example: '=CPC(B2:B53, D2:D53)',
    evaluate: ratio,
  },
  {
    name: 'CPL',
    mode: 'elementwise',
    summary: 'Cost per lead: spend / leads.',
    params: [spend(), count('leads', 'Leads (form fills, sign-ups).')],
    returns: 'Cost per lead; blank where there were no leads.',
    example: '=CPL(B2:B53, E2:E53)',
    evaluate: ratio,
  },
  {
    name: 'CPA',
    mode: 'elementwise',
    summary: 'Cost per acquisition: spend / conversions.',
    params: [spend(), count('conversions', 'Conversions (purchases, sign-ups, results).')],
    returns: 'Cost per conversion; blank where there were no conversions.',
    example: '=CPA(B2:B53, F2:F53)',
    evaluate: ratio,
  },
  {
    name: 'CTR',
    mode: 'elementwise',
    summary: 'Click-through rate: clicks / impressions.',
    params: [count('clicks', 'Clicks.'), count('impressions', 'Impressions served.')],
    returns: 'Share of impressions that were clicked (format as %); blank where there were no impressions.',
    example: '=CTR(D2:D53, C2:C53)',
    evaluate: ratio,
  },
  {
    name: 'CONVERSION_RATE',
    mode: 'elementwise',
    summary: 'Conversion rate: conversions / visitors.',
    params: [count('conversions', 'Conversions.'), count('visitors', 'Visitors, sessions or clicks that could convert.')],
    returns: 'Share of visitors who converted (format as %); blank where there were no visitors.',
    example: '=CONVERSION_RATE(F2:F53, D2:D53)',
    evaluate: ratio,
  },
  {
    name: 'ROAS',
    mode: 'elementwise',
    summary: 'Return on ad spend: revenue / spend.',
    params: [money('revenue', 'Revenue attributed to the ads (conversion value).'), spend()],
    returns: 'Revenue per unit of spend (3 = 3 kr back per 1 kr spent); blank where spend is 0.',
    example: '=ROAS(G2:G53, B2:B53)',
    evaluate: ratio,
  },
  {
    name: 'CAC',
    mode: 'elementwise',
    summary: 'Customer acquisition cost: spend / new customers.',
    params: [spend('Marketing spend'), count('new_customers', 'New customers won.')],
    returns: 'Cost per new customer; blank where there were none.',
    example: '=CAC(B2:B53, H2:H53)',
    evaluate: ratio,
  },
  {
    name: 'LTV',
    mode: 'elementwise',
    summary: 'Customer lifetime value: average order value × purchases per period × periods retained × gross margin.',
    params: [
      money('average_order_value', 'Average order value.'),
      count('purchases_per_period', 'Purchases per customer per period.'),
      count('periods_retained', 'Periods a customer stays (e.g. months).'),
      { name: 'gross_margin', kind: 'number', shape: 'each', description: 'Gross margin as a share (0.4 or "40%"); 1 gives revenue LTV.', min: 0, max: 1, default: 1 },
    ],
    returns: 'Lifetime value per customer (compare with CAC: LTV/CAC above 3 is a common bar).',
    example: '=LTV(120, 1.5, 12, 40%)',
    evaluate: (aov: number, freq: number, periods: number, margin: number) => aov * freq * periods * margin,
  },
  {
    name: 'REPEAT_SHARE',
    mode: 'elementwise',
    summary: 'Share of orders from returning customers: repeat orders / total orders.',
    params: [count('repeat_orders', 'Orders from returning customers.'), count('total_orders', 'All orders.')],
    returns: 'Repeat share (format as %); blank where there were no orders.',
    example: '=REPEAT_SHARE(I2:I13, J2:J13)',
    evaluate: ratio,
  },
  {
    name: 'PACING',
    mode: 'elementwise',
    summary: 'Budget pacing: (spend to date / budget) / (days elapsed / days total); 1 = on pace.',
    params: [
      money('spend_to_date', 'Spend so far.', { min: 0 }),
      money('budget', 'Budget for the whole flight.', { min: 0 }),
      count('days_elapsed', 'Days of the flight so far.'),
      count('days_total', 'Days in the whole flight.'),
    ],
    returns: 'Pacing index: above 1 spends too fast, below 1 too slow; blank where budget or days are 0.',
    example: '=PACING(B2, 30000, 12, 30)',
    evaluate: (s: number, b: number, e: number, t: number) => s / b / (e / t),
  },
];

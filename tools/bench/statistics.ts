/** The two heaviest custom functions on the largest inputs users give them, through the pure core. */
import { ratioSpread, weeksUntilHalfWidth } from '../../src/core/stats/ratioInterval';
import { timeBasedRegression } from '../../src/core/stats/tbr';
import { trimmedMatch } from '../../src/core/stats/trimmedMatch';
import { seeded, time } from './timing';

export function benchStatistics(): { name: string; ms: number; note: string }[] {
  const rnd = seeded(3);
  const pairs = 1000;
  const dx = Array.from({ length: pairs }, () => 500 + rnd() * 20_000);
  const dy = dx.map((x) => 2.5 * x + (rnd() - 0.5) * 20_000 + (rnd() < 0.03 ? 200_000 : 0));
  let chosen = 0;
  const tm = time(() => {
    chosen = trimmedMatch(dy, dx).trimRate;
  }, 3);

  const days = 5 * 365 + 1;
  const control = Array.from({ length: days }, (_, t) => 30_000 + 5_000 * Math.sin((2 * Math.PI * t) / 7) + rnd() * 2_000);
  const test = control.map((c, t) => 0.95 * c + 400 + rnd() * 1_500 + (t >= days - 90 ? 3_000 : 0));
  const tbr = time(() => timeBasedRegression(test, control, days - 90, 150_000, 0.9, 1));
  // WEEKS_NEEDED's core on a whole column: the ratio's spread over 100,000 rows, then the
  // search for the weeks that bring the range within a target 0.1% from the estimate.
  const weeks = 100_000;
  const spend = Array.from({ length: weeks }, () => 500 + rnd() * 4_500);
  const revenue = spend.map((x) => x * (2 + rnd() * 2));
  let needed: number | null = null;
  const wn = time(() => {
    const s = ratioSpread(revenue, spend)!;
    needed = weeksUntilHalfWidth(s, 0.001 * s.estimate, 0.95);
  });
  return [
    { name: 'WEEKS_NEEDED, 100,000 weekly rows, 95%, target 0.1% from the estimate', ms: wn, note: `${needed} more weeks: the weekly spread in one pass, then doubling and bisection over Student-t quantiles` },
    { name: 'IROAS_TRIMMED_MATCH, 1,000 pairs, automatic trim search', ms: tm, note: `${Math.ceil(0.25 * pairs) + 1} candidate trim rates, chose ${chosen.toFixed(3)}; the 30 s limit is 30,000 ms` },
    { name: 'IROAS_TBR, 5 years of daily rows (1,826)', ms: tbr, note: 'pretest 1,736 days, test 90 days' },
  ];
}

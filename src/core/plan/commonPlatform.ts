/**
 * A stage's channel when its `Channel` cell is blank (issue #22, docs/experiments.md): the
 * platform its rows were imported from, when every one of them came from the same platform.
 * A row typed by hand, or rows of two platforms, leave the channel blank: a guess would borrow
 * another channel's incrementality.
 */
import type { WeeklyRow } from '../model/weekly';

export function commonPlatform(rows: readonly WeeklyRow[]): string {
  let platform: string | null = null;
  for (const r of rows) {
    if (!r.platform || (platform !== null && r.platform !== platform)) return '';
    platform = r.platform;
  }
  return platform ?? '';
}

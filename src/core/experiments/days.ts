/** ISO calendar days ("2025-05-12") as the ledger keeps them, and the few sums on them it needs. */

const DAY = 86400000;

/** A calendar day held as midnight UTC (the plan readers' dates) → "2025-05-12". */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** "2025-05-12" plus n days. */
export function addDays(iso: string, n: number): string {
  return isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY));
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

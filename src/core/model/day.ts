/**
 * A calendar date with no time and no zone: the whole number of days since 1970-01-01, as
 * Temporal's PlainDate would be if it were a number (docs/contract.md §2.9). Its arithmetic —
 * weeks, serials, ISO text — is the calendar's (src/core/calendar/day.ts).
 */
export type Day = number;

/** The import's days are the one calendar's (src/core/calendar/day.ts); kept as a name for the import's readers. */
export { dayFromParts, dayFromSerial, formatDays, isoDay, parseDays, WEEK_STARTS, weekday, weekOf, type Day, type WeekStart } from '../calendar/day';
export { dayInZone as dayFromDate } from '../calendar/zone';

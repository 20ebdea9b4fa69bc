/**
 * Calendar days as residents count them: in the Netherlands' time zone, whatever the machine's.
 * @module
 */

import { TIME_ZONE } from './time-zone.js';

export { TIME_ZONE };
export { dateLocale } from './date-locale.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
// `en-CA` formats as `YYYY-MM-DD`, which sorts and compares as text. Made on first use: importing costs nothing.
let amsterdamDay: Intl.DateTimeFormat | undefined;

/**
 * The calendar day in the Netherlands (`YYYY-MM-DD`) of an ISO 8601 date, date-time or instant (ms since the epoch);
 * undefined when unreadable. A date without time is already a calendar day and is returned as given.
 */
export function dutchDay(value: string | number | Date | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (!Number.isFinite(time)) return undefined;
  amsterdamDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return amsterdamDay.format(time);
}

/** The {@link dutchDay} as a number of days since 1970-01-01 (for counting days between dates); NaN when unreadable. */
export function dutchDayNumber(value: string | number | Date | undefined): number {
  const day = dutchDay(value);
  return day === undefined ? Number.NaN : Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

/** Milliseconds since the epoch of `now` (a number or a `Date`); `Date.now()` when absent or unreadable. */
export function instant(now: number | Date | undefined): number {
  const time = now instanceof Date ? now.getTime() : now;
  return typeof time === 'number' && Number.isFinite(time) ? time : Date.now();
}

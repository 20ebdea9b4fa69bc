/**
 * The time zone of the municipalities, in a module of its own: code that formats dates in it (every element) does not
 * bring the day arithmetic of `dates.ts` along.
 * @module
 */

/** The time zone of the municipalities: a date-time is the date it was in the Netherlands. */
export const TIME_ZONE = 'Europe/Amsterdam';

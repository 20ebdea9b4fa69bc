/**
 * The locale in which dates and times are written for `language` (a BCP 47 tag): English in any region is written
 * the British way ("27 November 2026", 24-hour clock), the style of Dutch government sites in English, so that every
 * element agrees; other languages as given. Pair it with `hourCycle: 'h23'` for times. (A module of its own, re-exported
 * by `dates.ts`: formatting a date does not bring the day arithmetic.)
 */
export function dateLocale(language: string): string {
  return /^en(?:-|$)/i.test(language) ? 'en-GB' : language;
}

/**
 * Formatting with `Intl`: absolute dates only (`dateStyle: 'long'`), never relative ("3 days ago")
 * texts, so a date reads the same for every resident and in every screenshot.
 * @module
 */

import { TIME_ZONE, dateLocale } from '@klantbeeld/core';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for `lang` with `options`, in Dutch time unless `options.timeZone` says otherwise;
 * `key` names the options in the cache. One style in every element: English as en-GB (core's `dateLocale`), times on
 * the 24-hour clock. An invalid language tag falls back to Dutch rather than throw while rendering.
 */
export function dateFormatter(lang: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${lang}|${key}`;
  let f = formatters.get(cacheKey);
  if (!f) {
    const withZone: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, hourCycle: 'h23', ...options };
    try {
      f = new Intl.DateTimeFormat(dateLocale(lang), withZone);
    } catch {
      f = new Intl.DateTimeFormat('nl', withZone);
    }
    formatters.set(cacheKey, f);
  }
  return f;
}

function formatter(lang: string, timeZone: string): Intl.DateTimeFormat {
  return dateFormatter(lang, `long|${timeZone}`, { dateStyle: 'long', timeZone });
}

/**
 * Creates the long-date formatters of `lang` now, so that the first render that shows a date does not pay for it
 * (building the first `Intl.DateTimeFormat` of a page loads locale data: tens of ms). Called while data is on its way.
 */
export function prepareDateFormatters(lang: string): void {
  formatter(lang, 'UTC');
  formatter(lang, TIME_ZONE);
}

/**
 * Formats an ISO 8601 date (`2026-03-01`) or date-time (`2026-03-01T09:30:00Z`) as a long date in `lang`,
 * e.g. "1 maart 2026". A date without time is a calendar date and never shifts a day by time zone.
 * Returns `undefined` for a missing or unreadable value, so the caller leaves it out.
 */
export function formatDate(value: string | null | undefined, lang: string): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return undefined;
    return formatter(lang, 'UTC').format(date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return formatter(lang, TIME_ZONE).format(date);
}

/** The machine-readable value for `<time datetime>`: the input when it is a valid date or date-time, else `undefined`. */
export function dateTimeAttribute(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (DATE_ONLY.test(value)) return value;
  return Number.isNaN(new Date(value).getTime()) ? undefined : value;
}

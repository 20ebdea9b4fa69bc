/**
 * The date range of `<kb-verwerkingen>`: reading what the resident typed (day-month-year) and checking it.
 * @module
 */

/** Why a date field is not accepted. */
export type PeriodFieldError = 'leeg' | 'ongeldig' | 'vanNaTot';

const DAY_MONTH_YEAR = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The ISO date (`YYYY-MM-DD`) of what the resident typed: day-month-year with `-`, `/`, `.` or a space between
 * (`1-9-2026`, `01/09/2026`), or ISO itself. Undefined for anything else, including dates that do not exist (31-2-2026).
 */
export function parseDatum(input: string): string | undefined {
  const text = input.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  const ymd = dmy ? undefined : ISO.exec(text);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** An ISO date as the resident types it: `1-9-2026`. */
export function toInvoer(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** Checks both fields: each filled in and a real date, and `van` not after `tot`. */
export function checkPeriod(van: string, tot: string): { van?: string; tot?: string; errors: { van?: PeriodFieldError; tot?: PeriodFieldError } } {
  const errors: { van?: PeriodFieldError; tot?: PeriodFieldError } = {};
  const vanIso = parseDatum(van);
  const totIso = parseDatum(tot);
  if (van.trim() === '') errors.van = 'leeg';
  else if (!vanIso) errors.van = 'ongeldig';
  if (tot.trim() === '') errors.tot = 'leeg';
  else if (!totIso) errors.tot = 'ongeldig';
  if (vanIso && totIso && vanIso > totIso) errors.van = 'vanNaTot';
  return { ...(vanIso ? { van: vanIso } : {}), ...(totIso ? { tot: totIso } : {}), errors };
}

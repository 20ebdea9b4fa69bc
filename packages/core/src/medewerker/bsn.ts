/**
 * The burgerservicenummer's own check (the 11-proef), so an employee's typing mistake gets a message at the field
 * before anything is sent. The gateway checks the same; a BSN that passes may still belong to nobody.
 * @module
 */

const NINE_DIGITS = /^\d{9}$/;

/**
 * Whether `value` is a well-formed BSN: exactly 9 digits (no spaces) passing the 11-proef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0, which only 000000000 reaches).
 */
export function isValidBsn(value: string): boolean {
  if (!NINE_DIGITS.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum !== 0 && sum % 11 === 0;
}

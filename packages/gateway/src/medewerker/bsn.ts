/**
 * The BSN's 11-proef, checked by the gateway before any search reaches the BRP (the client checks it too,
 * but the gateway never trusts a browser).
 * @module
 */

/** Whether `value` is 9 digits passing the 11-proef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, not all zero). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

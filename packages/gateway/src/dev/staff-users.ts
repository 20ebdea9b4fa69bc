/**
 * The development IdP's fictional municipal employees (employee mode), with the roles the dev stack's
 * `employee.roleProfiles` maps to the `kcc` and `sociaal-domein` profiles.
 * @module
 */

/** One test employee. */
export interface StaffUser {
  /** Login choice and, prefixed `medewerker-`, the `sub` (the employee id in the read log). */
  readonly id: string;
  readonly naam: string;
  readonly roles: readonly string[];
}

/** Role values the dev IdP issues (the dev stack maps them to profiles). */
export const DEV_STAFF_ROLES = { kcc: 'KCC', sociaal: 'Sociaal domein' } as const;

/** The test employees. */
export const staffUsers: readonly StaffUser[] = [
  { id: 'kcc', naam: 'K. de Vries', roles: [DEV_STAFF_ROLES.kcc] },
  { id: 'sociaal', naam: 'S. Yilmaz', roles: [DEV_STAFF_ROLES.sociaal] },
  { id: 'kcc-sociaal', naam: 'M. Bakker', roles: [DEV_STAFF_ROLES.kcc, DEV_STAFF_ROLES.sociaal] },
];

/** Account ids of employees carry this prefix, so one IdP tells them from residents. */
export const STAFF_ACCOUNT_PREFIX = 'medewerker-';

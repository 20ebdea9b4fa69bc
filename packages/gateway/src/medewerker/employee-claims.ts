/**
 * Turns the staff IdP's claims into an employee identity: a stable id, a name, and the doelbinding
 * profiles their roles or groups grant. The only place that reads staff claims.
 * @module
 */
import type { EmployeeClaimNames, EmployeeConfig } from '../config/employee-schema.js';
import { ClaimsError, type Claims } from '../session/claims.js';
import type { EmployeeIdentity } from '../session/sessions.js';

/** The employee of a staff sign-in, or throws {@link ClaimsError}. An employee without a mapped role holds no profile (and can choose no klant). */
export function employeeFromClaims(
  claims: Claims,
  names: EmployeeClaimNames,
  employee: EmployeeConfig,
): { readonly identity: EmployeeIdentity; readonly displayName: string } {
  const id = claims[names.employeeId];
  if (typeof id !== 'string' || id === '' || id.length > 40) throw new ClaimsError(`the ${names.employeeId} claim is missing or longer than 40 characters`);
  const raw = claims[names.roles];
  const roles = Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : typeof raw === 'string' ? raw.split(/\s+/) : [];
  const profiles = [...new Set(roles.flatMap((role) => (Object.hasOwn(employee.roleProfiles, role) ? (employee.roleProfiles[role] ?? []) : [])))];
  const name = claims[names.name];
  return { identity: { id, profiles }, displayName: typeof name === 'string' ? name : '' };
}

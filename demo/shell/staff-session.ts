// The employee's session on the KCC page: the gateway's /medewerker/session says who is signed in and with which
// doelbinding profiles (never a BSN), and which klant context is open. A resident's session, or none, is a 401.
import type { EmployeeSessionInfo } from '@klantbeeld/core';

/** The employee's session, or `null` when no employee is signed in. */
export async function fetchEmployeeSession(gateway: string): Promise<EmployeeSessionInfo | null> {
  const response = await fetch(`${gateway}/medewerker/session`, { headers: { accept: 'application/json' } });
  // 401: nobody (or a resident) is signed in; 404: a gateway without the employee mode. Either way: sign in first.
  if (!response.ok) return null;
  return (await response.json()) as EmployeeSessionInfo;
}

/**
 * Test support for employee mode: the dev stack (mock in upstream mode, real proxy, development IdP with
 * its test employees and the `kcc` and `sociaal-domein` profiles), employees signed in through the real
 * staff OIDC flow, and the steps search → choose a klant.
 * @module
 */
import assert from 'node:assert/strict';
import type { KlantContextInfo, KlantSearchPage } from '@klantbeeld/core';
import { startDevStack, type DevStack } from '../../src/dev/stack.js';
import { Browser, freePort, signIn } from '../../src/dev/sign-in.js';
import { createLogger } from '../../src/server/logger.js';
import { LogCapture, PAGE_ORIGIN } from '../support.js';
import { loggedTodayList } from '../scale/stack.js';

export { until } from '../scale/stack.js';

/** Jansen, the fixtures' main resident. */
export const JANSEN_BSN = '999993653';

/** A running stack and what the tests read of it. */
export interface StaffStack {
  readonly stack: DevStack;
  readonly base: string;
  readonly logs: LogCapture;
  close(): Promise<void>;
}

/** Starts the dev stack on free ports (no notifications), logging into memory. */
export async function startStaffStack(overrides: Record<string, unknown> = {}): Promise<StaffStack> {
  const port = await freePort();
  const logs = new LogCapture();
  const publicUrl = `http://127.0.0.1:${port}/api/klantbeeld`;
  const stack = await startDevStack({
    publicUrl,
    pageOrigins: [PAGE_ORIGIN],
    gatewayPort: port,
    notifications: false,
    logger: createLogger({ destination: logs, level: 'debug' }),
    overrides: { readLog: { outbox: { pollMs: 20, retryInitialMs: 20 } }, ...overrides },
  });
  return { stack, base: publicUrl, logs, close: () => stack.close() };
}

/** A browser with an employee signed in (`kcc`, `sociaal`, `kcc-sociaal`). */
export async function employee(staff: StaffStack, account: string): Promise<Browser> {
  const browser = new Browser();
  const { response } = await signIn(browser, { base: staff.base, issuer: staff.stack.gateway.devIdp!.issuer }, { account, employee: true });
  assert.equal(response.status, 303, `staff sign-in of ${account}`);
  return browser;
}

/** A JSON request from the page origin (writes need its `Origin`). */
export function call(browser: Browser, staff: StaffStack, path: string, method = 'GET', body?: unknown): Promise<Response> {
  return browser.fetch(`${staff.base}${path}`, {
    method,
    headers: { origin: PAGE_ORIGIN, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Searches a klant by BSN under `profile` and chooses the first result with `purpose`. */
export async function chooseKlant(browser: Browser, staff: StaffStack, profile: string, purpose: string, bsn = JANSEN_BSN): Promise<KlantContextInfo> {
  const search = await call(browser, staff, '/medewerker/klanten/search', 'POST', { bsn, profile });
  assert.equal(search.status, 200);
  const page = (await search.json()) as KlantSearchPage;
  const ref = page.results[0]?.ref;
  assert.ok(ref, 'the klant is found');
  const chosen = await call(browser, staff, '/medewerker/context', 'PUT', { ref, profile, purpose });
  assert.equal(chosen.status, 200);
  return (await chosen.json()) as KlantContextInfo;
}

/** The logged actions about the person with `bsn` today (at the mock's Verwerkingenlogging inzage API). */
export async function loggedActions(mockUrl: string, bsn = JANSEN_BSN): Promise<Record<string, unknown>[]> {
  return (await loggedTodayList(mockUrl, bsn)).results;
}

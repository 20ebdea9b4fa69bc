// The hostile-response property over every domain call: only documented typed errors come out, no request
// leaves the configured sources, requests stay within the call's documented bound, every call ends.
// Shared by the test (a fixed number of cases) and `npm run test:fuzz` / the bench (more, a random seed).
import fc from 'fast-check';
import { createClient, isKlantbeeldError, type ErrorKind } from '@klantbeeld/core';
import { GATEWAY } from './arbitraries.js';
import { DOMAIN_CALLS, type DomainCall } from './domain-calls.js';
import { hostileFetch, type SentRequest } from './hostile-server.js';
import { preloadSpecs } from './openapi-routes.js';

/** The documented error kinds (transport/errors.ts). */
const KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
  'validation',
  'not-authenticated',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'invalid-response',
  'unconfigured-origin',
]);

/** What a run measured (for the bench). */
export interface HostileStats {
  cases: number;
  /** Outcomes by kind: 'ok' or an error kind. */
  readonly outcomes: Map<string, number>;
  /** Most requests of one call, per call. */
  readonly maxRequests: Map<string, number>;
  /** Slowest time (ms) from call to outcome. */
  slowest: number;
}

export function emptyStats(): HostileStats {
  return { cases: 0, outcomes: new Map(), maxRequests: new Map(), slowest: 0 };
}

const TOKEN = 'geheim-token';

/** Runs one call against a server drawn from `g`; throws (with the reason) when a property fails. */
async function runCase(call: DomainCall, g: fc.GeneratorValue, stats: HostileStats): Promise<void> {
  const sent: SentRequest[] = [];
  // No waiting between retries, a short timeout so a stalled body ends quickly.
  const fetch = hostileFetch(g, sent);
  const fuzzed = createClient({ gateway: GATEWAY, token: () => TOKEN, timeout: 50, fetch }, { sleep: () => Promise.resolve(), random: () => 0 });
  const started = performance.now();
  let outcome = 'ok';
  try {
    await call.call(fuzzed);
  } catch (error) {
    if (!isKlantbeeldError(error) || !KINDS.has(error.kind)) {
      throw new Error(`${call.name}: not a documented typed error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, {
        cause: error,
      });
    }
    outcome = error.kind;
  }
  const elapsed = performance.now() - started;
  stats.cases++;
  stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1);
  stats.maxRequests.set(call.name, Math.max(stats.maxRequests.get(call.name) ?? 0, sent.length));
  stats.slowest = Math.max(stats.slowest, elapsed);
  for (const request of sent) {
    if (fuzzed.sourceOf(request.url) === undefined) throw new Error(`${call.name}: request outside the configured sources: ${request.method} ${request.url}`);
    if (request.authorization !== null && request.authorization !== `Bearer ${TOKEN}`) throw new Error(`${call.name}: unexpected Authorization`);
  }
  if (sent.length > call.bound) throw new Error(`${call.name}: ${sent.length} requests, documented bound ${call.bound}`);
}

/**
 * Checks the property for every domain call, `runsPerCall` generated servers each (seeded: a failure
 * prints the seed and path that replay it). Returns the figures.
 */
export async function checkHostileResponses(
  runsPerCall: number,
  seed: number,
  stats: HostileStats = emptyStats(),
  calls: readonly DomainCall[] = DOMAIN_CALLS,
): Promise<HostileStats> {
  preloadSpecs();
  for (const call of calls) {
    await fc.assert(
      fc.asyncProperty(fc.gen(), (g) => runCase(call, g, stats)),
      { numRuns: runsPerCall, seed, endOnFailure: false, verbose: 0 },
    );
  }
  return stats;
}

// Shared test table: the error class a caller gets for each HTTP error status a standard API answers with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestHandler } from 'msw';
import type { SetupServer } from 'msw/node';
import { ForbiddenError, NotAuthenticatedError, NotFoundError, RateLimitedError, ServerError, type ErrorKind } from '@klantbeeld/core';

/**
 * The error class and kind of each error status (the transport's mapping, as callers of every API function see it):
 * an unexpected status (412) is a server error.
 */
export const ERROR_FOR_STATUS = {
  401: { error: NotAuthenticatedError, kind: 'not-authenticated' },
  403: { error: ForbiddenError, kind: 'forbidden' },
  404: { error: NotFoundError, kind: 'not-found' },
  410: { error: NotFoundError, kind: 'not-found' },
  412: { error: ServerError, kind: 'server' },
  429: { error: RateLimitedError, kind: 'rate-limited' },
  500: { error: ServerError, kind: 'server' },
  502: { error: ServerError, kind: 'server' },
  503: { error: ServerError, kind: 'server' },
} as const satisfies Record<number, { error: unknown; kind: ErrorKind }>;

export type ErrorStatus = keyof typeof ERROR_FOR_STATUS;

/**
 * One test per status, named `{status} → {ErrorClass}`: the server answers with `answer(status)`, and `call()` must
 * reject with the error class of that status.
 */
export function testErrorStatuses(
  server: SetupServer,
  statuses: readonly ErrorStatus[],
  answer: (status: ErrorStatus) => RequestHandler,
  call: () => Promise<unknown>,
): void {
  for (const status of statuses) {
    const { error } = ERROR_FOR_STATUS[status];
    test(`${status} → ${error.name}`, async () => {
      server.use(answer(status));
      await assert.rejects(call(), error);
    });
  }
}

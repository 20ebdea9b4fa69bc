// The failures every read of the client maps to one error kind, whatever the API, and the loop that checks a read
// against them: shared by the Zaken-extension, Documenten, Besluiten and zaak-relaties tests.
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';

/** An msw resolver (the second argument of `http.get`). */
export type Resolver = Parameters<typeof http.get>[1];

/** A resolver answering problem+json with `status`, plus `extra` members (e.g. `invalidParams`). */
export const problem =
  (status: number, extra: Record<string, unknown> = {}): Resolver =>
  () =>
    HttpResponse.json({ status, code: 'x', title: 'Fout', detail: 'Fout.', ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** Answers every read maps alike: the problem+json statuses of the transport layer and a connection that fails. */
export const FAILURE_KINDS: readonly (readonly [Resolver, string])[] = [
  [problem(401), 'not-authenticated'],
  [problem(403), 'forbidden'],
  [problem(400), 'validation'],
  [problem(500), 'server'],
  [() => HttpResponse.error(), 'network'],
];

/** Installs each case's resolver with `use` and expects `read()` to reject with its kind. */
export async function assertErrorKinds(
  use: (resolver: Resolver) => void,
  read: () => Promise<unknown>,
  cases: readonly (readonly [Resolver, string])[],
): Promise<void> {
  for (const [resolver, kind] of cases) {
    use(resolver);
    await assert.rejects(read(), { kind }, kind);
  }
}

/**
 * Test support (not published): the kinds of bad answer every data element must survive, each with the
 * error kind the core client reports and the Dutch message the element shows for it.
 * @module
 */
import { HttpResponse } from 'msw';
import type { ErrorKind } from '@klantbeeld/core';

export interface BadResponse {
  readonly name: string;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly response: () => Response;
}

const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    { type: 'about:blank', code, title, status, detail: '', instance: 'urn:uuid:00000000-0000-4000-8000-000000000000' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

export const badResponses: readonly BadResponse[] = [
  {
    name: 'a 500 problem',
    kind: 'server',
    message: 'Uw gegevens kunnen nu niet worden opgehaald door een storing.',
    response: () => problem(500, 'error', 'Interne fout'),
  },
  {
    name: 'a 502 HTML page',
    kind: 'server',
    message: 'Uw gegevens kunnen nu niet worden opgehaald door een storing.',
    response: () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }),
  },
  {
    name: 'a 401 problem',
    kind: 'not-authenticated',
    message: 'U bent niet (meer) ingelogd.',
    response: () => problem(401, 'not_authenticated', 'Niet ingelogd'),
  },
  {
    name: 'a 403 without body',
    kind: 'forbidden',
    message: 'U heeft geen toegang tot deze gegevens.',
    response: () => new HttpResponse(null, { status: 403 }),
  },
  {
    name: 'truncated JSON with 200',
    kind: 'invalid-response',
    message: 'Uw gegevens konden niet worden gelezen.',
    response: () => new HttpResponse('{"count": 1, "results": [', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  },
  {
    name: 'an HTML page with 200',
    kind: 'invalid-response',
    message: 'Uw gegevens konden niet worden gelezen.',
    response: () => new HttpResponse('<html>Onderhoud</html>', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  },
  {
    name: 'a wrong shape ({results: "x"})',
    kind: 'invalid-response',
    message: 'Uw gegevens konden niet worden gelezen.',
    response: () => HttpResponse.json({ count: 1, next: null, previous: null, results: 'x' }),
  },
  { name: 'a network error', kind: 'network', message: 'Er is geen verbinding.', response: () => HttpResponse.error() },
];

/**
 * A small local upstream for unit tests of the policies: answers from a route table (path → handler), and
 * remembers every request it got (to prove what was, and was not, forwarded).
 * @module
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of the fake. */
export interface FakeAnswer {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Raw bytes instead of JSON. */
  readonly raw?: Buffer;
}

/** A request the fake received. */
export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A running fake upstream. */
export interface FakeUpstream {
  readonly origin: string;
  readonly requests: FakeRequest[];
  close(): Promise<void>;
}

/** Starts a fake; `route(request)` answers (undefined → 404). */
export async function startFake(route: (request: FakeRequest, origin: string) => FakeAnswer | undefined): Promise<FakeUpstream> {
  const requests: FakeRequest[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', origin), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const answer = route(request, origin) ?? { status: 404, body: { status: 404 } };
      if (answer.raw) return void res.writeHead(answer.status ?? 200, answer.headers ?? {}).end(answer.raw);
      res
        .writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers })
        .end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

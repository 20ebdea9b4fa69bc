/**
 * Test support: a loopback front for the mock's Verwerkingenlogging write API that can fail the way a
 * real log does — `down` (503 without forwarding), `lost` (forwards, so the log stores the action, then
 * answers 503 as if the answer got lost: the gateway must repeat it and the log must not store it twice),
 * `hang` (accepts and never answers) — and counts what it forwarded.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the front behaves now. */
export type LogFrontMode = 'up' | 'down' | 'lost' | 'hang';

/** A running front. */
export interface LogFront {
  /** Base URL of the write API through the front (use as `readLog.url`). */
  readonly url: string;
  mode: LogFrontMode;
  /** POSTs that reached the log (forwarded), and distinct Idempotency-Keys among them. */
  readonly forwarded: { posts: number; readonly keys: Set<string> };
  /** Every request body received (in any mode), parsed. */
  readonly received: unknown[];
  close(): Promise<void>;
}

/** Starts a front for the write API at `target` (e.g. `<mock>/verwerkingen/api/v1`). */
export async function startLogFront(target: string): Promise<LogFront> {
  const hanging = new Set<ServerResponse>();
  const front: Omit<LogFront, 'url' | 'close'> = { mode: 'up', forwarded: { posts: 0, keys: new Set() }, received: [] };
  const server: Server = createServer((request, response) => void handle(request, response));

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const mode = front.mode;
    if (chunks.length > 0) front.received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
    if (mode === 'hang') {
      hanging.add(response);
      return;
    }
    if (mode === 'down') {
      response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
    const answer = await fetch(`${target}${(request.url ?? '/').replace(/^.*?(\/verwerkingsacties)/, '$1')}`, {
      method: request.method ?? 'GET',
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const text = await answer.text();
    if (request.method === 'POST' && answer.status === 201) {
      front.forwarded.posts++;
      const key = request.headers['idempotency-key'];
      if (typeof key === 'string') front.forwarded.keys.add(key);
    }
    if (mode === 'lost') {
      response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}');
      return;
    }
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(front, {
    url: `http://127.0.0.1:${port}/verwerkingen/api/v1`,
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

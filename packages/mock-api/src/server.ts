/**
 * The mock as a standalone HTTP server (Node only): `node:http` in front of the same msw handlers,
 * resolved with msw's `getResponse()`, plus permissive CORS so a page on another origin can call it with
 * credentials. Run directly, it is a CLI:
 *
 * ```sh
 * node packages/mock-api/dist/src/server.js --port 8000 [--host 127.0.0.1] [--resident jansen] [--latency 300] [--no-expand]
 * node packages/mock-api/dist/src/server.js --mode upstream --port 8001   # the real products, for a gateway
 * ```
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { createMockApi, residents, type MockApi, type MockApiOptions } from './mock-api.js';

/** Options of {@link startMockServer}: where to listen, plus every {@link MockApiOptions}. */
export interface MockServerOptions extends MockApiOptions {
  /** TCP port; `0` (the default) picks a free one. */
  port?: number;
  /** Interface to listen on, default `'127.0.0.1'`. */
  host?: string;
}

/** A listening mock server. */
export interface MockServer {
  /** Origin it serves, e.g. `http://127.0.0.1:8000` (APIs under `${url}/zaken/api/v1`, …). */
  readonly url: string;
  /** The mock behind it (request log, `setResident`, `seedZaken`). */
  readonly mock: MockApi;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const ALLOWED_HEADERS = ['Accept', 'Accept-Crs', 'Accept-Language', 'Authorization', 'Content-Crs', 'Content-Type', 'If-None-Match', 'Last-Event-ID'];
const EXPOSED_HEADERS = ['API-version', 'Content-Crs', 'Content-Disposition', 'ETag', 'Retry-After'];

/** Starts the mock on `host:port`. URLs in responses use `options.origin`, else the listening address. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  let mock: MockApi | undefined;
  let origin = '';

  const server = createServer((req, res) => {
    if (!mock) return void res.writeHead(503).end();
    handle(req, res, mock, origin).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error in mock server');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  origin = (mockOptions.origin ?? `http://${urlHost}:${address.port}`).replace(/\/+$/, '');
  mock = createMockApi({ ...mockOptions, origin });

  return {
    url: origin,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, mock: MockApi, origin: string): Promise<void> {
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    });
    return void res.end();
  }

  // Match on the mock's origin, whatever Host the client used (localhost vs 127.0.0.1, a proxy…).
  const url = new URL(req.url ?? '/', origin);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  const request = new Request(url, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) });

  const response = (await getResponse(mock.handlers, request)) ?? index(url, mock);
  const outgoing: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => (outgoing[name] = value));
  res.writeHead(response.status, outgoing);
  if (req.method === 'HEAD' || !response.body) return void res.end();
  // Piped, not buffered: the notifications endpoint is an endless event stream.
  const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  req.on('close', () => stream.destroy());
  stream.pipe(res);
}

/** CORS for any origin, with credentials: the Origin is echoed (a wildcard is not allowed with credentials). */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const requestOrigin = req.headers.origin;
  if (!requestOrigin) return {};
  return {
    'Access-Control-Allow-Origin': requestOrigin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

/** Anything outside the APIs: `/` describes the server, the rest is a plain 404. */
function index(url: URL, mock: MockApi): Response {
  if (url.pathname === '/') return Response.json({ mode: mock.mode, apis: mock.urls, residents });
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** The request body as text (the APIs only accept JSON bodies). */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `--name value` / `--flag` arguments. */
function parseArgs(argv: readonly string[]): MockServerOptions {
  const options: MockServerOptions = { port: 8000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`Missing value for ${arg}`);
      return next;
    };
    switch (arg) {
      case '--port':
        options.port = Number(value());
        break;
      case '--host':
        options.host = value();
        break;
      case '--origin':
        options.origin = value();
        break;
      case '--base-path':
        options.basePath = value();
        break;
      case '--mode': {
        const mode = value();
        if (mode !== 'resident' && mode !== 'upstream') throw new Error(`--mode must be resident or upstream, not ${mode}`);
        options.mode = mode;
        break;
      }
      case '--resident':
        options.resident = value();
        break;
      case '--page-size':
        options.pageSize = Number(value());
        break;
      case '--latency':
        options.latency = Number(value());
        break;
      case '--no-expand':
        options.expand = false;
        break;
      case '--help':
        console.log(
          'Usage: server.js [--mode resident|upstream] [--port 8000] [--host 127.0.0.1] [--origin URL] [--base-path /p] [--resident jansen] [--page-size 100] [--latency 0] [--no-expand]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown argument ${arg} (try --help)`);
    }
  }
  return options;
}

// CLI: only when this file is the entry point, never on import.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options: MockServerOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const server = await startMockServer(options);
  console.log(`Mock API (Open Zaak 1.30 behaviour, ${server.mock.mode} mode) listening on ${server.url}`);
  console.log(`  Zaken:    ${server.mock.urls.zaken}`);
  console.log(`  Catalogi: ${server.mock.urls.catalogi}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

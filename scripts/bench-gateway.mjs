// @ts-check
// `node scripts/bench-gateway.mjs` (after `tsc -b`): what the gateway adds per request on loopback.
// The mock API runs in upstream mode in its own process (as a real upstream would). Each scenario is measured
// in the same run three ways: directly against the mock (with the application's credentials and the filters the
// gateway would add); through the proxy alone behind a minimal node:http host with a fixed principal (the cost of
// scoping and rewriting); and through the whole gateway (the Fastify app of `createGateway` with its session,
// CORS, helmet, rate limits and logging) with a real session cookie from signing in through the development IdP.
// Median and p99 latency (one request at a time), requests per second (CONCURRENCY in flight), and the ratio
// gateway/direct. Bounded: WARMUP + REQUESTS requests per scenario and side.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SignJWT } from 'jose';
import { Agent, request } from 'undici';
import { GATEWAY_PATHS, API_NAMES } from '../packages/core/dist/src/index.js';
import { upstreamTestCredentials } from '../packages/mock-api/dist/src/index.js';
import { createApiProxy, createLogger } from '../packages/gateway/dist/src/index.js';
import { Browser, freePort, mockUpstreamSections, signIn, startDevStack } from '../packages/gateway/dist/src/dev/stack.js';
import { formatTable } from './table.mjs';
import { listenOnFreePort } from './listen.mjs';

const WARMUP = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = 8;
const BATCH = 50;
const BASE_PATH = '/api/klantbeeld';
const PAGE_ORIGIN = 'http://127.0.0.1:1';
/** The fixture resident the bench signs in as, and the BSN the proxy-only host gives every request. */
const ACCOUNT = 'jansen';
const BSN = '999993653';

/** The proxy alone behind a minimal host: every request is the fixture resident's. */
async function startProxyHost(proxy, publicUrl) {
  const principal = { subject: { kind: 'persoon', bsn: BSN }, loa: 'substantieel' };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a failure rejects unhandled, which ends the run: wanted here
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url ?? '/', publicUrl);
    const api = API_NAMES.find((name) => url.pathname.startsWith(BASE_PATH + GATEWAY_PATHS[name] + '/'));
    if (!api) return void res.writeHead(404).end();
    const controller = new AbortController();
    const answer = await proxy.handle(
      { api, method: req.method, url, headers: req.headers, body: chunks.length ? Buffer.concat(chunks) : undefined, signal: controller.signal },
      principal,
    );
    res.writeHead(answer.status, answer.headers);
    if (answer.body && typeof answer.body.pipe === 'function') answer.body.pipe(res);
    else res.end(answer.body ?? undefined);
  });
  return {
    url: `http://127.0.0.1:${await listenOnFreePort(server)}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/** The whole gateway in dev mode in front of the mock at `mockUrl`, and a session signed in through its IdP. */
async function startFullGateway(mockUrl) {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}${BASE_PATH}`;
  const stack = await startDevStack({
    publicUrl,
    pageOrigins: [PAGE_ORIGIN],
    gatewayPort: port,
    mockUrl,
    // Logging stays on at its production level (its cost is part of the gateway's), into a sink.
    logger: createLogger({ level: 'info', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) }),
    // One session sends thousands of requests a minute here; the limits would answer 429 and be measured instead.
    overrides: { rateLimit: { perSession: { max: 1e9, windowSeconds: 60 }, perIp: { max: 1e9, windowSeconds: 60 } } },
  });
  try {
    const browser = new Browser();
    const idp = stack.gateway.devIdp;
    if (!idp) throw new Error('bench: the dev stack started without its IdP');
    const { response } = await signIn(browser, { base: publicUrl, issuer: idp.issuer }, { account: ACCOUNT, loa: 'substantieel' });
    await response.body?.cancel();
    if (response.status !== 303 && response.status !== 302) throw new Error(`bench: sign-in ended with ${response.status}`);
    return { publicUrl, cookie: browser.cookieHeader, close: () => stack.close() };
  } catch (error) {
    await stack.close();
    throw error;
  }
}

/** Runs `count` requests of `send` with `concurrency` in flight; latencies in ms and the wall time. */
async function measure(send, count, concurrency = CONCURRENCY) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        const t0 = performance.now();
        await send();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Starts the mock in upstream mode as a child process; resolves with its URL and a stop function. */
function startMockProcess() {
  const script = fileURLToPath(new URL('../packages/mock-api/dist/src/server.js', import.meta.url));
  const child = spawn(process.execPath, [script, '--port', '0', '--mode', 'upstream'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`mock exited (${code}) before listening`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        child.removeAllListeners('exit');
        resolve({ url: match[1], close: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))) });
      }
    });
  });
}

/** A ZGW JWT of the gateway's application, for calling the mock directly. */
function applicationJwt() {
  const { clientId, secret } = upstreamTestCredentials.zgw;
  return new SignJWT({ client_id: clientId, user_id: 'bench', user_representation: 'bench' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

/** The three sides, in the order their batches alternate. */
/** @type {readonly ('direct' | 'proxy' | 'gateway')[]} */
const SIDES = ['direct', 'proxy', 'gateway'];

export async function run() {
  const mock = await startMockProcess();
  const closers = [() => mock.close()];
  const agent = new Agent({ connections: CONCURRENCY * 2 });
  closers.unshift(() => agent.close());
  const rows = [];
  try {
    const proxyPublicUrl = `http://127.0.0.1${BASE_PATH}`;
    const proxy = createApiProxy({ publicUrl: proxyPublicUrl, ...mockUpstreamSections(mock.url) });
    closers.unshift(() => proxy.close());
    const host = await startProxyHost(proxy, proxyPublicUrl);
    closers.unshift(() => host.close());
    const gateway = await startFullGateway(mock.url);
    closers.unshift(() => gateway.close());
    const direct = { authorization: `Bearer ${await applicationJwt()}`, 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' };

    const get = async (url, headers = {}) => {
      const answer = await request(url, { dispatcher: agent, headers });
      const text = await answer.body.text();
      if (answer.statusCode !== 200) throw new Error(`GET ${url} → ${answer.statusCode}: ${text.slice(0, 200)}`);
      return text;
    };
    /** `send` functions of one scenario: `path` below the API's base, on each side. */
    const sides = (api, path, upstreamPath = path) => ({
      direct: () => get(`${mock.url}${GATEWAY_PATHS[api]}${upstreamPath}`, direct),
      proxy: () => get(`${host.url}${BASE_PATH}${GATEWAY_PATHS[api]}${path}`),
      gateway: () => get(`${gateway.publicUrl}${GATEWAY_PATHS[api]}${path}`, { cookie: gateway.cookie }),
    });

    const list = JSON.parse(await get(`${gateway.publicUrl}${GATEWAY_PATHS.zaken}/zaken`, { cookie: gateway.cookie }));
    const zaak = list.results[0];
    if (!zaak) throw new Error('bench: the resident has no zaken through the gateway');
    const zaaktype = zaak.zaaktype.slice(`${gateway.publicUrl}${GATEWAY_PATHS.catalogi}`.length);
    const { zaakMaxVertrouwelijkheid } = mockUpstreamSections(mock.url).scoping;
    const filters = `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}&maximaleVertrouwelijkheidaanduiding=${zaakMaxVertrouwelijkheid}`;
    /** @type {[string, Record<typeof SIDES[number], () => Promise<string>>][]} */
    const scenarios = [
      ['GET /zaken (scoped list)', sides('zaken', '/zaken', `/zaken?${filters}`)],
      ['GET /zaken/{uuid} (owned)', sides('zaken', `/zaken/${zaak.uuid}`)],
      ['GET zaaktype (not personal)', sides('catalogi', zaaktype)],
    ];
    for (const [name, send] of scenarios) {
      for (const side of SIDES) await measure(send[side], WARMUP);
      // Latency one request at a time (what a request costs), throughput with CONCURRENCY in flight; all
      // sides in alternating batches, so drift in the machine's load (other processes) hits them alike.
      /** @type {Record<typeof SIDES[number], { latencies: number[]; seconds: number; requests: number }>} */
      const result = {
        direct: { latencies: [], seconds: 0, requests: 0 },
        proxy: { latencies: [], seconds: 0, requests: 0 },
        gateway: { latencies: [], seconds: 0, requests: 0 },
      };
      for (let done = 0; done < REQUESTS; done += BATCH) {
        for (const side of SIDES) {
          result[side].latencies.push(...(await measure(send[side], BATCH, 1)).latencies);
          const batch = await measure(send[side], BATCH);
          result[side].seconds += batch.seconds;
          result[side].requests += BATCH;
        }
      }
      for (const side of SIDES) result[side].latencies.sort((a, b) => a - b);
      rows.push({ name, ...result });
    }
  } finally {
    for (const close of closers) await close();
  }
  return rows;
}

export function print(rows) {
  const ms = (v) => v.toFixed(2);
  const rps = (side) => (side.requests / side.seconds).toFixed(0);
  console.log(
    `\nGateway on loopback, mock API in upstream mode: latency of ${REQUESTS} sequential requests, requests/s of ${REQUESTS} with ${CONCURRENCY} in flight (per row and side).` +
      `\nproxy = the proxy alone behind node:http with a fixed principal; gateway = the whole gateway (Fastify, session cookie from a real sign-in); added and ratio = gateway vs direct`,
  );
  console.log(
    formatTable(
      [
        'scenario',
        'direct p50',
        'proxy p50',
        'gateway p50',
        'added p50',
        'direct p99',
        'proxy p99',
        'gateway p99',
        'added p99',
        'direct req/s',
        'proxy req/s',
        'gateway req/s',
        'ratio p50',
      ],
      rows.map(({ name, direct, proxy, gateway }) => {
        const [dp50, pp50, gp50] = [direct, proxy, gateway].map((side) => quantile(side.latencies, 0.5));
        const [dp99, pp99, gp99] = [direct, proxy, gateway].map((side) => quantile(side.latencies, 0.99));
        return [
          name,
          ms(dp50),
          ms(pp50),
          ms(gp50),
          ms(gp50 - dp50),
          ms(dp99),
          ms(pp99),
          ms(gp99),
          ms(gp99 - dp99),
          rps(direct),
          rps(proxy),
          rps(gateway),
          `${(gp50 / dp50).toFixed(2)}×`,
        ];
      }),
      { rule: true },
    ),
  );
  console.log('(latencies in ms)');
}

if (import.meta.url === `file://${process.argv[1]}`) print(await run());

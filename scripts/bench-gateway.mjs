// `node scripts/bench-gateway.mjs` (after `tsc -b`): what the gateway's proxy adds per request on loopback.
// The mock API runs in upstream mode in its own process (as a real upstream would); the proxy runs in this
// process behind a minimal node:http host (the full Fastify app adds its own cost on top). Each scenario is measured directly against the mock (with the application's
// credentials and the filters the gateway would add) and through the proxy (as a signed-in resident), in
// the same run: median and p99 latency, requests per second, and the ratio gateway/direct.
// Bounded: WARMUP + REQUESTS requests per scenario and side, CONCURRENCY at a time (undici, keep-alive).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SignJWT } from 'jose';
import { Agent, request } from 'undici';
import { GATEWAY_PATHS, API_NAMES } from '../packages/core/dist/src/index.js';
import { createApiProxy } from '../packages/gateway/dist/src/proxy/index.js';
import { formatTable } from './table.mjs';

const WARMUP = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = 8;
const BATCH = 50;
const BSN = '999993653';
const ZGW = { clientId: 'klantbeeld-gateway', secret: 'mock-zgw-secret-for-tests-only-0123456789' };
const TOKEN = 'mock-token-for-tests-only';
const BASE_PATH = '/api/klantbeeld';

const AUTH = {
  zaken: { type: 'zgw-jwt', ...ZGW },
  catalogi: { type: 'zgw-jwt', ...ZGW },
  documenten: { type: 'zgw-jwt', ...ZGW },
  besluiten: { type: 'zgw-jwt', ...ZGW },
  verwerkingen: { type: 'zgw-jwt', ...ZGW },
  klantinteracties: { type: 'token', token: TOKEN },
  objecten: { type: 'token', token: TOKEN },
  producten: { type: 'token', token: TOKEN },
  brp: { type: 'api-key', header: 'X-API-Key', key: 'mock-brp-key-for-tests-only' },
};

/** A minimal host for the proxy: every request is the fixture resident's. */
async function startHost(proxy, publicUrl) {
  const principal = { subject: { kind: 'persoon', bsn: BSN }, loa: 'substantieel' };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url, publicUrl);
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
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

export async function run() {
  const mock = await startMockProcess();
  const upstreams = Object.fromEntries(API_NAMES.map((api) => [api, { url: `${mock.url}${GATEWAY_PATHS[api]}`, auth: AUTH[api] }]));
  const proxy = createApiProxy({ publicUrl: `http://127.0.0.1${BASE_PATH}`, upstreams, scoping: {} });
  const host = await startHost(proxy, `http://127.0.0.1${BASE_PATH}`);
  const agent = new Agent({ connections: CONCURRENCY * 2 });
  const secret = new TextEncoder().encode(ZGW.secret);
  const jwt = await new SignJWT({ client_id: ZGW.clientId, user_id: 'bench', user_representation: 'bench' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ZGW.clientId)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(secret);
  const direct = { authorization: `Bearer ${jwt}`, 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' };

  const get = async (url, headers = {}) => {
    const answer = await request(url, { dispatcher: agent, headers });
    const text = await answer.body.text();
    if (answer.statusCode !== 200) throw new Error(`GET ${url} → ${answer.statusCode}: ${text.slice(0, 200)}`);
    return text;
  };
  const gw = (api, path) => `${host.url}${BASE_PATH}${GATEWAY_PATHS[api]}${path}`;
  const up = (api, path) => `${mock.url}${GATEWAY_PATHS[api]}${path}`;

  const list = JSON.parse(await get(gw('zaken', '/zaken')));
  const zaak = list.results[0];
  if (!zaak) throw new Error('bench: the resident has no zaken through the gateway');
  const filters = `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}&maximaleVertrouwelijkheidaanduiding=openbaar`;
  const scenarios = [
    ['GET /zaken (scoped list)', () => get(gw('zaken', '/zaken')), () => get(up('zaken', `/zaken?${filters}`), direct)],
    ['GET /zaken/{uuid} (owned)', () => get(gw('zaken', `/zaken/${zaak.uuid}`)), () => get(up('zaken', `/zaken/${zaak.uuid}`), direct)],
    ['GET zaaktype (not personal)', () => get(zaak.zaaktype.replace(`http://127.0.0.1${BASE_PATH}`, `${host.url}${BASE_PATH}`)), () => get(zaak.zaaktype.replace(`http://127.0.0.1${BASE_PATH}/catalogi/api/v1`, up('catalogi', '')), direct)],
  ];
  const rows = [];
  try {
    for (const [name, viaGateway, viaDirect] of scenarios) {
      await measure(viaDirect, WARMUP);
      await measure(viaGateway, WARMUP);
      // Latency one request at a time (what a request costs), throughput with CONCURRENCY in flight; both in
      // alternating batches, so drift in the machine's load (other processes) hits both sides alike.
      const d = { latencies: [], seconds: 0, requests: 0 };
      const g = { latencies: [], seconds: 0, requests: 0 };
      for (let done = 0; done < REQUESTS; done += BATCH) {
        for (const [side, send] of [[d, viaDirect], [g, viaGateway]]) {
          side.latencies.push(...(await measure(send, BATCH, 1)).latencies);
          const batch = await measure(send, BATCH);
          side.seconds += batch.seconds;
          side.requests += BATCH;
        }
      }
      d.latencies.sort((a, b) => a - b);
      g.latencies.sort((a, b) => a - b);
      rows.push({ name, direct: d, gateway: g });
    }
  } finally {
    await agent.close();
    await host.close();
    await proxy.close();
    await mock.close();
  }
  return rows;
}

export function print(rows) {
  const ms = (v) => v.toFixed(2);
  console.log(`\nGateway proxy on loopback, mock API in upstream mode: latency of ${REQUESTS} sequential requests, requests/s of ${REQUESTS} with ${CONCURRENCY} in flight (per row and side)`);
  console.log(
    formatTable(
      ['scenario', 'direct p50 ms', 'gateway p50 ms', 'added p50 ms', 'direct p99', 'gateway p99', 'direct req/s', 'gateway req/s', 'ratio p50'],
      rows.map(({ name, direct, gateway }) => {
        const dp50 = quantile(direct.latencies, 0.5);
        const gp50 = quantile(gateway.latencies, 0.5);
        return [
          name,
          ms(dp50),
          ms(gp50),
          ms(gp50 - dp50),
          ms(quantile(direct.latencies, 0.99)),
          ms(quantile(gateway.latencies, 0.99)),
          (direct.requests / direct.seconds).toFixed(0),
          (gateway.requests / gateway.seconds).toFixed(0),
          `${(gp50 / dp50).toFixed(2)}×`,
        ];
      }),
      { rule: true },
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) print(await run());

// @ts-check
// Issue 16, goal 6: the core call for 10,000 contacts (listKlantcontacten, 100 pages of 100) in Node against a
// loopback HTTP server, with and without latency per response, in two forms of the same answers: `next` links with
// opaque cursors (the client must walk them, one page after another) and with page numbers (the client may fetch
// pages 3…100 together after checking pages 1–2, core transport/page-plan.ts). Unlike bench/elements-render.mjs (msw
// in a service worker, on the page's main thread), the server here costs the client nothing, so the difference is
// the round trips. Interleaved runs, medians; timings vary on a shared machine.
import { createServer } from 'node:http';
import { createClient, listKlantcontacten } from '@klantbeeld/core';
import { generateKlantcontacten } from '@klantbeeld/mock-api';
import { formatTable } from '../scripts/table.mjs';

const N = 10_000;
const PAGE_SIZE = 100;
const RUNS = 5;
const LATENCIES = [0, 20];
const FORMS = /** @type {const} */ (['cursor', 'page']);
const PATH = '/klantinteracties/api/v1/klantcontacten';

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/** Serves the contacts in pages; `state.form` and `state.latency` are read per request. */
async function startServer() {
  const state = { form: 'page', latency: 0, requests: 0, inFlight: 0, maxInFlight: 0, contacts: /** @type {unknown[]} */ ([]) };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== PATH) {
      response.writeHead(404).end();
      return;
    }
    state.requests++;
    state.maxInFlight = Math.max(state.maxInFlight, ++state.inFlight);
    const page = Number(url.searchParams.get(state.form) ?? '1');
    const link = (/** @type {number} */ p) => {
      const next = new URL(url);
      next.searchParams.set(state.form, String(p));
      return `${origin}${next.pathname}${next.search}`;
    };
    const body = JSON.stringify({
      count: state.contacts.length,
      next: page * PAGE_SIZE < state.contacts.length ? link(page + 1) : null,
      previous: null,
      results: state.contacts.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    });
    setTimeout(() => {
      state.inFlight--;
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    }, state.latency);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.contacts = generateKlantcontacten(`${origin}/klantinteracties/api/v1`, N);
  return { server, state, origin };
}

export async function run() {
  const { server, state, origin } = await startServer();
  try {
    /** @type {Record<string, { ms: number[], requests: number, maxInFlight: number, count: number }>} */
    const results = {};
    for (let run = 0; run < RUNS; run++) {
      for (const latency of LATENCIES) {
        // Interleaved, the order rotating per run, so that load on the machine falls on both forms alike.
        for (const form of run % 2 ? [...FORMS].reverse() : FORMS) {
          Object.assign(state, { form, latency, requests: 0, maxInFlight: 0 });
          const client = createClient({ gateway: origin, listMaxAge: 0 });
          const t0 = performance.now();
          const list = await listKlantcontacten(client);
          const ms = performance.now() - t0;
          const key = `${form} ${latency}`;
          results[key] ??= { ms: [], requests: state.requests, maxInFlight: state.maxInFlight, count: list.length };
          results[key].ms.push(ms);
        }
      }
    }
    return results;
  } finally {
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}

/** @param {Awaited<ReturnType<typeof run>>} results */
export function print(results) {
  console.log(
    `\nGoal 6 (issue 16): the core call for ${N.toLocaleString('en')} contacts (listKlantcontacten, pages of ${PAGE_SIZE}) in Node over loopback HTTP, median of ${RUNS} interleaved runs\n`,
  );
  const of = (/** @type {string} */ key) => {
    const result = results[key];
    if (!result) throw new Error(`no runs of ${key}`);
    return result;
  };
  const rows = LATENCIES.map((latency) => {
    const walk = of(`cursor ${latency}`);
    const plan = of(`page ${latency}`);
    const a = median(walk.ms);
    const b = median(plan.ms);
    return [
      `${latency} ms`,
      `${a.toFixed(0)} ms (${walk.requests} requests, ${walk.maxInFlight} at a time)`,
      `${b.toFixed(0)} ms (${plan.requests} requests, up to ${plan.maxInFlight} at a time)`,
      `${(b / a).toFixed(2)}×`,
      String(plan.count),
    ];
  });
  console.log(
    formatTable(['latency per response', 'cursor links: walk along next', 'page links: pages 3…n together', 'ratio', 'contacts'], rows, {
      text: [0, 1, 2],
      rule: true,
    }),
  );
  console.log(
    '\nBoth forms give the same pages; only the `next` links differ (opaque cursors vs page numbers). With page numbers the client checks pages 1–2' +
      '\n(same count, full pages, page 2 links to page 3) and then fetches pages 3…n four at a time, each page checked against its own `next` link;' +
      '\nany disagreement ends the plan and the walk along `next` takes over. The rest of the call (summaries, sorting) is the same in both.',
  );
}

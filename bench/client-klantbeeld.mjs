// What does a resident's klantbeeld cost the network as their cases grow? One "page view" = the lopende
// zaken (open cases), the status timeline of every open case, and the documents of the first 10 cases.
// Measured for @klantbeeld/core with a cold cache (new client) and a warm cache (the same client, a
// second page view), beside a naive client (no expand, no cache: every relation fetched every time).
// Requests, round trips and bytes are counts, not timings: they are the same on every machine.
import { setupServer } from 'msw/node';
import * as core from '@klantbeeld/core';
import { createMockApi } from '@klantbeeld/mock-api';
import { formatTable } from '../scripts/table.mjs';

const SIZES = [10, 100, 1000];
const RESIDENT = 'bench-klantbeeld';
const DOCUMENT_CASES = 10;

/**
 * Wraps fetch to count requests, 304s, Catalogi requests, response bytes and round trips (the
 * approach of bench/lopende-zaken-requests.mjs): a request's round trip is one more than the deepest
 * round trip that had finished when it was sent, so requests sent together share one.
 */
function meter() {
  let deepestFinished = 0;
  let inFlight = 0;
  let idle = () => {};
  const stats = { requests: 0, roundTrips: 0, bytes: 0, catalogi: 0, notModified: 0 };
  const fetcher = async (input, init) => {
    const depth = deepestFinished + 1;
    stats.requests++;
    inFlight++;
    try {
      if (String(input instanceof Request ? input.url : input).includes('/catalogi/')) stats.catalogi++;
      const response = await fetch(input, init);
      if (response.status === 304) stats.notModified++;
      stats.bytes += (await response.clone().arrayBuffer()).byteLength;
      deepestFinished = Math.max(deepestFinished, depth);
      stats.roundTrips = Math.max(stats.roundTrips, depth);
      return response;
    } finally {
      if (--inFlight === 0) idle();
    }
  };
  /** Resolves once no request is in flight (background revalidations included). */
  const settled = () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => (idle = resolve)));
  /** Starts a new measurement: counters to zero, round trips counted from here. */
  const restart = () => {
    Object.assign(stats, { requests: 0, roundTrips: 0, bytes: 0, catalogi: 0, notModified: 0 });
    deepestFinished = 0;
  };
  return { stats, fetcher, settled, restart };
}

/** The page view with the client: lopende zaken, timelines of the open ones, documents of the first 10. */
async function clientPageView(client) {
  const zaken = await core.listZaken(client, { status: 'open' });
  const timelines = await Promise.all(zaken.map((zaak) => core.getStatusTimeline(client, zaak.url)));
  const documenten = await Promise.all(zaken.slice(0, DOCUMENT_CASES).map((zaak) => listDocuments(client, zaak.url)));
  return { zaken: zaken.length, steps: timelines.reduce((n, t) => n + t.steps.length, 0), documenten: documenten.reduce((n, d) => n + d.length, 0) };
}

/** The client's documents of a zaak: listZaakDocumenten where this build has it, else the zaakinformatieobjecten. */
function listDocuments(client, zaakUrl) {
  if (typeof core.listZaakDocumenten === 'function') return core.listZaakDocumenten(client, zaakUrl);
  if (typeof core.getZaakinformatieobjecten === 'function') return core.getZaakinformatieobjecten(client, zaakUrl);
  return Promise.resolve([]);
}

const HEADERS = { Accept: 'application/json', 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };

/** What a first attempt usually looks like: no expand, no cache, every relation fetched where it is needed. */
async function naivePageView(fetcher, urls) {
  const get = async (url) => (await fetcher(url, { headers: HEADERS })).json();
  const all = async (url) => {
    const items = [];
    for (let next = url; next;) {
      const page = await get(next);
      if (Array.isArray(page)) return page;
      items.push(...page.results);
      next = page.next;
    }
    return items;
  };
  const zaken = await all(`${urls.zaken}/zaken?einddatum__isnull=true&ordering=-startdatum`);
  // The list: zaaktype, status + statustype and behandelaar per case.
  await Promise.all(
    zaken.map(async (zaak) => {
      const [, status] = await Promise.all([
        get(zaak.zaaktype),
        zaak.status ? get(zaak.status) : null,
        all(`${urls.zaken}/rollen?zaak=${encodeURIComponent(zaak.url)}&omschrijvingGeneriek=behandelaar`),
      ]);
      if (status) await get(status.statustype);
    }),
  );
  // A timeline per open case: the zaak again, its zaaktype, statustypen, statussen and behandelaar.
  let steps = 0;
  await Promise.all(
    zaken.map(async (summary) => {
      const zaak = await get(summary.url);
      const [, statustypen] = await Promise.all([
        get(zaak.zaaktype),
        all(`${urls.catalogi}/statustypen?zaaktype=${encodeURIComponent(zaak.zaaktype)}`),
        zaak.status ? all(`${urls.zaken}/statussen?zaak=${encodeURIComponent(zaak.url)}`) : [],
        all(`${urls.zaken}/rollen?zaak=${encodeURIComponent(zaak.url)}&omschrijvingGeneriek=behandelaar`),
      ]);
      steps += statustypen.length;
    }),
  );
  // Documents of the first 10: the links, then every document on its own.
  let documenten = 0;
  await Promise.all(
    zaken.slice(0, DOCUMENT_CASES).map(async (zaak) => {
      const links = await all(`${urls.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`);
      documenten += (await Promise.all(links.map((link) => get(link.informatieobject)))).length;
    }),
  );
  return { zaken: zaken.length, steps, documenten };
}

async function measure(n) {
  const mock = createMockApi({ resident: 'leeg' });
  mock.seedZaken(RESIDENT, n);
  mock.setResident(RESIDENT);
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const rows = [];
  try {
    const { stats, fetcher, settled, restart } = meter();
    const client = core.createClient({
      sources: Object.fromEntries(['zaken', 'catalogi', 'documenten'].map((api) => [api, mock.urls[api]])),
      fetch: fetcher,
    });
    for (const cache of ['cold', 'warm']) {
      restart();
      const result = await clientPageView(client);
      await settled();
      rows.push({ n, variant: `client, ${cache} cache`, ...result, ...stats });
    }
    for (const run of ['1st', '2nd']) {
      restart();
      const result = await naivePageView(fetcher, mock.urls);
      await settled();
      rows.push({ n, variant: `naive, ${run} view`, ...result, ...stats });
    }
  } finally {
    server.close();
  }
  return rows;
}

export async function run() {
  const rows = [];
  for (const n of SIZES) rows.push(...(await measure(n)));
  return rows;
}

export function print(rows) {
  console.log(
    `\nKlantbeeld page view: lopende zaken + status timeline of every open case + documents of the first ${DOCUMENT_CASES} (seeded resident, 3 zaaktypen, ~60 % open; page size 100)\n`,
  );
  const header = ['zaken', 'open', 'client', 'requests', 'round trips', 'Catalogi req.', '304', 'KiB received', 'timeline steps', 'documents'];
  const lines = rows.map((r) => [
    String(r.n),
    String(r.zaken),
    r.variant,
    String(r.requests),
    String(r.roundTrips),
    String(r.catalogi),
    String(r.notModified),
    (r.bytes / 1024).toFixed(0),
    String(r.steps),
    String(r.documenten),
  ]);
  console.log(formatTable(header, lines, { text: [2], rule: true }));
  console.log(
    '\nclient: listZaken (expand, one request per page), getStatusTimeline per open case, documents via ' +
      (typeof core.listZaakDocumenten === 'function' ? 'listZaakDocumenten' : 'getZaakinformatieobjecten') +
      '; warm = the same client again (Catalogi cached, ETag revalidation where the client does it).' +
      `\n        At most ${core.DEFAULT_MAX_CONCURRENCY ?? 6} requests in flight per origin (the mock serves every API from one origin), so round trips grow with requests.` +
      '\nnaive: no expand, no cache; every relation fetched for every case, documents one by one; a second view costs the same.' +
      '\n       It sends everything at once (no cap), so its round trips are a floor a browser would not reach (6 connections per origin on HTTP/1.1).' +
      '\nSeeded zaken have no documents in the mock, so the document part costs one zaakinformatieobjecten request per case.',
  );
}

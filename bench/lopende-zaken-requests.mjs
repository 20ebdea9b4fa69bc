// How many HTTP requests and round trips does kb-lopende-zaken's data cost as a resident's cases grow?
// Compares the client with expand, the client on a source without expand support, and a naive client
// (no expand, no cache, every relation fetched per case). Requests and round trips are counts, not
// timings: they are the same on every machine.
import { setupServer } from 'msw/node';
import { createClient, listZaken } from '@klantbeeld/core';
import { createMockApi } from '@klantbeeld/mock-api';
import { formatTable } from '../scripts/table.mjs';

const SIZES = [10, 100, 1000];
const RESIDENT = 'bench';

/**
 * Wraps fetch to count requests, response bytes and round trips. A request's round trip is one more
 * than the deepest round trip that had finished when it was sent: requests sent together share one.
 */
function meter() {
  let deepestFinished = 0;
  const stats = { requests: 0, roundTrips: 0, bytes: 0, catalogi: 0 };
  const fetcher = async (input, init) => {
    const depth = deepestFinished + 1;
    stats.requests++;
    if (String(input instanceof Request ? input.url : input).includes('/catalogi/')) stats.catalogi++;
    const response = await fetch(input, init);
    stats.bytes += (await response.clone().arrayBuffer()).byteLength;
    deepestFinished = Math.max(deepestFinished, depth);
    stats.roundTrips = Math.max(stats.roundTrips, depth);
    return response;
  };
  return { stats, fetcher };
}

const HEADERS = { Accept: 'application/json', 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };

/** What a first attempt usually looks like: follow the pages, then fetch every relation of every case. */
async function naiveLopendeZaken(fetcher, zakenUrl) {
  const get = async (url) => (await fetcher(url, { headers: HEADERS })).json();
  const zaken = [];
  for (let url = `${zakenUrl}/zaken`; url;) {
    const page = await get(url);
    zaken.push(...page.results);
    url = page.next;
  }
  return Promise.all(
    zaken.map(async (zaak) => {
      const [zaaktype, status, rollen] = await Promise.all([
        get(zaak.zaaktype),
        zaak.status ? get(zaak.status) : null,
        get(`${zakenUrl}/rollen?zaak=${encodeURIComponent(zaak.url)}&omschrijvingGeneriek=behandelaar`),
      ]);
      const statustype = status ? await get(status.statustype) : null;
      return { zaak, zaaktype, statustype, rollen };
    }),
  );
}

async function measure(n, variant) {
  const mock = createMockApi({ resident: 'leeg', expand: variant !== 'without-expand' });
  mock.seedZaken(RESIDENT, n);
  mock.setResident(RESIDENT);
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const { stats, fetcher } = meter();
    let count;
    if (variant === 'naive') {
      count = (await naiveLopendeZaken(fetcher, mock.urls.zaken)).length;
    } else {
      const client = createClient({
        sources: {
          zaken: { url: mock.urls.zaken, expand: variant === 'with-expand' },
          catalogi: mock.urls.catalogi,
        },
        fetch: fetcher,
      });
      count = (await listZaken(client, { status: 'alle' })).length;
    }
    // Distinct zaaktypen and statustypen the cases refer to: the floor for a client without expand.
    const distinct = new Set(mock.requests.filter((r) => r.url.includes('/catalogi/')).map((r) => r.url)).size;
    return { ...stats, count, distinctCatalogi: distinct };
  } finally {
    server.close();
  }
}

export async function run() {
  const rows = [];
  for (const n of SIZES) {
    for (const variant of ['with-expand', 'without-expand', 'naive']) {
      rows.push({ n, variant, ...(await measure(n, variant)) });
    }
  }
  return rows;
}

export function print(rows) {
  console.log('\nkb-lopende-zaken data: HTTP requests and round trips (all cases of a resident, open and closed, over 3 zaaktypen; page size 100)\n');
  const header = ['zaken', 'client', 'requests', 'round trips', 'Catalogi req.', 'distinct Catalogi URLs', 'KiB received'];
  const lines = rows.map((r) => [
    String(r.count),
    r.variant,
    String(r.requests),
    String(r.roundTrips),
    String(r.catalogi),
    String(r.distinctCatalogi),
    (r.bytes / 1024).toFixed(0),
  ]);
  console.log(formatTable(header, lines, { text: [0, 1], rule: true }));
  console.log(
    '\nwith-expand: one request per page of 100 (`expand=zaaktype,status.statustype,rollen`), plus fall-backs for missing `_expand` entries.' +
      '\nwithout-expand: Catalogi read once per zaaktype and statustype URL (cached), status and rollen per case in parallel.' +
      '\nnaive: no expand, no cache; status, statustype, zaaktype and rollen fetched for every case.',
  );
}

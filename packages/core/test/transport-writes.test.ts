// Writes (send/post), read-only POSTs, document downloads, and how writes invalidate cached GETs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, NotFoundError, UnconfiguredOriginError, ValidationError } from '@klantbeeld/core';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';

const { server, requests } = useServer();
const KLANT = `${GATEWAY}/klantinteracties/api/v1`;
const OBJECTEN = `${GATEWAY}/objecten/api/v2`;
const DOCUMENTEN = `${GATEWAY}/documenten/api/v1`;
const BRP = `${GATEWAY}/haalcentraal/api/brp`;
const UUID = '5c8a3b1e-2d4f-4a6b-9c0d-1e2f3a4b5c6d';
/** The objecttype of the Objects written below (the Objects API wants its URL in `type`). */
const OBJECTTYPE = `${GATEWAY}/objecttypen/api/v2/objecttypes/7d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a`;

/** Records each request body as parsed JSON (msw's request log has no body). */
function bodies() {
  const seen: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'DELETE') {
      void request
        .clone()
        .text()
        .then((text) => seen.push(text === '' ? undefined : JSON.parse(text)));
    }
  });
  return seen;
}
const seenBodies = bodies();

describe('send and post', () => {
  test('POST sends JSON with Content-Type and returns the parsed answer', async () => {
    server.use(
      http.post(`${KLANT}/digitaleadressen`, async ({ request }) =>
        HttpResponse.json({ url: `${KLANT}/digitaleadressen/${UUID}`, ...((await request.json()) as object) }, { status: 201 }),
      ),
    );
    const client = createClient({ gateway: GATEWAY, token: () => 'tok' });
    const created = await client.post<{ url: string; adres: string }>('klantinteracties', '/digitaleadressen', {
      adres: 'a@b.nl',
      soortDigitaalAdres: 'email',
    });
    assert.equal(created.url, `${KLANT}/digitaleadressen/${UUID}`);
    assert.equal(created.adres, 'a@b.nl');
    const [request] = requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.headers['content-type'], 'application/json');
    assert.equal(request?.headers['authorization'], 'Bearer tok');
    assert.equal(request?.headers['accept-crs'], undefined);
    assert.equal(request?.headers['content-crs'], undefined);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(seenBodies.at(-1), { adres: 'a@b.nl', soortDigitaalAdres: 'email' });
  });

  test('PATCH, PUT and DELETE; 204 and an empty body resolve to undefined', async () => {
    const url = `${KLANT}/digitaleadressen/${UUID}`;
    server.use(
      http.patch(url, () => HttpResponse.json({ url, adres: 'c@d.nl' })),
      http.put(url, () => new HttpResponse('', { status: 200 })),
      http.delete(url, () => new HttpResponse(null, { status: 204 })),
      // Klantinteracties defines no HEAD; a Zaken detail does.
      http.head(`${ZAKEN}/zaken/${UUID}`, () => new HttpResponse(null, { status: 200, headers: { 'Content-Type': 'application/json' } })),
    );
    const client = createClient({ gateway: GATEWAY });
    assert.deepEqual(await client.send('PATCH', 'klantinteracties', url, { body: { adres: 'c@d.nl' } }), { url, adres: 'c@d.nl' });
    assert.equal(
      await client.send('PUT', 'klantinteracties', `/digitaleadressen/${UUID}`, { body: { adres: 'c@d.nl', soortDigitaalAdres: 'email' } }),
      undefined,
    );
    assert.equal(await client.send('DELETE', 'klantinteracties', `/digitaleadressen/${UUID}`), undefined);
    assert.equal(await client.send('HEAD', 'zaken', `/zaken/${UUID}`), undefined);
    assert.deepEqual(
      requests.map((request) => [request.method, request.headers['content-type']]),
      [
        ['PATCH', 'application/json'],
        ['PUT', 'application/json'],
        ['DELETE', undefined],
        ['HEAD', undefined],
      ],
    );
  });

  test('a write error is typed (400 with invalidParams)', async () => {
    server.use(
      http.post(`${KLANT}/digitaleadressen`, () =>
        HttpResponse.json(
          { title: 'Ongeldig', status: 400, invalidParams: [{ name: 'adres', code: 'invalid', reason: 'Geen e-mailadres' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await createClient({ gateway: GATEWAY })
      .post('klantinteracties', '/digitaleadressen', { adres: 'x' })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.invalidParams[0]?.name, 'adres');
  });

  test('Crs headers: POST /zaken/_zoek, Objects writes and /objects/search; not on Objects reads', async () => {
    server.use(
      http.post(`${ZAKEN}/zaken/_zoek`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })),
      http.post(`${OBJECTEN}/objects`, () => HttpResponse.json({ url: `${OBJECTEN}/objects/${UUID}` }, { status: 201 })),
      http.patch(`${OBJECTEN}/objects/${UUID}`, () => HttpResponse.json({ url: `${OBJECTEN}/objects/${UUID}` })),
      http.post(`${OBJECTEN}/objects/search`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })),
      http.get(`${OBJECTEN}/objects`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })),
    );
    const client = createClient({ gateway: GATEWAY });
    await client.post('zaken', '/zaken/_zoek', { uuid__in: [UUID] });
    await client.post('objecten', '/objects', { type: OBJECTTYPE, record: { typeVersion: 1, data: {}, startAt: '2024-01-01' } });
    await client.send('PATCH', 'objecten', `/objects/${UUID}`, { body: { record: {} } });
    await client.post('objecten', '/objects/search', { type: OBJECTTYPE });
    await client.get('objecten', '/objects');
    const crs = requests.map((request) => [request.method, request.headers['content-crs'], request.headers['accept-crs']]);
    assert.deepEqual(crs, [
      ['POST', 'EPSG:4326', 'EPSG:4326'],
      ['POST', 'EPSG:4326', 'EPSG:4326'],
      ['PATCH', 'EPSG:4326', 'EPSG:4326'],
      ['POST', 'EPSG:4326', 'EPSG:4326'],
      ['GET', undefined, undefined],
    ]);
  });

  test('a path or URL outside the API is refused before sending', async () => {
    const client = createClient({ gateway: GATEWAY, token: () => 'tok' });
    await assert.rejects(client.post('klantinteracties', 'https://evil.example/klantinteracties/api/v1/partijen', {}), UnconfiguredOriginError);
    await assert.rejects(client.post('klantinteracties', `${ZAKEN}/zaken`, {}), UnconfiguredOriginError); // another API's source
    await assert.rejects(client.send('DELETE', 'klantinteracties', '/../../../zaken/api/v1/zaken/1'), UnconfiguredOriginError);
    assert.equal(requests.length, 0);
  });
});

describe('writes and the cache', () => {
  test('POST is never cached; identical read-only POSTs in flight are shared', async () => {
    let n = 0;
    server.use(http.post(`${DOCUMENTEN}/enkelvoudiginformatieobjecten/_zoek`, () => HttpResponse.json({ count: 0, next: null, results: [++n] })));
    const client = createClient({ gateway: GATEWAY });
    const body = { uuid__in: [UUID] };
    const [a, b] = await Promise.all([
      client.post('documenten', '/enkelvoudiginformatieobjecten/_zoek', body),
      client.post('documenten', '/enkelvoudiginformatieobjecten/_zoek', body),
    ]);
    assert.deepEqual(a, b);
    const c = await client.post('documenten', '/enkelvoudiginformatieobjecten/_zoek', body);
    assert.notDeepEqual(c, a);
    assert.equal(requests.length, 2);
  });

  test('a write invalidates the cached GETs of its URL and of the lists above it, not others', async () => {
    const adres = `${KLANT}/digitaleadressen/${UUID}`;
    const other = `${KLANT}/partijen/${UUID}`;
    let version = 1;
    server.use(
      http.get(`${KLANT}/digitaleadressen`, () => HttpResponse.json({ count: 1, next: null, results: [{ url: adres, v: version }] })),
      http.get(`${KLANT}/partijen`, () => HttpResponse.json({ count: 1, next: null, results: [{ url: other, v: version }] })),
      http.patch(adres, () => {
        version++;
        return HttpResponse.json({ url: adres, v: version });
      }),
    );
    const client = createClient({ gateway: GATEWAY });
    const list = () => client.list<{ v: number }>('klantinteracties', '/digitaleadressen', { query: { verstrektDoorPartij__uuid: UUID } });
    const page = () => client.get<{ results: { v: number }[] }>('klantinteracties', '/digitaleadressen');
    const partijen = () => client.list<{ v: number }>('klantinteracties', '/partijen');
    assert.equal((await list())[0]?.v, 1);
    assert.equal((await page()).results[0]?.v, 1);
    assert.equal((await partijen())[0]?.v, 1);
    await list();
    await page();
    await partijen();
    assert.equal(requests.length, 3, 'lists are cached while fresh');
    await client.send('PATCH', 'klantinteracties', adres, { body: { adres: 'x' } });
    assert.equal((await list())[0]?.v, 2);
    assert.equal((await page()).results[0]?.v, 2);
    assert.equal((await partijen())[0]?.v, 1, 'an unrelated list stays cached');
    assert.equal(requests.length, 6);
  });

  test('a write invalidates an ETag-cached detail', async () => {
    const url = `${ZAKEN}/zaken/${UUID}`;
    let version = 1;
    server.use(
      http.get(url, ({ request }) => {
        if (request.headers.get('If-None-Match') === `"v${version}"`) return new HttpResponse(null, { status: 304, headers: { ETag: `"v${version}"` } });
        return HttpResponse.json({ url, v: version }, { headers: { ETag: `"v${version}"` } });
      }),
      http.patch(url, () => {
        version++;
        return HttpResponse.json({ url, v: version });
      }),
    );
    const client = createClient({ gateway: GATEWAY });
    await client.getUrl(url);
    await client.send('PATCH', 'zaken', url, { body: { omschrijving: 'x' } });
    assert.equal((await client.getUrl<{ v: number }>(url)).v, 2);
    const gets = requests.filter((request) => request.method === 'GET');
    assert.equal(gets.length, 2);
    assert.equal(gets[1]?.headers['if-none-match'], undefined, 'the dropped ETag is not sent');
  });

  test('a GET in flight during a write does not enter the cache', async () => {
    let release: () => void = () => {};
    let version = 1;
    server.use(
      http.get(`${KLANT}/digitaleadressen`, async () => {
        const v = version;
        if (v === 1) await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ count: 1, next: null, results: [{ v }] });
      }),
      http.post(`${KLANT}/digitaleadressen`, () => {
        version++;
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const client = createClient({ gateway: GATEWAY });
    const before = client.list<{ v: number }>('klantinteracties', '/digitaleadressen');
    while (requests.length < 1) await new Promise((resolve) => setImmediate(resolve));
    await client.post('klantinteracties', '/digitaleadressen', { adres: 'a@b.nl', soortDigitaalAdres: 'email' });
    release();
    assert.equal((await before)[0]?.v, 1);
    assert.equal((await client.list<{ v: number }>('klantinteracties', '/digitaleadressen'))[0]?.v, 2);
  });
});

describe('document downloads', () => {
  const download = `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${UUID}/download`;

  test('getResponse streams the body; getBlob reads it; credentials go along; never cached', async () => {
    server.use(
      http.get(
        download,
        () =>
          new HttpResponse(new Uint8Array([37, 80, 68, 70]), {
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="besluit.pdf"' },
          }),
      ),
    );
    const client = createClient({ gateway: GATEWAY, token: () => 'tok' });
    const response = await client.getResponse(download);
    assert.equal(response.headers.get('Content-Type'), 'application/pdf');
    assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [37, 80, 68, 70]);
    const blob = await client.getBlob(download);
    assert.equal(blob.size, 4);
    assert.equal(blob.type, 'application/pdf');
    assert.equal(requests.length, 2);
    assert.ok(requests.every((request) => request.headers['authorization'] === 'Bearer tok' && request.headers['accept'] === '*/*'));
  });

  test('a download outside the sources is refused; a 404 is typed', async () => {
    server.use(http.get(download, () => new HttpResponse(null, { status: 404 })));
    const client = createClient({ gateway: GATEWAY, token: () => 'tok' });
    await assert.rejects(client.getResponse('https://evil.example/documenten/api/v1/enkelvoudiginformatieobjecten/1/download'), UnconfiguredOriginError);
    await assert.rejects(client.getBlob('https://evil.example/x'), UnconfiguredOriginError);
    await assert.rejects(client.getResponse(download), NotFoundError);
    assert.equal(requests.length, 1);
  });

  test('abort before the response head rejects with the abort reason', async () => {
    let arrived = false;
    server.use(
      http.get(download, async () => {
        arrived = true;
        await new Promise(() => {});
        return new HttpResponse(null);
      }),
    );
    const controller = new AbortController();
    const pending = createClient({ gateway: GATEWAY }).getResponse(download, { signal: controller.signal });
    while (!arrived) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});

test('BRP POST /personen is a read: retried on 503', async () => {
  let n = 0;
  server.use(
    http.post(`${BRP}/personen`, () =>
      ++n === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen: [] }),
    ),
  );
  const client = createClient({ gateway: GATEWAY }, { sleep: async () => {}, random: () => 0 });
  assert.deepEqual(await client.post('brp', '/personen', { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] }), {
    type: 'RaadpleegMetBurgerservicenummer',
    personen: [],
  });
  assert.equal(n, 2);
});

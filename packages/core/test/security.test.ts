// Credentials never leave the configured sources: foreign URLs inside responses are refused before
// anything is sent. And whatever the data looks like, the domain never throws a TypeError.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, getStatusTimeline, isKlantbeeldError, listZaken, UnconfiguredOriginError } from '@klantbeeld/core';
import { GATEWAY, ZAKEN, useServer } from './helpers.js';
import { backend, dataset, Z, type Json } from './fixtures.js';

const { server, requests } = useServer();
const EVIL = 'https://evil.example';

/** Catches everything sent to the foreign origin, so a leak would be visible (and not an unhandled error). */
const evilHandler = http.all(`${EVIL}/*`, () => HttpResponse.json({ url: `${EVIL}/x`, omschrijving: 'Gestolen' }));

function assertNothingSentOutside() {
  assert.deepEqual(
    requests.filter((request) => !request.url.startsWith(`${GATEWAY}/`)).map((request) => request.url),
    [],
  );
}

describe('foreign URLs in responses', () => {
  test('a zaaktype at another origin: UnconfiguredOriginError, no request there, token only to the gateway', async () => {
    const data = dataset();
    data.zaken[0] = { ...data.zaken[0], zaaktype: `${EVIL}/catalogi/api/v1/zaaktypen/1` };
    server.use(evilHandler, ...backend(data, { expand: false }));
    const client = createClient({ gateway: GATEWAY, token: () => 'secret' });
    await assert.rejects(listZaken(client, { status: 'open' }), UnconfiguredOriginError);
    assertNothingSentOutside();
    assert.ok(requests.length > 0);
    assert.ok(requests.every((request) => request.headers['authorization'] === 'Bearer secret'));
  });

  test('a status at another origin, also when it only differs in scheme or sits beside the base path', async () => {
    for (const status of [
      `${EVIL}/zaken/api/v1/statussen/s1b`,
      'http://gw.example/api/zaken/api/v1/statussen/s1b',
      'https://gw.example/api/zaken/api/v1x/statussen/s1b',
    ]) {
      const data = dataset();
      data.zaken[0] = { ...data.zaken[0], status };
      server.use(evilHandler, ...backend(data, { expand: false }));
      await assert.rejects(getStatusTimeline(createClient({ gateway: GATEWAY, token: () => 'secret' }), Z('z1')), UnconfiguredOriginError, status);
      assertNothingSentOutside();
    }
  });

  test('getUrl refuses a foreign URL without sending anything', async () => {
    server.use(evilHandler);
    const client = createClient({ gateway: GATEWAY, token: () => 'secret' });
    await assert.rejects(client.getUrl(`${EVIL}/zaken/api/v1/zaken/1`), UnconfiguredOriginError);
    await assert.rejects(client.list('zaken', `${EVIL}/zaken/api/v1/zaken`), UnconfiguredOriginError);
    assert.equal(requests.length, 0);
  });

  test('a foreign URL inside an expanded object is never fetched (the expanded data is used as is)', async () => {
    const data = dataset();
    server.use(evilHandler, ...backend(data));
    const [z3] = await listZaken(createClient({ gateway: GATEWAY }), { status: 'open' });
    assert.ok(z3);
    assertNothingSentOutside();
  });
});

describe('malformed data', () => {
  test('garbage zaken give sane summaries or are left out', async () => {
    const data = dataset();
    server.use(...backend(data));
    server.use(
      http.get(`${ZAKEN}/zaken`, () =>
        HttpResponse.json({
          count: 6,
          next: null,
          results: [
            null,
            42,
            'zaak',
            { identificatie: 'zonder url' },
            {
              url: Z('odd'),
              identificatie: 7,
              omschrijving: { nl: 'x' },
              startdatum: null,
              einddatum: 12,
              zaaktype: ['x'],
              status: {},
              rollen: 'x',
              _expand: 'x',
            },
            { url: Z('odd2'), status: `${ZAKEN}/statussen/s1b`, zaaktype: null, _expand: { zaaktype: [], status: 'x', rollen: { a: 1 } } },
          ],
        }),
      ),
    );
    const zaken = await listZaken(createClient({ gateway: GATEWAY }));
    assert.deepEqual(zaken[0], { url: Z('odd'), uuid: 'odd', identificatie: '', omschrijving: '', startdatum: '', open: true });
    assert.equal(zaken[1]?.status?.omschrijving, 'In behandeling');
    assert.equal(zaken.length, 2);
  });

  test('a non-object zaak given to getStatusTimeline → InvalidResponseError', async () => {
    const client = createClient({ gateway: GATEWAY });
    await assert.rejects(getStatusTimeline(client, null as never), { kind: 'invalid-response' });
    await assert.rejects(getStatusTimeline(client, { url: 5 } as never), { kind: 'invalid-response' });
  });

  test('a non-JSON answer for a relation rejects with InvalidResponseError', async () => {
    server.use(...backend(dataset(), { expand: false }));
    server.use(http.get(`${ZAKEN}/statussen/:id`, () => HttpResponse.html('<p>Oops</p>')));
    await assert.rejects(listZaken(createClient({ gateway: GATEWAY })), { kind: 'invalid-response' });
  });

  test('relations that are gone (404) or hidden (403) are left out', async () => {
    server.use(...backend(dataset(), { expand: false }));
    server.use(
      http.get(`${ZAKEN}/statussen/:id`, () => new HttpResponse(null, { status: 404 })),
      http.get(`${ZAKEN}/rollen`, () => new HttpResponse(null, { status: 403 })),
    );
    const zaken = await listZaken(createClient({ gateway: GATEWAY }), { status: 'open' });
    assert.equal(zaken[1]?.uuid, 'z1');
    assert.equal(zaken[1]?.status, undefined);
    assert.equal(zaken[1]?.behandelaar, undefined);
    assert.equal(zaken[1]?.zaaktype?.omschrijving, 'Aanvraag parkeervergunning');
  });

  test('fuzz: corrupted fields anywhere never escape as a TypeError', async () => {
    // Deterministic PRNG, so a failure reproduces.
    let seed = 20261129;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = [null, undefined, 0, -1, NaN, '', 'x', 'https://gw.example/api/zaken/api/v1/zaken/zzz', true, [], [null], {}, { url: 1 }];
    const corrupt = (item: Json) => {
      const keys = Object.keys(item);
      const key = keys[Math.floor(random() * keys.length)] ?? 'url';
      item[key] = junk[Math.floor(random() * junk.length)];
    };
    for (let round = 0; round < 60; round++) {
      const data = dataset();
      const pools: Json[][] = [data.zaken, data.statussen, data.rollen, data.resultaten, Object.values(data.catalogi)];
      for (let n = 0; n < 4; n++) {
        const pool = pools[Math.floor(random() * pools.length)] ?? [];
        const item = pool[Math.floor(random() * pool.length)];
        if (item) corrupt(item);
      }
      server.resetHandlers(...backend(data, { expand: random() < 0.5 }));
      const client = createClient({ gateway: GATEWAY, behandelaar: 'naam' });
      for (const run of [() => listZaken(client), () => getStatusTimeline(client, Z('z1')), () => getStatusTimeline(client, Z('z2'))]) {
        try {
          await run();
        } catch (error) {
          assert.ok(isKlantbeeldError(error), `round ${round}: ${String((error as Error)?.stack ?? error)}`);
        }
      }
    }
  });
});

describe('relations at other organisations and redirects', () => {
  const ODVR = 'https://zaken.odvr.example/zaken/api/v1';
  const HOOFD = '0c1f1d6e-8b8e-4b5e-9a55-4b7b8a0e1f01';
  const DEEL = '7d2e6a1c-3f4b-4c5d-8e9f-0a1b2c3d4e5f';

  test('a foreign hoofdzaak URL inside a response is refused; nothing, and no token, leaves the sources', async () => {
    server.use(
      evilHandler,
      http.get(`${ZAKEN}/zaken/${DEEL}`, () => HttpResponse.json({ url: `${ZAKEN}/zaken/${DEEL}`, hoofdzaak: `${EVIL}/zaken/api/v1/zaken/${HOOFD}` })),
    );
    const client = createClient({ gateway: GATEWAY, token: () => 'secret' });
    const deelzaak = await client.getUrl<{ hoofdzaak: string }>(`${ZAKEN}/zaken/${DEEL}`);
    assert.equal(client.sourceOf(deelzaak.hoofdzaak), undefined);
    await assert.rejects(client.getUrl(deelzaak.hoofdzaak), UnconfiguredOriginError);
    await assert.rejects(client.getResponse(deelzaak.hoofdzaak), UnconfiguredOriginError);
    await assert.rejects(client.send('DELETE', 'zaken', deelzaak.hoofdzaak), UnconfiguredOriginError);
    assertNothingSentOutside();
    assert.equal(requests.length, 1);
  });

  test('a hoofdzaak at a configured second organisation is fetched there, with its organisation known', async () => {
    server.use(
      evilHandler,
      http.get(`${ZAKEN}/zaken/${DEEL}`, () => HttpResponse.json({ url: `${ZAKEN}/zaken/${DEEL}`, hoofdzaak: `${ODVR}/zaken/${HOOFD}` })),
      http.get(`${ODVR}/zaken/${HOOFD}`, () => HttpResponse.json({ url: `${ODVR}/zaken/${HOOFD}`, omschrijving: 'Omgevingsvergunning' })),
    );
    const client = createClient({
      gateway: GATEWAY,
      token: () => 'secret',
      sources: { zaken: [ZAKEN, { url: ODVR, organisatie: 'Omgevingsdienst Voorbeeldregio' }] },
    });
    const deelzaak = await client.getUrl<{ hoofdzaak: string }>(`${ZAKEN}/zaken/${DEEL}`);
    assert.equal(client.sourceOf(deelzaak.hoofdzaak)?.organisatie, 'Omgevingsdienst Voorbeeldregio');
    assert.equal((await client.getUrl<{ omschrijving: string }>(deelzaak.hoofdzaak)).omschrijving, 'Omgevingsvergunning');
    assert.deepEqual(
      requests.map((request) => [request.url, request.headers['authorization'], request.headers['accept-crs']]),
      [
        [`${ZAKEN}/zaken/${DEEL}`, 'Bearer secret', 'EPSG:4326'],
        [`${ODVR}/zaken/${HOOFD}`, 'Bearer secret', 'EPSG:4326'],
      ],
    );
    // Paths still go to the primary source.
    server.use(http.get(`${ZAKEN}/zaken`, () => HttpResponse.json({ count: 0, next: null, results: [] })));
    await client.list('zaken', '/zaken');
    assert.equal(requests.at(-1)?.url, `${ZAKEN}/zaken`);
  });

  test('a redirect to an origin outside the sources is refused: nothing sent there, no credentials follow', async () => {
    server.use(
      evilHandler,
      http.get(`${ZAKEN}/zaken/${DEEL}`, () => new HttpResponse(null, { status: 302, headers: { Location: `${EVIL}/steal` } })),
      http.post(`${ZAKEN}/zaken/_zoek`, () => new HttpResponse(null, { status: 307, headers: { Location: `${EVIL}/zaken/_zoek` } })),
      http.get(
        `${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/${DEEL}/download`,
        () => new HttpResponse(null, { status: 301, headers: { Location: '//evil.example/file.pdf' } }),
      ),
      http.get(`${ZAKEN}/statussen/${DEEL}`, () => new HttpResponse(null, { status: 302, headers: { Location: `${GATEWAY}/catalogi/api/v1/statustypen/1` } })),
      http.get(`${GATEWAY}/catalogi/api/v1/statustypen/1`, () => HttpResponse.json({ url: `${GATEWAY}/catalogi/api/v1/statustypen/1` })),
    );
    const client = createClient({ gateway: GATEWAY, token: () => 'secret' });
    await assert.rejects(client.getUrl(`${ZAKEN}/zaken/${DEEL}`), UnconfiguredOriginError);
    await assert.rejects(client.post('zaken', '/zaken/_zoek', { uuid__in: [DEEL] }), UnconfiguredOriginError);
    await assert.rejects(client.getResponse(`${GATEWAY}/documenten/api/v1/enkelvoudiginformatieobjecten/${DEEL}/download`), UnconfiguredOriginError);
    assertNothingSentOutside();
    // A redirect within the sources is followed, with the token (it stays on a configured origin).
    assert.deepEqual(await client.getUrl(`${ZAKEN}/statussen/${DEEL}`), { url: `${GATEWAY}/catalogi/api/v1/statustypen/1` });
    assert.equal(requests.at(-1)?.url, `${GATEWAY}/catalogi/api/v1/statustypen/1`);
    assert.equal(requests.at(-1)?.headers['authorization'], 'Bearer secret');
  });

  test('a redirect loop stops with InvalidResponseError', async () => {
    server.use(
      http.get(`${ZAKEN}/zaken/:id`, ({ params }) => new HttpResponse(null, { status: 302, headers: { Location: `${ZAKEN}/zaken/${String(params.id)}x` } })),
    );
    await assert.rejects(createClient({ gateway: GATEWAY }).getUrl(`${ZAKEN}/zaken/a`), { kind: 'invalid-response' });
    assert.equal(requests.length, 6);
  });
});

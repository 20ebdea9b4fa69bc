// listZaakDocumenten and downloadDocument: the mock's fixtures, the visibility rules as a matrix, the
// _zoek batch size and its fallback, pagination, every error kind, abort, and foreign URLs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import { fixtureDocumenten, fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import {
  downloadDocument,
  listZaakDocumenten,
  NotFoundError,
  UnconfiguredOriginError,
  VERTROUWELIJKHEIDAANDUIDINGEN,
  withinVertrouwelijkheid,
  type DocumentView,
  type Vertrouwelijkheidaanduiding,
} from '@klantbeeld/core';
import { FOREIGN_ORIGIN, ORIGIN, gatewayClient, sentTo, settled, useMockServer } from './zgw-helpers.js';
import { assertErrorKinds, FAILURE_KINDS, problem } from './failure-kinds.js';
import { pagedAnswer } from './paged-answer.js';

const { requests, mock, server } = useMockServer();
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const DOCUMENTEN = `${ORIGIN}/documenten/api/v1`;
const CATALOGI = `${ORIGIN}/catalogi/api/v1`;
const ZOEK = `${DOCUMENTEN}/enkelvoudiginformatieobjecten/_zoek`;
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const eioUrl = (uuid: string) => `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${uuid}`;
const titels = (documents: readonly DocumentView[]) => documents.map((document) => document.titel);

describe('listZaakDocumenten against the mock API', () => {
  test('default openbaar: only definitief, shown-to-initiator documents; one _zoek for the whole zaak', async () => {
    const api = mock();
    const client = gatewayClient();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    const documents = await listZaakDocumenten(client, dakkapel);
    assert.deepEqual(titels(documents), ['Bouwtekening dakkapel achterzijde', 'Situatietekening (op papier ontvangen)', 'Besluit verdaging beslistermijn']);

    // Received on paper: no size, no format, nothing to download.
    const paper = documents[1];
    assert.equal(paper?.bestandsomvang, undefined);
    assert.equal(paper?.formaat, undefined);
    assert.equal(paper?.downloadUrl, undefined);

    await settled();
    const sent = [...requests];
    const eio = (await (await fetch(eioUrl(fixtureDocumenten.bouwtekening))).json()) as Record<string, unknown>;
    assert.deepEqual(documents[0], {
      url: eioUrl(fixtureDocumenten.bouwtekening),
      uuid: fixtureDocumenten.bouwtekening,
      titel: 'Bouwtekening dakkapel achterzijde',
      beschrijving: 'Aanzichten en doorsnede, schaal 1:50.',
      informatieobjecttype: { url: eio.informatieobjecttype, omschrijving: 'Bouwtekening' },
      vertrouwelijkheidaanduiding: 'openbaar',
      creatiedatum: '2026-09-22',
      formaat: 'application/pdf',
      bestandsomvang: eio.bestandsomvang,
      bestandsnaam: 'bouwtekening-dakkapel.pdf',
      downloadUrl: `${eioUrl(fixtureDocumenten.bouwtekening)}/download`,
    });
    const zoek = sentTo(sent, ZOEK, 'POST');
    assert.equal(zoek.length, 1);
    assert.equal(zoek[0]?.headers['content-type'], 'application/json');
    const body = JSON.parse(zoek[0]?.body ?? '{}') as { uuid__in: string[] };
    assert.deepEqual(Object.keys(body), ['uuid__in']);
    assert.equal(body.uuid__in.length, 7);
    assert.ok(body.uuid__in.includes(fixtureDocumenten.notitieConstructeur));
    // 1 ZIO list + 1 _zoek + the informatieobjecttypen of the visible documents (tekening, besluit); no BSN anywhere.
    assert.equal(sent.length, 4);
    assert.deepEqual(
      sentTo(sent, `${ZAKEN}/zaakinformatieobjecten`).map((r) => new URL(r.url).searchParams.get('zaak')),
      [dakkapel],
    );
    assert.equal(sentTo(sent, `${CATALOGI}/informatieobjecttypen/`).length, 2);
    assert.ok(sent.every((request) => !/999993653|inpBsn/.test(request.url + request.body)));

    // Catalogi is cached for the client's lifetime; the ZIO list for listMaxAge.
    requests.length = 0;
    await listZaakDocumenten(client, dakkapel);
    assert.equal(sentTo(requests, CATALOGI).length, 0);
  });

  test('maxVertrouwelijkheid widens the set; status and tonenAanInitiator still hide', async () => {
    const api = mock();
    const client = gatewayClient();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    const all = await listZaakDocumenten(client, dakkapel, { maxVertrouwelijkheid: 'zeer_geheim' });
    assert.deepEqual(titels(all), [
      'Aanvraag omgevingsvergunning dakkapel',
      'Bouwtekening dakkapel achterzijde',
      'Situatietekening (op papier ontvangen)',
      'Besluit verdaging beslistermijn',
    ]);
    const tozo = await listZaakDocumenten(client, { url: zaakUrl(api, fixtureZaken.jansen.tozo) }, { maxVertrouwelijkheid: 'confidentieel' });
    // vertrouwelijk and confidentieel in, geheim out; the blank-status brief out.
    assert.deepEqual(titels(tozo), [
      'Aanvraag Tozo-uitkering levensonderhoud',
      'Besluit voorschot Tozo-uitkering',
      'Jaaropgave 2020',
      'Besluit toekenning Tozo-uitkering',
      'Besluit vaststelling Tozo-uitkering',
    ]);
    await assert.rejects(listZaakDocumenten(client, dakkapel, { maxVertrouwelijkheid: 'Openbaar' as Vertrouwelijkheidaanduiding }), TypeError);
  });

  test('empty: a zaak without documents costs one request; another resident’s zaak has none', async () => {
    const api = mock();
    const client = gatewayClient();
    assert.deepEqual(await listZaakDocumenten(client, zaakUrl(api, fixtureZaken.jansen.lantaarnpaal)), []);
    assert.equal(requests.length, 1);
    assert.deepEqual(await listZaakDocumenten(client, zaakUrl(api, fixtureZaken['de-vries'].schuldhulpverlening), { maxVertrouwelijkheid: 'zeer_geheim' }), []);
    await assert.rejects(listZaakDocumenten(client, ''), NotFoundError);
  });

  test('pagination: _zoek pages are POSTed again with the same body (3 pages with pageSize 3)', async () => {
    const api = mock({ pageSize: 3 });
    const client = gatewayClient();
    const documents = await listZaakDocumenten(client, zaakUrl(api, fixtureZaken.jansen.dakkapel), { maxVertrouwelijkheid: 'zeer_geheim' });
    assert.equal(documents.length, 4);
    await settled();
    const zoek = sentTo(requests, ZOEK, 'POST');
    assert.deepEqual(
      zoek.map((request) => new URL(request.url).searchParams.get('page')),
      [null, '2', '3'],
    );
    assert.equal(new Set(zoek.map((request) => request.body)).size, 1);
  });

  test('the resident’s other zaken: every visible document of Jansen, each with a working download link', async () => {
    const api = mock();
    const client = gatewayClient();
    const documents = (await Promise.all(Object.values(fixtureZaken.jansen).map((uuid) => listZaakDocumenten(client, zaakUrl(api, uuid))))).flat();
    assert.deepEqual(new Set(documents.map((document) => document.vertrouwelijkheidaanduiding)), new Set(['openbaar']));
    assert.ok(!documents.some((document) => document.uuid === fixtureDocumenten.conceptbesluitParkeervergunning));
    assert.ok(!documents.some((document) => document.uuid === fixtureDocumenten.bevestigingAdreswijziging));
    assert.ok(documents.some((document) => document.uuid === fixtureDocumenten.fotoStoeptegels && document.formaat === 'image/svg+xml'));
  });
});

/** A synthetic Zaken + Documenten backend with `documents` linked to one zaak, paging _zoek by `pageSize`. */
function syntheticBackend(documents: Record<string, unknown>[], options: { pageSize?: number; zoek?: 'ok' | 404 | 405 } = {}) {
  const zaak = `${ZAKEN}/zaken/11111111-1111-4111-8111-111111111111`;
  const iot = `${CATALOGI}/informatieobjecttypen/22222222-2222-4222-8222-222222222222`;
  const full = documents.map((fields, index) => ({
    url: eioUrl(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    titel: `Document ${index}`,
    creatiedatum: '2026-01-01',
    informatieobjecttype: iot,
    vertrouwelijkheidaanduiding: 'openbaar',
    status: 'definitief',
    formaat: 'application/pdf',
    bestandsomvang: 10,
    inhoud: 'x',
    ...fields,
  }));
  const pageSize = options.pageSize ?? 100;
  const handlers = [
    http.get(`${ZAKEN}/zaakinformatieobjecten`, () =>
      HttpResponse.json(full.map((eio) => ({ url: `${ZAKEN}/zaakinformatieobjecten/x`, zaak, informatieobject: eio.url }))),
    ),
    http.post(ZOEK, async ({ request }) => {
      if (options.zoek === 404 || options.zoek === 405) {
        return HttpResponse.json({ status: options.zoek, code: 'x' }, { status: options.zoek, headers: { 'Content-Type': 'application/problem+json' } });
      }
      const { uuid__in: uuids } = (await request.json()) as { uuid__in: string[] };
      return pagedAnswer(
        request,
        full.filter((eio) => uuids.includes(eio.url.slice(eio.url.lastIndexOf('/') + 1))),
        pageSize,
      );
    }),
    http.get(`${DOCUMENTEN}/enkelvoudiginformatieobjecten/:uuid`, ({ request }) => {
      const found = full.find((eio) => eio.url === request.url);
      return found ? HttpResponse.json(found) : HttpResponse.json({ status: 404 }, { status: 404 });
    }),
    http.get(iot, () => HttpResponse.json({ url: iot, omschrijving: 'Brief' })),
  ];
  return { zaak, full, handlers };
}

describe('visibility', () => {
  test('matrix: every vertrouwelijkheidaanduiding × every maximum, × status × tonenAanInitiator', async () => {
    const statuses = ['definitief', 'concept', 'in_bewerking', 'ter_vaststelling', 'vastgesteld', 'gearchiveerd', '', undefined];
    const tonen = [true, false, undefined];
    const levels = [...VERTROUWELIJKHEIDAANDUIDINGEN, '', 'GEHEIM', undefined];
    const combos: Record<string, unknown>[] = [];
    for (const vertrouwelijkheidaanduiding of levels) {
      for (const status of statuses) {
        for (const tonenAanInitiator of tonen) {
          const fields: Record<string, unknown> = { vertrouwelijkheidaanduiding, status };
          if (tonenAanInitiator !== undefined) fields.tonenAanInitiator = tonenAanInitiator;
          combos.push(fields);
        }
      }
    }
    const backend = syntheticBackend(combos, { pageSize: 500 });
    mock({}, ...backend.handlers);
    for (const max of VERTROUWELIJKHEIDAANDUIDINGEN) {
      const client = gatewayClient();
      const shown = new Set((await listZaakDocumenten(client, backend.zaak, { maxVertrouwelijkheid: max })).map((document) => document.url));
      const rank = VERTROUWELIJKHEIDAANDUIDINGEN.indexOf(max);
      backend.full.forEach((eio, index) => {
        const level = VERTROUWELIJKHEIDAANDUIDINGEN.indexOf(eio.vertrouwelijkheidaanduiding as Vertrouwelijkheidaanduiding);
        const expected = level >= 0 && level <= rank && eio.status === 'definitief' && (eio as { tonenAanInitiator?: boolean }).tonenAanInitiator !== false;
        assert.equal(shown.has(eio.url), expected, `max ${max}, document ${index}: ${JSON.stringify(combos[index])}`);
      });
      assert.equal(shown.size, (rank + 1) * 2, `max ${max}: definitief × (true, absent) per level`);
    }
    assert.equal(withinVertrouwelijkheid('intern', 'beperkt_openbaar'), false);
    assert.equal(withinVertrouwelijkheid('beperkt_openbaar', 'intern'), true);
  });

  test('a link of another zaak, a duplicate link and a document at an unconfigured origin are left out, the last unrequested', async () => {
    const backend = syntheticBackend([{}, {}]);
    mock({}, ...backend.handlers);
    const foreign = `${FOREIGN_ORIGIN}/documenten/api/v1/enkelvoudiginformatieobjecten/33333333-3333-4333-8333-333333333333`;
    server.use(
      http.get(`${ZAKEN}/zaakinformatieobjecten`, () =>
        HttpResponse.json([
          { zaak: backend.zaak, informatieobject: backend.full[0]?.url },
          { zaak: backend.zaak, informatieobject: backend.full[0]?.url },
          { zaak: `${ZAKEN}/zaken/andere`, informatieobject: backend.full[1]?.url },
          { zaak: backend.zaak, informatieobject: foreign },
          { zaak: backend.zaak },
          null,
          'zio',
        ]),
      ),
    );
    const documents = await listZaakDocumenten(gatewayClient({ token: () => 'geheim-token' }), backend.zaak);
    assert.deepEqual(
      documents.map((document) => document.url),
      [backend.full[0]?.url],
    );
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
    await settled();
    assert.deepEqual(JSON.parse(sentTo(requests, ZOEK)[0]?.body ?? '{}'), { uuid__in: [backend.full[0]?.url.split('/').pop()] });
  });

  test('garbage in documents gives sane view models or leaves them out, never a TypeError', async () => {
    const backend = syntheticBackend([
      { titel: 42, formaat: { x: 1 }, bestandsomvang: -3, creatiedatum: null, informatieobjecttype: 7 },
      { bestandsomvang: 1.5, beschrijving: ['a'], bestandsnaam: 'brief.pdf', titel: '' },
      { inhoud: null, bestandsomvang: null },
      { bestandsomvang: 0 },
    ]);
    mock({}, ...backend.handlers);
    server.use(http.post(ZOEK, () => HttpResponse.json({ count: 6, next: null, results: [...backend.full, null, { url: 12 }, 'eio'] })));
    const documents = await listZaakDocumenten(gatewayClient(), backend.zaak);
    assert.equal(documents.length, 4);
    assert.deepEqual(documents[0], {
      url: backend.full[0]?.url,
      uuid: '00000000-0000-4000-8000-000000000000',
      titel: '',
      vertrouwelijkheidaanduiding: 'openbaar',
      creatiedatum: '',
      downloadUrl: `${backend.full[0]?.url}/download`,
    });
    assert.equal(documents[1]?.titel, 'brief.pdf');
    assert.equal(documents[1]?.bestandsomvang, undefined);
    assert.equal(documents[2]?.downloadUrl, undefined);
    assert.equal(documents[3]?.downloadUrl, undefined, 'an empty file has nothing to download');
  });
});

describe('batching and fallback', () => {
  test('250 documents → 3 _zoek calls of 100, 100 and 50 UUIDs', async () => {
    const backend = syntheticBackend(Array.from({ length: 250 }, () => ({})));
    mock({}, ...backend.handlers);
    const documents = await listZaakDocumenten(gatewayClient(), backend.zaak);
    assert.equal(documents.length, 250);
    assert.deepEqual(
      documents.map((document) => document.url),
      backend.full.map((eio) => eio.url),
    );
    await settled();
    const sizes = sentTo(requests, ZOEK, 'POST').map((request) => (JSON.parse(request.body) as { uuid__in: string[] }).uuid__in.length);
    assert.deepEqual(sizes, [100, 100, 50]);
    assert.equal(sentTo(requests, `${DOCUMENTEN}/enkelvoudiginformatieobjecten/`, 'GET').length, 0);
  });

  for (const status of [404, 405] as const) {
    test(`_zoek answered ${status}: per-URL GETs, and the client remembers until reset()`, async () => {
      const backend = syntheticBackend([{}, {}, { status: 'concept' }], { zoek: status });
      mock({}, ...backend.handlers);
      const client = gatewayClient();
      assert.equal((await listZaakDocumenten(client, backend.zaak)).length, 2);
      assert.equal(sentTo(requests, ZOEK).length, 1);
      assert.equal(sentTo(requests, `${DOCUMENTEN}/enkelvoudiginformatieobjecten/0`, 'GET').length, 3);
      requests.length = 0;
      client.invalidate(`${ZAKEN}/zaakinformatieobjecten`);
      assert.equal((await listZaakDocumenten(client, backend.zaak)).length, 2);
      assert.equal(sentTo(requests, ZOEK).length, 0);
      client.reset();
      requests.length = 0;
      await listZaakDocumenten(client, backend.zaak);
      assert.equal(sentTo(requests, ZOEK).length, 1);
    });
  }
});

describe('errors', () => {
  test('each error kind of the zaakinformatieobjecten request', async () => {
    const api = mock();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    await assertErrorKinds(
      (resolver) => server.use(http.get(`${ZAKEN}/zaakinformatieobjecten`, resolver)),
      () => listZaakDocumenten(gatewayClient(), dakkapel),
      [
        ...FAILURE_KINDS,
        [problem(404), 'not-found'],
        [problem(429), 'rate-limited'],
        [() => HttpResponse.json({ niet: 'een lijst' }), 'invalid-response'],
        [() => new HttpResponse('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }), 'invalid-response'],
      ],
    );
    server.use(http.get(`${ZAKEN}/zaakinformatieobjecten`, () => delay('infinite')));
    await assert.rejects(listZaakDocumenten(gatewayClient({ timeout: 30 }), dakkapel), { kind: 'timeout' });
  });

  test('each error kind of _zoek (but 404/405, which fall back), and a next link that leaves the source', async () => {
    const api = mock();
    const dakkapel = zaakUrl(api, fixtureZaken.jansen.dakkapel);
    await assertErrorKinds(
      (resolver) => server.use(http.post(ZOEK, resolver)),
      () => listZaakDocumenten(gatewayClient(), dakkapel),
      [...FAILURE_KINDS, [() => HttpResponse.json([]), 'invalid-response'], [() => HttpResponse.json({ results: [], next: 42 }), 'invalid-response']],
    );
    server.use(
      http.post(ZOEK, () =>
        HttpResponse.json({ count: 9, next: `${FOREIGN_ORIGIN}/documenten/api/v1/enkelvoudiginformatieobjecten/_zoek?page=2`, results: [] }),
      ),
    );
    await assert.rejects(listZaakDocumenten(gatewayClient({ token: () => 't' }), dakkapel), UnconfiguredOriginError);
    server.use(http.post(ZOEK, ({ request }) => HttpResponse.json({ count: 9, next: request.url, results: [] })));
    await assert.rejects(listZaakDocumenten(gatewayClient(), dakkapel), { kind: 'invalid-response' });
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
  });

  test('a document that is gone (404 on its own GET) is left out; 500 propagates', async () => {
    const backend = syntheticBackend([{}, {}], { zoek: 405 });
    mock({}, ...backend.handlers);
    server.use(http.get(backend.full[1]?.url ?? '', problem(404)));
    assert.equal((await listZaakDocumenten(gatewayClient(), backend.zaak)).length, 1);
    server.use(http.get(backend.full[1]?.url ?? '', problem(500)));
    await assert.rejects(listZaakDocumenten(gatewayClient(), backend.zaak), { kind: 'server' });
  });

  test('an informatieobjecttype that is gone or unconfigured leaves the kind out', async () => {
    const backend = syntheticBackend([{}, { informatieobjecttype: `${FOREIGN_ORIGIN}/catalogi/api/v1/informatieobjecttypen/1` }]);
    mock({}, ...backend.handlers);
    server.use(http.get(`${CATALOGI}/informatieobjecttypen/:uuid`, problem(404)));
    const documents = await listZaakDocumenten(gatewayClient(), backend.zaak);
    assert.deepEqual(
      documents.map((document) => document.informatieobjecttype),
      [undefined, undefined],
    );
    assert.deepEqual(sentTo(requests, FOREIGN_ORIGIN), []);
  });
});

describe('abort', () => {
  test('aborting while _zoek is in flight rejects with the abort reason', async () => {
    const api = mock();
    const controller = new AbortController();
    server.use(
      http.post(ZOEK, async () => {
        controller.abort(new DOMException('Weg', 'AbortError'));
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await assert.rejects(listZaakDocumenten(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.dakkapel), { signal: controller.signal }), {
      name: 'AbortError',
      message: 'Weg',
    });
  });

  test('an aborted signal sends nothing', async () => {
    const api = mock();
    await assert.rejects(listZaakDocumenten(gatewayClient(), zaakUrl(api, fixtureZaken.jansen.dakkapel), { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.equal(requests.length, 0);
  });
});

describe('downloadDocument', () => {
  test('downloads through the configured source, typed with the document’s formaat', async () => {
    const api = mock();
    const client = gatewayClient({ token: () => 'sessie' });
    const [bouwtekening] = await listZaakDocumenten(client, zaakUrl(api, fixtureZaken.jansen.dakkapel));
    assert.ok(bouwtekening);
    requests.length = 0;
    const blob = await downloadDocument(client, bouwtekening);
    assert.equal(blob.size, bouwtekening.bestandsomvang);
    assert.equal(blob.type, 'application/pdf');
    assert.equal(new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer()), '%PDF-');
    assert.deepEqual(
      requests.map((request) => [request.method, request.url, request.headers.authorization]),
      [['GET', bouwtekening.downloadUrl, 'Bearer sessie']],
    );
    // By URL: the server's generic type stays.
    const byUrl = await downloadDocument(client, bouwtekening.url);
    assert.equal(byUrl.size, blob.size);
    assert.equal(byUrl.type, 'application/octet-stream');
  });

  test('without content → NotFoundError, unrequested; at an unconfigured origin → UnconfiguredOriginError, unrequested; 404 → NotFoundError', async () => {
    const api = mock();
    const client = gatewayClient();
    const documents = await listZaakDocumenten(client, zaakUrl(api, fixtureZaken.jansen.dakkapel));
    const paper = documents.find((document) => document.uuid === fixtureDocumenten.situatietekening);
    assert.ok(paper);
    requests.length = 0;
    await assert.rejects(downloadDocument(client, paper), NotFoundError);
    const foreign = { ...paper, url: `${FOREIGN_ORIGIN}/documenten/api/v1/enkelvoudiginformatieobjecten/x`, downloadUrl: `${FOREIGN_ORIGIN}/x/download` };
    await assert.rejects(downloadDocument(client, foreign), UnconfiguredOriginError);
    assert.equal(requests.length, 0);
    await assert.rejects(downloadDocument(client, paper.url), NotFoundError);
  });

  test('abort during the download', async () => {
    mock();
    const controller = new AbortController();
    server.use(
      http.get(`${DOCUMENTEN}/enkelvoudiginformatieobjecten/:uuid/download`, async () => {
        controller.abort();
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    await assert.rejects(downloadDocument(gatewayClient(), eioUrl(fixtureDocumenten.bouwtekening), { signal: controller.signal }), { name: 'AbortError' });
  });
});

/**
 * The mock behaves like Open Zaak behind a gateway: pagination, conditional requests, CRS headers,
 * errors, expand (incl. the no-expand and dropped-expand modes), resident scoping, filters, seeding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi, fixtureZaken, residents, ZAKEN_API_VERSION, CATALOGI_API_VERSION } from '../src/index.js';
import { interceptRequests, request, zoek } from './client.js';

const { use } = interceptRequests();

function mockWith(options: Parameters<typeof createMockApi>[0] = {}) {
  const mock = createMockApi(options);
  use(mock);
  return mock;
}

const zaakUrl = (mock: { urls: { zaken: string } }, uuid: string) => `${mock.urls.zaken}/zaken/${uuid}`;

describe('pagination', () => {
  it('follows absolute `next` links over more than 3 pages with pageSize', async () => {
    const mock = mockWith();
    const first = `${mock.urls.zaken}/zaken?pageSize=2&ordering=-startdatum`;
    const seen: string[] = [];
    const pages: any[] = [];
    for (let url: string | null = first; url;) {
      const { response, body } = await request(url);
      assert.equal(response.status, 200);
      pages.push(body);
      seen.push(...body.results.map((z: any) => z.uuid));
      url = body.next;
    }
    assert.equal(pages.length, 4);
    assert.equal(seen.length, 8);
    assert.equal(new Set(seen).size, 8);
    assert.equal(pages[0].count, 8);
    assert.equal(pages[0].previous, null);
    assert.equal(pages[0].next, `${mock.urls.zaken}/zaken?pageSize=2&ordering=-startdatum&page=2`);
    // `previous` of page 2 drops `page`, like DRF; later pages point one back.
    assert.equal(pages[1].previous, first);
    assert.equal(pages[3].previous, `${mock.urls.zaken}/zaken?pageSize=2&ordering=-startdatum&page=3`);
    assert.equal(pages[3].next, null);
  });

  it('uses the configured default page size, caps pageSize at 500, and 404s pages out of range', async () => {
    const mock = mockWith({ pageSize: 3 });
    const { body } = await request(`${mock.urls.zaken}/zaken`);
    assert.equal(body.results.length, 3);
    assert.match(body.next, /page=2$/);

    mock.seedZaken('jansen', 600);
    const big = await request(`${mock.urls.zaken}/zaken?pageSize=1000`);
    assert.equal(big.body.count, 600);
    assert.equal(big.body.results.length, 500);

    const outOfRange = await request(`${mock.urls.zaken}/zaken?page=999`);
    assert.equal(outOfRange.response.status, 404);
    assert.equal(outOfRange.body.detail, 'Ongeldige pagina.');
  });
});

describe('headers and conditional requests', () => {
  it('sends API-version per API and Content-Crs on /zaken', async () => {
    const mock = mockWith();
    const zaken = await request(`${mock.urls.zaken}/zaken`);
    assert.equal(zaken.response.headers.get('API-version'), ZAKEN_API_VERSION);
    assert.equal(zaken.response.headers.get('Content-Crs'), 'EPSG:4326');
    const statussen = await request(`${mock.urls.zaken}/statussen`);
    assert.equal(statussen.response.headers.get('API-version'), '1.5.1');
    assert.equal(statussen.response.headers.get('Content-Crs'), null);
    const zaaktype = await request(zaken.body.results[0].zaaktype);
    assert.equal(zaaktype.response.headers.get('API-version'), CATALOGI_API_VERSION);
    assert.equal(CATALOGI_API_VERSION, '1.3.1');
  });

  it('ETag on details, 304 for a matching If-None-Match, and HEAD without body', async () => {
    const mock = mockWith();
    const url = zaakUrl(mock, fixtureZaken.jansen.parkeervergunning);
    const first = await request(url);
    const etag = first.response.headers.get('ETag');
    assert.match(etag ?? '', /^"[0-9a-f]{32}"$/);
    assert.equal((await request(url)).response.headers.get('ETag'), etag, 'stable');

    const notModified = await request(url, { headers: { 'If-None-Match': `"other", ${etag}` } });
    assert.equal(notModified.response.status, 304);
    assert.equal(notModified.body, undefined);
    assert.equal(notModified.response.headers.get('ETag'), etag);
    assert.equal((await request(url, { headers: { 'If-None-Match': '"stale"' } })).response.status, 200);

    const expanded = await request(`${url}?expand=zaaktype`);
    assert.notEqual(expanded.response.headers.get('ETag'), etag, 'another representation, another ETag');

    const head = await fetch(url, { method: 'HEAD', headers: { 'Accept-Crs': 'EPSG:4326' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('ETag'), etag);
    assert.equal(await head.text(), '');

    const catalogi = await request(first.body.zaaktype);
    assert.ok(catalogi.response.headers.get('ETag'));
    const status = await request(first.body.status);
    assert.ok(status.response.headers.get('ETag'));
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).response.headers.get('ETag'), null, 'lists have no ETag');
  });

  it('412 without Accept-Crs on /zaken list, detail and _zoek; _zoek also needs Content-Crs', async () => {
    const mock = mockWith();
    for (const url of [`${mock.urls.zaken}/zaken`, zaakUrl(mock, fixtureZaken.jansen.tozo)]) {
      const response = await fetch(url);
      assert.equal(response.status, 412, url);
      const body = await response.json();
      assert.equal(body.code, 'precondition_failed');
      assert.equal(body.detail, "'Accept-Crs' header ontbreekt");
    }
    const zoekWithout = await fetch(`${mock.urls.zaken}/zaken/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Crs': 'EPSG:4326' },
      body: '{}',
    });
    assert.equal(zoekWithout.status, 412);
    const noContentCrs = await fetch(`${mock.urls.zaken}/zaken/_zoek`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Crs': 'EPSG:4326' },
      body: '{}',
    });
    assert.equal(noContentCrs.status, 412);
    assert.equal((await noContentCrs.json()).detail, "'Content-Crs' header ontbreekt");
    // Other Zaken resources do not negotiate CRS.
    assert.equal((await fetch(`${mock.urls.zaken}/statussen`)).status, 200);
  });

  it('404 problem+json for unknown uuids and paths', async () => {
    const mock = mockWith();
    for (const url of [
      zaakUrl(mock, '5f1c1c8e-0000-4000-8000-000000000000'),
      `${mock.urls.zaken}/rollen/5f1c1c8e-0000-4000-8000-000000000000`,
      `${mock.urls.catalogi}/statustypen/5f1c1c8e-0000-4000-8000-000000000000`,
      `${mock.urls.zaken}/bestaat-niet`,
    ]) {
      const { response, body } = await request(url);
      assert.equal(response.status, 404, url);
      assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
      assert.deepEqual(Object.keys(body).sort(), ['code', 'detail', 'instance', 'status', 'title', 'type']);
      assert.equal(body.code, 'not_found');
    }
  });
});

describe('expand', () => {
  it('puts related resources under _expand, with nested _expand per level', async () => {
    const mock = mockWith();
    const expand = 'zaaktype,status.statustype,rollen.roltype,deelzaken.status.statustype,deelzaken.zaaktype';
    const { body: zaak } = await request(`${zaakUrl(mock, fixtureZaken.jansen.dakkapel)}?expand=${expand}`);
    const e = zaak._expand;
    assert.equal(e.zaaktype.url, zaak.zaaktype);
    assert.equal(e.status.url, zaak.status);
    assert.equal(e.status._expand.statustype.url, e.status.statustype);
    assert.equal(e.status._expand.statustype.omschrijving, 'Advies gevraagd');
    assert.equal(e.rollen.length, zaak.rollen.length);
    for (const rol of e.rollen) assert.equal(rol._expand.roltype.url, rol.roltype);
    assert.equal(e.deelzaken.length, 1);
    assert.equal(e.deelzaken[0].url, zaak.deelzaken[0]);
    assert.equal(e.deelzaken[0]._expand.status._expand.statustype.url, e.deelzaken[0]._expand.status.statustype);
    assert.equal(e.deelzaken[0]._expand.zaaktype.identificatie, 'ZT-ODV-ADVIES-RK');
    assert.ok(!('resultaat' in e), 'not requested');

    const { body: deelzaak } = await request(`${zaakUrl(mock, fixtureZaken.jansen.adviesDakkapel)}?expand=hoofdzaak.status`);
    assert.equal(deelzaak._expand.hoofdzaak.url, zaak.url);
    assert.equal(deelzaak._expand.hoofdzaak._expand.status.url, zaak.status);
  });

  it('resultaat.resultaattype on a closed zaak; null relations are left out', async () => {
    const mock = mockWith();
    const { body: tozo } = await request(`${zaakUrl(mock, fixtureZaken.jansen.tozo)}?expand=resultaat.resultaattype,status,hoofdzaak`);
    assert.equal(tozo._expand.resultaat._expand.resultaattype.omschrijving, 'Toegekend');
    assert.ok(!('hoofdzaak' in tozo._expand));
    const { body: lantaarnpaal } = await request(`${zaakUrl(mock, fixtureZaken.jansen.lantaarnpaal)}?expand=status.statustype,resultaat`);
    assert.equal(lantaarnpaal.status, null);
    assert.deepEqual(lantaarnpaal._expand, {});
  });

  it('works on lists and _zoek (query and body merged); detail without expand has an empty _expand, list items none', async () => {
    const mock = mockWith();
    const list = await request(`${mock.urls.zaken}/zaken?expand=zaaktype,status.statustype`);
    for (const zaak of list.body.results) {
      assert.equal(zaak._expand.zaaktype.url, zaak.zaaktype);
      if (zaak.status) assert.equal(zaak._expand.status._expand.statustype.url, zaak._expand.status.statustype);
    }
    const searched = await zoek(mock.urls.zaken, { uuid__in: [fixtureZaken.jansen.tozo], expand: ['zaaktype'] }, '?expand=rollen');
    assert.equal(searched.body.count, 1);
    assert.ok(searched.body.results[0]._expand.zaaktype);
    assert.ok(searched.body.results[0]._expand.rollen);

    const plainList = await request(`${mock.urls.zaken}/zaken`);
    assert.ok(plainList.body.results.every((z: any) => !('_expand' in z)));
    const detail = await request(zaakUrl(mock, fixtureZaken.jansen.tozo));
    assert.deepEqual(detail.body._expand, {});
  });

  it('rejects unknown names with 400 invalidParams `expand`', async () => {
    const mock = mockWith();
    const { response, body } = await request(`${mock.urls.zaken}/zaken?expand=zaaktype,zaaktype.statustypen`);
    assert.equal(response.status, 400);
    assert.deepEqual(
      body.invalidParams.map((p: any) => [p.name, p.code]),
      [['expand', 'invalid_choice']],
    );
  });

  it('expand: false answers any expand with 400 invalidParams `expand`, and works without it', async () => {
    const mock = mockWith({ expand: false });
    for (const result of [
      await request(`${mock.urls.zaken}/zaken?expand=zaaktype`),
      await request(`${zaakUrl(mock, fixtureZaken.jansen.tozo)}?expand=status`),
      await zoek(mock.urls.zaken, { expand: ['zaaktype'] }),
    ]) {
      assert.equal(result.response.status, 400);
      assert.equal(result.body.invalidParams[0].name, 'expand');
    }
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).response.status, 200);
    const detail = await request(zaakUrl(mock, fixtureZaken.jansen.tozo));
    assert.ok(!('_expand' in detail.body), 'a server without expand has no _expand');
  });

  it('dropExpand silently leaves names out', async () => {
    const mock = mockWith({ dropExpand: ['status.statustype', 'rollen'] });
    const { response, body } = await request(`${mock.urls.zaken}/zaken?expand=zaaktype,status.statustype,rollen.roltype`);
    assert.equal(response.status, 200);
    for (const zaak of body.results) {
      assert.ok(zaak._expand.zaaktype);
      assert.ok(!('rollen' in zaak._expand));
      if (zaak.status) {
        assert.equal(zaak._expand.status.url, zaak.status);
        assert.deepEqual(zaak._expand.status._expand, {});
      }
    }
  });
});

describe('resident scoping (the gateway)', () => {
  it('serves only the resident’s zaken and hides everything else as 404', async () => {
    const mock = mockWith({ resident: 'de-vries' });
    const list = await request(`${mock.urls.zaken}/zaken`);
    assert.equal(list.body.count, 3);
    const jansenZaak = zaakUrl(mock, fixtureZaken.jansen.tozo);
    assert.equal((await request(jansenZaak)).response.status, 404);
    assert.equal((await request(`${mock.urls.zaken}/statussen?zaak=${encodeURIComponent(jansenZaak)}`)).body.count, 0);
    assert.equal((await request(`${mock.urls.zaken}/rollen?zaak=${encodeURIComponent(jansenZaak)}`)).body.count, 0);
    assert.equal((await zoek(mock.urls.zaken, { uuid__in: [fixtureZaken.jansen.tozo] })).body.count, 0);

    mock.setResident('jansen');
    const { body: jansen } = await request(jansenZaak);
    assert.equal(jansen.uuid, fixtureZaken.jansen.tozo);
    mock.setResident('de-vries');
    for (const url of [jansen.status, jansen.rollen[0], jansen.resultaat]) {
      assert.equal((await request(url)).response.status, 404, url);
    }
  });

  it('never scopes by a BSN in the URL', async () => {
    const mock = mockWith({ resident: 'de-vries' });
    const { body } = await request(`${mock.urls.zaken}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999993653`);
    assert.equal(body.count, 3);
    assert.ok(body.results.every((z: any) => Object.values(fixtureZaken['de-vries']).includes(z.uuid)));
  });

  it('has an empty resident and rejects unknown ones', async () => {
    const mock = mockWith({ resident: 'leeg' });
    assert.deepEqual((await request(`${mock.urls.zaken}/zaken`)).body, { count: 0, next: null, previous: null, results: [] });
    assert.throws(() => mock.setResident('onbekend'), /Unknown resident/);
    assert.throws(() => createMockApi({ resident: 'onbekend' }), /Unknown resident/);
    assert.deepEqual(
      residents.map((r) => r.id),
      ['jansen', 'de-vries', 'leeg'],
    );
  });
});

describe('filters', () => {
  it('einddatum__isnull, identificatie, zaaktype, ordering, uuid__in', async () => {
    const mock = mockWith();
    const base = `${mock.urls.zaken}/zaken`;
    const open = (await request(`${base}?einddatum__isnull=true`)).body;
    const closed = (await request(`${base}?einddatum__isnull=false`)).body;
    assert.equal(open.count, 4);
    assert.equal(closed.count, 4);
    assert.ok(open.results.every((z: any) => z.einddatum === null));
    assert.ok(closed.results.every((z: any) => z.einddatum !== null && z.resultaat !== null));

    const byId = (await request(`${base}?identificatie=ZAAK-2026-0003561`)).body;
    assert.deepEqual(
      byId.results.map((z: any) => z.uuid),
      [fixtureZaken.jansen.dakkapel],
    );

    const zaaktype = byId.results[0].zaaktype;
    const byType = (await request(`${base}?zaaktype=${encodeURIComponent(zaaktype)}`)).body;
    assert.ok(byType.results.every((z: any) => z.zaaktype === zaaktype));

    for (const [ordering, field, descending] of [
      ['-startdatum', 'startdatum', true],
      ['startdatum', 'startdatum', false],
      ['identificatie', 'identificatie', false],
    ] as const) {
      const values = (await request(`${base}?ordering=${ordering}`)).body.results.map((z: any) => z[field]);
      const sorted = [...values].sort();
      assert.deepEqual(values, descending ? sorted.reverse() : sorted, ordering);
    }
    // PostgreSQL order: open zaken (einddatum null) first when descending.
    const byEinde = (await request(`${base}?ordering=-einddatum`)).body.results;
    assert.equal(byEinde[0].einddatum, null);

    const searched = await zoek(mock.urls.zaken, {
      uuid__in: [fixtureZaken.jansen.tozo, fixtureZaken.jansen.verhuizing],
      einddatum__isnull: false,
      ordering: ['-startdatum'],
    });
    assert.deepEqual(
      searched.body.results.map((z: any) => z.uuid),
      [fixtureZaken.jansen.verhuizing, fixtureZaken.jansen.tozo],
    );
  });

  it('rollen by omschrijvingGeneriek, statussen by zaak, catalogi by zaaktype', async () => {
    const mock = mockWith();
    const tozo = zaakUrl(mock, fixtureZaken.jansen.tozo);
    const behandelaars = (await request(`${mock.urls.zaken}/rollen?zaak=${encodeURIComponent(tozo)}&omschrijvingGeneriek=behandelaar`)).body;
    assert.deepEqual(behandelaars.results.map((r: any) => r.betrokkeneType).sort(), ['medewerker', 'organisatorische_eenheid']);
    const statussen = (await request(`${mock.urls.zaken}/statussen?zaak=${encodeURIComponent(tozo)}`)).body;
    assert.equal(statussen.count, 5);
    assert.equal(statussen.results.filter((s: any) => s.indicatieLaatstGezetteStatus).length, 1);

    const zaak = (await request(tozo)).body;
    const statustypen = (await request(`${mock.urls.catalogi}/statustypen?zaaktype=${encodeURIComponent(zaak.zaaktype)}`)).body;
    assert.deepEqual(
      statustypen.results.map((st: any) => st.volgnummer),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      statustypen.results.map((st: any) => st.isEindstatus),
      [false, false, false, false, true],
    );
    const roltypen = (await request(`${mock.urls.catalogi}/roltypen?zaaktype=${encodeURIComponent(zaak.zaaktype)}`)).body;
    assert.ok(roltypen.results.every((rt: any) => rt.zaaktype === zaak.zaaktype));
  });
});

describe('fixtures', () => {
  it('cover the edge cases the elements must render', async () => {
    const mock = mockWith();
    const all: any[] = [];
    for (const { id } of residents) {
      mock.setResident(id);
      all.push(...(await request(`${mock.urls.zaken}/zaken?expand=rollen,zaaktype`)).body.results);
    }
    const levels = new Set(all.map((z) => z.vertrouwelijkheidaanduiding));
    assert.deepEqual([...levels].sort(), [
      'beperkt_openbaar',
      'confidentieel',
      'geheim',
      'intern',
      'openbaar',
      'vertrouwelijk',
      'zaakvertrouwelijk',
      'zeer_geheim',
    ]);
    assert.ok(
      all.some((z) => z.status === null),
      'a zaak without status',
    );
    assert.ok(all.some((z) => z.hoofdzaak !== null) && all.some((z) => z.deelzaken.length > 0), 'hoofdzaak and deelzaak');
    assert.ok(
      all.some((z) => z.bronorganisatie !== all[0].bronorganisatie),
      'a zaak of another organisation',
    );
    const rollen = all.flatMap((z) => z._expand.rollen);
    assert.ok(rollen.some((r) => r.omschrijvingGeneriek === 'behandelaar' && r.betrokkeneType === 'medewerker'));
    assert.ok(rollen.some((r) => r.omschrijvingGeneriek === 'behandelaar' && r.betrokkeneType === 'organisatorische_eenheid'));
    const zaaktypen = new Set(all.filter((z) => Object.values(fixtureZaken.jansen).includes(z.uuid)).map((z) => z._expand.zaaktype.identificatie));
    assert.ok(zaaktypen.size >= 4);
    for (const zt of new Map(all.map((z) => [z.zaaktype, z._expand.zaaktype])).values()) {
      assert.ok(zt.statustypen.length >= 3 && zt.statustypen.length <= 6, zt.omschrijving);
    }
  });

  it('are stable: same URLs and bodies for every instance at the same origin', async () => {
    const a = createMockApi();
    const b = createMockApi();
    use(a);
    const first = await request(`${a.urls.zaken}/zaken?expand=rollen`);
    use(b);
    const second = await request(`${b.urls.zaken}/zaken?expand=rollen`);
    assert.deepEqual(first.body, second.body);
  });

  it('honour origin and basePath in every URL', async () => {
    const mock = mockWith({ origin: 'https://gateway.example.nl/', basePath: '/api/' });
    assert.equal(mock.urls.zaken, 'https://gateway.example.nl/api/zaken/api/v1');
    assert.equal(mock.urls.catalogi, 'https://gateway.example.nl/api/catalogi/api/v1');
    assert.equal(mock.urls.objecten, 'https://gateway.example.nl/api/objecten/api/v2');
    assert.ok(Object.values(mock.urls).every((url) => url.startsWith('https://gateway.example.nl/api/')));
    const { body } = await request(`${mock.urls.zaken}/zaken?expand=zaaktype`);
    const text = JSON.stringify(body);
    assert.ok(!text.includes('localhost'));
    assert.ok(body.results[0].url.startsWith(mock.urls.zaken));
    assert.ok(body.results[0]._expand.zaaktype.url.startsWith(mock.urls.catalogi));
  });
});

describe('seedZaken', () => {
  for (const n of [10, 100, 1000]) {
    it(`generates exactly ${n} deterministic zaken over 3 zaaktypen`, async () => {
      const mock = mockWith();
      mock.seedZaken('jansen', n);
      const { body } = await request(`${mock.urls.zaken}/zaken?pageSize=500`);
      assert.equal(body.count, n);
      const all: any[] = [...body.results];
      for (let url = body.next; url;) {
        const page = (await request(url)).body;
        all.push(...page.results);
        url = page.next;
      }
      assert.equal(new Set(all.map((z) => z.uuid)).size, n);
      assert.equal(new Set(all.map((z) => z.zaaktype)).size, 3);
      assert.ok(all.some((z) => z.einddatum === null) && all.some((z) => z.einddatum !== null));

      const again = createMockApi();
      again.seedZaken('jansen', n);
      use(again);
      const repeat = (await request(`${again.urls.zaken}/zaken?pageSize=500`)).body;
      assert.deepEqual(
        repeat.results.map((z: any) => z.uuid),
        body.results.map((z: any) => z.uuid),
      );
    });
  }

  it('replaces the resident’s zaken and can create a new resident', async () => {
    const mock = mockWith();
    mock.seedZaken('jansen', 0);
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).body.count, 0);
    mock.seedZaken('bench', 5);
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).body.count, 0, 'still serving jansen');
    mock.setResident('bench');
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).body.count, 5);
    mock.setResident('de-vries');
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).body.count, 3, 'others untouched');
    assert.throws(() => mock.seedZaken('jansen', -1), RangeError);
  });
});

describe('request log and latency', () => {
  it('records every request with method, url and lowercased headers; clearRequests empties it', async () => {
    const mock = mockWith();
    await request(`${mock.urls.zaken}/zaken?expand=zaaktype`, { headers: { 'Accept-Language': 'nl' } });
    await request(`${mock.urls.catalogi}/zaaktypen`);
    await request(`${mock.urls.zaken}/bestaat-niet`);
    assert.deepEqual(
      mock.requests.map((r) => `${r.method} ${r.url}`),
      [`GET ${mock.urls.zaken}/zaken?expand=zaaktype`, `GET ${mock.urls.catalogi}/zaaktypen`, `GET ${mock.urls.zaken}/bestaat-niet`],
    );
    assert.equal(mock.requests[0]?.headers['accept-language'], 'nl');
    assert.equal(mock.requests[0]?.headers['accept-crs'], 'EPSG:4326');
    mock.clearRequests();
    assert.equal(mock.requests.length, 0);
  });

  it('delays responses by `latency` ms', async () => {
    const mock = mockWith({ latency: 60 });
    const started = performance.now();
    await request(`${mock.urls.zaken}/zaken`);
    assert.ok(performance.now() - started >= 55);
  });
});

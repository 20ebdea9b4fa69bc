/**
 * The other half of the cross-resident suite: each subject sees ALL of their own data through the gateway,
 * measured against what the upstream itself answers for the same filters (so the scoping cannot pass by
 * denying too much). Also a write round trip on the own digitale adressen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import { withinVertrouwelijkheid, GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';
import { request } from 'undici';
import { createAuthenticator } from '../../src/proxy/upstream/auth.js';
import type { Principal } from '../../src/session/principal.js';
import { AUTH_OF, call, gatewayUrl, PUBLIC_URL } from './harness.js';
import { PRINCIPALS, startUpstreamed, type Upstreamed } from './fixture-upstream.js';
import { listAll } from './holdings.js';

type Json = Record<string, unknown>;

describe("own data through the gateway equals the upstream's answer for the subject", () => {
  let env: Upstreamed;
  const toGateway = (url: string): string => {
    for (const api of Object.keys(GATEWAY_PATHS) as ApiName[]) {
      const base = `${env.mock.url}${GATEWAY_PATHS[api]}`;
      if (url.startsWith(base)) return `${PUBLIC_URL}${GATEWAY_PATHS[api]}${url.slice(base.length)}`;
    }
    return url;
  };

  /** GET at the upstream itself with the application's credentials (the truth the gateway is measured by). */
  async function upstream(api: ApiName, pathOrUrl: string): Promise<{ status: number; json: unknown; bytes: Buffer }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${env.mock.url}${GATEWAY_PATHS[api]}${pathOrUrl}`;
    const [name, value] = await createAuthenticator(AUTH_OF[api]).header();
    const answer = await request(url, { headers: { [name]: value, 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' } });
    const bytes = Buffer.from(await answer.body.arrayBuffer());
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      json = undefined;
    }
    return { status: answer.statusCode, json, bytes };
  }
  async function upstreamAll(api: ApiName, path: string): Promise<Json[]> {
    const items: Json[] = [];
    let next: string | null = `${env.mock.url}${GATEWAY_PATHS[api]}${path}`;
    while (next) {
      const { json } = await upstream(api, next);
      if (Array.isArray(json)) return json as Json[];
      const page = json as { results: Json[]; next: string | null };
      items.push(...page.results);
      next = page.next;
    }
    return items;
  }
  const urls = (items: Json[]): string[] => items.map((i) => toGateway(String(i.url))).sort();

  before(async () => {
    env = await startUpstreamed();
  });
  after(() => env?.close());

  for (const [name, principal] of Object.entries<Principal>(PRINCIPALS)) {
    const subject = principal.subject;
    const id = subject.kind === 'persoon' ? subject.bsn : subject.kvk;
    const rolFilter =
      subject.kind === 'persoon'
        ? `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${id}`
        : `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer=${id}`;

    test(`${name}: zaken, their statussen, documents and besluiten`, async () => {
      const truth = (await upstreamAll('zaken', `/zaken?${rolFilter}`)).filter((z) => withinVertrouwelijkheid(z.vertrouwelijkheidaanduiding, 'openbaar'));
      const seen = await listAll(env.proxy, principal, gatewayUrl('zaken', '/zaken'));
      assert.deepEqual(urls(seen), urls(truth));
      if (name === 'jansen' || name === 'deVries') assert.ok(truth.length > 0);
      for (const zaak of truth) {
        const url = toGateway(String(zaak.url));
        assert.equal((await call(env.proxy, principal, 'GET', url)).status, 200, url);
        const q = `?zaak=${encodeURIComponent(String(zaak.url))}`;
        assert.deepEqual(
          urls(
            await listAll(env.proxy, principal, gatewayUrl('zaken', `/statussen${q.replace(encodeURIComponent(String(zaak.url)), encodeURIComponent(url))}`)),
          ),
          urls(await upstreamAll('zaken', `/statussen${q}`)),
        );
        for (const link of await upstreamAll('zaken', `/zaakinformatieobjecten${q}`)) {
          const document = (await upstream('documenten', String(link.informatieobject))).json as Json;
          const visible =
            document.status === 'definitief' &&
            withinVertrouwelijkheid(document.vertrouwelijkheidaanduiding, 'openbaar') &&
            document.tonenAanInitiator !== false;
          const answer = await call(env.proxy, principal, 'GET', toGateway(String(document.url)));
          assert.equal(answer.status, visible ? 200 : 404, String(document.url));
          if (!visible) continue;
          const download = await call(env.proxy, principal, 'GET', `${toGateway(String(document.url))}/download`);
          const bytes = (await upstream('documenten', `${String(document.url)}/download`)).bytes;
          assert.equal(download.status, 200);
          assert.equal(download.text, bytes.toString('utf8'));
          assert.match(download.headers['content-disposition'] ?? '', /^attachment; filename="[^"]+"; filename\*=UTF-8''/);
        }
        assert.deepEqual(
          urls(await listAll(env.proxy, principal, gatewayUrl('besluiten', `/besluiten?zaak=${encodeURIComponent(url)}`))),
          urls(await upstreamAll('besluiten', `/besluiten${q}`)),
        );
      }
    });

    test(`${name}: partij, digitale adressen, objecten, producten`, async () => {
      const partijen = await listAll(env.proxy, principal, gatewayUrl('klantinteracties', '/partijen'));
      const partij = partijen[0];
      if (subject.kind === 'persoon' && name !== 'leeg') assert.equal(partijen.length, 1);
      if (partij) {
        assert.equal(partij.interneNotitie ?? '', '');
        const truth = await upstreamAll('klantinteracties', `/digitaleadressen?verstrektDoorPartij__uuid=${String(partij.uuid)}`);
        assert.deepEqual(
          urls(await listAll(env.proxy, principal, gatewayUrl('klantinteracties', `/digitaleadressen?verstrektDoorPartij__uuid=${String(partij.uuid)}`))),
          urls(truth),
        );
      }
      const { taak, afspraak, productaanvraag, tip } = fixtureObjecten.objecttypen;
      for (const type of [taak, afspraak, productaanvraag]) {
        const typeUrl = `${env.mock.url}/objecten/api/v2/objecttypes/${type}`;
        const truth = await upstreamAll('objecten', `/objects?type=${encodeURIComponent(typeUrl)}&data_attr=identificatie__value__exact__${id}`);
        assert.deepEqual(
          urls(await listAll(env.proxy, principal, gatewayUrl('objecten', `/objects?type=${encodeURIComponent(toGateway(typeUrl))}`))),
          urls(truth),
        );
      }
      const tips = await listAll(
        env.proxy,
        principal,
        gatewayUrl('objecten', `/objects?type=${encodeURIComponent(gatewayUrl('objecten', `/objecttypes/${tip}`))}`),
      );
      assert.ok(tips.length > 0, 'tip rules are public');
      const productFilter = subject.kind === 'persoon' ? `eigenaren__bsn=${id}` : `eigenaren__kvk_nummer=${id}`;
      assert.deepEqual(
        urls(await listAll(env.proxy, principal, gatewayUrl('producten', '/producten'))),
        urls(await upstreamAll('producten', `/producten?${productFilter}`)),
      );
    });

    if (subject.kind === 'persoon') {
      test(`${name}: own BRP person and processing log`, async () => {
        const brp = await call(env.proxy, principal, 'POST', gatewayUrl('brp', '/personen'), {
          body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [id], fields: ['naam.volledigeNaam', 'geboorte.datum'] },
        });
        assert.equal(brp.status, 200);
        const personen = (brp.json as { personen: Json[] }).personen;
        if (name !== 'leeg') assert.equal(personen[0]?.burgerservicenummer, id);
        const log = await call(
          env.proxy,
          principal,
          'GET',
          gatewayUrl('verwerkingen', '/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2020-01-01&eindDatum=2030-12-31'),
        );
        assert.equal(log.status, 200, log.text);
      });
    }
  }

  test("every upstream answers the readiness probe with the gateway's credentials", async () => {
    const probed = await env.proxy.probe(AbortSignal.timeout(5000));
    assert.deepEqual(probed, Object.fromEntries(Object.keys(GATEWAY_PATHS).map((api) => [api, true])));
  });

  test('writes on the own digitale adressen: create, change, delete', async () => {
    const principal = PRINCIPALS.jansen;
    const [partij] = await listAll(env.proxy, principal, gatewayUrl('klantinteracties', '/partijen'));
    assert.ok(partij);
    const created = await call(env.proxy, principal, 'POST', gatewayUrl('klantinteracties', '/digitaleadressen'), {
      body: {
        verstrektDoorPartij: { uuid: partij.uuid },
        verstrektDoorBetrokkene: null,
        adres: 'nieuw@example.org',
        soortDigitaalAdres: 'email',
        omschrijving: 'Werk',
      },
    });
    assert.equal(created.status, 201, created.text);
    const url = String((created.json as Json).url);
    assert.ok(url.startsWith(PUBLIC_URL), url);
    const patched = await call(env.proxy, principal, 'PATCH', url, { body: { omschrijving: 'Privé' } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal((await call(env.proxy, principal, 'DELETE', url)).status, 204);
    assert.equal((await call(env.proxy, principal, 'GET', url)).status, 404);
  });
});

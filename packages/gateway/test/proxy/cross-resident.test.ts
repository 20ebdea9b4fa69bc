/**
 * Cross-resident access suite: for every path the gateway serves, one subject tries another's resources —
 * by URL, by uuid, by identificatie, through `expand`, through `zaak=` and other filters, with encoded
 * slashes, dot segments and double slashes, duplicated and conflicting query parameters, a different BSN
 * in the BRP body, writes to the other's digitaal adres, and a KvK session reaching a BSN's data. The
 * attempts are generated from the victim's real resource URLs, collected with the victim's principal.
 * Each is checked for its status AND for the absence of every identifier of the victim in the answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import type { Principal } from '../../src/session/principal.js';
import { call, gatewayUrl, PUBLIC_URL } from './harness.js';
import { PRINCIPALS, startUpstreamed, type Upstreamed } from './fixture-upstream.js';
import { collect, type Holdings } from './holdings.js';

/** What an attempt must get: 404, 400, an empty list, or anything (2xx/4xx) as long as nothing leaks. */
type Expect = 'absent' | 'refused' | 'empty' | 'no-leak';

interface Attempt {
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
  readonly expect: Expect;
}

type Json = Record<string, unknown>;
const str = (value: unknown, key: string): string => String((value as Json)[key]);
const ZAKEN = (path: string): string => gatewayUrl('zaken', path);
const q = encodeURIComponent;
const FULL_EXPAND =
  'zaaktype,status,status.statustype,resultaat,resultaat.resultaattype,rollen,rollen.roltype,zaakinformatieobjecten,eigenschappen,eigenschappen.eigenschap,' +
  'hoofdzaak,hoofdzaak.rollen,hoofdzaak.status.statustype,deelzaken,deelzaken.rollen,deelzaken.zaaktype';

/** Every attempt at `victim`'s holdings by an attacker holding `own` (an own zaak, when there is one, for conflicting parameters). */
function attemptsAt(victim: Holdings, victimId: string, own: Holdings, objecttypes: readonly string[], attackerIsCompany: boolean): Attempt[] {
  const attempts: Attempt[] = [];
  const add = (method: string, url: string, expect: Expect, body?: unknown): void => void attempts.push({ method, url, expect, body });
  const ownZaak = own.zaken[0] ? str(own.zaken[0], 'url') : undefined;
  const bsnFilter = 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn';

  for (const zaak of victim.zaken) {
    const url = str(zaak, 'url');
    const uuid = str(zaak, 'uuid');
    const identificatie = str(zaak, 'identificatie');
    add('GET', url, 'absent');
    add('GET', `${url}?expand=rollen,status.statustype,zaakinformatieobjecten`, 'absent');
    add('GET', `${url}?expand=hoofdzaak.rollen,deelzaken.rollen`, 'absent');
    add('GET', `${url}?expand=zaakobjecten`, 'refused');
    add('GET', `${url}?expand=hoofdzaak.hoofdzaak`, 'refused');
    add('GET', `${url}/besluiten`, 'absent');
    add('GET', ZAKEN(`/zaken?identificatie=${q(identificatie)}`), 'empty');
    add('GET', ZAKEN(`/zaken?identificatie=${q(identificatie)}&expand=rollen`), 'empty');
    add('GET', ZAKEN(`/zaken?identificatie=${q(identificatie)}&${bsnFilter}=${victimId}`), 'refused');
    add('GET', ZAKEN(`/zaken?identificatie=${q(identificatie)}&maximaleVertrouwelijkheidaanduiding=zeer_geheim`), 'refused');
    add('GET', ZAKEN(`/zaken?identificatie=${q(identificatie)}&identificatie=${q(identificatie)}`), 'refused');
    add('POST', ZAKEN('/zaken/_zoek'), 'empty', { uuid__in: [uuid] });
    add('POST', ZAKEN('/zaken/_zoek'), 'empty', { identificatie });
    add('POST', ZAKEN('/zaken/_zoek'), 'refused', { uuid__in: [uuid], [bsnFilter]: victimId });
    add('POST', ZAKEN('/zaken/_zoek'), 'refused', { uuid__in: [uuid], maximaleVertrouwelijkheidaanduiding: 'zeer_geheim' });
    for (const list of ['statussen', 'rollen', 'substatussen', 'zaakinformatieobjecten']) {
      add('GET', ZAKEN(`/${list}?zaak=${q(url)}`), 'absent');
      add('GET', ZAKEN(`/${list}?zaak=${q(url)}&zaak=${q(ownZaak ?? url)}`), 'refused');
    }
    add('GET', ZAKEN(`/statussen?zaak=${q(url.replace(PUBLIC_URL, PUBLIC_URL.replace('https://', 'http://')))}`), 'absent');
    add('GET', gatewayUrl('besluiten', `/besluiten?zaak=${q(url)}`), 'absent');
    add('GET', ZAKEN(`/zaken%2F${uuid}`), 'absent');
    add('GET', ZAKEN(`/zaken/${uuid}%2F..%2F${uuid}`), 'absent');
    add('GET', ZAKEN(`//zaken/${uuid}`), 'absent');
    add('GET', ZAKEN(`/zaken/./${uuid}`), 'absent');
    add('GET', ZAKEN(`/rollen/../zaken/${uuid}`), 'absent');
    add('GET', ZAKEN(`/zaken/%2e%2e/zaken/${uuid}`), 'absent');
    add('GET', ZAKEN(`/zaken/${uuid.toUpperCase()}`), 'absent');
    if (ownZaak) add('GET', `${ownZaak}/..%2F${uuid}`, 'absent');
    add(
      'GET',
      gatewayUrl(
        'klantinteracties',
        `/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${uuid}&onderwerpobject__onderwerpobjectidentificatorCodeObjecttype=zaak`,
      ),
      'no-leak',
    );
    for (const type of objecttypes.slice(0, 1))
      add('GET', gatewayUrl('objecten', `/objects?type=${q(type)}&data_attr=koppeling__uuid__exact__${uuid}`), 'no-leak');
  }
  for (const url of [...victim.statussen, ...victim.resultaten]) add('GET', url, 'absent');
  for (const url of victim.documenten) {
    const uuid = url.split('/').pop() as string;
    add('GET', url, 'absent');
    add('GET', `${url}/download`, 'absent');
    add('GET', `${url}?versie=1`, 'refused');
    add('POST', gatewayUrl('documenten', '/enkelvoudiginformatieobjecten/_zoek'), 'empty', { uuid__in: [uuid] });
  }
  for (const url of victim.besluiten) {
    add('GET', url, 'absent');
    add('GET', gatewayUrl('besluiten', `/besluitinformatieobjecten?besluit=${q(url)}`), 'absent');
  }
  if (victim.partij) {
    const url = str(victim.partij, 'url');
    const uuid = str(victim.partij, 'uuid');
    const KI = (path: string): string => gatewayUrl('klantinteracties', path);
    add('GET', url, 'absent');
    add('GET', `${url}?expand=digitaleAdressen,categorieRelaties`, 'absent');
    add('PATCH', url, 'absent', { soortPartij: victim.partij.soortPartij, voorkeurstaal: 'eng' });
    add('GET', KI(`/partijen?partijIdentificator__objectId=${victimId}`), 'refused');
    add('GET', KI(`/partijen?expand=betrokkenen.hadKlantcontact`), 'refused');
    add('GET', KI(`/digitaleadressen?verstrektDoorPartij__uuid=${uuid}`), 'empty');
    add('GET', KI(`/digitaleadressen?verstrektDoorPartij__uuid=${uuid}&verstrektDoorPartij__uuid=${own.partij ? str(own.partij, 'uuid') : uuid}`), 'refused');
    add('GET', KI(`/categorie-relaties?partij__uuid=${uuid}`), 'empty');
    add('GET', KI(`/klantcontacten?hadBetrokkene__wasPartij__uuid=${uuid}`), 'refused');
    add('POST', KI('/digitaleadressen'), 'absent', {
      verstrektDoorPartij: { uuid },
      verstrektDoorBetrokkene: null,
      adres: 'kaper@example.org',
      soortDigitaalAdres: 'email',
      omschrijving: 'x',
    });
    add('POST', KI('/digitaleadressen'), 'absent', {
      verstrektDoorPartij: { url },
      verstrektDoorBetrokkene: null,
      adres: 'kaper@example.org',
      soortDigitaalAdres: 'email',
      omschrijving: 'x',
    });
    const categorie = victim.relaties[0] ? (victim.relaties[0].categorie as Json | undefined)?.uuid : undefined;
    add('POST', KI('/categorie-relaties'), 'absent', { partij: { uuid }, categorie: { uuid: categorie ?? uuid }, beginDatum: '2026-12-07', eindDatum: null });
    for (const adres of victim.adressen) {
      add('GET', str(adres, 'url'), 'absent');
      add('PATCH', str(adres, 'url'), 'absent', { adres: 'kaper@example.org' });
      add('DELETE', str(adres, 'url'), 'absent');
      if (own.partij)
        add('PATCH', str(own.partij, 'url'), 'absent', { soortPartij: own.partij.soortPartij, voorkeursDigitaalAdres: { uuid: str(adres, 'uuid') } });
    }
    for (const relatie of victim.relaties) add('DELETE', str(relatie, 'url'), 'absent');
    for (const contact of victim.klantcontacten) add('GET', str(contact, 'url'), 'absent');
  }
  for (const object of victim.objecten) {
    add('GET', str(object, 'url'), 'absent');
    add('GET', gatewayUrl('objecten', `/objects?type=${q(str(object, 'type'))}&data_attr=identificatie__value__exact__${victimId}`), 'no-leak');
    add('GET', gatewayUrl('objecten', `/objects?type=${q(str(object, 'type'))}&data_attrs=identificatie__value__exact__${victimId}`), 'no-leak');
  }
  for (const product of victim.producten) add('GET', gatewayUrl('producten', `/producten/${str(product, 'uuid')}`), 'absent');
  const P = gatewayUrl('brp', '/personen');
  add('POST', gatewayUrl('producten', `/producten?eigenaren__bsn=${victimId}`), 'absent');
  add('GET', gatewayUrl('producten', `/producten?eigenaren__bsn=${victimId}`), 'refused');
  add('GET', gatewayUrl('producten', `/producten?eigenaren__kvk_nummer=${victimId}`), 'refused');
  add('GET', gatewayUrl('producten', '/producten'), 'no-leak');
  add('POST', P, 'absent', { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [victimId], fields: ['naam'] });
  add('POST', P, 'absent', { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [victimId, victimId], fields: ['naam'] });
  // A company session has no person at the BRP at all: absent before the body is even read.
  add('POST', P, attackerIsCompany ? 'absent' : 'refused', {
    type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
    geslachtsnaam: 'Vries',
    geboortedatum: '1980-01-01',
    fields: ['naam'],
  });
  add(
    'GET',
    gatewayUrl('verwerkingen', `/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&objectId=${victimId}&beginDatum=2020-01-01&eindDatum=2030-01-01`),
    'refused',
  );
  // The attacker's own data, expanded as far as allowed: nothing of the victim may ride along (rollen, betrokkenen, addresses).
  add('GET', gatewayUrl('zaken', '/zaken'), 'no-leak');
  add('GET', gatewayUrl('zaken', `/zaken?expand=${q(FULL_EXPAND)}`), 'no-leak');
  add('POST', ZAKEN('/zaken/_zoek'), 'no-leak', { expand: FULL_EXPAND.split(',') });
  for (const zaak of own.zaken) {
    add('GET', `${str(zaak, 'url')}?expand=${q(FULL_EXPAND)}`, 'no-leak');
    add('GET', ZAKEN(`/rollen?zaak=${q(str(zaak, 'url'))}`), 'no-leak');
  }
  add('GET', gatewayUrl('klantinteracties', '/partijen?expand=digitaleAdressen,categorieRelaties'), 'no-leak');
  add('GET', gatewayUrl('klantinteracties', '/klantcontacten?expand=hadBetrokkenen,gingOverOnderwerpobjecten,leiddeTotInterneTaken'), 'no-leak');
  return attempts;
}

/** Whether an answer is an empty list. */
const isEmptyList = (json: unknown): boolean =>
  (Array.isArray(json) && json.length === 0) ||
  (typeof json === 'object' && json !== null && Array.isArray((json as Json).results) && ((json as Json).results as unknown[]).length === 0);

describe('cross-resident access', () => {
  let env: Upstreamed;
  let objecttypes: string[];
  const holdings = new Map<string, Holdings>();
  const idOf = (p: Principal): string => (p.subject.kind === 'persoon' ? p.subject.bsn : p.subject.kvk);

  before(async () => {
    env = await startUpstreamed();
    const { taak, afspraak, productaanvraag } = fixtureObjecten.objecttypen;
    objecttypes = [taak, afspraak, productaanvraag].map((uuid) => gatewayUrl('objecten', `/objecttypes/${uuid}`));
    for (const [name, principal] of Object.entries(PRINCIPALS)) holdings.set(name, await collect(env.proxy, principal, objecttypes));
  });
  after(() => env?.close());

  test('each subject holds its own data (the suite cannot pass by denying everything)', async () => {
    const jansen = holdings.get('jansen') as Holdings;
    const deVries = holdings.get('deVries') as Holdings;
    for (const [name, h] of [
      ['jansen', jansen],
      ['deVries', deVries],
    ] as const) {
      assert.ok(h.zaken.length > 0, `${name} zaken`);
      assert.ok(h.statussen.length > 0, `${name} statussen`);
      assert.ok(h.partij, `${name} partij`);
      assert.ok(h.adressen.length > 0, `${name} digitale adressen`);
      assert.ok(h.objecten.length > 0, `${name} objecten`);
    }
    // The leak check looks for real identifiers: a BSN, zaak identificaties, a name from the BRP, an e-mail address.
    for (const h of [jansen, deVries]) {
      const ids = [...h.identifiers];
      assert.ok(h.zaken.every((z) => h.identifiers.has(String(z.identificatie)) && h.identifiers.has(String(z.uuid))));
      assert.ok(
        ids.some((id) => id.includes('@')),
        'an e-mail address',
      );
      assert.ok(
        ids.some((id) => / /.test(id)),
        'a full name',
      );
    }
    // And finds them where they are: the victim's own answer does contain them.
    const own = await call(env.proxy, PRINCIPALS.deVries, 'GET', String(deVries.zaken[0]?.url));
    assert.ok(own.text.includes(String(deVries.zaken[0]?.identificatie)));
    assert.ok(jansen.documenten.length > 0, 'jansen documenten');
    assert.ok(jansen.producten.length > 0, 'jansen producten');
    assert.equal((holdings.get('leeg') as Holdings).zaken.length, 0, 'leeg has no zaken');
  });

  test('no attempt at another subject reaches any of their data', async () => {
    const pairs: [string, string][] = [
      ['jansen', 'deVries'],
      ['deVries', 'jansen'],
      ['leeg', 'jansen'],
      ['leeg', 'deVries'],
      ['bedrijf', 'jansen'],
      ['bedrijf', 'deVries'],
      ['jansen', 'bedrijf'],
    ];
    const seen = new Set<string>();
    let leaks = 0;
    let wrongStatus = 0;
    const failures: string[] = [];
    for (const [attackerName, victimName] of pairs) {
      const attacker = PRINCIPALS[attackerName as keyof typeof PRINCIPALS];
      const victim = PRINCIPALS[victimName as keyof typeof PRINCIPALS];
      const own = holdings.get(attackerName) as Holdings;
      const theirs = holdings.get(victimName) as Holdings;
      // Identifiers the attacker legitimately shares with the victim (none expected) cannot count as a leak.
      const secrets = [...theirs.identifiers].filter((id) => id.length >= 6 && !own.identifiers.has(id));
      for (const attempt of attemptsAt(theirs, idOf(victim), own, objecttypes, attacker.subject.kind === 'organisatie')) {
        const key = `${attackerName}→${victimName} ${attempt.method} ${attempt.url} ${JSON.stringify(attempt.body ?? null)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const answer = await call(env.proxy, attacker, attempt.method, attempt.url, { body: attempt.body });
        const body = answer.text.toLowerCase();
        const leaked = secrets.filter((id) => body.includes(id.toLowerCase()));
        if (leaked.length > 0) {
          leaks++;
          failures.push(`LEAK ${key} → ${answer.status}`);
        }
        const ok =
          attempt.expect === 'absent'
            ? answer.status === 404
            : attempt.expect === 'refused'
              ? answer.status === 400
              : attempt.expect === 'empty'
                ? answer.status === 200 && isEmptyList(answer.json)
                : [200, 400, 404].includes(answer.status);
        if (!ok) {
          wrongStatus++;
          failures.push(`expected ${attempt.expect}: ${key} → ${answer.status} ${answer.text.slice(0, 160)}`);
        }
      }
    }
    console.log(`cross-resident: ${seen.size} attempts, ${leaks} leaks`);
    assert.deepEqual(failures.slice(0, 20), []);
    assert.equal(leaks, 0);
    assert.equal(wrongStatus, 0);
    assert.ok(seen.size >= 300, `${seen.size} attempts`);
  });
});

/**
 * What one subject holds, collected through the gateway with the subject's own principal: the URLs of
 * every resource the cross-resident suite then tries with another principal, and the identifiers that must
 * never appear in another subject's answers.
 * @module
 */
import type { ApiProxy } from '../../src/proxy/types.js';
import type { Principal } from '../../src/session/principal.js';
import { call, gatewayUrl } from './harness.js';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, key: string): string | undefined => (isJson(value) && typeof value[key] === 'string' ? value[key] : undefined);

/** A subject's resources (gateway URLs) and identifiers. */
export interface Holdings {
  readonly zaken: Json[];
  readonly statussen: string[];
  readonly resultaten: string[];
  readonly documenten: string[];
  readonly besluiten: string[];
  readonly partij: Json | undefined;
  readonly adressen: Json[];
  readonly relaties: Json[];
  readonly klantcontacten: Json[];
  readonly objecten: Json[];
  readonly producten: Json[];
  /** BSN/KvK, zaak identificaties and uuids, names, e-mail addresses, uuids of personal resources. */
  readonly identifiers: Set<string>;
}

/** Every item of a gateway list (following `next`, which stays on the gateway). */
export async function listAll(proxy: ApiProxy, principal: Principal, url: string): Promise<Json[]> {
  const items: Json[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < 20; page++) {
    const answer = await call(proxy, principal, 'GET', next);
    if (answer.status !== 200) throw new Error(`GET ${next} → ${answer.status}: ${answer.text.slice(0, 200)}`);
    const data = answer.json;
    if (Array.isArray(data)) return data.filter(isJson);
    if (!isJson(data) || !Array.isArray(data.results)) return items;
    items.push(...data.results.filter(isJson));
    next = typeof data.next === 'string' ? data.next : null;
  }
  return items;
}

/** Collects what `principal` holds, through the gateway. `objecttypes`: gateway URLs of the personal objecttypes. */
export async function collect(proxy: ApiProxy, principal: Principal, objecttypes: readonly string[]): Promise<Holdings> {
  const ids = new Set<string>([principal.subject.kind === 'persoon' ? principal.subject.bsn : principal.subject.kvk]);
  const zaken = await listAll(proxy, principal, gatewayUrl('zaken', '/zaken?expand=rollen'));
  const statussen: string[] = [];
  const resultaten: string[] = [];
  const documenten = new Set<string>();
  const besluiten: string[] = [];
  for (const zaak of zaken) {
    const url = str(zaak, 'url') as string;
    for (const key of ['uuid', 'identificatie'] as const) if (str(zaak, key)) ids.add(str(zaak, key) as string);
    const q = `?zaak=${encodeURIComponent(url)}`;
    statussen.push(...(await listAll(proxy, principal, gatewayUrl('zaken', `/statussen${q}`))).map((s) => str(s, 'url') as string));
    if (str(zaak, 'resultaat')) resultaten.push(str(zaak, 'resultaat') as string);
    for (const link of await listAll(proxy, principal, gatewayUrl('zaken', `/zaakinformatieobjecten${q}`))) {
      const document = str(link, 'informatieobject');
      if (document && (await call(proxy, principal, 'GET', document)).status === 200) documenten.add(document);
    }
    besluiten.push(...(await listAll(proxy, principal, gatewayUrl('besluiten', `/besluiten${q}`))).map((b) => str(b, 'url') as string));
  }
  for (const document of documenten) ids.add(document.split('/').pop() as string);
  const partijen = await listAll(proxy, principal, gatewayUrl('klantinteracties', '/partijen'));
  const partij = partijen[0];
  let adressen: Json[] = [];
  let relaties: Json[] = [];
  let klantcontacten: Json[] = [];
  if (partij) {
    ids.add(str(partij, 'uuid') as string);
    adressen = await listAll(proxy, principal, gatewayUrl('klantinteracties', `/digitaleadressen?verstrektDoorPartij__uuid=${str(partij, 'uuid')}`));
    for (const adres of adressen) if (str(adres, 'soortDigitaalAdres') === 'email') ids.add(str(adres, 'adres') as string);
    relaties = await listAll(proxy, principal, gatewayUrl('klantinteracties', `/categorie-relaties?partij__uuid=${str(partij, 'uuid')}`));
    klantcontacten = await listAll(proxy, principal, gatewayUrl('klantinteracties', '/klantcontacten'));
  }
  const objecten: Json[] = [];
  for (const type of objecttypes) objecten.push(...(await listAll(proxy, principal, gatewayUrl('objecten', `/objects?type=${encodeURIComponent(type)}`))));
  for (const object of objecten) ids.add(str(object, 'uuid') as string);
  const producten = await listAll(proxy, principal, gatewayUrl('producten', '/producten'));
  for (const product of producten) ids.add(str(product, 'uuid') as string);
  if (principal.subject.kind === 'persoon') {
    const brp = await call(proxy, principal, 'POST', gatewayUrl('brp', '/personen'), {
      body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [principal.subject.bsn], fields: ['naam.volledigeNaam'] },
    });
    const persoon = isJson(brp.json) && Array.isArray(brp.json.personen) ? brp.json.personen[0] : undefined;
    const naam = isJson(persoon) ? str(persoon.naam, 'volledigeNaam') : undefined;
    if (naam) ids.add(naam);
  }
  return {
    zaken,
    statussen,
    resultaten,
    documenten: [...documenten],
    besluiten,
    partij,
    adressen,
    relaties,
    klantcontacten,
    objecten,
    producten,
    identifiers: ids,
  };
}

/**
 * The write side of Verwerkingenlogging in the mock (bewerking API 0.9.0): a logged action is validated
 * against the official document, answered as the spec says (201, Location, the log's own ids), shows up in
 * the inzage API, is written once per Idempotency-Key, and only an application may write.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { interceptRequests } from './client.js';
import { createAjv } from './openapi/json-schema.js';
import { schemaAssertion } from './openapi/validator.js';
import { zgwHeaders } from './upstream-client.js';

const ajv = createAjv();
for (const format of ['naam', 'identificator', 'OIN']) ajv.addFormat(format, true);
ajv.addSchema(parse(readFileSync(new URL('../../../../specs/verwerkingenlogging/openapi-bewerking.yaml', import.meta.url), 'utf8')) as object, 'bewerking');
ajv.addSchema(parse(readFileSync(new URL('../../../../specs/verwerkingenlogging/openapi-inzage.yaml', import.meta.url), 'utf8')) as object, 'inzage');
const assertBewerking = schemaAssertion(ajv, (pointer) => `bewerking#${pointer}`);
const assertInzage = schemaAssertion(ajv, (pointer) => `inzage#${pointer}`);
const CREATED = '/paths/~1verwerkingsacties/post/responses/201/content/application~1json/schema';

const { mockWith } = interceptRequests();
const BSN = '999993653';

const action = (tijdstip = new Date().toISOString()) => ({
  actieNaam: 'Raadplegen zaak',
  handelingNaam: 'Inzien door betrokkene',
  verwerkingNaam: 'Inzage eigen gegevens',
  verwerkingsactiviteitId: '5f0bef4c-f66f-4311-84a5-19e8bf359eaf',
  vertrouwelijkheid: 'normaal',
  bewaartermijn: 'P1Y',
  uitvoerder: '00000001820036468000',
  systeem: 'Klantbeeld gateway',
  gebruiker: BSN,
  gegevensbron: 'Zaken API',
  tijdstip,
  verwerkteObjecten: [
    { objecttype: 'persoon', soortObjectId: 'BSN', objectId: BSN, betrokkenheid: 'Betrokkene', verwerkteSoortenGegevens: [{ soortGegeven: 'Zaak' }] },
  ],
});

async function post(base: string, body: unknown, key?: string, headers?: Record<string, string>): Promise<{ response: Response; body: any }> {
  const response = await fetch(`${base}/verwerkingsacties`, {
    method: 'POST',
    headers: { ...(headers ?? (await zgwHeaders())), 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { response, body: await response.json() };
}

async function inzage(base: string): Promise<any[]> {
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${base}/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&objectId=${BSN}&beginDatum=${today}&eindDatum=${tomorrow}`, {
    headers: await zgwHeaders(),
  });
  assert.equal(response.status, 200);
  const body = (await response.json()) as { results: any[] };
  assertInzage('/paths/~1verwerkte-objecten/get/responses/200/content/application~1json/schema', body, 'inzage list');
  return body.results;
}

describe('Verwerkingenlogging — write side', () => {
  it('creates an action as the bewerking API answers it, readable at once through the inzage API', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const base = mock.urls.verwerkingen;
    const before = await inzage(base);
    const { response, body } = await post(base, action(), 'key-1');
    assert.equal(response.status, 201);
    assertBewerking(CREATED, body, 'POST /verwerkingsacties');
    assert.equal(response.headers.get('Location'), body.url);
    assert.match(body.actieId, /^[0-9a-f-]{36}$/);
    const after = await inzage(base);
    assert.equal(after.length, before.length + 1);
    const logged = after.find((item) => item.verwerkingsactie.actieId === body.actieId);
    assert.equal(logged?.verwerkingsactie.actieNaam, 'Raadplegen zaak');
    assert.deepEqual(logged?.verwerkteSoortenGegevens, [{ soortGegeven: 'Zaak' }]);
  });

  it('writes once per Idempotency-Key: a repeated delivery gets the first answer and no second entry', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const base = mock.urls.verwerkingen;
    const first = await post(base, action(), 'same-key');
    const again = await post(base, action(), 'same-key');
    const other = await post(base, action(), 'other-key');
    assert.equal(again.response.status, 201);
    assert.equal(again.body.actieId, first.body.actieId);
    assert.notEqual(other.body.actieId, first.body.actieId);
    const ids = (await inzage(base)).map((item) => item.verwerkingsactie.actieId);
    assert.equal(ids.filter((id) => id === first.body.actieId).length, 1);
    assert.equal(ids.filter((id) => id === other.body.actieId).length, 1);
  });

  it('refuses a body the spec does not allow, naming each field, and stores nothing', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const base = mock.urls.verwerkingen;
    const before = (await inzage(base)).length;
    const bad = {
      ...action(),
      vertrouwelijkheid: 'geheim',
      tijdstip: 'gisteren',
      uitvoerder: '123',
      actieId: 'mine',
      verwerkteObjecten: [{ objecttype: 'zaak', soortObjectId: 'BSN' }],
    };
    const { response, body } = await post(base, bad, 'bad-key');
    assert.equal(response.status, 400);
    assertBewerking('/components/schemas/ValidatieFout', body, '400');
    assert.deepEqual(body.invalidParams.map((p: { name: string }) => p.name).sort(), [
      'actieId',
      'tijdstip',
      'uitvoerder',
      'vertrouwelijkheid',
      'verwerkteObjecten.0.objectId',
      'verwerkteObjecten.0.objecttype',
    ]);
    assert.equal((await inzage(base)).length, before);
    const { response: none } = await post(base, { ...action(), verwerkteObjecten: [] });
    assert.equal(none.status, 400);
  });

  it('lets only an application write: no credentials 401, a resident view 403', async () => {
    const upstream = mockWith({ mode: 'upstream' });
    assert.equal((await post(upstream.urls.verwerkingen, action(), undefined, {})).response.status, 401);
    const resident = mockWith({ resident: 'jansen' });
    assert.equal((await post(resident.urls.verwerkingen, action(), undefined, {})).response.status, 403);
  });
});

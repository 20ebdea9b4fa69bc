/**
 * Registering a contact in the Klantinteracties mock: klantcontact, betrokkene, onderwerpobjecten and an
 * interne taak, each response checked against the 0.9.0 schemas; Open Klant's validation answered as a
 * ValidatieFout naming every field; the new contact in the partij's contact history; the scoping of
 * resident (gateway) mode; the interne-taak reads and the actoren list.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureKlantinteracties, fixtureZaken } from '../src/index.js';
import { interceptRequests, request } from './client.js';
import { CATALOGI, KLANTINTERACTIES, OPEN_ZAAK, VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';
import { TOKEN_HEADERS } from './upstream-client.js';

const validator = new SpecValidator([KLANTINTERACTIES]);
const zgw = new SpecValidator([VNG_ZAKEN, CATALOGI, OPEN_ZAAK]);
const { mockWith } = interceptRequests();
const J = fixtureKlantinteracties.jansen;

async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const { response, body: json } = await request(url, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status >= 400) {
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    zgw.assert(VNG_ZAKEN, response.status === 400 ? 'ValidatieFout' : 'Fout', json, `${method} ${url} error`);
  }
  return { status: response.status, body: json };
}

const names = (body: any): string[] => body.invalidParams.map((p: any) => p.name).sort();
const contact = (extra: Record<string, unknown> = {}) => ({
  kanaal: 'telefoon',
  onderwerp: 'Vraag over parkeervergunning',
  taal: 'nld',
  vertrouwelijk: false,
  ...extra,
});

describe('Klantinteracties mock — registering a contact', () => {
  it('creates klantcontact, betrokkene, onderwerpobject and interne taak, each as the 0.9.0 schema says, and links them', async () => {
    const api = mockWith({ mode: 'upstream' });
    const base = api.urls.klantinteracties;
    const post = (path: string, body: unknown) => send('POST', `${base}${path}`, body, TOKEN_HEADERS);

    const kc = await post('/klantcontacten', contact({ inhoud: 'Wanneer krijg ik bericht?', indicatieContactGelukt: true }));
    assert.equal(kc.status, 201, JSON.stringify(kc.body));
    validator.assert(KLANTINTERACTIES, 'Klantcontact', kc.body, 'POST /klantcontacten');
    assert.equal(kc.body.inhoud, 'Wanneer krijg ik bericht?');
    assert.ok(!Number.isNaN(Date.parse(kc.body.plaatsgevondenOp)), 'plaatsgevondenOp defaults to now');

    const betrokkene = await post('/betrokkenen', { hadKlantcontact: { uuid: kc.body.uuid }, wasPartij: { uuid: J.partij }, rol: 'klant', initiator: true });
    assert.equal(betrokkene.status, 201, JSON.stringify(betrokkene.body));
    validator.assert(KLANTINTERACTIES, 'Betrokkene', betrokkene.body, 'POST /betrokkenen');
    assert.equal(betrokkene.body.volledigeNaam, 'Fatima Jansen-El Amrani', "the partij's name when the body gives no contactnaam");

    const identificator = { objectId: fixtureZaken.jansen.parkeervergunning, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' };
    const onderwerp = await post('/onderwerpobjecten', {
      klantcontact: { uuid: kc.body.uuid },
      wasKlantcontact: null,
      onderwerpobjectidentificator: identificator,
    });
    assert.equal(onderwerp.status, 201, JSON.stringify(onderwerp.body));
    validator.assert(KLANTINTERACTIES, 'Onderwerpobject', onderwerp.body, 'POST /onderwerpobjecten');

    const actoren = await send('GET', `${base}/actoren?soortActor=organisatorische_eenheid&pageSize=2`, undefined, TOKEN_HEADERS);
    validator.assert(KLANTINTERACTIES, 'PaginatedActorList', actoren.body, 'GET /actoren');
    assert.equal(actoren.body.results.length, 2);
    assert.ok(actoren.body.next, 'paged');
    const team = actoren.body.results[0];
    const taak = await post('/internetaken', {
      aanleidinggevendKlantcontact: { uuid: kc.body.uuid },
      gevraagdeHandeling: 'Terugbellen',
      toegewezenAanActoren: [{ uuid: team.uuid }],
      toelichting: 'Graag na 14:00',
      status: 'te_verwerken',
    });
    assert.equal(taak.status, 201, JSON.stringify(taak.body));
    validator.assert(KLANTINTERACTIES, 'InterneTaak', taak.body, 'POST /internetaken');
    assert.deepEqual(taak.body.toegewezenAanActor, { uuid: team.uuid, url: team.url });
    assert.equal(taak.body.afgehandeldOp, null);

    const detail = await send('GET', `${kc.body.url}?expand=hadBetrokkenen,gingOverOnderwerpobjecten,leiddeTotInterneTaken`, undefined, TOKEN_HEADERS);
    assert.deepEqual(detail.body.hadBetrokkenen, [{ uuid: betrokkene.body.uuid, url: betrokkene.body.url }]);
    assert.deepEqual(detail.body._expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator, identificator);
    assert.equal(detail.body._expand.leiddeTotInterneTaken[0].uuid, taak.body.uuid);

    const history = await send('GET', `${base}/klantcontacten?hadBetrokkene__wasPartij__uuid=${J.partij}`, undefined, TOKEN_HEADERS);
    assert.ok(
      history.body.results.some((item: any) => item.uuid === kc.body.uuid),
      "the new contact is in the partij's contact history",
    );
    const partij = await send('GET', `${base}/partijen/${J.partij}`, undefined, TOKEN_HEADERS);
    assert.ok(partij.body.betrokkenen.some((ref: any) => ref.uuid === betrokkene.body.uuid));

    const taken = await send('GET', `${base}/internetaken?aanleidinggevendKlantcontact__uuid=${kc.body.uuid}`, undefined, TOKEN_HEADERS);
    validator.assert(KLANTINTERACTIES, 'PaginatedInterneTaakList', taken.body, 'GET /internetaken');
    assert.deepEqual(
      taken.body.results.map((t: any) => t.uuid),
      [taak.body.uuid],
    );
    const open = await send('GET', `${base}/internetaken?status=te_verwerken&actoren__naam=${encodeURIComponent(team.naam)}`, undefined, TOKEN_HEADERS);
    assert.ok(open.body.results.some((t: any) => t.uuid === taak.body.uuid));
    validator.assert(KLANTINTERACTIES, 'InterneTaak', (await send('GET', taak.body.url, undefined, TOKEN_HEADERS)).body, 'GET /internetaken/{uuid}');
    assert.equal((await send('GET', `${base}/internetaken?status=open`, undefined, TOKEN_HEADERS)).status, 400);
  });

  it('answers a ValidatieFout naming every invalid field at once, as Open Klant does', async () => {
    const api = mockWith({ mode: 'upstream' });
    const base = api.urls.klantinteracties;
    const post = (path: string, body: unknown) => send('POST', `${base}${path}`, body, TOKEN_HEADERS);

    const empty = await post('/klantcontacten', {});
    assert.equal(empty.status, 400);
    assert.deepEqual(names(empty.body), ['kanaal', 'onderwerp', 'taal', 'vertrouwelijk']);
    assert.ok(empty.body.invalidParams.every((p: any) => p.code === 'required'));

    const wrong = await post(
      '/klantcontacten',
      contact({ kanaal: 'k'.repeat(51), onderwerp: '  ', inhoud: 'x'.repeat(1001), vertrouwelijk: 'nee', plaatsgevondenOp: 'gisteren' }),
    );
    assert.deepEqual(names(wrong.body), ['inhoud', 'kanaal', 'onderwerp', 'plaatsgevondenOp', 'vertrouwelijk']);
    assert.equal(wrong.body.invalidParams.find((p: any) => p.name === 'kanaal').code, 'max_length');
    assert.equal(wrong.body.invalidParams.find((p: any) => p.name === 'onderwerp').code, 'blank');

    const betrokkene = await post('/betrokkenen', { hadKlantcontact: { uuid: '00000000-0000-4000-8000-000000000000' }, rol: 'burger' });
    assert.deepEqual(names(betrokkene.body), ['hadKlantcontact.uuid', 'initiator', 'rol']);

    const kc = (await post('/klantcontacten', contact())).body;
    const onderwerp = await post('/onderwerpobjecten', {
      klantcontact: { uuid: kc.uuid },
      onderwerpobjectidentificator: { objectId: 'x', codeObjecttype: 'zaak' },
    });
    assert.deepEqual(names(onderwerp.body), ['onderwerpobjectidentificator.codeRegister', 'onderwerpobjectidentificator.codeSoortObjectId']);

    const taak = await post('/internetaken', { aanleidinggevendKlantcontact: { uuid: kc.uuid }, status: 'klaar', toelichting: 't'.repeat(1001) });
    assert.deepEqual(names(taak.body), ['gevraagdeHandeling', 'status', 'toegewezenAanActoren', 'toelichting']);
    const unknownActor = await post('/internetaken', {
      aanleidinggevendKlantcontact: { uuid: kc.uuid },
      gevraagdeHandeling: 'Terugbellen',
      status: 'te_verwerken',
      toegewezenAanActoren: [{ uuid: '00000000-0000-4000-8000-000000000000' }],
    });
    assert.deepEqual(names(unknownActor.body), ['toegewezenAanActoren.0.uuid']);
  });

  it("confined to a klant (the gateway's view), a betrokkene must be that klant's partij and other contacts stay out of reach", async () => {
    const api = mockWith({ resident: 'jansen' });
    const base = api.urls.klantinteracties;
    const kc = await send('POST', `${base}/klantcontacten`, contact());
    assert.equal(kc.status, 201);
    const other = await send('POST', `${base}/betrokkenen`, {
      hadKlantcontact: { uuid: kc.body.uuid },
      wasPartij: { uuid: fixtureKlantinteracties['de-vries'].partij },
      rol: 'klant',
      initiator: true,
    });
    assert.equal(other.status, 403);
    const own = await send('POST', `${base}/betrokkenen`, {
      hadKlantcontact: { uuid: kc.body.uuid },
      wasPartij: { uuid: J.partij },
      rol: 'klant',
      initiator: true,
    });
    assert.equal(own.status, 201);
    const list = await send('GET', `${base}/klantcontacten`);
    assert.ok(
      list.body.results.some((item: any) => item.uuid === kc.body.uuid),
      "the resident's history lists the new contact",
    );

    const deVries = mockWith({ resident: 'de-vries' });
    const foreign = await send('POST', `${deVries.urls.klantinteracties}/onderwerpobjecten`, { klantcontact: { uuid: J.dakkapel } });
    assert.deepEqual(names(foreign.body), ['klantcontact.uuid'], "another klant's contact does not exist for this view");
  });
});

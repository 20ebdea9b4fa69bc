// Employee mode, per doelbinding profile: a matrix of every API (and the relevant parts of one) on the real
// path — dev IdP staff sign-in, real proxy, mock API in upstream mode — asserting what is served, what is
// shielded (403 `shielded`) and what is absent (left out, or 404). The KCC never receives a document, a
// social-domain zaak or another person's BSN; a profile without `verwerkingen` gets none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import type { Browser } from '../../src/dev/sign-in.js';
import { assertProblem } from '../support.js';
import { call, chooseKlant, employee, JANSEN_BSN, startStaffStack, type StaffStack } from './staff-stack.js';

const { jansen } = fixtureZaken;
const OTHER_BSNS = ['999990019', '999991723'];
const ZAKEN = '/zaken/api/v1';

let staff: StaffStack;
before(async () => {
  staff = await startStaffStack();
});
after(async () => {
  await staff?.close();
});

/** The upstream (mock) URL of a zaak, as the browser sends it in a `zaak=` filter (the gateway URL). */
function zaakUrl(uuid: string): string {
  return `${staff.base}${ZAKEN}/zaken/${uuid}`;
}

async function json(response: Response): Promise<Record<string, unknown>> {
  assert.equal(response.status, 200, `${response.url} answers 200`);
  return (await response.json()) as Record<string, unknown>;
}

const uuids = (page: Record<string, unknown>): string[] => (page.results as { uuid: string }[]).map((item) => item.uuid);

const brp = (fields: string[]) => ({ type: 'RaadpleegMetBurgerservicenummer', fields });
const BRP_PATH = '/haalcentraal/api/brp/personen';

describe('profile kcc (Klantcontactcentrum)', () => {
  let kcc: Browser;
  const bodies: string[] = [];
  const read = async (path: string, method = 'GET', body?: unknown): Promise<Response> => {
    const response = await call(kcc, staff, path, method, body);
    bodies.push(await response.clone().text());
    return response;
  };
  before(async () => {
    kcc = await employee(staff, 'kcc');
    const context = await chooseKlant(kcc, staff, 'kcc', 'telefoon');
    assert.equal(context.access.documenten, 'shielded');
    assert.equal(context.access.klantinteracties, 'write');
    assert.equal(context.access.verwerkingen, 'shielded');
  });

  test('zaken: served within the cap, social-domain zaaktypen absent from the list and 404 on detail and below', async () => {
    const list = uuids(await json(await read(`${ZAKEN}/zaken`)));
    assert.ok(list.includes(jansen.lantaarnpaal) && list.includes(jansen.parkeervergunning2024), 'ordinary zaken within the cap');
    assert.ok(!list.includes(jansen.tozo), 'the Tozo zaak (social domain) is absent');
    assert.ok(!list.includes(jansen.verhuizing), 'a confidentieel zaak is above the cap');
    await assertProblem(await read(`${ZAKEN}/zaken/${jansen.tozo}`), 404);
    await assertProblem(await read(`${ZAKEN}/statussen?zaak=${encodeURIComponent(zaakUrl(jansen.tozo))}`), 404);
    const statussen = await json(await read(`${ZAKEN}/statussen?zaak=${encodeURIComponent(zaakUrl(jansen.parkeervergunning2024))}`));
    assert.ok(Array.isArray(statussen.results) || Array.isArray(statussen));
  });

  test('documents of a zaak, Documenten, Besluiten and Verwerkingen are shielded (403)', async () => {
    await assertProblem(await read(`${ZAKEN}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(jansen.parkeervergunning2024))}`), 403, 'shielded');
    await assertProblem(await read('/documenten/api/v1/enkelvoudiginformatieobjecten/_zoek', 'POST', { uuid__in: [jansen.tozo] }), 403, 'shielded');
    await assertProblem(await read(`/besluiten/api/v1/besluiten?zaak=${encodeURIComponent(zaakUrl(jansen.parkeervergunning2024))}`), 403, 'shielded');
    await assertProblem(
      await read('/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2020-01-01&eindDatum=2030-01-01'),
      403,
      'shielded',
    );
  });

  test('BRP: name and address only, never the BSN', async () => {
    const answer = await json(await read(BRP_PATH, 'POST', brp(['naam', 'adressering', 'geboorte', 'burgerservicenummer', 'nationaliteiten'])));
    const [persoon] = answer.personen as Record<string, unknown>[];
    assert.ok(persoon, 'the klant is served');
    assert.ok(persoon.naam !== undefined && persoon.adressering !== undefined);
    assert.deepEqual(
      Object.keys(persoon).filter((key) => !['naam', 'adressering', 'verblijfplaats'].includes(key)),
      [],
      'nothing besides name and address',
    );
  });

  test('Catalogi, Klantinteracties, Objecten and Producten are served', async () => {
    const zaken = (await json(await read(`${ZAKEN}/zaken`))).results as { zaaktype: string }[];
    const zaaktype = zaken[0]?.zaaktype;
    assert.ok(zaaktype);
    await json(await kcc.fetch(zaaktype, { headers: { accept: 'application/json' } }));
    const partijen = await json(await read('/klantinteracties/api/v1/partijen'));
    assert.equal(partijen.count, 1, "the klant's own partij only");
    await json(await read('/klantinteracties/api/v1/klantcontacten'));
    const taak = `${staff.base}/objecten/api/v2/objecttypes/${fixtureObjecten.objecttypen.taak}`;
    await json(await read(`/objecten/api/v2/objects?type=${encodeURIComponent(taak)}`));
    await json(await read('/producten/api/v1/producten'));
  });

  test("nothing served to the KCC carries another person's BSN", () => {
    const all = bodies.join('\n');
    for (const bsn of OTHER_BSNS) assert.ok(!all.includes(bsn), `no ${bsn}`);
    assert.ok(bodies.length >= 10);
  });

  test("a resident's own writes (contact details, preferences) are not an employee's: shielded", async () => {
    const partij = ((await json(await read('/klantinteracties/api/v1/partijen'))).results as { uuid: string }[])[0]!;
    await assertProblem(await read(`/klantinteracties/api/v1/partijen/${partij.uuid}`, 'PATCH', { voorkeurstaal: 'nld' }), 403, 'shielded');
  });
});

describe('profile sociaal-domein', () => {
  let sociaal: Browser;
  before(async () => {
    sociaal = await employee(staff, 'sociaal');
    const context = await chooseKlant(sociaal, staff, 'sociaal-domein', 'behandeling-aanvraag');
    assert.equal(context.access.documenten, 'read');
    assert.equal(context.access.objecten, 'shielded');
  });

  test('zaken: only the social-domain zaaktypen; every other zaak absent', async () => {
    assert.deepEqual(uuids(await json(await call(sociaal, staff, `${ZAKEN}/zaken`))), [jansen.tozo]);
    await assertProblem(await call(sociaal, staff, `${ZAKEN}/zaken/${jansen.lantaarnpaal}`), 404);
    await json(await call(sociaal, staff, `${ZAKEN}/zaken/${jansen.tozo}`));
  });

  test('documents of its zaken are served (within its cap), of other zaken absent', async () => {
    const links = await json(await call(sociaal, staff, `${ZAKEN}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(jansen.tozo))}`));
    assert.ok(Array.isArray(links) ? links.length > 0 : true);
    await assertProblem(await call(sociaal, staff, `${ZAKEN}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(jansen.parkeervergunning2024))}`), 404);
  });

  test('BRP with the BSN of the chosen klant; Objecten, Producten, Verwerkingen shielded; no contact registration', async () => {
    const answer = await json(await call(sociaal, staff, BRP_PATH, 'POST', brp(['naam', 'burgerservicenummer'])));
    assert.equal((answer.personen as Record<string, unknown>[])[0]?.burgerservicenummer, JANSEN_BSN);
    await assertProblem(await call(sociaal, staff, '/objecten/api/v2/objects'), 403, 'shielded');
    await assertProblem(await call(sociaal, staff, '/producten/api/v1/producten'), 403, 'shielded');
    await assertProblem(
      await call(sociaal, staff, '/verwerkingen/api/v1/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&beginDatum=2020-01-01&eindDatum=2030-01-01'),
      403,
      'shielded',
    );
    await assertProblem(await call(sociaal, staff, '/klantinteracties/api/v1/klantcontacten', 'POST', { kanaal: 'telefoon', onderwerp: 'x' }), 403, 'shielded');
    await assertProblem(await call(sociaal, staff, '/klantinteracties/api/v1/actoren'), 403, 'shielded');
    await json(await call(sociaal, staff, '/klantinteracties/api/v1/partijen'));
  });
});

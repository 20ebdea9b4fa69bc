/**
 * Klantinteracties as an employee's klant search uses it in upstream mode: finding a partij by one of
 * its digitale adressen (exact `adres`, case-insensitive `adres__icontains`, `verstrektDoorPartij__soortPartij`)
 * or by identificator (BSN, KvK), and the actoren a terugbelverzoek can be assigned to. Answers are
 * validated against the Klantinteracties 0.9.0 document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureActoren, fixtureKlantinteracties, testCompany, type MockApi } from '../src/index.js';
import { interceptRequests, request, type Fetched } from './client.js';
import { KLANTINTERACTIES } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';
import { TOKEN_HEADERS } from './upstream-client.js';

const validator = new SpecValidator([KLANTINTERACTIES]);
const { mockWith } = interceptRequests();

async function get(mock: MockApi, path: string): Promise<Fetched> {
  return request(`${mock.urls.klantinteracties}${path}`, { headers: TOKEN_HEADERS });
}

/** The partij UUIDs behind the addresses a `/digitaleadressen` query lists. */
async function partijenByAdres(mock: MockApi, query: string): Promise<string[]> {
  const { response, body } = await get(mock, `/digitaleadressen?${query}`);
  assert.equal(response.status, 200, JSON.stringify(body));
  validator.assert(KLANTINTERACTIES, 'PaginatedDigitaalAdresList', body, query);
  return [...new Set<string>(body.results.map((adres: { verstrektDoorPartij: { uuid: string } }) => adres.verstrektDoorPartij.uuid))].sort();
}

describe('Klantinteracties: finding a partij (upstream)', () => {
  const jansen = fixtureKlantinteracties.jansen.partij;
  const bedrijf = fixtureKlantinteracties[testCompany.id].partij;

  it('finds Jansen by her e-mail address (exact, or case-insensitively contained) and by her phone number', async () => {
    const mock = mockWith({ mode: 'upstream' });
    assert.deepEqual(await partijenByAdres(mock, 'adres=f.jansen%40example.nl&soortDigitaalAdres=email'), [jansen]);
    assert.deepEqual(await partijenByAdres(mock, 'adres=F.Jansen%40Example.nl'), [], 'adres is exact');
    assert.deepEqual(await partijenByAdres(mock, 'adres__icontains=F.Jansen%40Example.nl'), [jansen]);
    assert.deepEqual(await partijenByAdres(mock, 'adres__icontains=JANSEN'), [jansen], 'both of her e-mail addresses, one partij');
    assert.deepEqual(await partijenByAdres(mock, 'adres=0612345678&soortDigitaalAdres=telefoonnummer'), [jansen]);
    assert.deepEqual(await partijenByAdres(mock, 'adres=0699999999'), []);
  });

  it('verstrektDoorPartij__soortPartij keeps the addresses of one kind of partij', async () => {
    const mock = mockWith({ mode: 'upstream' });
    assert.deepEqual(await partijenByAdres(mock, 'verstrektDoorPartij__soortPartij=organisatie'), [bedrijf]);
    const personen = await partijenByAdres(mock, 'verstrektDoorPartij__soortPartij=persoon&adres__icontains=example');
    assert.ok(personen.includes(jansen) && !personen.includes(bedrijf), JSON.stringify(personen));
    const wrong = await get(mock, '/digitaleadressen?verstrektDoorPartij__soortPartij=bedrijf');
    assert.equal(wrong.response.status, 400);
    assert.equal(wrong.body.invalidParams[0].name, 'verstrektDoorPartij__soortPartij');
  });

  it('finds a partij by identificator: Jansen by BSN, the company by KvK number, nobody by an unknown one', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const byId = async (register: string, objecttype: string, soort: string, objectId: string) => {
      const query = `partijIdentificator__codeRegister=${register}&partijIdentificator__codeObjecttype=${objecttype}&partijIdentificator__codeSoortObjectId=${soort}&partijIdentificator__objectId=${objectId}`;
      const { response, body } = await get(mock, `/partijen?${query}`);
      assert.equal(response.status, 200);
      validator.assert(KLANTINTERACTIES, 'PaginatedExpandPartijList', body, query);
      return body.results.map((partij: { uuid: string }) => partij.uuid);
    };
    assert.deepEqual(await byId('brp', 'natuurlijk_persoon', 'bsn', '999993653'), [jansen]);
    assert.deepEqual(await byId('hr', 'niet_natuurlijk_persoon', 'kvk_nummer', testCompany.kvk), [bedrijf]);
    assert.deepEqual(await byId('hr', 'niet_natuurlijk_persoon', 'kvk_nummer', '00000000'), []);
    // A namesake known only to the BRP has no partij.
    assert.deepEqual(await byId('brp', 'natuurlijk_persoon', 'bsn', '999800073'), []);
  });

  it('lists the teams and people a terugbelverzoek can be assigned to, active or not', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const { response, body } = await get(mock, '/actoren?pageSize=100');
    assert.equal(response.status, 200);
    validator.assert(KLANTINTERACTIES, 'PaginatedActorList', body, 'GET /actoren');
    const byUuid = new Map<string, { naam: string; soortActor: string; indicatieActief: boolean }>(
      body.results.map((actor: { uuid: string; naam: string; soortActor: string; indicatieActief: boolean }) => [actor.uuid, actor]),
    );
    for (const uuid of Object.values(fixtureActoren)) assert.ok(byUuid.has(uuid), uuid);
    assert.equal(byUuid.get(fixtureActoren.parkeren)?.naam, 'Team Parkeren');
    assert.equal(byUuid.get(fixtureActoren.kDeVries)?.soortActor, 'medewerker');
    const inactive = await get(mock, '/actoren?indicatieActief=false');
    assert.deepEqual(
      inactive.body.results.map((actor: { uuid: string }) => actor.uuid),
      [fixtureActoren.leerlingenvervoer],
    );
    const teams = await get(mock, '/actoren?soortActor=organisatorische_eenheid&indicatieActief=true&pageSize=100');
    const namen = teams.body.results.map((actor: { naam: string }) => actor.naam);
    for (const naam of ['Team Parkeren', 'Team Vergunningen', 'KCC terugbelteam', 'Klantcontactcentrum']) assert.ok(namen.includes(naam), naam);
    for (const actor of teams.body.results) validator.assert(KLANTINTERACTIES, 'Actor', actor, actor.naam);
  });
});

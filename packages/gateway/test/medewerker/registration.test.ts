// Employee mode's contact registration through the gateway (issue 14 item 4) against the mock's
// Klantinteracties writes: a KCC employee (klantinteracties: write) records a klantcontact with the klant as
// betrokkene, a zaak as onderwerp and a terugbelverzoek for a team; a betrokkene can only be the chosen
// klant's partij and an onderwerp only one of the klant's zaken the profile serves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureZaken } from '@klantbeeld/mock-api';
import type { Browser } from '../../src/dev/sign-in.js';
import { assertProblem } from '../support.js';
import { call, chooseKlant, employee, startStaffStack, type StaffStack } from './staff-stack.js';

const KI = '/klantinteracties/api/v1';
const { jansen } = fixtureZaken;

let staff: StaffStack;
let kcc: Browser;
let partij: string;
before(async () => {
  staff = await startStaffStack();
  kcc = await employee(staff, 'kcc');
  await chooseKlant(kcc, staff, 'kcc', 'telefoon');
  const partijen = (await (await call(kcc, staff, `${KI}/partijen`)).json()) as { results: { uuid: string }[] };
  partij = partijen.results[0]!.uuid;
});
after(async () => {
  await staff?.close();
});

async function created(response: Response): Promise<{ uuid: string; url: string }> {
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { uuid: string; url: string };
}

const zaakOnderwerp = (klantcontact: string, zaak: string) => ({
  klantcontact: { uuid: klantcontact },
  wasKlantcontact: null,
  onderwerpobjectidentificator: { objectId: zaak, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' },
});

test('a KCC employee registers a contact, links the klant and a zaak, and hands it on to a team', async () => {
  const actoren = (await (await call(kcc, staff, `${KI}/actoren`)).json()) as { results: { uuid: string }[] };
  assert.ok(actoren.results.length > 0, 'teams and people to assign');
  const contact = await created(
    await call(kcc, staff, `${KI}/klantcontacten`, 'POST', {
      kanaal: 'telefoon',
      onderwerp: 'Vraag over parkeervergunning',
      inhoud: 'Klant vraagt naar de status.',
      taal: 'nld',
      vertrouwelijk: false,
      indicatieContactGelukt: true,
      metadata: { beantwoord: 'ja' },
    }),
  );
  await created(
    await call(kcc, staff, `${KI}/betrokkenen`, 'POST', {
      hadKlantcontact: { uuid: contact.uuid },
      wasPartij: { uuid: partij },
      rol: 'klant',
      initiator: true,
    }),
  );
  await created(await call(kcc, staff, `${KI}/onderwerpobjecten`, 'POST', zaakOnderwerp(contact.uuid, jansen.parkeervergunning2024)));
  await created(
    await call(kcc, staff, `${KI}/internetaken`, 'POST', {
      aanleidinggevendKlantcontact: { uuid: contact.uuid },
      gevraagdeHandeling: 'Terugbellen',
      toegewezenAanActoren: [{ uuid: actoren.results[0]!.uuid }],
      toelichting: 'Graag vandaag terugbellen.',
      status: 'te_verwerken',
    }),
  );
  const history = (await (await call(kcc, staff, `${KI}/klantcontacten`)).json()) as { results: { uuid: string }[] };
  assert.ok(
    history.results.some((c) => c.uuid === contact.uuid),
    "the new contact is in the klant's history",
  );
});

test("a betrokkene of another partij, a social-domain or another person's zaak as onderwerp: 404; an unknown field: 400", async () => {
  const contact = await created(
    await call(kcc, staff, `${KI}/klantcontacten`, 'POST', { kanaal: 'telefoon', onderwerp: 'x', inhoud: 'y', taal: 'nld', vertrouwelijk: false }),
  );
  const other = '00000000-0000-4000-8000-000000000001';
  await assertProblem(
    await call(kcc, staff, `${KI}/betrokkenen`, 'POST', { hadKlantcontact: { uuid: contact.uuid }, wasPartij: { uuid: other }, rol: 'klant' }),
    404,
  );
  await assertProblem(await call(kcc, staff, `${KI}/onderwerpobjecten`, 'POST', zaakOnderwerp(contact.uuid, jansen.tozo)), 404);
  await assertProblem(await call(kcc, staff, `${KI}/onderwerpobjecten`, 'POST', zaakOnderwerp(contact.uuid, fixtureZaken['de-vries'].parkeervergunning)), 404);
  await assertProblem(await call(kcc, staff, `${KI}/klantcontacten`, 'POST', { kanaal: 'telefoon', url: 'x' }), 400);
});

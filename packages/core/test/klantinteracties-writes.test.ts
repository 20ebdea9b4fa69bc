// Klantinteracties writes against the Open Klant-like mock: adding, changing and removing digital
// addresses, the default per soort (isStandaardAdres flip, or moving a Den Haag referentie), language and
// preferred address; server validation surfacing as ValidationError with field names; cache freshness.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { fixtureKlantinteracties, type MockApi } from '@klantbeeld/mock-api';
import {
  addDigitaalAdres,
  createClient,
  getKlantvoorkeuren,
  removeDigitaalAdres,
  setStandaardAdres,
  setVoorkeursDigitaalAdres,
  setVoorkeurstaal,
  updateDigitaalAdres,
  type ClientConfig,
  type Klantvoorkeuren,
  type KlantbeeldClient,
  type ValidationError,
} from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const KI = `${ORIGIN}/klantinteracties/api/v1`;
const BSN = '999993653';
const J = fixtureKlantinteracties.jansen;
const DEN_HAAG = { referentie: 'portaalvoorkeur' } as const;

const { server, mock } = useMockApi({ origin: ORIGIN });
const client = (config: Partial<ClientConfig> = {}) => createClient({ gateway: ORIGIN, retries: 0, ...config });

async function voorkeuren(c: KlantbeeldClient, rule?: typeof DEN_HAAG): Promise<Klantvoorkeuren> {
  const result = await getKlantvoorkeuren(c, rule ? { voorkeurskanaalRule: rule } : {});
  assert.ok(result);
  return result;
}

/** The non-GET requests the mock saw, as `METHOD path`. */
const writes = (api: MockApi) =>
  api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname.replace('/klantinteracties/api/v1', '')}`);

/** Asserts a ValidationError (from the server's 400, or `local`: raised before sending) and returns its field names. */
async function fieldErrors(promise: Promise<unknown>, local = false): Promise<string[]> {
  let caught: unknown;
  await promise.catch((error: unknown) => (caught = error));
  assert.ok(caught, 'expected a rejection');
  const error = caught as ValidationError;
  assert.equal(error.kind, 'validation', String(error));
  assert.equal(error.status, local ? undefined : 400);
  return error.invalidParams.map((p) => p.name).sort();
}

describe('digital addresses', () => {
  test('add: the new address shows in the (cached) preferences right after', async () => {
    const api = mock();
    const c = client();
    const before = await voorkeuren(c);
    assert.equal(before.adressen.telefoonnummer.length, 1);
    const added = await addDigitaalAdres(c, before.partij, { soort: 'telefoonnummer', adres: '+31201234567', omschrijving: 'Vast' });
    assert.equal(added.soort, 'telefoonnummer');
    assert.equal(added.adres, '+31201234567');
    assert.equal(added.omschrijving, 'Vast');
    assert.equal(added.isStandaardAdres, false);
    assert.equal(added.isVoorkeursAdres, false);
    const after = await voorkeuren(c);
    assert.deepEqual(
      after.adressen.telefoonnummer.map((a) => a.uuid),
      [J.mobiel, added.uuid],
    );
    assert.deepEqual(writes(api), ['POST /digitaleadressen']);
    const post = api.requests.find((r) => r.method === 'POST')!;
    assert.equal(post.headers['content-type'], 'application/json');
    assert.ok(api.requests.every((r) => !r.url.includes(BSN)));
  });

  test('server validation surfaces as a ValidationError with the field names intact', async () => {
    mock();
    const c = client();
    const { partij } = await voorkeuren(c);
    assert.deepEqual(await fieldErrors(addDigitaalAdres(c, partij, { soort: 'telefoonnummer', adres: '0900-1234' })), ['adres']);
    assert.deepEqual(await fieldErrors(addDigitaalAdres(c, partij, { soort: 'email', adres: 'fatima@' })), ['adres']);
    // Open Klant allows a referentie once per partij and soort (a schema-valid body the server refuses).
    assert.deepEqual(await fieldErrors(addDigitaalAdres(c, partij, { soort: 'email', adres: 'ok@example.nl', referentie: 'portaalvoorkeur' })), [
      'nonFieldErrors',
    ]);
    let caught: any;
    await addDigitaalAdres(c, partij, { soort: 'telefoonnummer', adres: '12345' }).catch((error: unknown) => (caught = error));
    assert.deepEqual(caught.invalidParams, [{ name: 'adres', code: 'invalid', reason: 'Het opgegeven telefoonnummer is ongeldig.' }]);
    assert.equal(caught.problem.code, 'invalid');
    // Nothing was added.
    assert.equal((await voorkeuren(c)).adressen.email.length, 2);
  });

  test('a value of the wrong type is refused locally, nothing is sent', async () => {
    const api = mock();
    const c = client();
    const { partij } = await voorkeuren(c);
    const count = api.requests.length;
    assert.deepEqual(await fieldErrors(addDigitaalAdres(c, partij, { soort: 'email', adres: 42 as unknown as string }), true), ['adres']);
    assert.deepEqual(await fieldErrors(addDigitaalAdres(c, partij, { soort: 'fax' as 'email', adres: 'a@example.nl' }), true), ['soortDigitaalAdres']);
    assert.equal(api.requests.length, count);
  });

  test('update: PATCH of the given fields; an invalid phone number names adres', async () => {
    const api = mock();
    const c = client();
    const { adressen } = await voorkeuren(c);
    const mobiel = adressen.telefoonnummer[0]!;
    const updated = await updateDigitaalAdres(c, mobiel, { omschrijving: 'Mobiel (nieuw)', adres: '0687654321' });
    assert.equal(updated.adres, '0687654321');
    assert.equal(updated.isVoorkeursAdres, true, 'kept from the address given');
    assert.deepEqual(await fieldErrors(updateDigitaalAdres(c, mobiel, { adres: 'f.jansen@example.nl' })), ['adres']);
    assert.equal((await voorkeuren(c)).adressen.telefoonnummer[0]?.omschrijving, 'Mobiel (nieuw)');
    assert.deepEqual(writes(api), [`PATCH /digitaleadressen/${J.mobiel}`, `PATCH /digitaleadressen/${J.mobiel}`]);
  });

  test('remove: 204; the preferred address goes, and with it the preference', async () => {
    const api = mock();
    const c = client();
    const before = await voorkeuren(c);
    await removeDigitaalAdres(c, before.voorkeursadres!);
    const after = await voorkeuren(c);
    assert.deepEqual(after.adressen.telefoonnummer, []);
    assert.equal(after.voorkeursadres, undefined);
    assert.equal(after.voorkeurskanaal, undefined);
    await assert.rejects(removeDigitaalAdres(c, before.voorkeursadres!), { kind: 'not-found' });
    assert.deepEqual(writes(api), [`DELETE /digitaleadressen/${J.mobiel}`, `DELETE /digitaleadressen/${J.mobiel}`]);
  });

  test('setStandaardAdres (default rule): isStandaardAdres flips the siblings of that soort, server-side', async () => {
    const api = mock();
    const c = client();
    const before = await voorkeuren(c);
    assert.equal(before.standaard.email?.uuid, J.emailPrive);
    const werk = before.adressen.email.find((a) => a.uuid === J.emailWerk)!;
    const result = await setStandaardAdres(c, before.partij, werk);
    assert.equal(result.isStandaardAdres, true);
    const after = await voorkeuren(c);
    assert.equal(after.standaard.email?.uuid, J.emailWerk);
    assert.equal(after.adressen.email.find((a) => a.uuid === J.emailPrive)?.isStandaardAdres, false);
    assert.equal(after.standaard.telefoonnummer?.uuid, J.mobiel, 'other soorten untouched');
    assert.deepEqual(writes(api), [`PATCH /digitaleadressen/${J.emailWerk}`]);
  });

  test('setStandaardAdres (Den Haag rule): the referentie moves — cleared on the old address first, then set', async () => {
    const api = mock();
    const c = client();
    const before = await voorkeuren(c, DEN_HAAG);
    assert.equal(before.standaard.email?.uuid, J.emailWerk);
    const prive = before.adressen.email.find((a) => a.uuid === J.emailPrive)!;
    await setStandaardAdres(c, before.partij, prive, { voorkeurskanaalRule: DEN_HAAG });
    assert.deepEqual(writes(api), [`PATCH /digitaleadressen/${J.emailWerk}`, `PATCH /digitaleadressen/${J.emailPrive}`]);
    const lookup = api.requests
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.url))
      .find((u) => u.pathname.endsWith('/digitaleadressen'))!;
    assert.equal(lookup.searchParams.get('referentie'), 'portaalvoorkeur');
    assert.equal(lookup.searchParams.get('soortDigitaalAdres'), 'email');
    assert.equal(lookup.searchParams.get('verstrektDoorPartij__uuid'), J.partij);
    const after = await voorkeuren(c, DEN_HAAG);
    assert.equal(after.standaard.email?.uuid, J.emailPrive);
    assert.equal(after.voorkeursadres?.uuid, J.emailPrive);
    assert.equal(after.adressen.email.find((a) => a.uuid === J.emailWerk)?.referentie, undefined);
    // A phone number may carry the same tag: a referentie is unique per soort only.
    const mobiel = after.adressen.telefoonnummer[0]!;
    await setStandaardAdres(c, after.partij, mobiel, { voorkeurskanaalRule: DEN_HAAG });
    const both = await voorkeuren(c, DEN_HAAG);
    assert.equal(both.standaard.telefoonnummer?.referentie, 'portaalvoorkeur');
    assert.equal(both.voorkeursadres?.uuid, J.mobiel, 'the tagged address that is also voorkeursDigitaalAdres wins');
  });
});

describe('partij preferences', () => {
  test('setVoorkeurstaal: PATCH with soortPartij (Open Klant requires it); the change shows at once', async () => {
    const api = mock();
    const c = client();
    const { partij } = await voorkeuren(c);
    await setVoorkeurstaal(c, partij, 'eng');
    assert.equal((await voorkeuren(c)).voorkeurstaal, 'eng');
    assert.deepEqual(writes(api), [`PATCH /partijen/${J.partij}`]);
    // The body as sent: the soort along with the one change, nothing else (no interneNotitie, no indicatieActief).
    let sent: unknown;
    server.use(
      http.patch(`${KI}/partijen/:uuid`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({});
      }),
    );
    await setVoorkeurstaal(c, partij, 'dut');
    assert.deepEqual(sent, { soortPartij: 'persoon', voorkeurstaal: 'dut' });
  });

  test('setVoorkeursDigitaalAdres: set, refused for an address of another partij, cleared', async () => {
    mock();
    const c = client();
    const before = await voorkeuren(c);
    await setVoorkeursDigitaalAdres(c, before.partij, before.adressen.email[0]!);
    const after = await voorkeuren(c);
    assert.equal(after.voorkeurskanaal, 'email');
    assert.equal(after.voorkeursadres?.uuid, J.emailPrive);
    assert.equal(after.adressen.telefoonnummer[0]?.isVoorkeursAdres, false);
    assert.deepEqual(await fieldErrors(setVoorkeursDigitaalAdres(c, before.partij, { uuid: fixtureKlantinteracties['de-vries'].email })), [
      'voorkeursDigitaalAdres',
    ]);
    await setVoorkeursDigitaalAdres(c, before.partij, null);
    assert.equal((await voorkeuren(c)).voorkeursadres, undefined);
  });
});

describe('write failures', () => {
  test("the gateway's 403 (another partij) is a ForbiddenError; a partij URL outside the sources is refused unsent", async () => {
    const api = mock();
    const c = client();
    const other = {
      url: `${KI}/partijen/${fixtureKlantinteracties['de-vries'].partij}`,
      uuid: fixtureKlantinteracties['de-vries'].partij,
      soortPartij: 'persoon' as const,
    };
    await assert.rejects(addDigitaalAdres(c, other, { soort: 'email', adres: 'a@example.nl' }), { kind: 'forbidden' });
    const count = api.requests.length;
    await assert.rejects(setVoorkeurstaal(c, { ...other, url: 'https://elders.example/partijen/1' }, 'eng'), { kind: 'unconfigured-origin' });
    assert.equal(api.requests.length, count);
  });

  test('server errors, an unreadable answer, and abort', async () => {
    mock();
    const c = client();
    const { partij, adressen } = await voorkeuren(c);
    server.use(http.post(`${KI}/digitaleadressen`, () => HttpResponse.json({ status: 500 }, { status: 500 })));
    await assert.rejects(addDigitaalAdres(c, partij, { soort: 'email', adres: 'a@example.nl' }), { kind: 'server' });
    server.use(http.patch(`${KI}/digitaleadressen/:uuid`, () => HttpResponse.json({ ok: true })));
    await assert.rejects(updateDigitaalAdres(c, adressen.email[0]!, { omschrijving: 'x' }), { kind: 'invalid-response' });
    server.use(
      http.patch(`${KI}/partijen/:uuid`, async () => {
        await delay(200);
        return HttpResponse.json({});
      }),
    );
    const reason = new DOMException('weg', 'AbortError');
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 5);
    await assert.rejects(setVoorkeurstaal(c, partij, 'eng', { signal: controller.signal }), (e) => e === reason);
    await assert.rejects(removeDigitaalAdres(c, adressen.email[0]!, { signal: AbortSignal.abort(reason) }), (e) => e === reason);
  });
});

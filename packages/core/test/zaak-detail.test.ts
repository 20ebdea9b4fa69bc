// getZaakDetail: the whole view model of one case against the mock (term, messages, besluiten and their documents,
// the other visible documents, the contact route), parts that fail on their own, not found, abort; and the pure
// rules it is built from (term at a moment, bezwaar, file labels, contact routes).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { fixtureZaken, type MockApi } from '@klantbeeld/mock-api';
import {
  MAX_BESLUITEN,
  bezwaarStand,
  contactRouteOf,
  documentFileLabel,
  getZaakDetail,
  zaakTermijn,
  type ContactRoute,
  type ZaakDetail,
} from '@klantbeeld/core';
import { ORIGIN, gatewayClient, useMockServer } from './zgw-helpers.js';

const { mock } = useMockServer();
const { jansen } = fixtureZaken;
const zaakUrl = (api: MockApi, uuid: string) => `${api.urls.zaken}/zaken/${uuid}`;
const ROUTES: ContactRoute[] = [
  { zaaktype: 'ZT-PRK-BEWONER', label: 'Team Parkeren', telefoon: '14 030' },
  { organisatie: '000000000', label: 'Andere organisatie' },
  { label: 'Klantcontactcentrum', url: 'javascript:alert(1)' },
];

async function detailOf(zaak: string, options: Parameters<typeof getZaakDetail>[2] = {}): Promise<ZaakDetail> {
  const detail = await getZaakDetail(gatewayClient(), zaak, options);
  assert.ok(detail, `no detail for ${zaak}`);
  return detail;
}

describe('getZaakDetail against the mock API', () => {
  test('an open case: messages of the current step, the extended term, a besluit with its own document, the rest', async () => {
    const api = mock();
    const detail = await detailOf(zaakUrl(api, jansen.dakkapel), { now: Date.parse('2026-12-01T10:00:00Z'), contactRoutes: ROUTES });
    assert.equal(detail.timeline.zaak.identificatie, 'ZAAK-2026-0003561');
    assert.deepEqual(
      detail.berichten?.map((bericht) => bericht.omschrijving),
      ['Adviesaanvraag verstuurd naar de Omgevingsdienst Voorbeeldregio.', 'De adviescommissie bespreekt uw plan op 3 november.'],
    );
    assert.deepEqual(detail.verlenging, { duur: 'P42D', reden: 'Het advies over ruimtelijke kwaliteit kost meer tijd.' });
    assert.equal(detail.opschorting, undefined);
    assert.deepEqual(detail.termijn, { stand: 'later-dan-gepland', datum: '2026-12-29', heeftDatums: true });
    assert.deepEqual(
      detail.besluiten?.map((besluit) => [besluit.besluittype?.omschrijving, besluit.documenten.map((document) => document.titel)]),
      [['Verdaging beslistermijn', ['Besluit verdaging beslistermijn']]],
    );
    // The besluit's document is not listed a second time; concepts and intern documents are not listed at all.
    const titels = detail.documenten?.map((document) => document.titel) ?? [];
    assert.ok(titels.includes('Bouwtekening dakkapel achterzijde'));
    assert.ok(!titels.includes('Besluit verdaging beslistermijn'));
    assert.ok(!titels.some((titel) => /Notitie constructeur|Concept welstandsadvies/.test(titel)));
    // No route for this zaaktype or organisation: the default, without its javascript: URL.
    assert.deepEqual(detail.contactRoute, { label: 'Klantcontactcentrum' });
  });

  test('a case by identificatie, suspended: never late, and the route of its zaaktype', async () => {
    mock();
    const detail = await detailOf('ZAAK-2026-0004127', { now: Date.parse('2027-01-10T10:00:00Z'), contactRoutes: ROUTES });
    assert.equal(detail.opschorting?.indicatie, true);
    assert.equal(detail.opschorting?.reden, 'We wachten op een kopie van uw kentekenbewijs.');
    assert.equal(detail.termijn.stand, 'opgeschort');
    assert.deepEqual(detail.besluiten, []);
    assert.equal(detail.moreBesluiten, false);
    assert.equal(detail.contactRoute?.label, 'Team Parkeren');
  });

  test('more besluiten than held: the first MAX_BESLUITEN, and moreBesluiten says there are more', async () => {
    const besluiten = `${ORIGIN}/besluiten/api/v1/besluiten`;
    const api = mock(
      {},
      http.get(besluiten, ({ request }) => {
        const zaak = new URL(request.url).searchParams.get('zaak');
        const results = Array.from({ length: MAX_BESLUITEN + 5 }, (_, i) => ({
          url: `${besluiten}/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          identificatie: `B-${i}`,
          zaak,
          datum: '2026-01-01',
          ingangsdatum: '2026-01-01',
        }));
        return HttpResponse.json({ count: results.length, next: null, previous: null, results });
      }),
    );
    const detail = await detailOf(zaakUrl(api, jansen.dakkapel));
    assert.equal(detail.besluiten?.length, MAX_BESLUITEN);
    assert.equal(detail.moreBesluiten, true);
  });

  test('documents up to maxVertrouwelijkheid', async () => {
    mock();
    const openbaar = await detailOf('ZAAK-2026-0004127');
    const intern = await detailOf('ZAAK-2026-0004127', { maxVertrouwelijkheid: 'intern' });
    assert.ok(!openbaar.documenten?.some((document) => document.titel === 'Controle inschrijving BRP'));
    assert.ok(intern.documenten?.some((document) => document.titel === 'Controle inschrijving BRP'));
  });

  test('null for an unknown case; a part that fails is undefined and the rest is shown', async () => {
    const api = mock(
      {},
      http.get(`${ORIGIN}/besluiten/api/v1/besluiten`, () => HttpResponse.json({ detail: 'x' }, { status: 500 })),
    );
    assert.equal(await getZaakDetail(gatewayClient(), 'ZAAK-1999-0000001'), null);
    const detail = await detailOf(zaakUrl(api, jansen.dakkapel));
    assert.equal(detail.besluiten, undefined);
    assert.equal(detail.moreBesluiten, false);
    assert.ok((detail.documenten?.length ?? 0) > 0);
    // Without the besluiten, their documents cannot be told apart: they are among the case's documents.
    assert.ok(detail.documenten?.some((document) => document.titel === 'Besluit verdaging beslistermijn'));
  });

  test('a part the employee’s role shields (403 shielded) is named in shielded; a failed part is not', async () => {
    const shielded = () =>
      HttpResponse.json({ code: 'shielded', title: 'Afgeschermd' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
    const api = mock({}, http.get(`${ORIGIN}/zaken/api/v1/zaakinformatieobjecten`, shielded));
    const detail = await detailOf(zaakUrl(api, jansen.dakkapel));
    assert.equal(detail.documenten, undefined);
    assert.deepEqual(detail.shielded, ['documenten']);
    assert.ok((detail.besluiten?.length ?? 0) > 0);
    const failed = mock(
      {},
      http.get(`${ORIGIN}/zaken/api/v1/zaakinformatieobjecten`, () => HttpResponse.json({ detail: 'x' }, { status: 500 })),
    );
    const withoutDocuments = await detailOf(zaakUrl(failed, jansen.dakkapel));
    assert.equal(withoutDocuments.documenten, undefined);
    assert.equal(withoutDocuments.shielded, undefined);
  });

  test('an abort rejects, it is not turned into a missing part', async () => {
    const api = mock();
    const controller = new AbortController();
    const pending = getZaakDetail(gatewayClient(), zaakUrl(api, jansen.dakkapel), { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: Error) => error.name === 'AbortError');
  });
});

describe('the rules of the detail view', () => {
  const timeline = (dates: Partial<ZaakDetail['timeline']>) => ({ open: true, ...dates }) as ZaakDetail['timeline'];

  test('the term at a moment: a date lasts the whole Dutch day', () => {
    const detail = { timeline: timeline({ einddatumGepland: '2026-11-17', uiterlijkeEinddatum: '2026-12-29' }) };
    assert.deepEqual(zaakTermijn(detail, Date.parse('2026-11-01T10:00:00Z')), { stand: 'op-tijd', datum: '2026-11-17', heeftDatums: true });
    assert.equal(zaakTermijn(detail, new Date('2026-12-29T22:00:00Z')).stand, 'later-dan-gepland');
    assert.deepEqual(zaakTermijn(detail, Date.parse('2026-12-29T23:30:00Z')), { stand: 'te-laat', datum: '2026-12-29', heeftDatums: true });
    assert.deepEqual(zaakTermijn({ timeline: timeline({}) }, 0), { stand: 'onbekend', heeftDatums: false });
    const closed = { timeline: timeline({ open: false, einddatum: '2024-02-26', uiterlijkeEinddatum: '2024-03-01' }) };
    assert.deepEqual(zaakTermijn(closed, 0), { stand: 'afgerond-op-tijd', heeftDatums: false });
  });

  test('bezwaar is open through its last day, Dutch time', () => {
    assert.equal(bezwaarStand('2024-04-08', Date.parse('2024-04-08T21:59:00Z')), 'open');
    assert.equal(bezwaarStand('2024-04-08', Date.parse('2024-04-08T22:01:00Z')), 'verstreken');
    assert.equal(bezwaarStand(undefined, 0), undefined);
    assert.equal(bezwaarStand('not a date', 0), undefined);
  });

  test('file labels by MIME type or extension, with the language decimal sign', () => {
    assert.equal(documentFileLabel({ formaat: 'application/pdf', bestandsomvang: 120_000 }, 'nl'), 'PDF, 120 kB');
    assert.equal(documentFileLabel({ bestandsnaam: 'plan.docx', bestandsomvang: 1_234_567 }, 'nl'), 'DOCX, 1,2 MB');
    assert.equal(documentFileLabel({ bestandsnaam: 'plan.docx', bestandsomvang: 1_234_567 }, 'en'), 'DOCX, 1.2 MB');
    assert.equal(documentFileLabel({}, 'nl'), undefined);
  });

  test('contact route: zaaktype before organisation before the default', () => {
    const zaaktype = { url: 'https://x/zaaktypen/1', identificatie: 'ZT-PRK-BEWONER', omschrijving: 'Parkeren' };
    const of = (detail: Partial<ZaakDetail>) =>
      contactRouteOf({ timeline: timeline({ zaak: { zaaktype } as ZaakDetail['timeline']['zaak'] }), ...detail }, ROUTES)?.label;
    assert.equal(of({}), 'Team Parkeren');
    assert.equal(
      contactRouteOf({ timeline: timeline({ zaak: {} as ZaakDetail['timeline']['zaak'] }), bronorganisatie: '000000000' }, ROUTES)?.label,
      'Andere organisatie',
    );
    assert.equal(contactRouteOf({ timeline: timeline({ zaak: {} as ZaakDetail['timeline']['zaak'] }) }, ROUTES)?.label, 'Klantcontactcentrum');
    assert.equal(contactRouteOf({ timeline: timeline({ zaak: {} as ZaakDetail['timeline']['zaak'] }) }, undefined), undefined);
  });
});

// The case both sides of the peer benchmark show (issue 16): an omgevingsvergunning with 8 statustypen, step 5 current,
// Dutch texts, served by the mock API as a real HTTP server (`startMockServer`). The mock's catalogue has no zaaktype
// with 8 steps, so this adds one for the bench only: the fixture catalogue's omgevingsvergunning with two more steps,
// and a resident `peers` with two zaken of it (step 5 current, the one measured; step 6 current, for switches).
// Needs `tsc -b` (the mock's dist).
import { startMockServer } from '../../packages/mock-api/dist/src/server.js';
import { zaaktypen } from '../../packages/mock-api/dist/src/fixtures/zaaktypen.js';
import { residentDefinitions } from '../../packages/mock-api/dist/src/fixtures/residents.js';

const base = zaaktypen.find((zaaktype) => zaaktype.key === 'omgevingsvergunning');
const [ontvangen, compleet, advies, beoordeling, besluit, afgehandeld] = base.statustypen;

/** The 8-step zaaktype: the fixture's omgevingsvergunning (dakkapel) with a zienswijze and a draft decision added. */
const zaaktype = {
  ...base,
  key: 'peers-omgevingsvergunning-uitbouw',
  uuid: '5d6b1c7e-3f0a-4e42-9a57-7c1d0b8e2f16',
  identificatie: 'ZT-OMV-UITBOUW',
  omschrijving: 'Omgevingsvergunning (uitbouw)',
  deelzaaktypen: [],
  statustypen: [
    ontvangen,
    compleet,
    advies,
    { omschrijving: 'Zienswijzen gevraagd', statustekst: 'Buren en andere belanghebbenden kunnen zes weken lang hun mening geven over uw plan.' },
    beoordeling,
    { omschrijving: 'Ontwerpbesluit klaar', statustekst: 'Het ontwerpbesluit ligt ter inzage. U hoort van ons als er bezwaren zijn.' },
    besluit,
    afgehandeld,
  ],
};

const team = { kind: 'organisatorische_eenheid', roltype: 'behandelaar', identificatie: 'OE-VERGUNNINGEN', naam: 'Team Vergunningen' };

/** A zaak of the 8-step zaaktype whose status `current` (1-based) is the last one set. */
function zaak(uuid, identificatie, current) {
  const day = (n) => new Date(Date.UTC(2026, 8, 1 + n * 6, 9 + n, 15)).toISOString().replace('.000Z', 'Z');
  return {
    uuid,
    identificatie,
    zaaktype: zaaktype.key,
    omschrijving: 'Uitbouw aan de achterkant, Kastanjeplein 8',
    vertrouwelijkheidaanduiding: 'beperkt_openbaar',
    startdatum: '2026-09-01',
    einddatumGepland: '2026-12-15',
    uiterlijkeEinddatumAfdoening: '2027-01-26',
    communicatiekanaalNaam: 'Omgevingsloket',
    statussen: Array.from({ length: current }, (_, i) => ({
      volgnummer: i + 1,
      datum: day(i),
      ...(i + 1 === current ? { toelichting: 'We verwachten in december een besluit te nemen.' } : {}),
    })),
    behandelaars: [team],
  };
}

/** The measured zaak (step 5 of 8 current) and the other one a switch goes to (step 6 of 8). */
export const ZAAK = { uuid: '0b8a4e55-9c1d-4f6e-8a2b-3c4d5e6f7a81', identificatie: 'ZAAK-2026-0008805', current: 5 };
export const OTHER_ZAAK = { uuid: '7e2f9a10-4b3c-4d5e-9f60-1a2b3c4d5e62', identificatie: 'ZAAK-2026-0008806', current: 6 };
export const STEPS = zaaktype.statustypen.length;

const resident = {
  id: 'peers',
  naam: 'Sanne de Wit',
  persoon: residentDefinitions[0].persoon,
  zaken: [zaak(ZAAK.uuid, ZAAK.identificatie, ZAAK.current), zaak(OTHER_ZAAK.uuid, OTHER_ZAAK.identificatie, OTHER_ZAAK.current)],
};

/**
 * Starts the mock with the bench's case, serving resident `peers`; `latency` ms before each response. The catalogue
 * and resident are added to the fixture lists only while the mock builds its data set, then taken out again, so no
 * other mock in this process sees them.
 */
export async function startCaseServer({ latency = 0 } = {}) {
  const catalogue = /** @type {unknown[]} */ (zaaktypen);
  const residents = /** @type {unknown[]} */ (residentDefinitions);
  catalogue.push(zaaktype);
  residents.push(resident);
  try {
    const server = await startMockServer({ resident: resident.id, latency });
    return { ...server, zaakUrl: (uuid) => `${server.mock.urls.zaken}/zaken/${uuid}` };
  } finally {
    catalogue.splice(catalogue.indexOf(zaaktype), 1);
    residents.splice(residents.indexOf(resident), 1);
  }
}

// A small Open Zaak-like backend for domain tests that need precise, malformed or hostile data
// (the full fixture backend is @klantbeeld/mock-api). Resources are plain JSON so tests can corrupt them.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { CATALOGI, ZAKEN } from './helpers.js';
import { pagedAnswer } from './paged-answer.js';

export type Json = Record<string, unknown>;

export const ZT = `${CATALOGI}/zaaktypen/zt1`;
export const ST = [1, 2, 3].map((n) => `${CATALOGI}/statustypen/st${n}`) as [string, string, string];
export const RT = `${CATALOGI}/resultaattypen/rt1`;
export const Z = (id: string) => `${ZAKEN}/zaken/${id}`;

/** A fresh dataset: open z1 (2nd of 3 steps), closed z2 (end status, resultaat), open z3 without status. */
export function dataset() {
  const catalogi: Record<string, Json> = {
    [ZT]: { url: ZT, identificatie: 'ZT-PARK', omschrijving: 'Aanvraag parkeervergunning', statustypen: ST },
    [ST[0]]: { url: ST[0], zaaktype: ZT, volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'We hebben uw aanvraag.', isEindstatus: false },
    [ST[1]]: { url: ST[1], zaaktype: ZT, volgnummer: 2, omschrijving: 'In behandeling', isEindstatus: false },
    [ST[2]]: { url: ST[2], zaaktype: ZT, volgnummer: 3, omschrijving: 'Afgerond', isEindstatus: true },
    [RT]: { url: RT, zaaktype: ZT, omschrijving: 'Verleend' },
  };
  const status = (id: string, zaak: string, type: string, datum: string, toelichting = '') => ({
    url: `${ZAKEN}/statussen/${id}`,
    uuid: id,
    zaak: Z(zaak),
    statustype: type,
    datumStatusGezet: datum,
    statustoelichting: toelichting,
  });
  const statussen: Json[] = [
    status('s1a', 'z1', ST[0], '2026-01-02T09:00:00Z'),
    status('s1b', 'z1', ST[1], '2026-01-05T10:00:00Z', 'Wij beoordelen uw aanvraag.'),
    status('s2a', 'z2', ST[0], '2025-10-01T09:00:00Z'),
    status('s2b', 'z2', ST[1], '2025-10-03T09:00:00Z'),
    status('s2c', 'z2', ST[2], '2025-10-20T09:00:00Z', 'Vergunning verleend.'),
  ];
  const rol = (id: string, zaak: string, omschrijvingGeneriek: string, betrokkeneType: string, betrokkeneIdentificatie: Json) => ({
    url: `${ZAKEN}/rollen/${id}`,
    uuid: id,
    zaak: Z(zaak),
    omschrijvingGeneriek,
    betrokkeneType,
    betrokkeneIdentificatie,
  });
  const rollen: Json[] = [
    rol('r1a', 'z1', 'initiator', 'natuurlijk_persoon', { geslachtsnaam: 'Jansen' }),
    rol('r1b', 'z1', 'behandelaar', 'medewerker', { voorletters: 'P.', voorvoegselAchternaam: 'van', achternaam: 'Dam' }),
    rol('r1c', 'z1', 'behandelaar', 'organisatorische_eenheid', { naam: 'Team Parkeren' }),
    rol('r2a', 'z2', 'behandelaar', 'medewerker', { voorletters: 'K.', achternaam: 'Smit' }),
  ];
  const resultaten: Json[] = [{ url: `${ZAKEN}/resultaten/res2`, uuid: 'res2', zaak: Z('z2'), resultaattype: RT, toelichting: 'Toegekend per 1 november.' }];
  const zaak = (id: string, fields: Json): Json => ({
    url: Z(id),
    uuid: id,
    identificatie: `ZAAK-${id}`,
    omschrijving: '',
    zaaktype: ZT,
    einddatum: null,
    status: null,
    resultaat: null,
    rollen: rollen.filter((r) => r.zaak === Z(id)).map((r) => r.url),
    ...fields,
  });
  const zaken: Json[] = [
    zaak('z1', {
      omschrijving: 'Parkeervergunning Kerkstraat',
      startdatum: '2026-01-02',
      status: `${ZAKEN}/statussen/s1b`,
      einddatumGepland: '2026-02-01',
      uiterlijkeEinddatumAfdoening: '2026-03-01',
    }),
    zaak('z2', { startdatum: '2025-10-01', einddatum: '2025-10-20', status: `${ZAKEN}/statussen/s2c`, resultaat: `${ZAKEN}/resultaten/res2` }),
    zaak('z3', { omschrijving: 'Nog niet gestart', startdatum: '2026-02-01', uiterlijkeEinddatumAfdoening: '2026-04-01' }),
  ];
  return { catalogi, statussen, rollen, resultaten, zaken };
}

export type Dataset = ReturnType<typeof dataset>;

export interface BackendOptions {
  /** false: 400 on `expand` like a server without expand support. */
  expand?: boolean;
  /** Expand names silently left out of `_expand`. */
  dropExpand?: readonly string[];
  pageSize?: number;
}

const EXPANDABLE = new Set(['zaaktype', 'status', 'status.statustype', 'resultaat', 'resultaat.resultaattype', 'rollen']);

/** msw handlers serving `data`. */
export function backend(data: Dataset, options: BackendOptions = {}): RequestHandler[] {
  const { expand: supportsExpand = true, dropExpand = [], pageSize = 100 } = options;
  const byUrl = (list: Json[], url: string) => list.find((item) => item.url === url);
  const detail = (found: unknown) => (found ? HttpResponse.json(found) : HttpResponse.json({ code: 'not_found', status: 404 }, { status: 404 }));

  function expandZaak(zaak: Json, names: string[]): Json {
    const out: Json = {};
    const want = (name: string) => names.includes(name) && !dropExpand.includes(name);
    if (want('zaaktype')) out.zaaktype = data.catalogi[String(zaak.zaaktype)];
    if (want('status') || want('status.statustype')) {
      const status = typeof zaak.status === 'string' ? byUrl(data.statussen, zaak.status) : null;
      out.status = status && want('status.statustype') ? { ...status, _expand: { statustype: data.catalogi[String(status.statustype)] } } : (status ?? null);
    }
    if (want('resultaat') || want('resultaat.resultaattype')) {
      const res = typeof zaak.resultaat === 'string' ? byUrl(data.resultaten, zaak.resultaat) : null;
      out.resultaat = res && want('resultaat.resultaattype') ? { ...res, _expand: { resultaattype: data.catalogi[String(res.resultaattype)] } } : (res ?? null);
    }
    if (want('rollen')) out.rollen = data.rollen.filter((rol) => rol.zaak === zaak.url);
    return { ...zaak, _expand: out };
  }

  function parseExpand(url: URL): string[] | Response {
    const raw = url.searchParams.get('expand');
    if (raw === null) return [];
    const names = raw.split(',');
    if (!supportsExpand || names.some((name) => !EXPANDABLE.has(name))) {
      return HttpResponse.json(
        {
          code: 'invalid',
          title: 'Invalid input.',
          status: 400,
          detail: '',
          instance: 'urn:x',
          invalidParams: [{ name: 'expand', code: 'invalid_choice', reason: 'Ongeldige keuze.' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    return names;
  }

  const page = (request: Request, items: unknown[]) => pagedAnswer(request, items, pageSize);

  return [
    http.get(`${ZAKEN}/zaken`, ({ request }) => {
      const url = new URL(request.url);
      if (request.headers.get('Accept-Crs') !== 'EPSG:4326') return new HttpResponse(null, { status: 412 });
      const names = parseExpand(url);
      if (!Array.isArray(names)) return names;
      const isnull = url.searchParams.get('einddatum__isnull');
      const identificatie = url.searchParams.get('identificatie');
      const selected = data.zaken
        .filter((zaak) => isnull === null || (isnull === 'true') === (zaak.einddatum === null))
        .filter((zaak) => identificatie === null || zaak.identificatie === identificatie)
        .sort((a, b) => String(b.startdatum).localeCompare(String(a.startdatum)))
        .map((zaak) => (names.length ? expandZaak(zaak, names) : zaak));
      return page(request, selected);
    }),
    http.get(`${ZAKEN}/zaken/:id`, ({ request }) => {
      if (request.headers.get('Accept-Crs') !== 'EPSG:4326') return new HttpResponse(null, { status: 412 });
      const url = new URL(request.url);
      const names = parseExpand(url);
      if (!Array.isArray(names)) return names;
      const zaak = byUrl(data.zaken, url.origin + url.pathname);
      return detail(zaak && (names.length ? expandZaak(zaak, names) : zaak));
    }),
    http.get(`${ZAKEN}/statussen`, ({ request }) => {
      const zaak = new URL(request.url).searchParams.get('zaak');
      return page(
        request,
        data.statussen.filter((status) => status.zaak === zaak),
      );
    }),
    http.get(`${ZAKEN}/statussen/:id`, ({ request }) => detail(byUrl(data.statussen, request.url))),
    http.get(`${ZAKEN}/rollen`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const generiek = query.get('omschrijvingGeneriek');
      return page(
        request,
        data.rollen.filter((rol) => rol.zaak === query.get('zaak') && (generiek === null || rol.omschrijvingGeneriek === generiek)),
      );
    }),
    http.get(`${ZAKEN}/resultaten/:id`, ({ request }) => detail(byUrl(data.resultaten, request.url))),
    http.get(`${CATALOGI}/statustypen`, ({ request }) => {
      const zaaktype = new URL(request.url).searchParams.get('zaaktype');
      return page(
        request,
        Object.values(data.catalogi).filter((item) => 'volgnummer' in item && item.zaaktype === zaaktype),
      );
    }),
    http.get(`${CATALOGI}/:collection/:id`, ({ request }) => detail(data.catalogi[request.url])),
  ];
}

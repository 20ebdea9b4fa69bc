// Bounded work whatever the data: a zaak with 10,000 besluiten, each with its own besluittype and
// document, or 10,000 documents, costs a fixed number of requests (docs/core/bounds.md), and the view
// model says there is more instead of fetching everything. Also: an endless `next` chain stops.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import {
  MAX_BESLUITEN,
  MAX_DOCUMENTEN,
  MAX_DOCUMENTTYPEN,
  MAX_LIST_PAGES,
  createClient,
  listBesluiten,
  listZaakDocumenten,
  summarizeBesluiten,
} from '@klantbeeld/core';
import { useServer } from './helpers.js';

const ORIGIN = 'https://gw.example';
const ZAKEN = `${ORIGIN}/zaken/api/v1`;
const BESLUITEN = `${ORIGIN}/besluiten/api/v1`;
const CATALOGI = `${ORIGIN}/catalogi/api/v1`;
const DOCUMENTEN = `${ORIGIN}/documenten/api/v1`;
const ZAAK = `${ZAKEN}/zaken/00000000-0000-4000-8000-000000000001`;
const N = 10_000;
const PAGE = 100;

const { server, requests } = useServer();
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const document = (i: number) => `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${uuid(i)}`;

/** A paginated answer of `count` generated items, page size 100, `next` by `page=`. */
function paged(request: Request, count: number, item: (i: number) => unknown) {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('page') ?? '1');
  const start = (page - 1) * PAGE;
  const results = Array.from({ length: Math.max(0, Math.min(PAGE, count - start)) }, (_, k) => item(start + k));
  url.searchParams.set('page', String(page + 1));
  return HttpResponse.json({ count, next: start + PAGE < count ? url.href : null, previous: null, results });
}

/** Documenten, besluittypen and informatieobjecttypen of any number: each besluit and document has its own type. */
function documentHandlers() {
  return [
    http.post(`${DOCUMENTEN}/enkelvoudiginformatieobjecten/_zoek`, async ({ request }) => {
      const body = (await request.json()) as { uuid__in?: string[] };
      return HttpResponse.json({
        count: body.uuid__in?.length ?? 0,
        next: null,
        previous: null,
        results: (body.uuid__in ?? []).map((id) => ({
          url: `${DOCUMENTEN}/enkelvoudiginformatieobjecten/${id}`,
          titel: `Document ${id}`,
          vertrouwelijkheidaanduiding: 'openbaar',
          status: 'definitief',
          informatieobjecttype: `${CATALOGI}/informatieobjecttypen/${id}`,
          creatiedatum: '2026-01-01',
        })),
      });
    }),
    http.get(`${CATALOGI}/informatieobjecttypen/:id`, ({ params }) =>
      HttpResponse.json({ url: `${CATALOGI}/informatieobjecttypen/${String(params.id)}`, omschrijving: 'Brief' }),
    ),
    http.get(`${CATALOGI}/besluittypen/:id`, ({ params }) =>
      HttpResponse.json({ url: `${CATALOGI}/besluittypen/${String(params.id)}`, omschrijving: 'Besluit' }),
    ),
  ];
}

describe('bounded work: 10,000 besluiten or documents cost a fixed number of requests', () => {
  test(`listBesluiten with ${N} besluiten: at most ${MAX_BESLUITEN} held, "more" said, ≤ 1 + 2 × ${MAX_BESLUITEN} + 1 + ${MAX_DOCUMENTTYPEN} requests`, async () => {
    server.use(
      http.get(`${BESLUITEN}/besluiten`, ({ request }) =>
        paged(request, N, (i) => ({
          url: `${BESLUITEN}/besluiten/${uuid(i)}`,
          identificatie: `B-${i}`,
          zaak: ZAAK,
          besluittype: `${CATALOGI}/besluittypen/${uuid(i)}`,
          datum: '2026-01-01',
          ingangsdatum: '2026-01-01',
        })),
      ),
      http.get(`${BESLUITEN}/besluitinformatieobjecten`, ({ request }) => {
        const besluit = new URL(request.url).searchParams.get('besluit') ?? '';
        const i = Number(besluit.slice(-12));
        return HttpResponse.json([{ url: `${BESLUITEN}/besluitinformatieobjecten/${uuid(i)}`, besluit, informatieobject: document(i) }]);
      }),
      ...documentHandlers(),
    );
    const client = createClient({ gateway: ORIGIN, retries: 0 });
    const summary = await summarizeBesluiten(client, ZAAK);
    assert.equal(summary.besluiten.length, MAX_BESLUITEN);
    assert.equal(summary.more, true);
    assert.ok(summary.besluiten.every((besluit) => besluit.documenten.length === 1));
    // 1 page of besluiten, one BIO list and one besluittype per held besluit, one _zoek, one informatieobjecttype per document.
    const bound = 1 + MAX_BESLUITEN + MAX_BESLUITEN + 1 + MAX_DOCUMENTTYPEN;
    assert.ok(requests.length <= bound, `${requests.length} requests, bound ${bound}`);
    // listBesluiten is the same call without the summary; cached lists and types make it cheaper still.
    assert.equal((await listBesluiten(client, ZAAK)).length, MAX_BESLUITEN);
  });

  test(`listZaakDocumenten with ${N} documents, each of its own type: at most ${MAX_DOCUMENTEN}, a fixed number of requests`, async () => {
    server.use(
      http.get(`${ZAKEN}/zaakinformatieobjecten`, ({ request }) =>
        paged(request, N, (i) => ({ url: `${ZAKEN}/zaakinformatieobjecten/${uuid(i)}`, zaak: ZAAK, informatieobject: document(i) })),
      ),
      ...documentHandlers(),
    );
    const documenten = await listZaakDocumenten(createClient({ gateway: ORIGIN, retries: 0 }), ZAAK);
    assert.equal(documenten.length, MAX_DOCUMENTEN);
    // The links (2 × MAX_DOCUMENTEN, 100 a page), one _zoek per 100 documents, the first MAX_DOCUMENTTYPEN types.
    const bound = (2 * MAX_DOCUMENTEN) / PAGE + MAX_DOCUMENTEN / 100 + MAX_DOCUMENTTYPEN;
    assert.ok(requests.length <= bound, `${requests.length} requests, bound ${bound}`);
  });

  test(`an endless chain of distinct next links stops after ${MAX_LIST_PAGES} pages`, async () => {
    server.use(http.get(`${ZAKEN}/zaakinformatieobjecten`, ({ request }) => paged(request, Number.MAX_SAFE_INTEGER, () => ({ zaak: 'elders' }))));
    const client = createClient({ gateway: ORIGIN, retries: 0 });
    const links = await client.list('zaken', '/zaakinformatieobjecten');
    assert.equal(requests.length, MAX_LIST_PAGES);
    assert.equal(links.length, MAX_LIST_PAGES * PAGE);
  });
});

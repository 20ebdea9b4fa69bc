// The peer side of bench/peers-process-steps.mjs: the case's status timeline with Den Haag's ProcessSteps (React 18,
// production build by Vite). Like <kb-status-tracker>, it fetches the case from the mock API on load, with the
// fewest requests the standard APIs allow: the zaak by identificatie (zaaktype and status expanded), then its
// statustypen and statussen at once. `window.peer` lets the bench mount, update and count renders without network.
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Status } from '@gemeente-denhaag/process-steps';

const root = document.getElementById('root');
const api = root.dataset.api;
/** The Zaken API asks for the coordinate system on every request, as `@klantbeeld/core` sends it. */
const ZAKEN_HEADERS = { Accept: 'application/json', 'Accept-Crs': 'EPSG:4326', 'Content-Crs': 'EPSG:4326' };
const JSON_HEADERS = { Accept: 'application/json' };

async function get(url, headers) {
  const response = await fetch(url, { headers, credentials: 'include' });
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return response.json();
}

/** The case as the standard APIs give it: the zaak, its zaaktype's statustypen, its statussen. */
async function fetchCase(identificatie) {
  const query = new URLSearchParams({ identificatie, expand: 'zaaktype,status.statustype' });
  const [zaak] = (await get(`${api}/zaken/api/v1/zaken?${query}`, ZAKEN_HEADERS)).results;
  const [statustypen, statussen] = await Promise.all([
    get(`${api}/catalogi/api/v1/statustypen?${new URLSearchParams({ zaaktype: zaak.zaaktype })}`, JSON_HEADERS),
    get(`${api}/zaken/api/v1/statussen?${new URLSearchParams({ zaak: zaak.url })}`, ZAKEN_HEADERS),
  ]);
  return { zaak, statustypen: statustypen.results, statussen: statussen.results };
}

let dates;
const date = (iso) => {
  dates ??= new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return dates.format(new Date(iso));
};

/** ProcessSteps' steps: done steps checked with their date, the current one with its date, statustekst and toelichting. */
function toSteps({ zaak, statustypen, statussen }) {
  const current = zaak._expand?.status?._expand?.statustype?.volgnummer ?? 0;
  const set = new Map(statussen.map((status) => [status.statustype, status]));
  return [...statustypen]
    .sort((a, b) => a.volgnummer - b.volgnummer)
    .map((type) => {
      const state = type.volgnummer < current ? 'checked' : type.volgnummer === current ? 'current' : 'not-checked';
      const status = state === 'not-checked' ? undefined : set.get(type.url);
      return {
        id: type.url,
        title: type.omschrijving,
        status: state,
        ...(status ? { date: date(status.datumStatusGezet) } : {}),
        ...(state === 'current' ? { meta: [type.statustekst, status?.statustoelichting].filter(Boolean).join(' ') } : {}),
      };
    });
}

let renders = 0;
/** One timeline; counts its renders (the bench's "renders per state change"). */
function Timeline({ data }) {
  renders++;
  return h(Status, { steps: toSteps(data) });
}

/** n timelines of the same case. */
function Timelines({ data, n }) {
  return h(
    'div',
    null,
    Array.from({ length: n }, (_, i) => h('section', { key: i, className: 'timeline' }, h(Timeline, { data }))),
  );
}

/** The page as a resident sees it: one timeline that shows once its data arrived. */
function Page({ initial }) {
  const [data] = useState(initial);
  return h(Timelines, { data, n: 1 });
}

const reactRoot = createRoot(root);
const cases = new Map();
const first = await fetchCase(root.dataset.zaak);
cases.set(root.dataset.zaak, first);
reactRoot.render(h(Page, { initial: first }));

window.peer = {
  /** Fetches the other zaak once, so switches read it from memory (as the client's cache does). */
  async prepare() {
    const other = root.dataset.otherZaak;
    if (!cases.has(other)) cases.set(other, await fetchCase(other));
  },
  /** Renders n timelines of the measured zaak, synchronously. */
  mount(n) {
    flushSync(() => reactRoot.render(h(Timelines, { data: cases.get(root.dataset.zaak), n })));
  },
  /** Shows the other zaak (or back) in the one timeline, synchronously; the steps are mapped again, as on a switch. */
  show(identificatie) {
    flushSync(() => reactRoot.render(h(Timelines, { data: cases.get(identificatie), n: 1 })));
  },
  clear() {
    flushSync(() => reactRoot.render(null));
  },
  get renders() {
    return renders;
  },
};

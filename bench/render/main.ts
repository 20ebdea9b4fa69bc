// Page of bench/elements-render.mjs: the mock API in an msw service worker, and functions the bench
// calls through page.evaluate to render an element (or run its core call alone) against n items.
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createClient, listKlantcontacten, listZaken, type KlantbeeldClient } from '@klantbeeld/core';
import { createMockApi, generateKlantcontacten } from '@klantbeeld/mock-api';
import '@klantbeeld/elements/define';
import type { KlantbeeldDataElement } from '@klantbeeld/elements';

const RESIDENT = 'bench';
const PAGE_SIZE = 100;
/** The fixtures' "today", as in the element tests. */
const NOW = new Date('2026-11-28T12:00:00Z');

const mock = createMockApi({ origin: location.origin });
const worker = setupWorker(...mock.handlers);

let contacts: Record<string, unknown>[] = [];
const klantcontacten = `${mock.urls.klantinteracties}/klantcontacten`;
let requests = 0;

/** A fresh client (empty caches) on the mock gateway, counting requests. */
function client(): KlantbeeldClient {
  return createClient({
    gateway: location.origin,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      return fetch(input, init);
    },
  });
}

type Kind = 'contacts' | 'zaken';
const TAG: Record<Kind, string> = { contacts: 'kb-contact-history', zaken: 'kb-lopende-zaken' };

export interface RenderResult {
  state: string;
  nodes: number;
  items: number;
  /** Setting `client` to ready + updateComplete. */
  ms: number;
  /** Setting `client` to the data task's completion (the element's load(): core call plus its own mapping). */
  taskMs: number;
  /** … plus a forced style and layout of the document. */
  layoutMs: number;
  requests: number;
}

const bench = {
  /** Starts the worker (once) and serves `n` items of `kind`. */
  async prepare(kind: Kind, n: number): Promise<void> {
    if (kind === 'zaken') {
      mock.seedZaken(RESIDENT, n);
      mock.setResident(RESIDENT);
    } else {
      contacts = generateKlantcontacten(mock.urls.klantinteracties, n);
    }
  },

  /** Renders a fresh element of `kind`, sets a fresh client and waits for ready; removes it afterwards. */
  async render(kind: Kind): Promise<RenderResult> {
    const stage = document.querySelector('#stage')!;
    stage.replaceChildren();
    const el = document.createElement(TAG[kind]) as KlantbeeldDataElement<unknown> & { now?: Date };
    el.setAttribute('heading-level', '2');
    if (kind === 'contacts') el.now = NOW;
    stage.append(el);
    await el.updateComplete; // idle: no client yet
    // Timestamps the end of the element's own load() (the core call and its mapping), before Lit renders the result.
    const inner = el as unknown as { dataTask: { taskComplete: Promise<unknown> }; load: (...args: unknown[]) => Promise<unknown> };
    const load = inner.load;
    let loaded = NaN;
    inner.load = async (...args) => {
      const data = await load.apply(el, args);
      loaded = performance.now();
      return data;
    };
    requests = 0;
    const t0 = performance.now();
    el.client = client();
    await el.updateComplete; // the task starts in this update
    await inner.dataTask.taskComplete.catch(() => undefined);
    while (!(await el.updateComplete)) continue; // true once no further update is pending
    const ms = performance.now() - t0;
    const taskMs = loaded - t0;
    void document.body.getBoundingClientRect(); // forces style and layout
    const layoutMs = performance.now() - t0;
    const root = el.shadowRoot!;
    const result: RenderResult = {
      state: el.dataState,
      nodes: root.querySelectorAll('*').length,
      items: root.querySelectorAll('li[part~="item"]').length,
      ms,
      taskMs,
      layoutMs,
      requests,
    };
    stage.replaceChildren();
    return result;
  },

  /** The element's core call alone, with a fresh client: ms and count. */
  async load(kind: Kind): Promise<{ ms: number; count: number; requests: number }> {
    requests = 0;
    const c = client();
    const t0 = performance.now();
    const list = kind === 'zaken' ? await listZaken(c, { status: 'open' }) : await listKlantcontacten(c);
    return { ms: performance.now() - t0, count: list.length, requests };
  },
};

await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
// More than the fixture's few klantcontacten: the generated ones, in pages of PAGE_SIZE with `next` links.
worker.use(
  http.get(klantcontacten, ({ request }) => {
    const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
    const results = contacts.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const link = (p: number) => {
      const url = new URL(request.url);
      url.searchParams.set('page', String(p));
      return url.href;
    };
    return HttpResponse.json({
      count: contacts.length,
      next: page * PAGE_SIZE < contacts.length ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
      results,
    });
  }),
);

Object.assign(window, { bench });

// The page of the theme checks: every element registered by `@klantbeeld/elements/define` (except the provider) on the
// mock APIs without latency, resident jansen, and the demo's theme switch. Elements that land later are found the
// same way, so the checks cover them without a change here. Query parameters give the other states the checks cover:
// `?resident=leeg` (a resident without data), `?state=outage` (every API answers 503, the gateway is down) and
// `?heading-level=1` (the elements' headings start at h1 instead of h2), `?zaak=ZAAK-2024-0005112` (the case the
// tracker and detail show; that one has a besluit).
import { setupWorker } from 'msw/browser';
import { HttpResponse, http } from 'msw';
import { createClient } from '@klantbeeld/core';
import { createMockApi, fixtureObjecten } from '@klantbeeld/mock-api';
import { applyTheme, themes, type ColorScheme } from '../../../../demo/themes.js';

const registered: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (!customElements.get(name)) registered.push(name);
  define(name, constructor, options);
};
await import('@klantbeeld/elements/define');

const query = new URLSearchParams(location.search);
const mock = createMockApi({ origin: location.origin, latency: 0, resident: query.get('resident') ?? 'jansen' });
const outage =
  query.get('state') === 'outage'
    ? [
        http.all(`${location.origin}/*`, ({ request }) =>
          new URL(request.url).pathname.startsWith('/@') || request.destination ? undefined : new HttpResponse(null, { status: 503 }),
        ),
      ]
    : [];
await setupWorker(...outage, ...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });

/** What an element needs beyond `heading-level` to show its ready state with the mock data (as in the demo). */
const objecttype = (uuid: string) => `${mock.urls.objecten}/objecttypes/${uuid}`;
const attributes: Record<string, Record<string, string>> = {
  'kb-status-tracker': { zaak: query.get('zaak') ?? 'ZAAK-2026-0004127' },
  'kb-lopende-zaken': { 'href-template': 'https://gemeente.example/zaken/{identificatie}' },
  'kb-zaak-detail': { zaak: query.get('zaak') ?? 'ZAAK-2026-0004127' },
  'kb-taken': { objecttype: objecttype(fixtureObjecten.objecttypen.taak) },
  'kb-contact-history': { 'afspraak-objecttype': objecttype(fixtureObjecten.objecttypen.afspraak) },
  // Short pages, so that the pagination and its disabled "previous" button are on the page too.
  'kb-verwerkingen': { 'page-size': '2' },
};

const provider = document.createElement('kb-provider');
provider.client = createClient({ gateway: location.origin });
const tags = registered.filter((tag) => tag.startsWith('kb-') && tag !== 'kb-provider');
for (const tag of tags) {
  const element = document.createElement(tag);
  element.setAttribute('heading-level', query.get('heading-level') ?? '2');
  for (const [name, value] of Object.entries(attributes[tag] ?? {})) element.setAttribute(name, value);
  provider.append(element);
}
document.querySelector('#elements')!.append(provider);

declare global {
  interface Window {
    /** The tags on the page, for the checks. */
    kbTags: string[];
    kbThemes: typeof themes;
    kbApplyTheme(id: string, scheme: ColorScheme): Promise<void>;
    /** Every element inside `root`, through nested shadow roots (the status tracker inside the case detail). */
    kbDeepElements: (root: ParentNode) => Element[];
  }
}
window.kbTags = tags;
window.kbThemes = themes;
window.kbDeepElements = function deep(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? deep(node.shadowRoot) : [])]);
};
window.kbApplyTheme = (id, scheme) =>
  applyTheme(
    themes.find((theme) => theme.id === id)!,
    scheme,
  );

// Demo: the elements on a municipal portal page ("Mijn Voorbeeldstad"), on the real path — the page → the gateway
// (sign-in at its development IdP, scoping by the real proxy) → the mock standard APIs in upstream mode over HTTP.
// `npm start` starts all three (see vite.config.ts); the page reaches the gateway below its own origin, at
// /api/klantbeeld. The shell (header, navigation, pages, settings) is NL Design System CSS; see shell/.
import { createClient } from '@klantbeeld/core';
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import '@klantbeeld/elements/define';
import type { KbProvider, KbZaakDetail } from '@klantbeeld/elements';
import { applyTheme } from './themes.js';
import { Pages } from './shell/pages.js';
import { casePath, Router } from './shell/routes.js';
import { fetchSession, setUpSignOut, showSession } from './shell/session.js';
import { loadSettings, saveSettings, setUpSettingsPanel, themeById, type DemoSettings } from './shell/settings.js';
import { applyLanguage } from './shell/texts.js';

const gateway = `${location.origin}/api/klantbeeld`;

function required<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`The demo page has no ${selector}.`);
  return node;
}

// Tasks and appointments are records of the municipality's own objecttypes in the Objecten API (as the gateway names them).
const objecttype = (uuid: string) => `${gateway}/objecten/api/v2/objecttypes/${uuid}`;
required('#taken').setAttribute('objecttype', objecttype(fixtureObjecten.objecttypen.taak));
required('#contact-history').setAttribute('afspraak-objecttype', objecttype(fixtureObjecten.objecttypen.afspraak));
// Tip rules are public records of the tip objecttype; one is invalid on purpose and only reported.
const tips = required<HTMLElement>('#tips');
tips.setAttribute('objecttype', objecttype(fixtureObjecten.objecttypen.tip));
tips.addEventListener('kb-error', (event) => {
  if (event.detail.error.name === 'TipRuleError') console.info(`[demo] skipped: ${event.detail.error.message}`);
});

const pages = new Pages(required<KbZaakDetail>('#zaak-detail'));
const router = new Router((route, initial) => pages.show(route, !initial));

// Settings: language (the elements follow <html lang>), theme (a municipality's NL DS theme class on <html> styles
// every element, without configuration) and colour scheme.
let settings = loadSettings();
let session: Awaited<ReturnType<typeof fetchSession>> | undefined;
function apply(next: DemoSettings): void {
  settings = next;
  saveSettings(next);
  applyLanguage(next.language);
  pages.language = next.language;
  if (session) showSession(session, next.language);
  const theme = themeById(next.theme);
  // A theme whose dark values follow the system's setting gets its dark class always: the system decides.
  void applyTheme(theme, theme.dark?.mediaQuery ? 'dark' : next.scheme);
}
setUpSettingsPanel(settings, apply);
apply(settings);

// A case chosen in an element (the list, a product, a related case in the steps) opens its page in this page.
const provider = required<KbProvider>('#provider');
provider.addEventListener('kb-zaak-select', (event) => {
  event.preventDefault();
  router.navigate(casePath(event.detail.zaak.identificatie));
});

// The case worker moves jansen's parkeervergunning on (it is at step 2 of 4) through the mock's development
// controls: mock Zaken → its Notificaties API → the gateway's callback → the event stream → the elements, without
// a reload. Messages by the resident's channel of choice land in the dev mail viewer at /api/klantbeeld/dev/mail.
let volgnummer = 2;
required<HTMLButtonElement>('#demo-next-status').addEventListener('click', () => {
  volgnummer = volgnummer >= 4 ? 1 : volgnummer + 1;
  void fetch(`/_mock/zaken/${fixtureZaken.jansen.parkeervergunning}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ volgnummer }),
  });
});

setUpSignOut(gateway, async () => {
  // Without a client the elements go idle: their loads are aborted and their polling stops.
  provider.client = undefined;
  await provider.updateComplete;
  const elements = [...provider.querySelectorAll('*')].filter((node): node is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in node);
  await Promise.all(elements.map((element) => element.updateComplete));
});
router.start();
session = await fetchSession(gateway);
showSession(session, settings.language);
pages.signedIn = session.signedIn;
// Signed out, the elements stay idle (no client): nothing to show and nothing to ask the gateway.
// The omgevingsdienst is the gateway's partner organisation (ketenstatus): its zaken are served below
// /partners/omgevingsdienst, so the tracker can show (and follow live) the deelzaak it handles.
const partner = `${gateway}/partners/omgevingsdienst`;
if (session.signedIn) {
  provider.client = createClient({
    gateway,
    sources: {
      zaken: [`${gateway}/zaken/api/v1`, { url: `${partner}/zaken/api/v1`, organisatie: 'Omgevingsdienst Voorbeeldregio' }],
      catalogi: [`${gateway}/catalogi/api/v1`, `${partner}/catalogi/api/v1`],
    },
  });
}

// Demo: the elements on the real path — the page → the gateway (sign-in at its development IdP, scoping
// by the real proxy) → the mock standard APIs in upstream mode over HTTP. `npm start` starts all three
// (see vite.config.ts); the page reaches the gateway below its own origin, at /api/klantbeeld.
import { createClient } from '@klantbeeld/core';
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import '@klantbeeld/elements/define';
import type { KbProvider, KbStatusTracker, KbZaakDetail, KbZaakSelectEvent } from '@klantbeeld/elements';
import { applyTheme, themes, type ColorScheme } from './themes.js';

const gateway = `${location.origin}/api/klantbeeld`;

// Tasks and appointments are records of the municipality's own objecttypes in the Objecten API (as the gateway names them).
const objecttype = (uuid: string) => `${gateway}/objecten/api/v2/objecttypes/${uuid}`;
document.querySelector('#taken')!.setAttribute('objecttype', objecttype(fixtureObjecten.objecttypen.taak));
document.querySelector('#contact-history')!.setAttribute('afspraak-objecttype', objecttype(fixtureObjecten.objecttypen.afspraak));
// Tip rules are public records of the tip objecttype; one is invalid on purpose and only reported.
const tips = document.querySelector<HTMLElement>('#tips')!;
tips.setAttribute('objecttype', objecttype(fixtureObjecten.objecttypen.tip));
tips.addEventListener('kb-error', (event) => {
  if (event.detail.error.name === 'TipRuleError') console.info(`[demo] skipped: ${event.detail.error.message}`);
});

const provider = document.querySelector<KbProvider>('#provider')!;
const tracker = document.querySelector<KbStatusTracker>('#tracker')!;
const zaakDetail = document.querySelector<KbZaakDetail>('#zaak-detail')!;
const language = document.querySelector<HTMLSelectElement>('#demo-language')!;

function connect(): void {
  provider.client = createClient({ gateway });
}

// Who is signed in: the gateway's /auth/session says so without ever giving the page a BSN.
const sessionStatus = document.querySelector<HTMLParagraphElement>('#demo-session-status')!;
const login = document.querySelector<HTMLAnchorElement>('#demo-login')!;
const logout = document.querySelector<HTMLButtonElement>('#demo-logout')!;
const session = (await (await fetch(`${gateway}/auth/session`)).json()) as { signedIn: boolean; displayName?: string; loa?: string };
sessionStatus.textContent = session.signedIn ? `Ingelogd als ${session.displayName} (niveau ${session.loa})` : 'U bent niet ingelogd.';
login.hidden = session.signedIn;
logout.hidden = !session.signedIn;
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the demo shows a failure as an unhandled rejection in the console
logout.addEventListener('click', async () => {
  // Signed out at the gateway; then the development IdP asks to end its own session and returns here.
  const response = await fetch(`${gateway}/auth/logout`, { method: 'POST', headers: { accept: 'application/json' } });
  location.assign(((await response.json()) as { next: string }).next);
});

// The elements follow the nearest `lang`; the demo's own chrome is translated here.
const demoTexts: Record<string, Record<string, string>> = {
  nl: { title: 'Mijn zaken', nextStatus: 'Volgende status van de parkeervergunning (mock)' },
  en: { title: 'My cases', nextStatus: 'Next status of the parking permit (mock)' },
};
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  for (const node of document.querySelectorAll<HTMLElement>('[data-demo-text]')) {
    node.textContent = demoTexts[language.value]?.[node.dataset['demoText'] ?? ''] ?? node.textContent;
  }
});

// Show the chosen case's status in the tracker, and the case in the detail, instead of navigating away.
document.addEventListener('kb-zaak-select', (event) => {
  event.preventDefault();
  // Typed on elements (HTMLElementEventMap); it reaches the document because it bubbles and is composed.
  const { zaak } = (event as KbZaakSelectEvent).detail;
  tracker.setAttribute('zaak', zaak.url);
  zaakDetail.setAttribute('zaak', zaak.url);
  tracker.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

// The case worker moves jansen's parkeervergunning on (it is at step 2 of 4) through the mock's development
// controls; the elements pick the new status up without a reload (by polling until the gateway relays events).
let volgnummer = 2;
const nextStatus = document.querySelector<HTMLButtonElement>('#demo-next-status')!;
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the demo shows a failure as an unhandled rejection in the console
nextStatus.addEventListener('click', async () => {
  volgnummer = volgnummer >= 4 ? 1 : volgnummer + 1;
  await fetch(`/_mock/zaken/${fixtureZaken.jansen.parkeervergunning}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ volgnummer }),
  });
});

// Theme switcher: a municipality's own NL DS theme class on <html> styles every element, without configuration.
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme')!;
const schemeSelect = document.querySelector<HTMLSelectElement>('#demo-color-scheme')!;
for (const { id, label } of themes) themeSelect.add(new Option(label, id));
const switchTheme = () => {
  const theme = themes.find(({ id }) => id === themeSelect.value) ?? themes[0]!;
  schemeSelect.disabled = !theme.dark;
  void applyTheme(theme, schemeSelect.value as ColorScheme);
};
themeSelect.addEventListener('change', switchTheme);
schemeSelect.addEventListener('change', switchTheme);

// Signed out, the elements stay idle (no client): nothing to show and nothing to ask the gateway.
if (session.signedIn) connect();

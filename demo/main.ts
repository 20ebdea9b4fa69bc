// Demo: the elements on the mock standard APIs, served in the browser by an msw service worker that
// plays the municipality's gateway (it scopes every answer to the chosen resident).
import { setupWorker } from 'msw/browser';
import { createClient } from '@klantbeeld/core';
import { createMockApi, fixtureObjecten, fixtureZaken, residents } from '@klantbeeld/mock-api';
import '@klantbeeld/elements/define';
import type { KbProvider, KbStatusTracker, KbZaakDetail } from '@klantbeeld/elements';
import { applyTheme, themes, type ColorScheme } from './themes.js';

const mock = createMockApi({ origin: location.origin, latency: 300 });
await setupWorker(...mock.handlers).start({
  quiet: true,
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: '/mockServiceWorker.js' },
});

// Tasks and appointments are records of the municipality's own objecttypes in the Objecten API.
const objecttype = (uuid: string) => `${mock.urls.objecten}/objecttypes/${uuid}`;
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
const resident = document.querySelector<HTMLSelectElement>('#demo-resident')!;

function connect(): void {
  // A new resident is a new identity: a new client starts with empty caches.
  provider.client = createClient({ gateway: location.origin });
}

for (const { id, naam } of residents) resident.add(new Option(naam, id));
resident.addEventListener('change', async () => {
  // Let go of the previous resident's case before the new client arrives: otherwise the tracker inside the detail
  // would ask the gateway, now speaking for the new resident, for a case that is not theirs (a 404).
  tracker.removeAttribute('zaak');
  zaakDetail.removeAttribute('zaak');
  await Promise.all([tracker.updateComplete, zaakDetail.updateComplete]);
  mock.setResident(resident.value);
  connect();
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
  tracker.setAttribute('zaak', event.detail.zaak.url);
  zaakDetail.setAttribute('zaak', event.detail.zaak.url);
  tracker.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

// The case worker moves jansen's parkeervergunning on (it is at step 2 of 4): the gateway relays the
// Notificaties message, and the elements on the page update without a reload.
let volgnummer = 2;
const nextStatus = document.querySelector<HTMLButtonElement>('#demo-next-status')!;
nextStatus.addEventListener('click', () => {
  volgnummer = volgnummer >= 4 ? 1 : volgnummer + 1;
  mock.setZaakStatus(fixtureZaken.jansen.parkeervergunning, volgnummer);
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

connect();

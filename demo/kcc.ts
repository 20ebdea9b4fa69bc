// The demo's KCC page: a customer contact centre employee signs in with a staff account (the gateway's second OIDC
// client, at its development IdP), finds the klant on the phone with <kb-klant-zoeken>, states the purpose of the
// look, reads the klantbeeld as far as their role allows (<kb-klantbeeld>) and records the contact
// (<kb-contact-registreren>). <kb-provider mode="medewerker"> carries the chosen klant to the elements; the gateway
// scopes every request to that klant and logs each look with the employee as actor. `npm start`, then /kcc.
import '@klantbeeld/elements/define';
import type { EmployeeSessionInfo } from '@klantbeeld/core';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import type { KbProvider, KbZaakDetail } from '@klantbeeld/elements';
import { applyTheme } from './themes.js';
import { setUpSignOut } from './shell/session.js';
import { loadSettings, saveSettings, setUpSettingsPanel, themeById, type DemoSettings } from './shell/settings.js';
import { fetchEmployeeSession } from './shell/staff-session.js';
import { applyLanguage, shellText } from './shell/texts.js';

const gateway = `${location.origin}/api/klantbeeld`;

function required<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`The KCC page has no ${selector}.`);
  return node;
}

const provider = required<KbProvider>('#provider');
const klantbeeld = required<HTMLElement>('#klantbeeld');
const zaakPanel = required<HTMLElement>('#kcc-zaak');
const zaakDetail = required<KbZaakDetail>('#zaak-detail');

// Tasks and appointments are records of the municipality's own objecttypes in the Objecten API (as the gateway names them).
const objecttype = (uuid: string) => `${gateway}/objecten/api/v2/objecttypes/${uuid}`;
klantbeeld.setAttribute('taak-objecttype', objecttype(fixtureObjecten.objecttypen.taak));
klantbeeld.setAttribute('afspraak-objecttype', objecttype(fixtureObjecten.objecttypen.afspraak));
const status = required<HTMLElement>('#demo-session-status');
let settings = loadSettings();
/** `undefined` until the gateway answered, `null` when no employee is signed in. */
let session: EmployeeSessionInfo | null | undefined;

/** The header and the title in the current language, and which part of the page shows. */
function render(): void {
  const { language } = settings;
  document.title = shellText(language, session === null ? 'kccSignInTitle' : 'kccDocumentTitle');
  if (session !== undefined) {
    status.removeAttribute('data-demo-text');
    const roles = session?.profiles.map((profile) => profile.label[language]).join(', ') ?? '';
    status.textContent = session ? shellText(language, 'kccSignedInAs', { name: session.employee.displayName, roles }) : shellText(language, 'signedOut');
  }
  required<HTMLElement>('#demo-logout').hidden = !session;
  required<HTMLElement>('#demo-sign-in').hidden = session !== null;
  required<HTMLElement>('#kcc-workspace').hidden = !session;
}

function apply(next: DemoSettings): void {
  settings = next;
  saveSettings(next);
  applyLanguage(next.language);
  render();
  const theme = themeById(next.theme);
  void applyTheme(theme, theme.dark?.mediaQuery ? 'dark' : next.scheme);
}
setUpSettingsPanel(settings, apply);
apply(settings);

/** Where the employee chose the open zaak (a button inside the zaken list), to return to when it closes. */
let chosenFrom: HTMLElement | undefined;

/** A zaak chosen in the klantbeeld opens in its place; closing it shows the klantbeeld again, focus back on the zaak. */
function showZaak(identificatie: string | undefined): void {
  zaakPanel.hidden = identificatie === undefined;
  klantbeeld.hidden = identificatie !== undefined;
  if (identificatie !== undefined) {
    zaakDetail.setAttribute('zaak', identificatie);
    void zaakDetail.focusHeading();
    return;
  }
  if (chosenFrom?.isConnected) chosenFrom.focus();
  chosenFrom = undefined;
}
provider.addEventListener('kb-zaak-select', (event) => {
  event.preventDefault();
  const origin = event.composedPath()[0];
  chosenFrom = origin instanceof HTMLElement ? origin : undefined;
  showZaak(event.detail.zaak.identificatie);
});
required<HTMLButtonElement>('#kcc-zaak-close').addEventListener('click', () => showZaak(undefined));

// <kb-klant-zoeken> says when the klant context changed (chosen, switched or ended): a zaak of the previous klant closes.
provider.addEventListener('kb-klant-change', () => {
  chosenFrom = undefined;
  showZaak(undefined);
});

setUpSignOut(gateway, async () => {
  // Without a gateway the provider offers no session and no client: the elements stop asking.
  provider.removeAttribute('gateway');
  await provider.updateComplete;
});

session = await fetchEmployeeSession(gateway);
render();
// Only a signed-in employee's page talks to the gateway through the elements.
if (session) provider.setAttribute('gateway', gateway);

// The demo page's own texts (its shell and settings), in the languages the elements speak. The elements translate
// themselves from the nearest `lang`; these follow the same switch.
export type Language = 'nl' | 'en';

export const languages: readonly Language[] = ['nl', 'en'];

const nl = {
  documentTitle: 'Mijn Voorbeeldstad',
  skipLink: 'Naar de inhoud',
  municipality: 'Gemeente Voorbeeldstad',
  portal: 'Mijn Voorbeeldstad',
  navLabel: 'Hoofdmenu',
  navOverview: 'Overzicht',
  navCases: 'Mijn zaken',
  navDetails: 'Mijn gegevens',
  overviewTitle: 'Overzicht',
  overviewIntro: 'Wat u moet doen, hoe het met uw aanvraag staat en wat u van de gemeente hebt.',
  allCases: 'Bekijk al uw zaken',
  casesTitle: 'Mijn zaken',
  casesIntro: 'Uw aanvragen, meldingen en bezwaren bij de gemeente, en uw contact met ons.',
  caseTitle: 'Zaak',
  backToCases: 'Terug naar Mijn zaken',
  detailsTitle: 'Mijn gegevens',
  detailsIntro: 'Wat de gemeente van u weet, hoe wij u bereiken en wie uw gegevens heeft gebruikt.',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet.',
  checkingSession: 'Even kijken of u bent ingelogd…',
  signedInAs: 'Ingelogd als {name}',
  signedOut: 'U bent niet ingelogd.',
  signIn: 'Inloggen met DigiD (ontwikkel-IdP)',
  signInTitle: 'Inloggen',
  signInText: 'Log in om uw zaken, taken en gegevens te zien.',
  signOut: 'Uitloggen',
  settings: 'Demo-instellingen',
  settingsClose: 'Sluiten',
  settingsIntro: 'Deze instellingen horen bij de demo, niet bij een echte gemeentepagina.',
  language: 'Taal',
  theme: 'Thema',
  colorScheme: 'Kleurenschema',
  light: 'Licht',
  dark: 'Donker',
  colorSchemeSystem: 'Licht of donker: dit thema volgt de instelling van uw systeem.',
  resident: 'Inwoner',
  residentHint: 'Een andere inwoner: log uit en kies een ander account bij de ontwikkel-IdP.',
  nextStatus: 'Volgende status van de parkeervergunning (mock)',
  footer: 'Demo van Klantbeeld (EUPL-1.2). De gegevens zijn verzonnen.',
  linkKcc: 'Voor medewerkers: het Klantcontactcentrum',
  linkPortal: 'Naar Mijn Voorbeeldstad (inwoners)',
  kccDocumentTitle: 'Klantcontact — Gemeente Voorbeeldstad',
  kccPortal: 'Klantcontactcentrum',
  kccTitle: 'Klantcontact',
  kccSignInTitle: 'Inloggen als medewerker',
  kccSignInText: 'Log in met uw account bij de gemeente om een klant te zoeken en het contact vast te leggen.',
  kccSignIn: 'Inloggen als medewerker (ontwikkel-IdP)',
  kccSignedInAs: 'Ingelogd als {name} ({roles})',
  kccStaffHint: 'Een andere medewerker of rol: log uit en kies een ander account bij de ontwikkel-IdP.',
  kccSearchRegion: 'Klant zoeken',
  kccRegisterRegion: 'Contact vastleggen',
  kccKlantRegion: 'Klantbeeld',
  kccLogged: 'Elke inzage wordt vastgelegd met uw naam en het doel dat u opgeeft. De klant kan dat terugzien.',
  kccBackToKlantbeeld: 'Terug naar het klantbeeld',
};

export type ShellTexts = typeof nl;
export type ShellTextKey = keyof ShellTexts;

const en: ShellTexts = {
  documentTitle: 'My Voorbeeldstad',
  skipLink: 'Skip to content',
  municipality: 'Municipality of Voorbeeldstad',
  portal: 'My Voorbeeldstad',
  navLabel: 'Main menu',
  navOverview: 'Overview',
  navCases: 'My cases',
  navDetails: 'My details',
  overviewTitle: 'Overview',
  overviewIntro: 'What you need to do, where your application stands and what you have from the municipality.',
  allCases: 'See all your cases',
  casesTitle: 'My cases',
  casesIntro: 'Your applications, reports and objections with the municipality, and your contact with us.',
  caseTitle: 'Case',
  backToCases: 'Back to My cases',
  detailsTitle: 'My details',
  detailsIntro: 'What the municipality knows about you, how we reach you and who used your data.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist.',
  checkingSession: 'Checking whether you are signed in…',
  signedInAs: 'Signed in as {name}',
  signedOut: 'You are not signed in.',
  signIn: 'Sign in with DigiD (development IdP)',
  signInTitle: 'Sign in',
  signInText: 'Sign in to see your cases, tasks and details.',
  signOut: 'Sign out',
  settings: 'Demo settings',
  settingsClose: 'Close',
  settingsIntro: 'These settings belong to the demo, not to a real municipal page.',
  language: 'Language',
  theme: 'Theme',
  colorScheme: 'Colour scheme',
  light: 'Light',
  dark: 'Dark',
  colorSchemeSystem: 'Light or dark: this theme follows your system setting.',
  resident: 'Resident',
  residentHint: 'Another resident: sign out and choose another account at the development IdP.',
  nextStatus: 'Next status of the parking permit (mock)',
  footer: 'Klantbeeld demo (EUPL-1.2). The data is made up.',
  linkKcc: 'For staff: the customer contact centre',
  linkPortal: 'To My Voorbeeldstad (residents)',
  kccDocumentTitle: 'Customer contact — Municipality of Voorbeeldstad',
  kccPortal: 'Customer contact centre',
  kccTitle: 'Customer contact',
  kccSignInTitle: 'Sign in as an employee',
  kccSignInText: 'Sign in with your municipal account to find a klant and record the contact.',
  kccSignIn: 'Sign in as an employee (development IdP)',
  kccSignedInAs: 'Signed in as {name} ({roles})',
  kccStaffHint: 'Another employee or role: sign out and choose another account at the development IdP.',
  kccSearchRegion: 'Find a klant',
  kccRegisterRegion: 'Record the contact',
  kccKlantRegion: 'Customer overview',
  kccLogged: 'Every look is recorded with your name and the purpose you state. The customer can see it.',
  kccBackToKlantbeeld: 'Back to the customer overview',
};

export const shellTexts: Record<Language, ShellTexts> = { nl, en };

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The text `key` in `language`, with `{name}` placeholders filled in. */
export function shellText(language: Language, key: ShellTextKey, values: Record<string, string> = {}): string {
  return shellTexts[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/**
 * Puts `language` on <html> (the elements follow it) and translates the shell: `data-demo-text` sets an element's
 * text, `data-demo-label` its `aria-label`.
 */
export function applyLanguage(language: Language, root: ParentNode = document): void {
  document.documentElement.lang = language;
  for (const node of root.querySelectorAll<HTMLElement>('[data-demo-text]')) {
    const key = node.dataset['demoText'];
    if (key && key in shellTexts[language]) node.textContent = shellText(language, key as ShellTextKey);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-demo-label]')) {
    const key = node.dataset['demoLabel'];
    if (key && key in shellTexts[language]) node.setAttribute('aria-label', shellText(language, key as ShellTextKey));
  }
}

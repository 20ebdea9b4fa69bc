// The demo's settings panel: a disclosure under the header (button with aria-expanded, Escape closes it and returns
// focus to the button) with the language, theme and colour scheme, kept in localStorage so that a sign-in round
// trip through the development IdP comes back in the same language and theme.
import { isLanguage, type Language } from './texts.js';
import { themes, type ColorScheme, type DemoTheme } from '../themes.js';

export interface DemoSettings {
  readonly language: Language;
  readonly theme: string;
  readonly scheme: ColorScheme;
}

const STORAGE_KEY = 'klantbeeld-demo-settings';
const DEFAULTS: DemoSettings = { language: 'nl', theme: 'klantbeeld', scheme: 'light' };

/** The settings of the previous visit, or the defaults; anything unknown in storage is ignored. */
export function loadSettings(): DemoSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<keyof DemoSettings, unknown>>;
    return {
      language: isLanguage(stored.language) ? stored.language : DEFAULTS.language,
      theme: themes.some(({ id }) => id === stored.theme) ? String(stored.theme) : DEFAULTS.theme,
      scheme: stored.scheme === 'dark' ? 'dark' : 'light',
    };
  } catch {
    return DEFAULTS;
  }
}

export function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be off (private mode, a policy): the settings then last for this page only.
  }
}

export function themeById(id: string): DemoTheme {
  return themes.find((theme) => theme.id === id) ?? (themes[0] as DemoTheme);
}

function required<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`The demo page has no ${selector}.`);
  return node;
}

/**
 * Wires the panel: opening and closing, and the three choices. `onChange` gets every new combination; the colour
 * scheme choice shows only for a theme with dark values of its own (a theme whose dark values follow the system's
 * setting says so instead, as the page cannot choose for the system).
 */
export function setUpSettingsPanel(initial: DemoSettings, onChange: (settings: DemoSettings) => void): void {
  const toggle = required<HTMLButtonElement>('#demo-settings-toggle');
  const panel = required<HTMLElement>('#demo-settings');
  const close = required<HTMLButtonElement>('#demo-settings-close');
  const language = required<HTMLSelectElement>('#demo-language');
  const theme = required<HTMLSelectElement>('#demo-theme');
  const scheme = required<HTMLSelectElement>('#demo-color-scheme');
  const schemeField = required<HTMLElement>('#demo-color-scheme-field');
  const schemeSystem = required<HTMLElement>('#demo-color-scheme-system');

  const setOpen = (open: boolean, returnFocus = false): void => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (returnFocus) toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  close.addEventListener('click', () => setOpen(false, true));
  for (const node of [panel, toggle]) {
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        event.preventDefault();
        setOpen(false, true);
      }
    });
  }

  for (const { id, label } of themes) theme.add(new Option(label[initial.language], id));
  language.value = initial.language;
  theme.value = initial.theme;
  scheme.value = initial.scheme;

  const showSchemeChoice = (): void => {
    const dark = themeById(theme.value).dark;
    schemeField.hidden = !dark || dark.mediaQuery;
    schemeSystem.hidden = !dark?.mediaQuery;
  };
  const changed = (): void => {
    showSchemeChoice();
    const lang = isLanguage(language.value) ? language.value : 'nl';
    for (const option of theme.options) option.text = themeById(option.value).label[lang];
    onChange({ language: lang, theme: theme.value, scheme: scheme.value === 'dark' ? 'dark' : 'light' });
  };
  showSchemeChoice();
  for (const select of [language, theme, scheme]) select.addEventListener('change', changed);
}

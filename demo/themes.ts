// The themes of the demo's theme switcher: real NL Design System token packages, each applied the way a municipality
// does it, by its root class on <html>. Utrecht, Rotterdam and Amsterdam tokens are not open source: they are
// devDependencies of this private demo only, never shipped. The theme checks in packages/themes/test use this list too.
import voorbeeld from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url';
import denhaag from '@gemeente-denhaag/design-tokens-components/dist/theme/index.css?url';
import openforms from '@open-formulieren/design-tokens/dist/index.css?url';
import utrecht from '@utrecht/design-tokens/dist/index.css?url';
import rotterdam from '@gemeente-rotterdam/design-tokens/dist/index.css?url';
import amsterdam from '@amsterdam/design-system-tokens/dist/index.theme.css?url';
import amsterdamBridge from '@klantbeeld/themes/bridges/amsterdam.css?url';

export type ColorScheme = 'light' | 'dark';

export interface DemoTheme {
  id: string;
  /** The name in the demo's settings, per language of the demo. */
  label: { nl: string; en: string };
  /** The package's root class, put on <html>. */
  className: string;
  /** The token package and the file of it the demo loads (its root class is checked against `className`). */
  tokenPackage: string;
  tokenFile: string;
  licence: string;
  /** Stylesheet URLs to load, in order; the default theme is always loaded by demo.css. */
  stylesheets: string[];
  /** Extra class for dark mode, if the theme ships one. With `mediaQuery`, it follows prefers-color-scheme. */
  dark?: { className: string; mediaQuery: boolean };
}

export const themes: DemoTheme[] = [
  {
    id: 'klantbeeld',
    label: { nl: 'Klantbeeld (standaard)', en: 'Klantbeeld (default)' },
    className: 'kb-theme',
    tokenPackage: '@klantbeeld/themes',
    tokenFile: 'src/default.css',
    licence: 'EUPL-1.2',
    stylesheets: [],
    dark: { className: 'kb-theme--dark', mediaQuery: false },
  },
  {
    id: 'voorbeeld',
    label: { nl: 'NL Design System voorbeeld', en: 'NL Design System example' },
    className: 'voorbeeld-theme',
    tokenPackage: '@nl-design-system-unstable/voorbeeld-design-tokens',
    tokenFile: 'dist/theme.css',
    licence: 'EUPL-1.2',
    stylesheets: [voorbeeld],
  },
  {
    id: 'denhaag',
    label: { nl: 'Den Haag', en: 'The Hague' },
    className: 'denhaag-theme',
    tokenPackage: '@gemeente-denhaag/design-tokens-components',
    tokenFile: 'dist/theme/index.css',
    licence: 'EUPL-1.2',
    stylesheets: [denhaag],
  },
  {
    id: 'openforms',
    label: { nl: 'Open Formulieren', en: 'Open Formulieren' },
    className: 'openforms-theme',
    tokenPackage: '@open-formulieren/design-tokens',
    tokenFile: 'dist/index.css',
    licence: 'EUPL-1.2',
    stylesheets: [openforms],
  },
  {
    id: 'utrecht',
    label: { nl: 'Utrecht', en: 'Utrecht' },
    className: 'utrecht-theme',
    tokenPackage: '@utrecht/design-tokens',
    tokenFile: 'dist/index.css',
    licence: 'All rights reserved (Gemeente Utrecht)',
    stylesheets: [utrecht],
    dark: { className: 'utrecht-theme--media-query-color-scheme', mediaQuery: true },
  },
  {
    id: 'rotterdam',
    label: { nl: 'Rotterdam', en: 'Rotterdam' },
    className: 'rods-theme',
    tokenPackage: '@gemeente-rotterdam/design-tokens',
    tokenFile: 'dist/index.css',
    licence: 'All rights reserved (Gemeente Rotterdam)',
    stylesheets: [rotterdam],
  },
  {
    id: 'amsterdam',
    label: { nl: 'Amsterdam (met brug)', en: 'Amsterdam (with bridge)' },
    className: 'ams-theme',
    tokenPackage: '@amsterdam/design-system-tokens',
    tokenFile: 'dist/index.theme.css',
    licence: 'City of Amsterdam (proprietary)',
    stylesheets: [amsterdam, amsterdamBridge],
  },
];

/**
 * Puts the theme's root class (and, for `dark`, its dark class) on <html>, replacing the previous theme's classes, and
 * loads its stylesheets. Resolves when they have loaded.
 */
export async function applyTheme(theme: DemoTheme, scheme: ColorScheme = 'light'): Promise<void> {
  const root = document.documentElement;
  for (const other of themes) root.classList.remove(other.className, ...(other.dark ? [other.dark.className] : []));
  root.classList.add(theme.className);
  if (scheme === 'dark' && theme.dark) root.classList.add(theme.dark.className);
  document.querySelectorAll('link[data-demo-theme]').forEach((link) => link.remove());
  await Promise.all(
    theme.stylesheets.map((href) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      link.dataset['demoTheme'] = theme.id;
      const loaded = new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
      });
      document.head.append(link);
      return loaded;
    }),
  );
}

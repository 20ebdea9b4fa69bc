// The demo's pages as paths (History API, so links are real links: a new tab, a bookmark and the back button work).
// Vite's dev server and `vite preview` answer every such path with index.html.

/** A page of the portal. */
export type Route =
  | { readonly page: 'overview' }
  | { readonly page: 'cases' }
  | { readonly page: 'case'; readonly zaak: string }
  | { readonly page: 'details' }
  | { readonly page: 'not-found' };

export type Page = Route['page'];

/** The route of a path (`/`, `/zaken`, `/zaken/<identificatie>`, `/gegevens`). */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'overview' };
  if (path === '/zaken') return { page: 'cases' };
  if (path === '/gegevens') return { page: 'details' };
  const zaak = /^\/zaken\/([^/]+)$/.exec(path)?.[1];
  if (zaak !== undefined) {
    try {
      return { page: 'case', zaak: decodeURIComponent(zaak) };
    } catch {
      return { page: 'not-found' };
    }
  }
  return { page: 'not-found' };
}

/** The path of a case page. */
export function casePath(identificatie: string): string {
  return `/zaken/${encodeURIComponent(identificatie)}`;
}

/** What the links of the elements point to: the case page (the elements fill in and URL-encode `{identificatie}`). */
export const CASE_HREF_TEMPLATE = '/zaken/{identificatie}';

/**
 * Follows the address: `onRoute` runs for the first route (`initial`) and for every later one, whether it came from
 * `navigate` (a link in the shell, a case chosen in an element) or from the browser's back and forward buttons.
 */
export class Router {
  readonly #onRoute: (route: Route, initial: boolean) => void;

  constructor(onRoute: (route: Route, initial: boolean) => void) {
    this.#onRoute = onRoute;
  }

  start(): void {
    addEventListener('popstate', () => this.#onRoute(parseRoute(location.pathname), false));
    // Same-origin links marked as routes (the navigation, "back to My cases") stay in the page, unless the resident
    // asked for a new tab or window.
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-route]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.navigate(link.pathname);
    });
    this.#onRoute(parseRoute(location.pathname), true);
  }

  navigate(path: string): void {
    if (path !== location.pathname) history.pushState(null, '', path);
    this.#onRoute(parseRoute(path), false);
  }
}

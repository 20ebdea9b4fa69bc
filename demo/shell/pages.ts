// Shows one page of the portal at a time: the page of the route (or the sign-in page when nobody is signed in), the
// current item in the navigation, the document title, and, after a navigation inside the page, focus on the new
// page's heading, so that a screen reader user hears where they landed (and the keyboard starts from there).
import type { KbZaakDetail } from '@klantbeeld/elements';
import type { Page, Route } from './routes.js';
import { shellText, type Language, type ShellTextKey } from './texts.js';

/** The navigation item that is current on each page (the case page belongs to "Mijn zaken"). */
const NAV: Record<Page, string | undefined> = { overview: 'overview', cases: 'cases', case: 'cases', details: 'details', 'not-found': undefined };
const TITLES: Record<Exclude<Page, 'case'>, ShellTextKey> = {
  overview: 'overviewTitle',
  cases: 'casesTitle',
  details: 'detailsTitle',
  'not-found': 'notFoundTitle',
};

export class Pages {
  readonly #detail: KbZaakDetail;
  #route: Route = { page: 'overview' };
  /** Unknown until the gateway answered: then neither the pages nor the sign-in page show. */
  #signedIn: boolean | undefined;
  #language: Language = 'nl';

  constructor(detail: KbZaakDetail) {
    this.#detail = detail;
  }

  set language(language: Language) {
    this.#language = language;
    this.#updateTitle();
  }

  set signedIn(signedIn: boolean) {
    this.#signedIn = signedIn;
    this.show(this.#route, false);
  }

  /** Shows `route`; `moveFocus` after a navigation (not on the first load, where the browser starts at the top). */
  show(route: Route, moveFocus: boolean): void {
    this.#route = route;
    if (route.page === 'case' && this.#detail.getAttribute('zaak') !== route.zaak) this.#detail.setAttribute('zaak', route.zaak);
    for (const page of document.querySelectorAll<HTMLElement>('[data-page]')) page.hidden = !this.#signedIn || page.dataset['page'] !== route.page;
    const signIn = document.querySelector<HTMLElement>('#demo-sign-in');
    if (signIn) signIn.hidden = this.#signedIn !== false;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
      if (this.#signedIn && link.dataset['nav'] === NAV[route.page]) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    this.#updateTitle();
    if (!moveFocus) return;
    scrollTo({ top: 0 });
    if (this.#signedIn === false) document.querySelector<HTMLElement>('#demo-sign-in-heading')?.focus();
    else if (route.page === 'case') void this.#focusCase();
    else document.querySelector<HTMLElement>(`[data-page="${route.page}"] h1`)?.focus();
  }

  #updateTitle(): void {
    const portal = shellText(this.#language, 'documentTitle');
    if (this.#signedIn === false) document.title = `${shellText(this.#language, 'signInTitle')} — ${portal}`;
    else if (this.#route.page === 'case') document.title = `${shellText(this.#language, 'caseTitle')} ${this.#route.zaak} — ${portal}`;
    else document.title = `${shellText(this.#language, TITLES[this.#route.page])} — ${portal}`;
  }

  /**
   * Focus on the case's heading once the case is shown: the element's own `focusHeading()`. When the resident has
   * gone to another page meanwhile, the case page is hidden and its heading cannot take focus.
   */
  async #focusCase(): Promise<void> {
    await this.#detail.focusHeading();
  }
}

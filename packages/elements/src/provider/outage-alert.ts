/**
 * `<kb-provider>`'s outage code: core's outage monitor, the alert with its texts and NL DS styles, the sign-in link.
 * Loaded on demand when an element first reports a failure (a chunk of its own in the CDN build), so that a provider
 * on a working page ships none of it.
 * @module
 */
import { adoptStyles, html, type CSSResultGroup, type CSSResultOrNative, type ReactiveElement, type TemplateResult } from 'lit';
import { OutageMonitor, type Outage } from '@klantbeeld/core';
import { addTexts, type StatesTexts } from '../shared/i18n.js';
import { failureTexts } from '../shared/failure.texts.js';
import { baseStyles } from '../shared/styles.js';
import { isSafeHref } from '../shared/url.js';

addTexts(failureTexts);

/**
 * The sign-in URL (`loginUrl`, or by default `{gateway}/auth/login`) with `returnTo` set to the page's address, or
 * undefined when none is known or it is not a safe link.
 */
export function signInHref(loginUrl: string | undefined, gateway: string | undefined): string | undefined {
  const base = loginUrl?.trim() || (gateway ? `${gateway.replace(/\/+$/, '')}/auth/login` : undefined);
  if (!base || !isSafeHref(base)) return undefined;
  const url = new URL(base, document.baseURI);
  url.searchParams.set('returnTo', location.href);
  return url.href;
}

/** One alert for the page: what failed, and sign in again (`signIn`, for an expired session) or retry everything. */
export function renderOutageAlert(t: StatesTexts, outage: Outage, signIn: string | undefined, onRetry: () => void): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="outage-alert">
    <div class="utrecht-alert__message">
      <p class="utrecht-paragraph"><strong>${outage.kind === 'not-authenticated' ? t.sessionTitle : t.outageTitle}</strong></p>
      <p class="utrecht-paragraph">${t.error[outage.kind]}</p>
    </div>
    <div class="utrecht-alert__actions">
      ${
        signIn
          ? html`<a class="utrecht-link" part="sign-in" href=${signIn}>${t.signIn}</a>`
          : html`<button type="button" class="utrecht-button utrecht-button--secondary-action" part="outage-retry" @click=${onRetry}>${t.retry}</button>`
      }
    </div>
  </div>`;
}

/** A style group as the list `adoptStyles` takes (what Lit's `finalizeStyles` does for `static styles`). */
const flatten = (group: CSSResultGroup): CSSResultOrNative[] => (Array.isArray(group) ? group.flatMap((item: CSSResultGroup) => flatten(item)) : [group]);

/** A failure an element reported before this module was loaded. */
interface Reported {
  readonly error: unknown;
  readonly retry: (() => void) | undefined;
}

/**
 * The provider's outage handling once loaded: its shadow root gets the alert's styles, the monitor takes the failures
 * reported meanwhile (`reported`, emptied), and `onChange` runs whenever the page's outage changes.
 */
export class ProviderOutage {
  readonly monitor: OutageMonitor<Element>;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement, reported: Map<Element, Reported>, onChange: () => void) {
    this.#host = host;
    const own = (host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(host.renderRoot as ShadowRoot, [...flatten(baseStyles), ...own]);
    this.monitor = new OutageMonitor<Element>(onChange);
    for (const [source, { error, retry }] of reported) this.monitor.report(source, error, retry);
    reported.clear();
  }

  /** The alert for the page's outage (sign in again for an expired session: `loginUrl` or the gateway's); or none. */
  render(t: StatesTexts, loginUrl: string | undefined, gateway: string | undefined): TemplateResult | undefined {
    const outage = this.monitor.outage;
    if (!outage) return undefined;
    return renderOutageAlert(t, outage, outage.kind === 'not-authenticated' ? signInHref(loginUrl, gateway) : undefined, this.#retryAll);
  }

  readonly #retryAll = (): void => {
    this.monitor.retryAll();
    // The alert goes: keep focus where it was (the next Tab reaches the first element) instead of losing it to <body>.
    this.#host.renderRoot.querySelector<HTMLElement>('[part="outage"]')?.focus({ preventScroll: true });
  };
}

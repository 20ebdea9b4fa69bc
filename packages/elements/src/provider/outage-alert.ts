/**
 * `<kb-provider>`'s outage code: core's outage monitor, the alert with its texts and NL DS styles, the sign-in link.
 * Loaded on demand when an element first reports a failure (a chunk of its own in the CDN build), so that a provider
 * on a working page ships none of it.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { Outage } from '@klantbeeld/core';
import { addTexts, type StatesTexts } from '../shared/i18n.js';
import { failureTexts } from '../shared/failure.texts.js';
import { baseStyles } from '../shared/styles.js';
import { isSafeHref } from '../shared/url.js';

export { OutageMonitor } from '@klantbeeld/core';
export { baseStyles as outageAlertStyles };

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

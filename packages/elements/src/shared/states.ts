/**
 * The states every data element shares besides its data: the error alert, the short note of an element whose failure
 * `<kb-provider>` reports once for the page, the configuration message, and employee mode's notes (no klant chosen
 * yet; shielded for the employee's role). One template each, so that every element
 * says these things the same way (and ships them once). Loaded on demand (see `states-on-demand.ts`).
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { addTexts, type StatesTexts } from './i18n.js';
import { failureTexts } from './failure.texts.js';
import type { ConfigurationError } from './configuration.js';

export { ConfigurationError, warnOnceInDevelopment } from './configuration.js';

addTexts(failureTexts);

/** The error alert: what went wrong for this kind of error, and a retry button. */
export function renderErrorAlert(t: StatesTexts, kind: keyof StatesTexts['error'], onRetry: () => void): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="error">
    <div class="utrecht-alert__message">
      <p class="utrecht-paragraph"><strong>${t.errorTitle}</strong></p>
      <p class="utrecht-paragraph" part="error-message">${t.error[kind]}</p>
    </div>
    <div class="utrecht-alert__actions">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-button" @click=${onRetry}>${t.retry}</button>
    </div>
  </div>`;
}

/** Instead of the alert, when the provider's one message covers this element's failure: no second alarm. */
export function renderOutageNote(t: StatesTexts): TemplateResult {
  return html`<p class="utrecht-paragraph" part="outage-note">${t.outageNote}</p>`;
}

/** Employee mode, where the gateway shields this data (or part) for the employee's role: said calmly, no alert, no retry. */
export function renderShieldedNote(t: StatesTexts): TemplateResult {
  return html`<p class="utrecht-paragraph" part="shielded">${t.error.shielded}</p>`;
}

/** Employee mode before a klant is chosen: nothing is requested until then. */
export function renderNoKlantNote(t: StatesTexts): TemplateResult {
  return html`<p class="utrecht-paragraph" part="no-klant">${t.noKlant}</p>`;
}

/** An element that misses required configuration says which attributes, for the web team building the page. */
export function renderConfigurationMessage(t: StatesTexts, error: ConfigurationError): TemplateResult {
  return html`<div class="utrecht-alert utrecht-alert--info" part="configuration">
    <p class="utrecht-paragraph utrecht-alert__message">${t.configurationMissing(error.missing.join(', '))}</p>
  </div>`;
}

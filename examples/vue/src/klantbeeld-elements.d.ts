// Types the Klantbeeld elements in Vue templates (vue-tsc, Volar). Vue sets a bound value (`:client`, `:texts`,
// `:zaak`) as a DOM property when the element has that property, otherwise as an attribute, and `@kb-zaak-select`
// adds an event listener for that event. The prop types are picked from the element classes, so they follow the SDK.
import type { DefineComponent } from 'vue';
import type { HeadingLevel, KbErrorEvent, KbLopendeZaken, KbProvider, KbStatusTracker, KbZaakSelectEvent } from '@klantbeeld/elements';

/** Vue props of a Klantbeeld element: the chosen properties of its class, `heading-level` and `@kb-error`. */
type KbElement<E extends HTMLElement, K extends keyof E, Events = unknown> = DefineComponent<
  Partial<Pick<E, K>> & { headingLevel?: HeadingLevel | `${HeadingLevel}`; onKbError?: (event: KbErrorEvent) => void } & Events
>;

declare module 'vue' {
  interface GlobalComponents {
    'kb-provider': KbElement<KbProvider, 'client' | 'gateway' | 'behandelaar'>;
    'kb-lopende-zaken': KbElement<KbLopendeZaken, 'texts' | 'hrefTemplate' | 'status' | 'pageSize', { onKbZaakSelect?: (event: KbZaakSelectEvent) => void }>;
    'kb-status-tracker': KbElement<KbStatusTracker, 'texts' | 'zaak' | 'zaakHrefTemplate'>;
  }
}

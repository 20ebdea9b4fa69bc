// Types the Klantbeeld elements in TSX. React 19 needs no wrapper components: on a custom element it sets a prop
// as a DOM property when the element has that property (`client`, `texts`, `zaak`, `headingLevel`, …), otherwise
// as an attribute, and `on<event-name>` adds an event listener for exactly that event, e.g. `onkb-zaak-select`.
// The prop types are picked from the element classes, so they follow the SDK.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { KbErrorEvent, KbLopendeZaken, KbProvider, KbStatusTracker, KbZaakSelectEvent } from '@klantbeeld/elements';

/** React props of a Klantbeeld element: the chosen properties of its class, HTML attributes, a ref and `kb-error`. */
type KbElementProps<E extends HTMLElement, K extends keyof E> = Partial<Pick<E, K>> &
  HTMLAttributes<E> &
  RefAttributes<E> & { 'onkb-error'?: (event: KbErrorEvent) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kb-provider': KbElementProps<KbProvider, 'client' | 'gateway' | 'behandelaar'>;
      'kb-lopende-zaken': KbElementProps<KbLopendeZaken, 'texts' | 'headingLevel' | 'hrefTemplate' | 'status' | 'pageSize'> & {
        'onkb-zaak-select'?: (event: KbZaakSelectEvent) => void;
      };
      'kb-status-tracker': KbElementProps<KbStatusTracker, 'texts' | 'zaak' | 'headingLevel' | 'zaakHrefTemplate'>;
    }
  }
}

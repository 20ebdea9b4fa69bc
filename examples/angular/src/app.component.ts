import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import type { KlantbeeldClient, ZaakSummary } from '@klantbeeld/core';
import type { KbZaakSelectEvent, TranslationOverrides } from '@klantbeeld/elements';

/** The Klantbeeld client of the app (created once, at bootstrap). */
export const KLANTBEELD_CLIENT = new InjectionToken<KlantbeeldClient>('KlantbeeldClient');

/** The case the tracker shows until the resident chooses one. */
const FIRST_ZAAK = 'ZAAK-2026-0004127';

@Component({
  selector: 'app-root',
  // Lets the template use kb-* tags and bind their properties; `(kb-zaak-select)` stays type-checked through the
  // SDK's HTMLElementEventMap entry, so `$event` is a KbZaakSelectEvent.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <kb-provider [client]="client">
      <kb-lopende-zaken heading-level="2" [texts]="texts" href-template="/zaken/{identificatie}" (kb-zaak-select)="onZaakSelect($event)"></kb-lopende-zaken>
      <p id="chosen" role="status">
        @if (chosen(); as zaak) { Gekozen zaak: {{ zaak.identificatie }} } @else { Kies een zaak om de status ervan te zien. }
      </p>
      <kb-status-tracker heading-level="2" [zaak]="chosen()?.url ?? firstZaak"></kb-status-tracker>
    </kb-provider>
  `,
})
export class AppComponent {
  protected readonly client = inject(KLANTBEELD_CLIENT);
  protected readonly texts: TranslationOverrides = { lopendeZaken: { heading: 'Mijn aanvragen' } };
  protected readonly firstZaak = FIRST_ZAAK;
  protected readonly chosen = signal<ZaakSummary | undefined>(undefined);

  protected onZaakSelect(event: KbZaakSelectEvent): void {
    event.preventDefault(); // stay on this page: show the case in the tracker instead of following its link
    this.chosen.set(event.detail.zaak);
  }
}

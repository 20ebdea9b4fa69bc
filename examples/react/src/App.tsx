import { useState } from 'react';
import type { KlantbeeldClient, ZaakSummary } from '@klantbeeld/core';
import type { KbZaakSelectEvent, TranslationOverrides } from '@klantbeeld/elements';

/** The case the tracker shows until the resident chooses one. */
const FIRST_ZAAK = 'ZAAK-2026-0004127';

// Outside the component: a new object on every render would set the property (and re-render the element) each time.
const texts: TranslationOverrides = { lopendeZaken: { heading: 'Mijn aanvragen' } };

export function App({ client }: { client: KlantbeeldClient }) {
  const [chosen, setChosen] = useState<ZaakSummary>();

  function onZaakSelect(event: KbZaakSelectEvent): void {
    event.preventDefault(); // stay on this page: show the case in the tracker instead of following its link
    setChosen(event.detail.zaak);
  }

  return (
    <kb-provider client={client}>
      <kb-lopende-zaken headingLevel={2} texts={texts} hrefTemplate="/zaken/{identificatie}" onkb-zaak-select={onZaakSelect} />
      <p id="chosen" role="status">
        {chosen ? `Gekozen zaak: ${chosen.identificatie}` : 'Kies een zaak om de status ervan te zien.'}
      </p>
      <kb-status-tracker headingLevel={2} zaak={chosen?.url ?? FIRST_ZAAK} />
    </kb-provider>
  );
}

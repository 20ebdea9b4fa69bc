// Every data element in employee mode: idle without a klant ("Kies eerst een klant", nothing requested), and a calm
// "Afgeschermd voor uw rol" when the gateway shields its data for the employee's role (see employee-states.ts).
import { fixtureObjecten, fixtureZaken } from '@klantbeeld/mock-api';
import '../define.js';
import { failOnUncaught } from './guards.js';
import { mockClient, useMockApi } from './mock.js';
import { itShowsEmployeeStates } from './employee-states.js';

describe('employee mode in every data element', () => {
  const { api, worker } = useMockApi();
  failOnUncaught();
  const zaak = `${api.urls.zaken}/zaken/${fixtureZaken.jansen.dakkapel}`;
  const ELEMENTS: Record<string, Record<string, string>> = {
    'kb-status-tracker': { zaak, 'no-live': '' },
    'kb-lopende-zaken': { 'no-live': '' },
    'kb-contact-history': {},
    'kb-taken': { objecttype: `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.taak}` },
    'kb-producten': {},
    'kb-tips': { objecttype: `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.tip}` },
    'kb-persoonsgegevens': {},
    'kb-verwerkingen': {},
    'kb-zaak-detail': { zaak, 'no-live': '' },
    'kb-klantvoorkeuren': {},
  };
  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      itShowsEmployeeStates({ api, worker, tag, attributes, client: () => mockClient() });
    });
  }
});

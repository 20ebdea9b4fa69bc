/**
 * One verwerkingsactie per answer that carries personal data: who acted for whom, under which
 * verwerkingsactiviteit (its doel and grondslag live in the register it points at), which kinds of data
 * were read, how confidential the entry is and how long it is kept. Shapes come from the generated types
 * of the bewerking API.
 * @module
 */
import type { components } from '@klantbeeld/core/generated/verwerkingen-bewerking';
import type { LoggedApi, ReadLogActivity, ReadLogConfig } from '../config/read-log-schema.js';
import type { Principal } from '../session/principal.js';

type S = components['schemas'];

/** The body of `POST /verwerkingsacties`: the action without what the log assigns (`url`, `actieId`, `tijdstipRegistratie`). */
export type VerwerkingsactieInput = Omit<S['VerwerkingsactieUitgebreidBasis'], 'url' | 'actieId' | 'tijdstipRegistratie'>;

/** Names of the standard APIs as a resident reads them (`gegevensbron`). */
const SOURCES: Readonly<Record<LoggedApi, string>> = {
  zaken: 'Zaken API',
  documenten: 'Documenten API',
  besluiten: 'Besluiten API',
  klantinteracties: 'Klantinteracties API',
  objecten: 'Objecten API',
  producten: 'Producten API',
  brp: 'BRP Personen bevragen',
};

/** The kind of data a resource holds, by the first segment of its path (`verwerkteSoortenGegevens`). */
const KINDS: Readonly<Record<string, string>> = {
  zaken: 'Zaak',
  statussen: 'Status',
  substatussen: 'Substatus',
  rollen: 'Rol',
  resultaten: 'Resultaat',
  zaakinformatieobjecten: 'Document bij zaak',
  enkelvoudiginformatieobjecten: 'Document',
  besluiten: 'Besluit',
  besluitinformatieobjecten: 'Document bij besluit',
  partijen: 'Partij',
  klantcontacten: 'Klantcontact',
  digitaleadressen: 'Contactgegevens',
  'categorie-relaties': 'Voorkeuren',
  betrokkenen: 'Betrokkene',
  onderwerpobjecten: 'Onderwerp klantcontact',
  objects: 'Object',
  producten: 'Product',
  personen: 'Persoonsgegevens',
};

/** What the read log needs to know about one answer. */
export interface ReadFacts {
  readonly api: LoggedApi;
  /** Path below the API's base, e.g. `/zaken/7d…` (no query: it may hold filters). */
  readonly path: string;
  readonly principal: Principal;
  /** When the answer was produced, ms since the epoch. */
  readonly at: number;
}

/** The verwerkingsactie for one read, from the configuration of its API. */
export function actionFor(facts: ReadFacts, config: ReadLogConfig): VerwerkingsactieInput {
  const activity: ReadLogActivity = { ...config.default, ...config.apis[facts.api], ...employeeActivity(facts.principal) };
  const segment = facts.path.split('/').find((part) => part !== '') ?? facts.api;
  const kind = KINDS[segment] ?? segment;
  const { subject, actor } = facts.principal;
  const object =
    subject.kind === 'persoon'
      ? { objecttype: 'persoon' as const, soortObjectId: 'BSN', objectId: subject.bsn }
      : { objecttype: 'persoon' as const, soortObjectId: 'KVK', objectId: subject.vestiging ?? subject.kvk };
  return {
    actieNaam: activity.actieNaam ?? `Raadplegen ${kind.toLowerCase()}`,
    handelingNaam: activity.handelingNaam ?? 'Inzien door betrokkene',
    verwerkingNaam: activity.verwerkingNaam ?? 'Inzage eigen gegevens',
    ...(activity.verwerkingsactiviteitId === undefined ? {} : { verwerkingsactiviteitId: activity.verwerkingsactiviteitId }),
    ...(activity.verwerkingsactiviteitUrl === undefined ? {} : { verwerkingsactiviteitUrl: activity.verwerkingsactiviteitUrl }),
    ...(facts.principal.doelbinding ? { verwerkingId: facts.principal.doelbinding.lookId } : {}),
    vertrouwelijkheid: activity.vertrouwelijkheid ?? 'normaal',
    ...(activity.bewaartermijn === undefined ? {} : { bewaartermijn: activity.bewaartermijn }),
    ...(config.uitvoerder === undefined ? {} : { uitvoerder: config.uitvoerder }),
    systeem: config.systeem,
    // Who initiated it: the person or employee acting for the subject, else the subject itself (max 40 characters).
    gebruiker: (actor?.id ?? object.objectId).slice(0, 40),
    gegevensbron: SOURCES[facts.api],
    tijdstip: new Date(facts.at).toISOString(),
    verwerkteObjecten: [
      {
        ...object,
        // An employee looks at the klant, who is the betrokkene; a machtiging's subject is represented.
        betrokkenheid: actor === undefined || actor.kind === 'medewerker' ? 'Betrokkene' : 'Vertegenwoordigde',
        verwerkteSoortenGegevens: [{ soortGegeven: kind }],
      },
    ],
  };
}

/**
 * An employee's look (employee mode) is logged under the profile's verwerkingsactiviteit, says that an
 * employee looked and under which profile, and names the stated purpose and the grondslag, so the resident
 * reads in <kb-verwerkingen> who looked why. The actions of one look share its `verwerkingId`.
 */
function employeeActivity(principal: Principal): ReadLogActivity {
  const doelbinding = principal.doelbinding;
  if (!doelbinding) return {};
  const { profile, purpose } = doelbinding;
  return {
    verwerkingsactiviteitId: profile.verwerkingsactiviteit.id,
    ...(profile.verwerkingsactiviteit.url === undefined ? {} : { verwerkingsactiviteitUrl: profile.verwerkingsactiviteit.url }),
    verwerkingNaam: `${purpose.label.nl} (grondslag: ${profile.grondslag})`.slice(0, 242),
    handelingNaam: `Inzien door medewerker (${profile.label.nl})`.slice(0, 242),
  };
}

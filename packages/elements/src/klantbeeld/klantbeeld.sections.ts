import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiName, KlantbeeldClient } from '@klantbeeld/core';
import type { HeadingLevel } from '../shared/heading.js';
import type { TranslationOverrides } from '../shared/i18n.js';
import type { KlantbeeldSectie } from './klantbeeld.texts.js';
// Types only (their tags for the templates' checks): the code of these elements loads through the autoloader.
import type { KbPersoonsgegevens } from '../persoonsgegevens/persoonsgegevens.js';
import type { KbKlantvoorkeuren } from '../klantvoorkeuren/klantvoorkeuren.js';
import type { KbLopendeZaken } from '../lopende-zaken/lopende-zaken.js';
import type { KbContactHistory } from '../contact-history/contact-history.js';
import type { KbProducten } from '../producten/producten.js';
import type { KbTaken } from '../taken/taken.js';

/** The elements of the sections. */
export type SectionElement = KbPersoonsgegevens | KbKlantvoorkeuren | KbLopendeZaken | KbContactHistory | KbProducten | KbTaken;

/** What every section's element gets from `<kb-klantbeeld>`. */
export interface SectionOptions {
  readonly client: KlantbeeldClient | undefined;
  /** The level of the element's own heading: one below the overview's. */
  readonly level: HeadingLevel;
  /** The section's title as the element's heading (employee mode: "Producten", not "Mijn producten"), or undefined. */
  readonly title: string | undefined;
  readonly zaakHrefTemplate: string | undefined;
  readonly taakObjecttype: string | undefined;
  readonly afspraakObjecttype: string | undefined;
  readonly voorkeurReferentie: string | undefined;
}

/** One section of the overview: the API it shows (its access decides shielded or not) and its element. */
export interface SectionDefinition {
  readonly id: KlantbeeldSectie;
  readonly api: ApiName;
  /** The element's tag, e.g. `kb-producten`. */
  readonly tag: string;
  /** Whether the page configured what the element needs (the tasks need their objecttype); else it is left out. */
  readonly configured?: (options: SectionOptions) => boolean;
  readonly render: (options: SectionOptions) => TemplateResult;
}

/** The element's texts with its heading replaced by the section's title (when there is one). */
function headingOverride(
  namespace: 'persoonsgegevens' | 'klantvoorkeuren' | 'lopendeZaken' | 'contactHistory' | 'producten' | 'taken',
  title: string | undefined,
): TranslationOverrides | undefined {
  return title === undefined ? undefined : { [namespace]: { heading: title } };
}

/** The sections in the order they are shown: who and how to reach them, what is going on, what they have, what they must do. */
export const SECTIONS: readonly SectionDefinition[] = [
  {
    id: 'persoon',
    api: 'brp',
    tag: 'kb-persoonsgegevens',
    render: (o) =>
      html`<kb-persoonsgegevens .client=${o.client} heading-level=${o.level} .texts=${headingOverride('persoonsgegevens', o.title)}></kb-persoonsgegevens>`,
  },
  {
    id: 'voorkeuren',
    api: 'klantinteracties',
    tag: 'kb-klantvoorkeuren',
    render: (o) =>
      html`<kb-klantvoorkeuren
        .client=${o.client}
        heading-level=${o.level}
        voorkeur-referentie=${ifDefined(o.voorkeurReferentie)}
        .texts=${headingOverride('klantvoorkeuren', o.title)}
      ></kb-klantvoorkeuren>`,
  },
  {
    id: 'zaken',
    api: 'zaken',
    tag: 'kb-lopende-zaken',
    // `alle`: the completed cases too, in their own list below the ongoing ones.
    render: (o) =>
      html`<kb-lopende-zaken
        .client=${o.client}
        heading-level=${o.level}
        status="alle"
        href-template=${ifDefined(o.zaakHrefTemplate)}
        .texts=${headingOverride('lopendeZaken', o.title)}
      ></kb-lopende-zaken>`,
  },
  {
    id: 'contacten',
    api: 'klantinteracties',
    tag: 'kb-contact-history',
    render: (o) =>
      html`<kb-contact-history
        .client=${o.client}
        heading-level=${o.level}
        afspraak-objecttype=${ifDefined(o.afspraakObjecttype)}
        .texts=${headingOverride('contactHistory', o.title)}
      ></kb-contact-history>`,
  },
  {
    id: 'producten',
    api: 'producten',
    tag: 'kb-producten',
    render: (o) =>
      html`<kb-producten
        .client=${o.client}
        heading-level=${o.level}
        zaak-href-template=${ifDefined(o.zaakHrefTemplate)}
        .texts=${headingOverride('producten', o.title)}
      ></kb-producten>`,
  },
  {
    id: 'taken',
    api: 'objecten',
    tag: 'kb-taken',
    configured: (o) => o.taakObjecttype !== undefined && o.taakObjecttype.trim() !== '',
    render: (o) =>
      html`<kb-taken .client=${o.client} heading-level=${o.level} objecttype=${ifDefined(o.taakObjecttype)} .texts=${headingOverride('taken', o.title)}></kb-taken>`,
  },
];

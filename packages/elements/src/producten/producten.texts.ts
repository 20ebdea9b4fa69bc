import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-producten>` (`texts.producten`). */
export interface ProductenTexts {
  readonly heading: string;
  readonly loading: string;
  readonly geenProducten: string;
  readonly aangevraagd: string;
  readonly geleverd: string;
  readonly beeindigd: (aantal: number) => string;
  readonly producttype: string;
  readonly status: string;
  readonly statussen: Readonly<Record<string, string>>;
  readonly onbekendeStatus: string;
  readonly startdatum: string;
  readonly einddatum: string;
  readonly prijs: string;
  readonly prijsPer: Readonly<Record<'eenmalig' | 'maandelijks' | 'jaarlijks', (bedrag: string) => string>>;
  readonly aanvraagZaak: string;
  readonly zaak: string;
  readonly bekijkZaak: string;
  /** Shown for a linked case known only by a URL or URN this site cannot read (another organisation, an archive). */
  readonly zaakElders: string;
}

/** The texts of `<kb-producten>` in Dutch and English (overridable through `texts.producten`). */
export const productenTexts: BuiltInTexts<{ readonly producten: ProductenTexts }> = {
  nl: {
    producten: {
      heading: 'Mijn producten',
      loading: 'Uw producten worden geladen…',
      geenProducten: 'U heeft nog geen producten.',
      aangevraagd: 'Aangevraagd',
      geleverd: 'Lopend en geleverd',
      beeindigd: (aantal) => `Beëindigd (${aantal})`,
      producttype: 'Soort product',
      status: 'Status',
      statussen: {
        initieel: 'Aanvraag gestart',
        in_aanvraag: 'In aanvraag',
        gereed: 'Gereed',
        actief: 'Actief',
        ingetrokken: 'Ingetrokken',
        geweigerd: 'Geweigerd',
        verlopen: 'Verlopen',
      },
      onbekendeStatus: 'Onbekend',
      startdatum: 'Startdatum',
      einddatum: 'Einddatum',
      prijs: 'Prijs',
      prijsPer: {
        eenmalig: (bedrag) => `${bedrag} (eenmalig)`,
        maandelijks: (bedrag) => `${bedrag} per maand`,
        jaarlijks: (bedrag) => `${bedrag} per jaar`,
      },
      aanvraagZaak: 'Aangevraagd met zaak',
      zaak: 'Zaak',
      bekijkZaak: 'Bekijk de zaak',
      zaakElders: 'Een zaak die u hier niet kunt bekijken',
    },
  },
  en: {
    producten: {
      heading: 'My products',
      loading: 'Loading your products…',
      geenProducten: 'You have no products yet.',
      aangevraagd: 'Applied for',
      geleverd: 'Current and delivered',
      beeindigd: (aantal) => `Ended (${aantal})`,
      producttype: 'Type of product',
      status: 'Status',
      statussen: {
        initieel: 'Application started',
        in_aanvraag: 'Being applied for',
        gereed: 'Ready',
        actief: 'Active',
        ingetrokken: 'Withdrawn',
        geweigerd: 'Refused',
        verlopen: 'Expired',
      },
      onbekendeStatus: 'Unknown',
      startdatum: 'Start date',
      einddatum: 'End date',
      prijs: 'Price',
      prijsPer: {
        eenmalig: (bedrag) => `${bedrag} (one-off)`,
        maandelijks: (bedrag) => `${bedrag} per month`,
        jaarlijks: (bedrag) => `${bedrag} per year`,
      },
      aanvraagZaak: 'Applied for with case',
      zaak: 'Case',
      bekijkZaak: 'View the case',
      zaakElders: 'A case you cannot view here',
    },
  },
};

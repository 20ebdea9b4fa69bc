import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-verwerkingen>` (`texts.verwerkingen`). */
export interface VerwerkingenTexts {
  readonly heading: string;
  readonly intro: string;
  readonly loading: string;
  readonly empty: string;
  /** Legend of the date range. */
  readonly periode: string;
  readonly van: string;
  readonly tot: string;
  readonly datumHint: string;
  readonly toon: string;
  readonly vanLeeg: string;
  readonly totLeeg: string;
  readonly ongeldig: string;
  readonly vanNaTot: string;
  /** The range shown, e.g. "Van 1 september 2026 tot en met 1 december 2026". */
  readonly bereik: (van: string, tot: string) => string;
  readonly aantal: (aantal: number) => string;
  readonly paginering: string;
  readonly pagina: (pagina: number, totaal: number) => string;
  readonly vorige: string;
  readonly volgende: string;
  /** Screen-reader label before the purpose that titles each action. */
  readonly doel: string;
  readonly wanneer: string;
  readonly tijdstip: (datum: string, tijd: string) => string;
  readonly organisatie: string;
  readonly onbekendeOrganisatie: (oin: string) => string;
  readonly handeling: string;
  readonly gegevens: string;
  readonly geenGegevens: string;
  readonly verstrektAan: string;
  readonly eenPersoon: string;
  readonly opgeheven: string;
}

/** The texts of `<kb-verwerkingen>` in Dutch and English (overridable through `texts.verwerkingen`). */
export const verwerkingenTexts: BuiltInTexts<{ readonly verwerkingen: VerwerkingenTexts }> = {
  nl: {
    verwerkingen: {
      heading: 'Wie heeft mijn gegevens gebruikt?',
      intro:
        'Hier ziet u welke organisaties uw gegevens hebben gebruikt, waarvoor en wanneer. Verwerkingen die vertrouwelijk zijn, bijvoorbeeld tijdens een onderzoek naar fraude, staan hier niet.',
      loading: 'De verwerkingen worden geladen…',
      empty: 'In deze periode is er niets met uw gegevens gedaan dat hier kan worden getoond.',
      periode: 'Periode',
      van: 'Van',
      tot: 'Tot en met',
      datumHint: 'Dag-maand-jaar, bijvoorbeeld 1-9-2026',
      toon: 'Toon verwerkingen',
      vanLeeg: 'Vul in vanaf welke datum u de verwerkingen wilt zien.',
      totLeeg: 'Vul in tot en met welke datum u de verwerkingen wilt zien.',
      ongeldig: 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 1-9-2026.',
      vanNaTot: 'De datum bij "Van" moet op of vóór de datum bij "Tot en met" liggen.',
      bereik: (van, tot) => `Van ${van} tot en met ${tot}`,
      aantal: (aantal) => (aantal === 1 ? '1 verwerking' : `${aantal} verwerkingen`),
      paginering: 'Paginering',
      pagina: (pagina, totaal) => `Pagina ${pagina} van ${totaal}`,
      vorige: 'Vorige',
      volgende: 'Volgende',
      doel: 'Doel',
      wanneer: 'Wanneer',
      tijdstip: (datum, tijd) => `${datum} om ${tijd}`,
      organisatie: 'Organisatie',
      onbekendeOrganisatie: (oin) => `Organisatie met OIN ${oin}`,
      handeling: 'Wat er gebeurde',
      gegevens: 'Welke gegevens',
      geenGegevens: 'Niet vastgelegd',
      verstrektAan: 'Verstrekt aan',
      eenPersoon: 'Een persoon',
      opgeheven: 'Deze verwerking was eerder vertrouwelijk.',
    },
  },
  en: {
    verwerkingen: {
      heading: 'Who has used my data?',
      intro:
        'Here you can see which organisations used your data, what for and when. Confidential processing, for example during a fraud investigation, is not listed here.',
      loading: 'Loading the processing log…',
      empty: 'Nothing was done with your data in this period that can be shown here.',
      periode: 'Period',
      van: 'From',
      tot: 'Up to and including',
      datumHint: 'Day-month-year, for example 1-9-2026',
      toon: 'Show processing',
      vanLeeg: 'Enter the date from which you want to see the processing.',
      totLeeg: 'Enter the date up to which you want to see the processing.',
      ongeldig: 'Enter a real date as day-month-year, for example 1-9-2026.',
      vanNaTot: 'The "From" date must be on or before the "Up to and including" date.',
      bereik: (van, tot) => `From ${van} up to and including ${tot}`,
      aantal: (aantal) => (aantal === 1 ? '1 processing action' : `${aantal} processing actions`),
      paginering: 'Pagination',
      pagina: (pagina, totaal) => `Page ${pagina} of ${totaal}`,
      vorige: 'Previous',
      volgende: 'Next',
      doel: 'Purpose',
      wanneer: 'When',
      tijdstip: (datum, tijd) => `${datum} at ${tijd}`,
      organisatie: 'Organisation',
      onbekendeOrganisatie: (oin) => `Organisation with OIN ${oin}`,
      handeling: 'What happened',
      gegevens: 'Which data',
      geenGegevens: 'Not recorded',
      verstrektAan: 'Provided to',
      eenPersoon: 'A person',
      opgeheven: 'This processing used to be confidential.',
    },
  },
};

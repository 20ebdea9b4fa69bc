import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-taken>` (`texts.taken`). */
export interface TakenTexts {
  readonly heading: string;
  readonly loading: string;
  readonly geenOpenTaken: string;
  readonly afgerondeTaken: (aantal: number) => string;
  readonly uiterlijk: string;
  readonly geenDeadline: string;
  readonly verlopenOp: (datum: string) => string;
  readonly nogDagen: (dagen: number) => string;
  readonly zaak: string;
  readonly actie: string;
  readonly actieUrl: string;
  readonly actieFormulier: string;
  readonly geenActie: string;
  readonly status: string;
  readonly statussen: Readonly<Record<string, string>>;
}

/** The texts of `<kb-taken>` in Dutch and English (overridable through `texts.taken`). */
export const takenTexts: BuiltInTexts<{ readonly taken: TakenTexts }> = {
  nl: {
    taken: {
      heading: 'Mijn taken',
      loading: 'Uw taken worden geladen…',
      geenOpenTaken: 'U heeft geen openstaande taken.',
      afgerondeTaken: (aantal) => `Afgeronde taken (${aantal})`,
      uiterlijk: 'Uiterlijk',
      geenDeadline: 'Geen einddatum',
      verlopenOp: (datum) => `Verlopen op ${datum}`,
      nogDagen: (dagen) => (dagen <= 0 ? 'Vandaag de laatste dag' : dagen === 1 ? 'Nog 1 dag' : `Nog ${dagen} dagen`),
      zaak: 'Hoort bij zaak',
      actie: 'Wat moet u doen',
      actieUrl: 'Naar de taak',
      actieFormulier: 'Formulier invullen',
      geenActie: 'Deze taak kunt u niet via deze website afronden.',
      status: 'Status',
      statussen: { open: 'Open', afgerond: 'Afgerond', verwerkt: 'Verwerkt', gesloten: 'Gesloten' },
    },
  },
  en: {
    taken: {
      heading: 'My tasks',
      loading: 'Loading your tasks…',
      geenOpenTaken: 'You have no open tasks.',
      afgerondeTaken: (aantal) => `Completed tasks (${aantal})`,
      uiterlijk: 'Due by',
      geenDeadline: 'No due date',
      verlopenOp: (datum) => `Overdue since ${datum}`,
      nogDagen: (dagen) => (dagen <= 0 ? 'Due today' : dagen === 1 ? '1 day left' : `${dagen} days left`),
      zaak: 'Part of case',
      actie: 'What to do',
      actieUrl: 'Go to the task',
      actieFormulier: 'Fill in the form',
      geenActie: 'You cannot complete this task on this website.',
      status: 'Status',
      statussen: { open: 'Open', afgerond: 'Completed', verwerkt: 'Processed', gesloten: 'Closed' },
    },
  },
};

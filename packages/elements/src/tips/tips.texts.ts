import type { BuiltInTexts } from '../shared/i18n.js';

/** The texts of `<kb-tips>` (`texts.tips`). */
export interface TipsTexts {
  readonly heading: string;
  readonly loading: string;
  readonly empty: string;
  /** Label of the list of tips (screen readers). */
  readonly lijst: string;
  /** The dismiss button; its accessible name adds the tip's title. */
  readonly verberg: string;
  /** Announced after a tip was dismissed. */
  readonly verborgen: (titel: string) => string;
  /** Brings back the dismissed tips. */
  readonly toonVerborgen: (aantal: number) => string;
  /** Announced after the dismissed tips came back. */
  readonly teruggezet: string;
  /** The opt-in button. */
  readonly maakPersoonlijk: string;
  /** Explains the opt-in; `bronnen` lists what is looked at (from `bronnen`, joined with Intl.ListFormat). */
  readonly persoonlijkUitleg: (bronnen: string) => string;
  readonly bronnen: Readonly<Record<'zaken' | 'producten' | 'leeftijd' | 'voorkeuren', string>>;
  /** Said while personal tips are on. */
  readonly persoonlijkAan: string;
  /** The opt-out button. */
  readonly alleenAlgemeen: string;
  /** Shown when a part of the klantbeeld could not be loaded for personal tips. */
  readonly gegevensOnvolledig: string;
  /** Marks a personal tip before its reason (screen readers). */
  readonly persoonlijkeTip: string;
}

/** The texts of `<kb-tips>` in Dutch and English (overridable through `texts.tips`). */
export const tipsTexts: BuiltInTexts<{ readonly tips: TipsTexts }> = {
  nl: {
    tips: {
      heading: 'Tips voor u',
      loading: 'Tips worden geladen…',
      empty: 'Er zijn nu geen tips voor u.',
      lijst: 'Tips',
      verberg: 'Verberg tip',
      verborgen: (titel) => `De tip „${titel}” is verborgen.`,
      toonVerborgen: (aantal) => (aantal === 1 ? 'Toon de verborgen tip' : `Toon de ${aantal} verborgen tips`),
      teruggezet: 'De verborgen tips staan weer in de lijst.',
      maakPersoonlijk: 'Maak tips persoonlijk',
      persoonlijkUitleg: (bronnen) => `Wilt u ook tips die passen bij uw situatie? Dan kijken we naar ${bronnen}. U kunt dit altijd weer uitzetten.`,
      bronnen: { zaken: 'uw lopende en afgeronde zaken', producten: 'uw producten', leeftijd: 'uw leeftijd', voorkeuren: 'uw contactvoorkeuren' },
      persoonlijkAan: 'U ziet ook tips die passen bij uw situatie.',
      alleenAlgemeen: 'Toon alleen algemene tips',
      gegevensOnvolledig: 'Niet al uw gegevens konden worden opgehaald. Misschien ontbreken daardoor persoonlijke tips.',
      persoonlijkeTip: 'Persoonlijke tip:',
    },
  },
  en: {
    tips: {
      heading: 'Tips for you',
      loading: 'Loading tips…',
      empty: 'There are no tips for you right now.',
      lijst: 'Tips',
      verberg: 'Hide tip',
      verborgen: (titel) => `The tip “${titel}” is hidden.`,
      toonVerborgen: (aantal) => (aantal === 1 ? 'Show the hidden tip' : `Show the ${aantal} hidden tips`),
      teruggezet: 'The hidden tips are back in the list.',
      maakPersoonlijk: 'Make tips personal',
      persoonlijkUitleg: (bronnen) => `Would you also like tips that fit your situation? We then look at ${bronnen}. You can turn this off at any time.`,
      bronnen: { zaken: 'your open and closed cases', producten: 'your products', leeftijd: 'your age', voorkeuren: 'your contact preferences' },
      persoonlijkAan: 'You also see tips that fit your situation.',
      alleenAlgemeen: 'Show general tips only',
      gegevensOnvolledig: 'Not all of your data could be retrieved, so some personal tips may be missing.',
      persoonlijkeTip: 'Personal tip:',
    },
  },
};

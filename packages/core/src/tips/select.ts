/**
 * Chooses the tips to show from validated rules: for the audience, valid today, not dismissed; general
 * tips always, personal tips only after the resident opted in and when their condition holds, each with
 * the reason it is shown.
 * @module
 */
import { evaluateCondition, type TipFacts } from './evaluate.js';
import type { TipAudience, TipRule, TipText } from './rule.js';
import { dutchDay } from '../klantbeeld/dates.js';

/** A tip to show, in one language. */
export interface Tip {
  /** The rule's id. */
  readonly id: string;
  readonly titel: string;
  readonly tekst: string;
  /** Only http(s). */
  readonly link?: { readonly url: string; readonly tekst: string };
  /** `true` for a tip shown because of the resident's klantbeeld. */
  readonly persoonlijk: boolean;
  /** Why a personal tip is shown ("Omdat u een parkeervergunning heeft"). */
  readonly reden?: string;
}

/** Options of {@link selectTips}. */
export interface SelectTipsOptions {
  /** BCP 47; English texts for `en…` when the rule has them, else Dutch. Default `nl`. */
  readonly language?: string;
  /** Default `inwoner`. */
  readonly audience?: TipAudience;
  /** Whether the resident opted in to personal tips. Default false: general tips only. */
  readonly persoonlijk?: boolean;
  /** The resident's klantbeeld; only read when `persoonlijk`. */
  readonly facts?: TipFacts;
  /** Ids of dismissed tips. */
  readonly verborgen?: Iterable<string>;
  /** Default now (ms since the epoch or a Date). */
  readonly now?: number | Date;
}

/** The text in `language` (English when asked for and present), else Dutch. */
export function tipText(text: TipText, language = 'nl'): string {
  return /^en\b/i.test(language) && text.en ? text.en : text.nl;
}

function isHttp(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Whether a rule is in force on `day` (`YYYY-MM-DD`, both bounds inclusive). */
export function isTipValidOn(rule: TipRule, day: string): boolean {
  return (rule.geldigVanaf === undefined || rule.geldigVanaf <= day) && (rule.geldigTot === undefined || day <= rule.geldigTot);
}

/**
 * The tips to show, highest `prioriteit` first, personal before general at equal priority, otherwise in
 * the rules' order.
 * @example
 * ```ts
 * const tips = selectTips(rules, { persoonlijk: true, facts, verborgen: prefs.verborgen, language: 'nl' });
 * ```
 */
export function selectTips(rules: readonly TipRule[], options: SelectTipsOptions = {}): Tip[] {
  const language = options.language ?? 'nl';
  const audience = options.audience ?? 'inwoner';
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const day = dutchDay(now) ?? '';
  const hidden = new Set(options.verborgen ?? []);
  const chosen: { tip: Tip; prioriteit: number; index: number }[] = [];
  rules.forEach((rule, index) => {
    if (!rule.doelgroep.includes(audience) || !isTipValidOn(rule, day) || hidden.has(rule.id)) return;
    const persoonlijk = rule.voorwaarde !== undefined;
    if (persoonlijk && !(options.persoonlijk && options.facts && evaluateCondition(rule.voorwaarde, options.facts, now) === true)) return;
    const link = rule.link && isHttp(rule.link.url) ? { url: rule.link.url, tekst: tipText(rule.link.tekst, language) } : undefined;
    const tip: Tip = {
      id: rule.id,
      titel: tipText(rule.titel, language),
      tekst: tipText(rule.tekst, language),
      ...(link ? { link } : {}),
      persoonlijk,
      ...(persoonlijk && rule.reden ? { reden: tipText(rule.reden, language) } : {}),
    };
    chosen.push({ tip, prioriteit: rule.prioriteit ?? 0, index });
  });
  return chosen.sort((a, b) => b.prioriteit - a.prioriteit || Number(b.tip.persoonlijk) - Number(a.tip.persoonlijk) || a.index - b.index).map(({ tip }) => tip);
}

/** Whether any of `rules` is personal for `audience` (then the opt-in is worth offering). */
export function hasPersonalTips(rules: readonly TipRule[], audience: TipAudience = 'inwoner'): boolean {
  return rules.some((rule) => rule.voorwaarde !== undefined && rule.doelgroep.includes(audience));
}

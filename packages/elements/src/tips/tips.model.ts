/**
 * The model of `<kb-tips>`: what it loads, its task arguments, and its events in the typed event maps.
 * @module
 */
import type { TipAudience, TipFacts, TipFactSource, TipRule, TipStore } from '@klantbeeld/core';

/** The audiences a tip rule can address; another `audience` value counts as `inwoner`. */
export const AUDIENCES: readonly TipAudience[] = ['inwoner', 'ondernemer'];

/** Detail of `kb-tip-dismiss`: the rule id of the tip the resident hid. */
export interface KbTipDismissDetail {
  readonly id: string;
}
/** Fired when the resident hides a tip (the choice is saved in the `store`). */
export type KbTipDismissEvent = CustomEvent<KbTipDismissDetail>;

/** Detail of `kb-tips-personal-change`: whether tips are now personal. */
export interface KbTipsPersonalChangeDetail {
  readonly persoonlijk: boolean;
}
/** Fired when the resident turns personal tips on ("Maak tips persoonlijk") or off (saved in the `store`). */
export type KbTipsPersonalChangeEvent = CustomEvent<KbTipsPersonalChangeDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-tip-dismiss': KbTipDismissEvent;
    'kb-tips-personal-change': KbTipsPersonalChangeEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-tip-dismiss': KbTipDismissEvent;
    'kb-tips-personal-change': KbTipsPersonalChangeEvent;
  }
}

/** What `<kb-tips>` loads. */
export interface TipsData {
  /** The valid rules (invalid ones were reported with `kb-error` and left out). */
  readonly rules: readonly TipRule[];
  /** Whether the resident had opted in to personal tips when this was loaded. */
  readonly persoonlijk: boolean;
  /** Rule ids dismissed, as stored. */
  readonly verborgen: readonly string[];
  /** The klantbeeld facts the personal rules read; only loaded after opt-in. */
  readonly facts?: TipFacts;
  /** The parts of the klantbeeld that could not be loaded. */
  readonly factsFailed: readonly TipFactSource[];
}

/** The task arguments after the tips' location: whether it is an objecttype, the store, the opt-in, the audience. */
export type TipsArgsRest = readonly [isObjecttype: boolean, store: TipStore, optIn: boolean | undefined, audience: TipAudience];
/** The task arguments: strings and flags, not the source object, so that the task reruns only on a real change. */
export type TipsArgs = readonly [location: string | undefined, ...rest: TipsArgsRest];

/**
 * What the forms of `<kb-klantvoorkeuren>` (`VoorkeurenForms`) need from their element: the element itself (its
 * client, and its render root where focus moves), what it has loaded and configured, and how it reports a change.
 * @module
 */
import type { CSSResultOrNative, ReactiveElement } from 'lit';
import type { KlantbeeldClient, NotificatieCategorieen, VoorkeurskanaalRule } from '@klantbeeld/core';
import type { KbVoorkeurChangeDetail, KbVoorkeurErrorDetail, KlantvoorkeurenData } from './klantvoorkeuren.model.js';
import type { KlantvoorkeurenTexts } from './klantvoorkeuren.texts.js';

/** The element the forms belong to: it provides the client and renders the forms (focus moves inside it, their CSS is adopted there). */
export type VoorkeurenFormsHost = ReactiveElement & {
  readonly client?: KlantbeeldClient | undefined;
};

/** What the forms read from their element, and how they report a saved or refused change. */
export interface VoorkeurenFormsOptions {
  /** The loaded data (undefined while none is): new data starts the forms over. */
  readonly data: () => KlantvoorkeurenData | undefined;
  readonly texts: () => KlantvoorkeurenTexts;
  readonly rule: () => VoorkeurskanaalRule;
  readonly categorieen: () => Partial<NotificatieCategorieen> | undefined;
  /** The element's static style after which the NL DS form CSS is adopted (where `static styles` had it). */
  readonly formStylesAfter: CSSResultOrNative;
  /** A change was saved (the element fires `kb-voorkeur-change`). */
  readonly onSaved: (detail: KbVoorkeurChangeDetail) => void;
  /** A change was refused and rolled back (the element fires `kb-voorkeur-error`). */
  readonly onRefused: (detail: KbVoorkeurErrorDetail) => void;
}

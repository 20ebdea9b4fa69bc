/**
 * The model of `<kb-klantvoorkeuren>`: its events, the state of its forms, and the ids of its fields.
 * @module
 */
import type { DigitaalAdresView, Klantvoorkeuren, Notificatievoorkeuren, SoortDigitaalAdres, VoorkeurenState } from '@klantbeeld/core';
import type { FieldErrors } from './form-fields.js';

/** What a saved (or refused) change was. */
export type KlantvoorkeurWijziging =
  | { readonly type: 'add' | 'update' | 'remove' | 'default'; readonly adres: DigitaalAdresView }
  | {
      readonly type: 'preferences';
      readonly voorkeurstaal?: string;
      readonly voorkeurskanaal?: SoortDigitaalAdres | null;
      readonly notificaties?: Notificatievoorkeuren;
    };

/** Detail of `kb-voorkeur-change`: the change the server accepted, and the preferences now. */
export interface KbVoorkeurChangeDetail {
  readonly wijziging: KlantvoorkeurWijziging;
  readonly voorkeuren: Klantvoorkeuren;
  readonly notificaties: Notificatievoorkeuren;
}

/** Detail of `kb-voorkeur-error`: the change the server refused (it was rolled back), and why. */
export interface KbVoorkeurErrorDetail {
  readonly wijziging: KlantvoorkeurWijziging;
  readonly error: Error;
}

/** Fired when a change to the preferences was saved. */
export type KbVoorkeurChangeEvent = CustomEvent<KbVoorkeurChangeDetail>;
/** Fired when a change was refused and rolled back. */
export type KbVoorkeurErrorEvent = CustomEvent<KbVoorkeurErrorDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-voorkeur-change': KbVoorkeurChangeEvent;
    'kb-voorkeur-error': KbVoorkeurErrorEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-voorkeur-change': KbVoorkeurChangeEvent;
    'kb-voorkeur-error': KbVoorkeurErrorEvent;
  }
}

/** What `<kb-klantvoorkeuren>` loads: the partij and notification choices, or `null` when Open Klant has no partij. */
export type KlantvoorkeurenData = VoorkeurenState | null;

/** The soorten of address the resident manages here. */
export type Soort = 'email' | 'telefoonnummer';
export const SOORTEN: readonly Soort[] = ['email', 'telefoonnummer'];

/** The open add/edit form of an address: what the resident typed, and the problems per field. */
export interface AdresForm {
  readonly soort: Soort;
  /** The address being edited; undefined when adding. */
  readonly url?: string;
  adres: string;
  omschrijving: string;
  errors: FieldErrors;
  /** A refusal that names no field (shown in the form's alert). */
  alert?: string;
}

/** The status line: a saved or refused change. */
export interface Message {
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

export const FIELD_ADRES = 'kb-adres';
export const FIELD_OMSCHRIJVING = 'kb-omschrijving';
export const FIELD_TAAL = 'kb-taal';
export const FIELD_KANAAL = 'kb-kanaal';
export const pendingUrl = (n: number) => `urn:klantbeeld:pending:${n}`;

/** Splits the `talen` attribute ("nld eng" or "nld,eng"). */
export const talenConverter = {
  fromAttribute: (value: string | null): readonly string[] => (value ?? '').split(/[\s,]+/).filter((code) => code !== ''),
};

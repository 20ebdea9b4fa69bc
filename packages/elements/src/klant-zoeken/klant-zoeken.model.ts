/**
 * The model of `<kb-klant-zoeken>`: its event, the fields of its forms and their ids, the query a search form makes,
 * the problems of a query (core's checks or the gateway's `invalidParams`) as messages at the fields, and the states
 * of the session, the search and the purpose step.
 * @module
 */
import type {
  BilingualText,
  EmployeeSessionInfo,
  InvalidParam,
  KlantContextInfo,
  KlantQuery,
  KlantSearchField,
  KlantSearchPage,
  KlantSearchRequest,
  KlantSearchResult,
  ProfileInfo,
} from '@klantbeeld/core';
import type { FieldErrors } from '../klantvoorkeuren/form-fields.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** Detail of `kb-klant-change`: the klant context now (null after it ended). */
export interface KbKlantChangeDetail {
  readonly context: KlantContextInfo | null;
}

/** Fired after the employee chose a klant (and purpose) or ended the klant context. */
export type KbKlantChangeEvent = CustomEvent<KbKlantChangeDetail>;

declare module '../shared/events.js' {
  interface KlantbeeldEventMap {
    'kb-klant-change': KbKlantChangeEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-klant-change': KbKlantChangeEvent;
  }
}

/** One input of the search form; its name is the gateway's `invalidParams` name. */
export type SearchInput = 'bsn' | 'surname' | 'birthDate' | 'kvk' | 'email' | 'telefoon';

/** The inputs each way of searching asks for. */
export const INPUTS_OF: Readonly<Record<KlantSearchField, readonly SearchInput[]>> = {
  bsn: ['bsn'],
  naam: ['surname', 'birthDate'],
  kvk: ['kvk'],
  email: ['email'],
  telefoon: ['telefoon'],
};

/** Ids of the fields (unique in the element's shadow root); the error summary links to them. */
export const fieldId = (input: SearchInput): string => `kb-zoek-${input}`;
export const FIELD_PROFIEL = 'kb-zoek-profiel';
export const FIELD_ZOEKWIJZE = 'kb-zoek-op';
export const FIELD_DOEL = 'kb-doel';
export const FIELD_REFERENTIE = 'kb-referentie';
/** Longest reference the purpose step accepts. */
export const MAX_REFERENTIE = 100;

/** What the employee typed in the search form. */
export interface SearchDraft {
  profile: string;
  by: KlantSearchField;
  values: Record<SearchInput, string>;
}

/** A new draft for `profile`: its first way of searching, nothing typed. */
export function emptyDraft(profile: ProfileInfo): SearchDraft {
  return { profile: profile.id, by: profile.searchBy[0] ?? 'bsn', values: { bsn: '', surname: '', birthDate: '', kvk: '', email: '', telefoon: '' } };
}

/** The draft under another profile: the way of searching is kept when that profile allows it, else its first one. */
export function withProfile(draft: SearchDraft, profile: ProfileInfo): SearchDraft {
  return { ...draft, profile: profile.id, by: profile.searchBy.includes(draft.by) ? draft.by : (profile.searchBy[0] ?? draft.by) };
}

/** Digits typed with spaces or dots (`1234.56.782`) are still the number. */
const digits = (value: string): string => value.replace(/[\s.]/g, '');

/**
 * A date typed as day-month-year (`1-2-1980`, `01/02/1980`, `01.02.1980`, `01021980`) or as `YYYY-MM-DD`, as
 * `YYYY-MM-DD`; anything else as typed, for the check to refuse.
 */
export function isoDate(typed: string): string {
  const value = typed.trim();
  const match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (!match) return value;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The query the draft makes, in the shape of the gateway's search body. */
export function queryOf(draft: SearchDraft): KlantQuery {
  const v = draft.values;
  switch (draft.by) {
    case 'bsn':
      return { bsn: digits(v.bsn) };
    case 'naam':
      return { surname: v.surname.trim(), birthDate: isoDate(v.birthDate) };
    case 'kvk':
      return { kvk: digits(v.kvk) };
    case 'email':
      return { email: v.email.trim() };
    case 'telefoon':
      return { telefoon: v.telefoon.replace(/[\s-]/g, '') };
  }
}

const INPUTS: readonly string[] = ['bsn', 'surname', 'birthDate', 'kvk', 'email', 'telefoon'];
const isSearchInput = (name: string): name is SearchInput => INPUTS.includes(name);

/** The message of one problem of a search input. */
function inputProblem(t: KlantZoekenTexts, input: SearchInput, code: string, query: KlantQuery): string {
  if (code === 'required') return t.fouten.leeg[input];
  // Not 9 digits is a typing slip the 11-proef message would not explain.
  if (code === 'invalid-bsn') return 'bsn' in query && /^\d{9}$/.test(query.bsn) ? t.fouten.bsn : t.fouten.ongeldig.bsn;
  if (code === 'not-allowed') return t.fouten.nietToegestaan;
  return t.fouten.ongeldig[input];
}

/**
 * The problems of a query as messages at its fields (the first per field), in the order of the form; problems that
 * name no field of the form (or the profile) are messages in `rest`.
 */
export function searchErrors(t: KlantZoekenTexts, params: readonly InvalidParam[], draft: SearchDraft): { fields: FieldErrors; rest: string[] } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  const shown = INPUTS_OF[draft.by];
  if (params.some((p) => p.name === 'profile')) fields[FIELD_PROFIEL] = t.fouten.nietToegestaan;
  for (const input of shown) {
    const param = params.find((p) => p.name === input);
    if (param) fields[fieldId(input)] = inputProblem(t, input, param.code, queryOf(draft));
  }
  for (const param of params) {
    if (param.name !== 'profile' && (!isSearchInput(param.name) || !shown.includes(param.name))) rest.push(param.reason || t.fouten.nietToegestaan);
  }
  return { fields, rest };
}

/** A bilingual text in the element's language. */
export function inLanguage(text: BilingualText, language: string): string {
  return language.toLowerCase().startsWith('en') ? text.en : text.nl;
}

/** Why a search failed (a refusal of the query itself shows at the fields instead). */
export type SearchFailure = 'unavailable' | 'network' | 'not-authenticated' | 'other';

/** Where the search stands. */
export type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly request: KlantSearchRequest }
  | { readonly kind: 'results'; readonly request: KlantSearchRequest; readonly page: KlantSearchPage }
  | { readonly kind: 'failed'; readonly request: KlantSearchRequest; readonly reason: SearchFailure };

/** The purpose step of a chosen result: what the employee filled in, and whether choosing is under way or failed. */
export interface PurposeStep {
  readonly result: KlantSearchResult;
  purpose: string;
  reference: string;
  readonly errors: FieldErrors;
  readonly status: 'editing' | 'choosing' | 'failed';
  readonly failure?: 'expired' | 'network' | 'other';
}

/** The employee's session as far as the element knows it. */
export type SessionState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly info: EmployeeSessionInfo } | { readonly status: 'not-signed-in' | 'failed' };

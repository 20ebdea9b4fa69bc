/**
 * A preferences editor without a view: from what the resident set in a form (a draft) to the list of writes that
 * make it real, applied optimistically with rollback, and Open Klant's refusals mapped back to the form's fields.
 * `<kb-klantvoorkeuren>` is one view of it; a React or Vue portal can be another.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { isKlantbeeldError, ValidationError } from '../transport/errors.js';
import type { FieldProblem } from './digitaal-adres-rules.js';
import { setStandaardAdres } from './digitale-adressen.js';
import { ruleReferentie, setVoorkeursDigitaalAdres, setVoorkeurstaal, voorkeurenOf, type VoorkeurskanaalRule } from './klantvoorkeuren.js';
import { NOTIFICATIE_DOMEINEN, setNotificatievoorkeur, type NotificatieCategorieen, type Notificatievoorkeuren } from './notificatievoorkeuren.js';
import type { SoortDigitaalAdres } from './partij.js';
import { adresVoorKanaal, withNotificaties, withStandaard, withTaal, withVoorkeursAdres, type VoorkeurenState } from './voorkeuren-state.js';

/** The preferences form as the resident set it. */
export interface VoorkeurenDraft {
  /** The preferred channel, or `geen` for none. */
  kanaal: SoortDigitaalAdres | 'geen';
  /** ISO 639-2/B code; `''` for none. */
  taal: string;
  notificaties: Notificatievoorkeuren;
}

/** What a saved preferences form changed (only the parts that changed are present). */
export interface VoorkeurenWijziging {
  readonly type: 'preferences';
  readonly voorkeurstaal?: string;
  /** The new preferred channel; `null` for none. */
  readonly voorkeurskanaal?: SoortDigitaalAdres | null;
  readonly notificaties?: Notificatievoorkeuren;
}

/** One change: how it shows at once (`apply`), and the write that makes it real. */
export interface VoorkeurenStap {
  /** The state with this change applied (pure: shown at once, and again once the write succeeded). */
  readonly apply: (state: VoorkeurenState) => VoorkeurenState;
  /** The write to Klantinteracties that makes the change real. */
  readonly write: () => Promise<unknown>;
}

/** The writes a draft needs, in order, and what they change. No steps: nothing changed. */
export interface VoorkeurenPlan {
  readonly wijziging: VoorkeurenWijziging;
  readonly steps: readonly VoorkeurenStap[];
}

/** Options of {@link planVoorkeuren}. */
export interface PlanVoorkeurenOptions {
  /** How the preferred channel is stored (default `voorkeursDigitaalAdres`; Den Haag: `{ referentie: 'portaalvoorkeur' }`). */
  rule?: VoorkeurskanaalRule;
  /** Categorie names of the notification domains, when the municipality named them otherwise. */
  categorieen?: Partial<NotificatieCategorieen>;
  signal?: AbortSignal;
}

/** The draft a form starts from: the preferences of `state` under `rule`. */
export function draftOf(state: VoorkeurenState, rule?: VoorkeurskanaalRule): VoorkeurenDraft {
  const voorkeuren = voorkeurenOf(state.partij, rule);
  return { kanaal: voorkeuren.voorkeurskanaal ?? 'geen', taal: voorkeuren.voorkeurstaal ?? '', notificaties: { ...state.notificaties } };
}

/**
 * The writes that turn `state` into what `draft` says: the language, the preferred channel (under a `referentie`
 * rule first the tag moved to the channel's address), then each notification domain that changed. Writes nothing
 * itself; run the plan with {@link applyOptimistically}.
 */
export function planVoorkeuren(client: KlantbeeldClient, state: VoorkeurenState, draft: VoorkeurenDraft, options: PlanVoorkeurenOptions = {}): VoorkeurenPlan {
  const rule = options.rule ?? 'voorkeursDigitaalAdres';
  const write = options.signal ? { signal: options.signal } : {};
  const { partij } = state;
  const current = voorkeurenOf(partij, rule);
  const steps: VoorkeurenStap[] = [];
  const taalChanged = draft.taal !== (current.voorkeurstaal ?? '');
  if (taalChanged) steps.push({ apply: (s) => withTaal(s, draft.taal), write: () => setVoorkeurstaal(client, partij, draft.taal, write) });
  const kanaalChanged = (current.voorkeurskanaal ?? 'geen') !== draft.kanaal;
  if (kanaalChanged) {
    const adres = draft.kanaal === 'geen' ? undefined : adresVoorKanaal(state, draft.kanaal, rule);
    const tag = ruleReferentie(rule);
    if (adres && tag !== undefined && adres.referentie !== tag) {
      steps.push({
        apply: (s) => withStandaard(s, adres.url, rule),
        write: () => setStandaardAdres(client, partij, adres, { voorkeurskanaalRule: rule, ...write }),
      });
    }
    steps.push({ apply: (s) => withVoorkeursAdres(s, adres?.url), write: () => setVoorkeursDigitaalAdres(client, partij, adres ?? null, write) });
  }
  const domeinen = NOTIFICATIE_DOMEINEN.filter(
    (domein) => state.notificaties[domein] !== undefined && draft.notificaties[domein] !== state.notificaties[domein],
  );
  for (const domein of domeinen) {
    const aan = draft.notificaties[domein] === true;
    steps.push({
      apply: (s) => withNotificaties(s, { [domein]: aan }),
      write: () => setNotificatievoorkeur(client, partij, domein, aan, { ...(options.categorieen ? { categorieen: options.categorieen } : {}), ...write }),
    });
  }
  const wijziging: VoorkeurenWijziging = {
    type: 'preferences',
    ...(taalChanged ? { voorkeurstaal: draft.taal } : {}),
    ...(kanaalChanged ? { voorkeurskanaal: draft.kanaal === 'geen' ? null : draft.kanaal } : {}),
    ...(domeinen.length > 0 ? { notificaties: Object.fromEntries(domeinen.map((domein) => [domein, draft.notificaties[domein] === true])) } : {}),
  };
  return { wijziging, steps };
}

/** How an optimistic save ended: the state to show, and the refusal when there was one. */
export type OptimisticOutcome =
  { readonly ok: true; readonly state: VoorkeurenState } | { readonly ok: false; readonly state: VoorkeurenState; readonly error: unknown };

/**
 * Runs `steps` optimistically: `show` gets the state with every step applied at once, then the writes run one by
 * one. When one is refused, the state goes back to what the server accepted so far (the steps before it) and `show`
 * gets that; the outcome says which. Never throws for a refusal.
 */
export async function applyOptimistically(
  before: VoorkeurenState,
  steps: readonly VoorkeurenStap[],
  show: (state: VoorkeurenState) => void = () => {},
): Promise<OptimisticOutcome> {
  show(steps.reduce((state, step) => step.apply(state), before));
  let committed = before;
  try {
    for (const step of steps) {
      await step.write();
      committed = step.apply(committed);
    }
    return { ok: true, state: committed };
  } catch (error) {
    show(committed);
    return { ok: false, state: committed, error };
  }
}

/** A form field a refusal of Open Klant can name. */
export type VoorkeurenVeld = 'adres' | 'omschrijving' | 'voorkeurstaal' | 'voorkeursDigitaalAdres';

/** A refusal at one field: Open Klant's reason, and the {@link FieldProblem} when it is one the checks know. */
export interface VeldFout {
  readonly reason: string;
  readonly problem?: FieldProblem;
}

/** A refusal mapped to a form: the fields it names, and the reasons that name no field of the form. */
export interface FieldErrorsOf<F extends VoorkeurenVeld> {
  readonly fields: Partial<Record<F, VeldFout>>;
  readonly rest: readonly string[];
}

/** The problems Open Klant's codes stand for, per field (only those the client's own checks also know). */
const PROBLEMS: Readonly<Partial<Record<VoorkeurenVeld, Readonly<Record<string, FieldProblem>>>>> = {
  adres: { blank: 'leeg', required: 'leeg', max_length: 'te-lang', invalid: 'ongeldig' },
  omschrijving: { max_length: 'te-lang' },
};

/** The fields of the address form. */
export const ADRES_VELDEN = ['adres', 'omschrijving'] as const;
/** The fields of the preferences form. */
export const VOORKEUREN_VELDEN = ['voorkeurstaal', 'voorkeursDigitaalAdres'] as const;

/**
 * A 400's `invalidParams` at the `fields` of a form (a nested name such as `adres.0` counts for `adres`); the
 * reasons of the other parameters as `rest`. Any other error: no fields, no rest.
 */
export function fieldErrorsOf<F extends VoorkeurenVeld>(error: unknown, fields: readonly F[]): FieldErrorsOf<F> {
  if (!isKlantbeeldError(error) || error.kind !== 'validation') return { fields: {}, rest: [] };
  const mapped: Partial<Record<F, VeldFout>> = {};
  const rest: string[] = [];
  for (const param of error instanceof ValidationError ? error.invalidParams : []) {
    const name = param.name.split('.')[0] as F;
    const reason = param.reason || param.code;
    if (!fields.includes(name)) {
      rest.push(reason);
      continue;
    }
    const problem = PROBLEMS[name]?.[param.code];
    mapped[name] = { reason, ...(problem ? { problem } : {}) };
  }
  return { fields: mapped, rest };
}

/**
 * Registering the contact a KCC employee handles, without a view: a draft (kanaal, onderwerp, note, zaken, answered,
 * an optional terugbelverzoek) checked per field, then written to Klantinteracties as a klantcontact, a betrokkene
 * (the klant's partij), an onderwerpobject per zaak and, when asked, an interne taak. The contact shows in the
 * client's {@link pendingKlantcontacten} at once and as the server returned it once saved; refusals are mapped back
 * to the draft's fields, and a registration that stops half-way says what exists and can be continued.
 * `<kb-contact-registreren>` is one view of it.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import type { components } from '../generated/klantinteracties.js';
import { resolveSources } from '../transport/config.js';
import { isKlantbeeldError, NotFoundError, ValidationError } from '../transport/errors.js';
import type { FieldProblem } from './digitaal-adres-rules.js';
import { readKlantcontact, type KlantcontactView } from './klantcontacten.js';
import { getResidentPartij } from './partij.js';
import { addPendingKlantcontact } from './pending-klantcontacten.js';
import { text, uuidOfReference, type JsonObject } from './read.js';
import type { VeldFout } from './voorkeuren-editor.js';

type S = components['schemas'];

/** The contact as the employee described it. */
export interface KlantcontactDraft {
  /** The channel, e.g. `telefoon` (see {@link KLANTCONTACT_KANALEN}); at most 50 characters. */
  kanaal: string;
  /** What it was about; at most 200 characters. */
  onderwerp: string;
  /** A short note of what was asked and said (Klantinteracties `inhoud`); at most 1000 characters, may be empty. */
  notitie: string;
  /** URLs (or UUIDs) of the klant's zaken it was about. */
  zaken: readonly string[];
  /** Whether the question was answered; `undefined` until chosen (required). */
  beantwoord: boolean | undefined;
  /** A call-back request for a team or person: an interne taak. */
  terugbelverzoek?: { actor: string; toelichting: string } | undefined;
}

/** The fields of a {@link KlantcontactDraft} a check or a refusal can name (`actor` and `toelichting`: the terugbelverzoek's). */
export type KlantcontactVeld = 'kanaal' | 'onderwerp' | 'notitie' | 'zaken' | 'beantwoord' | 'actor' | 'toelichting';

/** The fields in form order (the first with a problem gets focus). */
export const KLANTCONTACT_VELDEN: readonly KlantcontactVeld[] = ['kanaal', 'onderwerp', 'notitie', 'zaken', 'beantwoord', 'actor', 'toelichting'];

/** The channels a KCC registers most; Klantinteracties accepts any text. */
export const KLANTCONTACT_KANALEN = ['telefoon', 'balie', 'email', 'chat', 'brief', 'video'] as const;

/** Klantinteracties 0.9.0's lengths of the fields a draft fills. */
export const KLANTCONTACT_MAX_LENGTH: Readonly<Record<'kanaal' | 'onderwerp' | 'notitie' | 'toelichting', number>> = {
  kanaal: 50,
  onderwerp: 200,
  notitie: 1000,
  toelichting: 1000,
};

/** What the interne taak of a terugbelverzoek asks (Klantinteracties `gevraagdeHandeling`). */
export const TERUGBELVERZOEK_HANDELING = 'Terugbellen';

/** The problems of a draft per field; empty when it can be sent. */
export function validateKlantcontactDraft(draft: KlantcontactDraft): Partial<Record<KlantcontactVeld, FieldProblem>> {
  const problems: Partial<Record<KlantcontactVeld, FieldProblem>> = {};
  const required = (veld: 'kanaal' | 'onderwerp', value: string) => {
    if (value.trim() === '') problems[veld] = 'leeg';
    else if (value.length > KLANTCONTACT_MAX_LENGTH[veld]) problems[veld] = 'te-lang';
  };
  required('kanaal', draft.kanaal);
  required('onderwerp', draft.onderwerp);
  if (draft.notitie.length > KLANTCONTACT_MAX_LENGTH.notitie) problems.notitie = 'te-lang';
  if (draft.zaken.some((zaak) => uuidOfReference(zaak) === undefined)) problems.zaken = 'ongeldig';
  if (draft.beantwoord === undefined) problems.beantwoord = 'leeg';
  const verzoek = draft.terugbelverzoek;
  if (verzoek) {
    if (verzoek.actor.trim() === '') problems.actor = 'leeg';
    else if (uuidOfReference(verzoek.actor) === undefined) problems.actor = 'ongeldig';
    if (verzoek.toelichting.length > KLANTCONTACT_MAX_LENGTH.toelichting) problems.toelichting = 'te-lang';
  }
  return problems;
}

/** What a registration created so far (pass it as `resume` to continue one that stopped). */
export interface KlantcontactCreated {
  /** The klantcontact as the server returned it. */
  readonly klantcontact?: S['Klantcontact'];
  readonly betrokkene?: { readonly url: string };
  /** One per zaak that was linked. */
  readonly onderwerpobjecten: readonly { readonly zaak: string; readonly url: string }[];
  readonly interneTaak?: { readonly url: string };
}

/** The steps of a registration, in order (`partij`: finding the klant's partij; `controle`: the draft's own checks). */
export type RegistratieStap = 'controle' | 'partij' | 'klantcontact' | 'betrokkene' | 'onderwerpobject' | 'interne-taak';

/** How a registration ended. It never throws: a refusal, a failure or an abort is an outcome too. */
export type RegistratieOutcome =
  | { readonly ok: true; readonly created: KlantcontactCreated; readonly contact: KlantcontactView }
  | {
      readonly ok: false;
      /** What exists now; nothing when `created.klantcontact` is absent. */
      readonly created: KlantcontactCreated;
      readonly failedAt: RegistratieStap;
      /** The draft's fields a check or Open Klant refused. */
      readonly fields: Partial<Record<KlantcontactVeld, VeldFout>>;
      /** Open Klant's reasons that name no field of the draft. */
      readonly rest: readonly string[];
      /** What went wrong (a KlantbeeldError, or the abort reason); absent for the draft's own checks. */
      readonly error?: unknown;
      /** Whether the contact is in the klant's history now (the betrokkene exists), though not complete. */
      readonly inHistory: boolean;
    };

/** Options of {@link registerKlantcontact}. */
export interface RegisterKlantcontactOptions {
  signal?: AbortSignal;
  /** What an earlier attempt with this draft created: only the rest is written. */
  resume?: KlantcontactCreated;
  /** The language of the contact (ISO 639-2/B); default `nld`. */
  taal?: string;
}

const PROBLEM_OF_CODE: Readonly<Record<string, FieldProblem>> = {
  required: 'leeg',
  blank: 'leeg',
  null: 'leeg',
  max_length: 'te-lang',
};

/** Which draft field a refused parameter of a step is about (undefined: none of the draft's). */
function veldOf(stap: RegistratieStap, param: string): KlantcontactVeld | undefined {
  const name = param.split('.')[0] ?? '';
  if (stap === 'klantcontact') return ({ kanaal: 'kanaal', onderwerp: 'onderwerp', inhoud: 'notitie', metadata: 'beantwoord' } as const)[name as 'kanaal'];
  if (stap === 'onderwerpobject') return 'zaken';
  if (stap === 'interne-taak') {
    if (name === 'toegewezenAanActoren' || name === 'toegewezenAanActor') return 'actor';
    if (name === 'toelichting') return 'toelichting';
  }
  return undefined;
}

/** A refusal of `stap` at the draft's fields; other parameters as `rest`. */
function refusal(stap: RegistratieStap, error: unknown): Pick<Extract<RegistratieOutcome, { ok: false }>, 'fields' | 'rest'> {
  const fields: Partial<Record<KlantcontactVeld, VeldFout>> = {};
  const rest: string[] = [];
  if (!isKlantbeeldError(error) || !(error instanceof ValidationError)) return { fields, rest };
  for (const param of error.invalidParams) {
    const veld = veldOf(stap, param.name);
    const reason = param.reason || param.code;
    const problem = PROBLEM_OF_CODE[param.code] ?? 'ongeldig';
    if (veld) fields[veld] ??= { reason, problem };
    else rest.push(reason);
  }
  return { fields, rest };
}

function identificator(zaakUuid: string): S['Onderwerpobjectidentificator'] {
  return { objectId: zaakUuid, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' };
}

/** The contact as a history shows it, from the server's klantcontact and what was linked to it (as an `_expand`). */
async function viewOf(client: KlantbeeldClient, created: KlantcontactCreated, verzoek: boolean, signal?: AbortSignal): Promise<KlantcontactView | undefined> {
  const kc = created.klantcontact as JsonObject | undefined;
  if (!kc) return undefined;
  const _expand = {
    gingOverOnderwerpobjecten: created.onderwerpobjecten.map((o) => ({
      url: o.url,
      onderwerpobjectidentificator: identificator(uuidOfReference(o.zaak) ?? ''),
    })),
    hadBetrokkenen: created.betrokkene ? [{ url: created.betrokkene.url, rol: 'klant', initiator: true }] : [],
    leiddeTotInterneTaken: created.interneTaak && verzoek ? [{ url: created.interneTaak.url, status: 'te_verwerken' }] : [],
  };
  return readKlantcontact(client, { ...kc, _expand }, signal);
}

/** The contact as it shows while it is being saved. */
function draftView(draft: KlantcontactDraft, zakenBase: string | undefined, sequence: number): KlantcontactView {
  const notitie = draft.notitie.trim();
  return {
    url: `urn:klantbeeld:klantcontact-in-behandeling:${sequence}`,
    uuid: '',
    kanaal: draft.kanaal.trim(),
    onderwerp: draft.onderwerp.trim(),
    ...(notitie ? { inhoud: notitie } : {}),
    vertrouwelijk: false,
    plaatsgevondenOp: new Date().toISOString(),
    actoren: [],
    zaken: draft.zaken.map((zaak) => (zakenBase && !zaak.includes('/') ? `${zakenBase}/zaken/${zaak}` : zaak)),
    doorKlantGestart: true,
    ...(draft.terugbelverzoek ? { vraagInBehandeling: true } : {}),
  };
}

let sequence = 0;

/**
 * Registers `draft` as a klantcontact of the klant the client serves (the gateway scopes `GET /partijen` to it, as it
 * scopes `listKlantcontacten`): `POST /klantcontacten` (`indicatieContactGelukt: true`, answered as `metadata.beantwoord`
 * `ja`/`nee`), `POST /betrokkenen` (the klant's partij, `rol: klant`, initiator), `POST /onderwerpobjecten` per zaak
 * (`codeObjecttype: zaak`, the zaak's UUID) and, with a terugbelverzoek, `POST /internetaken` (`Terugbellen`,
 * `te_verwerken`, assigned to its actor). Nothing is sent when the draft's own checks fail.
 *
 * The contact shows in {@link pendingKlantcontacten} at once and is replaced by the server's view when saved (or when
 * it reached the klant's history before a later step failed); it is taken away when it never reached the history.
 * The client's cached contact lists are dropped after the writes. Continue a failed registration with `resume:
 * outcome.created`: what exists is not written twice.
 */
export async function registerKlantcontact(
  client: KlantbeeldClient,
  draft: KlantcontactDraft,
  options: RegisterKlantcontactOptions = {},
): Promise<RegistratieOutcome> {
  const { signal } = options;
  let created: KlantcontactCreated = options.resume ?? { onderwerpobjecten: [] };
  const problems = validateKlantcontactDraft(draft);
  const checked = Object.entries(problems) as [KlantcontactVeld, FieldProblem][];
  if (checked.length > 0) {
    const fields = Object.fromEntries(checked.map(([veld, problem]) => [veld, { reason: problem, problem }]));
    return { ok: false, created, failedAt: 'controle', fields, rest: [], inHistory: created.betrokkene !== undefined };
  }
  const zakenBase = resolveSources(client.config).get('zaken')?.url;
  const pending = addPendingKlantcontact(client, draftView(draft, zakenBase, ++sequence), created.klantcontact?.url);
  const verzoek = draft.terugbelverzoek;
  let stap: RegistratieStap = 'partij';
  try {
    const partij = created.betrokkene ? undefined : await getResidentPartij(client, { signal });
    if (!created.betrokkene && !partij) throw new NotFoundError('The klant has no partij in Klantinteracties');
    stap = 'klantcontact';
    const contact = {
      kanaal: draft.kanaal.trim(),
      onderwerp: draft.onderwerp.trim(),
      inhoud: draft.notitie.trim(),
      taal: options.taal ?? 'nld',
      vertrouwelijk: false,
      indicatieContactGelukt: true,
      metadata: { beantwoord: draft.beantwoord ? 'ja' : 'nee' },
    };
    const kc = created.klantcontact ?? (await client.post<S['Klantcontact']>('klantinteracties', '/klantcontacten', contact, { signal }));
    created = { ...created, klantcontact: kc };
    stap = 'betrokkene';
    if (!created.betrokkene && partij) {
      const body = { hadKlantcontact: { uuid: kc.uuid }, wasPartij: { uuid: partij.uuid }, rol: 'klant', initiator: true };
      const betrokkene = await client.post<S['Betrokkene']>('klantinteracties', '/betrokkenen', body, { signal });
      created = { ...created, betrokkene: { url: betrokkene.url } };
    }
    stap = 'onderwerpobject';
    for (const zaak of draft.zaken) {
      const zaakUuid = uuidOfReference(zaak);
      if (!zaakUuid || created.onderwerpobjecten.some((o) => uuidOfReference(o.zaak) === zaakUuid)) continue;
      const body = { klantcontact: { uuid: kc.uuid }, wasKlantcontact: null, onderwerpobjectidentificator: identificator(zaakUuid) };
      const onderwerp = await client.post<S['Onderwerpobject']>('klantinteracties', '/onderwerpobjecten', body, { signal });
      created = { ...created, onderwerpobjecten: [...created.onderwerpobjecten, { zaak, url: onderwerp.url }] };
    }
    stap = 'interne-taak';
    if (verzoek && !created.interneTaak) {
      const actor = uuidOfReference(verzoek.actor);
      const body = {
        aanleidinggevendKlantcontact: { uuid: kc.uuid },
        gevraagdeHandeling: TERUGBELVERZOEK_HANDELING,
        toegewezenAanActoren: [{ uuid: actor }],
        toelichting: verzoek.toelichting.trim(),
        status: 'te_verwerken',
      };
      const taak = await client.post<S['InterneTaak']>('klantinteracties', '/internetaken', body, { signal });
      created = { ...created, interneTaak: { url: taak.url } };
    }
  } catch (error) {
    const inHistory = created.betrokkene !== undefined;
    await settle(client, pending, created, inHistory, verzoek !== undefined);
    return { ok: false, created, failedAt: stap, ...refusal(stap, error), error, inHistory };
  }
  const contact = await settle(client, pending, created, true, verzoek !== undefined);
  return contact ? { ok: true, created, contact } : { ok: false, created, failedAt: 'klantcontact', fields: {}, rest: [], inHistory: true };
}

/** Shows the server's view of what exists (when it is in the history) or takes the pending contact away; drops cached lists. */
async function settle(
  client: KlantbeeldClient,
  pending: ReturnType<typeof addPendingKlantcontact>,
  created: KlantcontactCreated,
  inHistory: boolean,
  verzoek: boolean,
): Promise<KlantcontactView | undefined> {
  const url = text(created.klantcontact?.url);
  if (url) client.invalidate(url);
  // Read without the caller's signal: what exists must be shown even when the caller stopped waiting.
  const view = inHistory ? await viewOf(client, created, verzoek).catch(() => undefined) : undefined;
  if (view) pending.saved(view);
  else pending.drop();
  return view;
}

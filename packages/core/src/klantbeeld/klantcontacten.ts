/**
 * The resident's contact history from Klantinteracties: every klantcontact (telefoon, e-mail, balie,
 * chat, …) with whom it was, what it was about and the zaken it concerned, newest first. The content of
 * a vertrouwelijk contact is never put in the view model, nor are interne taken beyond "a question of
 * yours is still being handled".
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { MAX_KLANTCONTACTEN, MAX_RELATIE_LOOKUPS, MAX_RELATIES_PER_KLANTCONTACT } from './bounds.js';
import { findKlantcontacten, getKlantinteractiesResource, withKlantinteractiesExpand } from '../apis/klantinteracties.js';
import { resolveSources } from '../transport/config.js';
import { ValidationError } from '../transport/errors.js';
import { lenient } from './expand.js';
import { isObject, objects, text, time, uuidOfReference, type JsonObject } from './read.js';
import type { Behandelaar } from './view-models.js';

/** One contact between the resident and the municipality. */
export interface KlantcontactView {
  /** The klantcontact's URL: its identity. */
  readonly url: string;
  readonly uuid: string;
  /** The channel, e.g. `telefoon`, `e-mail`, `balie`, `chat` (free text upstream). */
  readonly kanaal: string;
  /** What it was about; left out when the contact is vertrouwelijk. */
  readonly onderwerp?: string;
  /** What was said or asked; left out when the contact is vertrouwelijk. */
  readonly inhoud?: string;
  /** The answer given; left out when the contact is vertrouwelijk. */
  readonly reactie?: string;
  /** `true`: onderwerp, inhoud and reactie are confidential and left out. */
  readonly vertrouwelijk: boolean;
  /** When it took place (ISO 8601 date-time). */
  readonly plaatsgevondenOp?: string;
  /** Reference to quote when calling about it. */
  readonly referentienummer?: string;
  /** With whom: organisational units, and medewerkers by name only when the client's `behandelaar` policy is `'naam'`. */
  readonly actoren: readonly Behandelaar[];
  /** URLs of the zaken it concerned (in the configured Zaken source). */
  readonly zaken: readonly string[];
  /** Whether the resident started the contact; undefined when not known. */
  readonly doorKlantGestart?: boolean;
  /** Whether a follow-up (an interne taak) is still open; undefined when not known. Never its details. */
  readonly vraagInBehandeling?: boolean;
}

/** Options of {@link listKlantcontacten}. */
export interface ListKlantcontactenOptions {
  /** Only the contacts about this zaak (its URL or UUID). */
  zaak?: string;
  signal?: AbortSignal;
}

const EXPAND = ['gingOverOnderwerpobjecten', 'hadBetrokkenen', 'leiddeTotInterneTaken'] as const;

/** An actor as the resident may see it, per the `behandelaar` policy (automated actors are left out). */
function readActor(actor: JsonObject, policy: 'organisatie' | 'naam'): Behandelaar | undefined {
  const naam = text(actor.naam)?.trim();
  if (!naam) return undefined;
  if (actor.soortActor === 'organisatorische_eenheid') return { kind: 'organisatorische-eenheid', naam };
  if (actor.soortActor === 'medewerker' && policy === 'naam') return { kind: 'medewerker', naam };
  return undefined;
}

/** What one call may still fetch of the relations servers did not expand. */
interface LookupBudget {
  left: number;
}

/**
 * Fetches the relations a server did not expand (lenient: a gone or hidden one is left out), at most
 * {@link MAX_RELATIES_PER_KLANTCONTACT} per contact and what is left of the call's budget.
 */
async function related(client: KlantbeeldClient, refs: unknown, budget: LookupBudget, signal?: AbortSignal): Promise<JsonObject[]> {
  const urls = objects(refs)
    .map((ref) => text(ref.url))
    .filter((url): url is string => url !== undefined)
    // Bounded: a contact names only a few subjects and actors; a hostile list costs no more than this.
    .slice(0, Math.min(MAX_RELATIES_PER_KLANTCONTACT, budget.left));
  budget.left -= urls.length;
  const fetched = await Promise.all(urls.map((url) => lenient(getKlantinteractiesResource<unknown>(client, url, { signal }))));
  return fetched.filter(isObject);
}

/** Zaak UUIDs among onderwerpobjecten (codeObjecttype `zaak`, objectId a UUID). */
function zaakUuids(onderwerpen: readonly JsonObject[]): string[] {
  const uuids: string[] = [];
  for (const onderwerp of onderwerpen) {
    const id = isObject(onderwerp.onderwerpobjectidentificator) ? onderwerp.onderwerpobjectidentificator : {};
    if (typeof id.codeObjecttype !== 'string' || id.codeObjecttype.toLowerCase() !== 'zaak') continue;
    const uuid = typeof id.objectId === 'string' ? uuidOfReference(id.objectId) : undefined;
    if (uuid && !uuids.includes(uuid)) uuids.push(uuid);
  }
  return uuids;
}

async function summarize(
  client: KlantbeeldClient,
  kc: JsonObject,
  zakenBase: string | undefined,
  budget: LookupBudget,
  signal: AbortSignal | undefined,
): Promise<{ view: KlantcontactView; zaakUuids: string[] } | undefined> {
  const url = text(kc.url);
  if (!url) return undefined;
  const expand = isObject(kc._expand) ? kc._expand : {};
  const policy = client.config.behandelaar ?? 'organisatie';

  // Onderwerpobjecten: expanded, else fetched (a link to a zaak is worth a request).
  const onderwerpen = Array.isArray(expand.gingOverOnderwerpobjecten)
    ? objects(expand.gingOverOnderwerpobjecten)
    : await related(client, kc.gingOverOnderwerpobjecten, budget, signal);
  const uuids = zaakUuids(onderwerpen);

  // Actoren come inline; older servers send only references.
  const actorEntries = objects(kc.hadBetrokkenActoren);
  const actoren = actorEntries.some((actor) => actor.soortActor === undefined) ? await related(client, actorEntries, budget, signal) : actorEntries;
  const metWie: Behandelaar[] = [];
  for (const actor of actoren) {
    const seen = readActor(actor, policy);
    if (seen && !metWie.some((other) => other.kind === seen.kind && other.naam === seen.naam)) metWie.push(seen);
  }

  // Betrokkenen and interne taken only from expand: the contact is shown without them otherwise.
  const betrokkenen = Array.isArray(expand.hadBetrokkenen) ? objects(expand.hadBetrokkenen) : undefined;
  const taken = Array.isArray(expand.leiddeTotInterneTaken) ? objects(expand.leiddeTotInterneTaken) : undefined;
  const vertrouwelijk = kc.vertrouwelijk !== false;
  const uuid = text(kc.uuid) ?? url.replace(/\/+$/, '').split('/').pop() ?? '';
  const onderwerp = text(kc.onderwerp);
  const inhoud = text(kc.inhoud);
  const reactie = text(kc.reactie);
  const plaatsgevondenOp = text(kc.plaatsgevondenOp);
  const referentienummer = text(kc.referentienummer);
  const view: KlantcontactView = {
    url,
    uuid,
    kanaal: text(kc.kanaal) ?? '',
    // Klantinteracties: vertrouwelijk covers onderwerp, inhoud and kenmerken; a missing flag counts as vertrouwelijk.
    ...(!vertrouwelijk && onderwerp !== undefined ? { onderwerp } : {}),
    ...(!vertrouwelijk && inhoud !== undefined ? { inhoud } : {}),
    ...(!vertrouwelijk && reactie !== undefined ? { reactie } : {}),
    vertrouwelijk,
    ...(plaatsgevondenOp !== undefined ? { plaatsgevondenOp } : {}),
    ...(referentienummer !== undefined ? { referentienummer } : {}),
    actoren: metWie,
    zaken: zakenBase ? uuids.map((zaak) => `${zakenBase}/zaken/${zaak}`) : [],
    ...(betrokkenen ? { doorKlantGestart: betrokkenen.some((b) => b.initiator === true && (b.rol === 'klant' || b.rol === 'vertegenwoordiger')) } : {}),
    ...(taken ? { vraagInBehandeling: taken.some((taak) => taak.status === 'te_verwerken') } : {}),
  };
  return { view, zaakUuids: uuids };
}

/**
 * The resident's klantcontacten, newest first (those without a date last), every page:
 * `GET /klantcontacten?expand=gingOverOnderwerpobjecten,hadBetrokkenen,leiddeTotInterneTaken`, which the
 * gateway scopes to the resident (no BSN is sent). With `zaak`, only the contacts about that zaak
 * (`onderwerpobject__onderwerpobjectidentificatorObjectId=<uuid>` and `…CodeObjecttype=zaak`); the client
 * checks the onderwerpobjecten itself as well. Onderwerpobjecten the server did not expand are fetched.
 * @throws ValidationError when `zaak` is neither a zaak URL nor a UUID (nothing is sent).
 */
export async function listKlantcontacten(client: KlantbeeldClient, options: ListKlantcontactenOptions = {}): Promise<KlantcontactView[]> {
  const { signal } = options;
  let uuid: string | undefined;
  if (options.zaak !== undefined) {
    uuid = typeof options.zaak === 'string' ? uuidOfReference(options.zaak) : undefined;
    if (!uuid) {
      throw new ValidationError('zaak must be a zaak URL or UUID', {
        problem: { invalidParams: [{ name: 'zaak', code: 'invalid', reason: 'Geen zaak-URL of UUID.' }] },
      });
    }
  }
  const filter = uuid
    ? { onderwerpobject__onderwerpobjectidentificatorObjectId: uuid, onderwerpobject__onderwerpobjectidentificatorCodeObjecttype: 'zaak' }
    : {};
  const contacten = await withKlantinteractiesExpand(client, EXPAND, (expand) =>
    findKlantcontacten(client, { ...filter, ...(expand ? { expand: [...expand] } : {}) }, { signal, limit: MAX_KLANTCONTACTEN }),
  );
  const zakenBase = resolveSources(client.config).get('zaken')?.url;
  const budget: LookupBudget = { left: MAX_RELATIE_LOOKUPS };
  const summaries = await Promise.all(objects(contacten).map((kc) => summarize(client, kc, zakenBase, budget, signal)));
  const views = summaries
    .filter((summary): summary is NonNullable<typeof summary> => summary !== undefined)
    // A server that ignored the filter must not show contacts about other zaken.
    .filter((summary) => uuid === undefined || summary.zaakUuids.includes(uuid))
    .map((summary) => summary.view);
  return views
    .map((view, index) => ({ view, index, at: time(view.plaatsgevondenOp) }))
    .sort((a, b) => (Number.isNaN(a.at) ? (Number.isNaN(b.at) ? a.index - b.index : 1) : Number.isNaN(b.at) ? -1 : b.at - a.at || a.index - b.index))
    .map(({ view }) => view);
}

/**
 * One klantcontact as {@link listKlantcontacten} shows it: its relations from `_expand` (else fetched, as for a list),
 * its content left out when it is vertrouwelijk. Undefined when it has no URL.
 */
export async function readKlantcontact(client: KlantbeeldClient, kc: JsonObject, signal?: AbortSignal): Promise<KlantcontactView | undefined> {
  const zakenBase = resolveSources(client.config).get('zaken')?.url;
  const summary = await summarize(client, kc, zakenBase, { left: MAX_RELATIES_PER_KLANTCONTACT }, signal);
  return summary?.view;
}

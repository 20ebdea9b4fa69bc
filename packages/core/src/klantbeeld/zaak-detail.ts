/**
 * One case as a resident needs it on its own page: the view model of `<kb-zaak-detail>`, usable headless.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { NotFoundError, isKlantbeeldError } from '../transport/errors.js';
import { summarizeBesluiten, type BesluitView } from './besluiten.js';
import { pickContactRoute, type ContactRoute, type ContactRouteTarget } from './contact-route.js';
import { dutchDay, instant } from './dates.js';
import { listZaakDocumenten, type DocumentView } from './documenten.js';
import { isObject, text } from './read.js';
import { getStatusTimeline } from './status-timeline.js';
import { listSubstatussen, type SubstatusView } from './substatussen.js';
import { termijnStand, type TermijnStand } from './termijn.js';
import type { Vertrouwelijkheidaanduiding } from './vertrouwelijkheid.js';
import type { StatusTimeline } from './view-models.js';
import { getZaak } from './zaak.js';

/** A verlenging of the case's term: its duration (ISO 8601, e.g. `P42D`) and reason, each when given. */
export interface ZaakVerlenging {
  readonly duur?: string;
  readonly reden?: string;
}

/** An opschorting: whether the case is suspended now, why (only while it is), and whether it was suspended before. */
export interface ZaakOpschorting {
  readonly indicatie: boolean;
  readonly reden?: string;
  readonly eerdereOpschorting: boolean;
}

/** The term of the case at a moment. */
export interface ZaakTermijn {
  readonly stand: TermijnStand;
  /** The date the stand speaks of ("on time until …", "late since …"); undefined for the stands without one. */
  readonly datum?: string;
  /** Whether an open case has a readable planned or final end date to show. */
  readonly heeftDatums: boolean;
}

/** A part of a case's detail that loads on its own (and may fail, or be shielded, on its own). */
export type ZaakDetailPart = 'berichten' | 'documenten' | 'besluiten';

/** The whole view model of one case. */
export interface ZaakDetail {
  readonly timeline: StatusTimeline;
  /** RSIN of the organisation that registered the case (picks the contact route). */
  readonly bronorganisatie?: string;
  readonly verlenging?: ZaakVerlenging;
  readonly opschorting?: ZaakOpschorting;
  /** The resident's substatussen of the current status, oldest first; `undefined` when they could not be loaded. */
  readonly berichten: readonly SubstatusView[] | undefined;
  /** The case's visible documents that belong to no besluit; `undefined` when they could not be loaded. */
  readonly documenten: readonly DocumentView[] | undefined;
  /** The besluiten, each with its own documents; `undefined` when they could not be loaded. */
  readonly besluiten: readonly BesluitView[] | undefined;
  /**
   * True when the case has more besluiten than {@link ZaakDetail.besluiten} holds (at most `MAX_BESLUITEN`, see
   * `summarizeBesluiten`): say so rather than fetch them all.
   */
  readonly moreBesluiten: boolean;
  /**
   * The parts the gateway shields for the employee's role (a 403 `shielded`, e.g. the documents for a KCC profile):
   * they are `undefined` above, and are to be shown as "hidden for your role", not as failed. Absent when none is.
   */
  readonly shielded?: readonly ZaakDetailPart[];
  /** The term at `now` of {@link GetZaakDetailOptions} (see {@link zaakTermijn} for another moment). */
  readonly termijn: ZaakTermijn;
  /** The route of `contactRoutes` that serves this case (see {@link contactRouteOf}); absent when none does. */
  readonly contactRoute?: ContactRoute;
}

/** Options of {@link getZaakDetail}. */
export interface GetZaakDetailOptions {
  signal?: AbortSignal;
  /** The most confidential documents to show; default `'openbaar'`. */
  maxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;
  /** The moment the term is judged at (ms since the epoch or a `Date`); default now. */
  now?: number | Date;
  /** The municipality's contact routes (see {@link ContactRoute}); the one serving the case is `contactRoute`. */
  contactRoutes?: readonly ContactRoute[];
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (isObject(error) && error.name === 'AbortError');
}

/**
 * A secondary part of the case: its failure (not an abort) leaves the part out rather than the whole case; a shielded
 * part is also added to `shielded`.
 */
async function optional<T>(promise: Promise<T>, signal: AbortSignal | undefined, part: ZaakDetailPart, shielded: Set<ZaakDetailPart>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    if (isKlantbeeldError(error) && error.kind === 'shielded') shielded.add(part);
    return undefined;
  }
}

const PARTS: readonly ZaakDetailPart[] = ['berichten', 'documenten', 'besluiten'];

function verlengingOf(value: unknown): ZaakVerlenging | undefined {
  if (!isObject(value)) return undefined;
  const duur = text(value.duur);
  const reden = text(value.reden);
  return duur !== undefined || reden !== undefined ? { ...(duur !== undefined ? { duur } : {}), ...(reden !== undefined ? { reden } : {}) } : undefined;
}

function opschortingOf(value: unknown): ZaakOpschorting | undefined {
  if (!isObject(value)) return undefined;
  const indicatie = value.indicatie === true;
  const eerdereOpschorting = value.eerdereOpschorting === true;
  const reden = text(value.reden);
  if (!indicatie && !eerdereOpschorting) return undefined;
  return { indicatie, eerdereOpschorting, ...(indicatie && reden !== undefined ? { reden } : {}) };
}

/** The term of a loaded case at `now` (ms since the epoch or a `Date`): a date lasts the whole Dutch day. */
export function zaakTermijn(detail: Pick<ZaakDetail, 'timeline' | 'opschorting'>, now?: number | Date): ZaakTermijn {
  const { open, einddatum, einddatumGepland, uiterlijkeEinddatum } = detail.timeline;
  const stand = termijnStand(
    {
      open,
      opgeschort: detail.opschorting?.indicatie === true,
      ...(einddatum ? { einddatum } : {}),
      ...(einddatumGepland ? { einddatumGepland } : {}),
      ...(uiterlijkeEinddatum ? { uiterlijkeEinddatum } : {}),
    },
    instant(now),
  );
  const datum =
    stand === 'op-tijd'
      ? (einddatumGepland ?? uiterlijkeEinddatum)
      : stand === 'later-dan-gepland'
        ? uiterlijkeEinddatum
        : stand === 'te-laat'
          ? (uiterlijkeEinddatum ?? einddatumGepland)
          : undefined;
  const heeftDatums = open && (dutchDay(einddatumGepland) !== undefined || dutchDay(uiterlijkeEinddatum) !== undefined);
  return { stand, ...(datum ? { datum } : {}), heeftDatums };
}

/** The route of `routes` that serves the case (by zaaktype, else organisation, else the default); undefined when none does. */
export function contactRouteOf(
  detail: Pick<ZaakDetail, 'timeline' | 'bronorganisatie'>,
  routes: readonly ContactRoute[] | undefined,
): ContactRoute | undefined {
  const zaaktype = detail.timeline.zaak.zaaktype;
  const target: ContactRouteTarget = {
    ...(zaaktype ? { zaaktype } : {}),
    ...(detail.bronorganisatie ? { bronorganisatie: detail.bronorganisatie } : {}),
  };
  return pickContactRoute(routes, target);
}

/**
 * One case with everything its detail page shows: the status timeline, the resident's messages under the current
 * step, the term, the besluiten with their documents, the other visible documents and the contact route.
 *
 * The zaak and its timeline are required (their errors are thrown); substatussen, documents and besluiten are each
 * optional: when one cannot be loaded it is `undefined` and the rest is returned (a part the employee's role shields
 * is also named in `shielded`). Requests: those of
 * {@link getZaak} and {@link getStatusTimeline}, plus those of `listSubstatussen`, `listZaakDocumenten` and
 * `summarizeBesluiten` (bounded), in parallel.
 *
 * @param zaak a zaak URL or identificatie.
 * @returns the detail, or `null` when the case does not exist (for this resident).
 */
export async function getZaakDetail(client: KlantbeeldClient, zaak: string, options: GetZaakDetailOptions = {}): Promise<ZaakDetail | null> {
  const { signal } = options;
  let resource;
  try {
    resource = await getZaak(client, zaak, { signal });
  } catch (error) {
    if (error instanceof NotFoundError || (isKlantbeeldError(error) && error.kind === 'not-found')) return null;
    throw error;
  }
  const listOptions = { signal, ...(options.maxVertrouwelijkheid ? { maxVertrouwelijkheid: options.maxVertrouwelijkheid } : {}) };
  const shieldedParts = new Set<ZaakDetailPart>();
  const [timeline, berichten, documenten, besluitenSummary] = await Promise.all([
    getStatusTimeline(client, resource, { signal }),
    optional(listSubstatussen(client, resource, { signal }), signal, 'berichten', shieldedParts),
    optional(listZaakDocumenten(client, resource, listOptions), signal, 'documenten', shieldedParts),
    optional(summarizeBesluiten(client, resource, listOptions), signal, 'besluiten', shieldedParts),
  ]);
  const shielded = PARTS.filter((part) => shieldedParts.has(part));
  const besluiten = besluitenSummary?.besluiten;
  const statusUrl = text(resource.status);
  // A besluit's own documents are shown under that besluit, not a second time among the case's documents.
  const besluitDocumenten = new Set(besluiten?.flatMap((besluit) => besluit.documenten.map((document) => document.url)));
  const bronorganisatie = text(resource.bronorganisatie);
  const verlenging = verlengingOf(resource.verlenging);
  const opschorting = opschortingOf(resource.opschorting);
  const base = {
    timeline,
    ...(bronorganisatie !== undefined ? { bronorganisatie } : {}),
    ...(verlenging ? { verlenging } : {}),
    ...(opschorting ? { opschorting } : {}),
    // Messages belong under the step where the case is now.
    berichten: berichten?.filter((bericht) => statusUrl !== undefined && bericht.status === statusUrl),
    documenten: documenten?.filter((document) => !besluitDocumenten.has(document.url)),
    besluiten,
    moreBesluiten: besluitenSummary?.more === true,
    ...(shielded.length > 0 ? { shielded } : {}),
  };
  const contactRoute = contactRouteOf(base, options.contactRoutes);
  return { ...base, termijn: zaakTermijn(base, options.now), ...(contactRoute ? { contactRoute } : {}) };
}

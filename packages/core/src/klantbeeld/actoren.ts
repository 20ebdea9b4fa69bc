/**
 * The teams and people an interne taak (a terugbelverzoek) can be assigned to: the active actoren of Klantinteracties
 * (`GET /actoren`), organisational units first. Automated actoren are left out: they cannot call anyone back.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { isObject, text } from './read.js';

/** An actor a taak can be assigned to. */
export interface ActorView {
  /** The actor's URL: its identity. */
  readonly url: string;
  readonly uuid: string;
  readonly naam: string;
  /** A team (`organisatorische-eenheid`) or a person (`medewerker`). */
  readonly soort: 'organisatorische-eenheid' | 'medewerker';
  /** A medewerker's function or a team's description, to tell namesakes apart. */
  readonly omschrijving?: string;
}

/** Options of {@link listActoren}. */
export interface ListActorenOptions {
  signal?: AbortSignal;
}

/** At most this many actoren are read (a municipality's teams and KCC staff; the pages after it are not requested). */
export const MAX_ACTOREN = 500;

const SOORTEN: Readonly<Record<string, ActorView['soort']>> = { organisatorische_eenheid: 'organisatorische-eenheid', medewerker: 'medewerker' };

function readActor(value: unknown): ActorView | undefined {
  if (!isObject(value) || value.indicatieActief === false) return undefined;
  const url = text(value.url);
  const naam = text(value.naam)?.trim();
  const soort = typeof value.soortActor === 'string' ? SOORTEN[value.soortActor] : undefined;
  if (!url || !naam || !soort) return undefined;
  const identificatie = isObject(value.actorIdentificatie) ? value.actorIdentificatie : {};
  const omschrijving = text(identificatie.functie) ?? text(identificatie.omschrijving);
  return { url, uuid: text(value.uuid) ?? url.replace(/\/+$/, '').split('/').pop() ?? '', naam, soort, ...(omschrijving ? { omschrijving } : {}) };
}

/** The active teams, then the active medewerkers, each by name (`GET /actoren?indicatieActief=true`, every page). */
export async function listActoren(client: KlantbeeldClient, options: ListActorenOptions = {}): Promise<ActorView[]> {
  const items = await client.list<unknown>('klantinteracties', '/actoren', { query: { indicatieActief: true }, signal: options.signal, limit: MAX_ACTOREN });
  const order = (actor: ActorView) => (actor.soort === 'organisatorische-eenheid' ? 0 : 1);
  return items
    .map(readActor)
    .filter((actor): actor is ActorView => actor !== undefined)
    .sort((a, b) => order(a) - order(b) || a.naam.localeCompare(b.naam, 'nl'));
}

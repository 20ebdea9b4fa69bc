/**
 * The `texts` keys of 0.1 that moved when every element got one namespace (0.2): they keep working, with a warning
 * once per key, until 0.3. Only the elements whose keys moved read their texts through {@link withRenamedTexts}
 * (with their own table), so that no other element carries the tables.
 * @module
 */
import type { LopendeZakenTexts } from '../lopende-zaken/lopende-zaken.texts.js';
import type { StatusTrackerTexts } from '../status-tracker/status-tracker.texts.js';

/** The keys of 0.1 that a `texts` override may still use (typed, and marked deprecated for editors). */
export interface DeprecatedTexts {
  /** @deprecated Use `statusTracker.loading`; removed in 0.3.0. */
  readonly statusTrackerLoading?: StatusTrackerTexts['loading'];
  /** @deprecated Use `statusTracker.notFound`; removed in 0.3.0. */
  readonly zaakNotFound?: StatusTrackerTexts['notFound'];
  /** @deprecated Use `statusTracker.zaaktype` and `lopendeZaken.zaaktype`; removed in 0.3.0. */
  readonly zaaktype?: StatusTrackerTexts['zaaktype'];
  /** @deprecated Use `statusTracker.zaaknummer` and `lopendeZaken.zaaknummer`; removed in 0.3.0. */
  readonly zaakIdentificatie?: StatusTrackerTexts['zaaknummer'];
  /** @deprecated Use `statusTracker.stappen`; removed in 0.3.0. */
  readonly steps?: StatusTrackerTexts['stappen'];
  /** @deprecated Use `statusTracker.stapAfgerond`; removed in 0.3.0. */
  readonly stepDone?: StatusTrackerTexts['stapAfgerond'];
  /** @deprecated Use `statusTracker.huidigeStap`; removed in 0.3.0. */
  readonly stepCurrent?: StatusTrackerTexts['huidigeStap'];
  /** @deprecated Use `statusTracker.nogNiet`; removed in 0.3.0. */
  readonly stepUpcoming?: StatusTrackerTexts['nogNiet'];
  /** @deprecated Use `statusTracker.nogGeenStatus`; removed in 0.3.0. */
  readonly noStatusYet?: StatusTrackerTexts['nogGeenStatus'];
  /** @deprecated Use `statusTracker.geenStappen`; removed in 0.3.0. */
  readonly noSteps?: StatusTrackerTexts['geenStappen'];
  /** @deprecated Use `statusTracker.startdatum`; removed in 0.3.0. */
  readonly startdatum?: StatusTrackerTexts['startdatum'];
  /** @deprecated Use `statusTracker.afgerondOp`; removed in 0.3.0. */
  readonly afgerondOp?: StatusTrackerTexts['afgerondOp'];
  /** @deprecated Use `statusTracker.resultaat`; removed in 0.3.0. */
  readonly resultaat?: StatusTrackerTexts['resultaat'];
  /** @deprecated Use `statusTracker.behandeldDoor`; removed in 0.3.0. */
  readonly behandeldDoor?: StatusTrackerTexts['behandeldDoor'];
  /** @deprecated Use `statusTracker.verwachteEinddatum`; removed in 0.3.0. */
  readonly verwachteEinddatum?: StatusTrackerTexts['verwachteEinddatum'];
  /** @deprecated Use `statusTracker.uiterlijkeEinddatum`; removed in 0.3.0. */
  readonly uiterlijkeEinddatum?: StatusTrackerTexts['uiterlijkeEinddatum'];
  /** @deprecated Use `lopendeZaken.heading`; removed in 0.3.0. */
  readonly lopendeZakenHeading?: LopendeZakenTexts['heading'];
  /** @deprecated Use `lopendeZaken.afgerondeZaken`; removed in 0.3.0. */
  readonly afgerondeZakenHeading?: LopendeZakenTexts['afgerondeZaken'];
  /** @deprecated Use `lopendeZaken.loading`; removed in 0.3.0. */
  readonly lopendeZakenLoading?: LopendeZakenTexts['loading'];
  /** @deprecated Use `lopendeZaken.toonAfgerond`; removed in 0.3.0. */
  readonly showAfgerondeZaken?: LopendeZakenTexts['toonAfgerond'];
  /** @deprecated Use `lopendeZaken.geenLopendeZaken`; removed in 0.3.0. */
  readonly geenLopendeZaken?: LopendeZakenTexts['geenLopendeZaken'];
  /** @deprecated Use `lopendeZaken.meerZaken`; removed in 0.3.0. */
  readonly meerZaken?: LopendeZakenTexts['meerZaken'];
  /** @deprecated Use `lopendeZaken.zakenGetoond`; removed in 0.3.0. */
  readonly zakenGetoond?: LopendeZakenTexts['zakenGetoond'];
  /** @deprecated Use `lopendeZaken.geenZaken`; removed in 0.3.0. */
  readonly geenZaken?: LopendeZakenTexts['geenZaken'];
  /** @deprecated Use `lopendeZaken.status`; removed in 0.3.0. */
  readonly status?: LopendeZakenTexts['status'];
  /** @deprecated Use `lopendeZaken.geenStatus`; removed in 0.3.0. */
  readonly noStatus?: LopendeZakenTexts['geenStatus'];
  /** @deprecated Use `lopendeZaken.sinds`; removed in 0.3.0. */
  readonly sinds?: LopendeZakenTexts['sinds'];
  /** @deprecated Use `lopendeZaken.gestartOp`; removed in 0.3.0. */
  readonly gestartOp?: LopendeZakenTexts['gestartOp'];
  /** @deprecated Use `lopendeZaken.afgerondOp`; removed in 0.3.0. */
  readonly afgerondOpLabel?: LopendeZakenTexts['afgerondOp'];
  /** @deprecated Use `lopendeZaken.behandelaar`; removed in 0.3.0. */
  readonly behandelaar?: LopendeZakenTexts['behandelaar'];
  /** @deprecated Its keys moved to `statusTracker` (e.g. `statusChanged` is `statusTracker.statusGewijzigd`); removed in 0.3.0. */
  readonly statusTrackerLive?: {
    readonly statusChanged?: StatusTrackerTexts['statusGewijzigd'];
    readonly statusSet?: StatusTrackerTexts['statusGezet'];
    readonly onderdelen?: StatusTrackerTexts['onderdelen'];
    readonly gerelateerd?: StatusTrackerTexts['gerelateerd'];
    readonly hoofdzaak?: StatusTrackerTexts['hoofdzaak'];
    readonly bij?: StatusTrackerTexts['bij'];
    readonly huidigeStatus?: StatusTrackerTexts['huidigeStatus'];
    readonly geenStatus?: StatusTrackerTexts['geenStatus'];
    readonly afgerond?: StatusTrackerTexts['afgerond'];
    readonly onbereikbaarOnderdeel?: StatusTrackerTexts['onbereikbaarOnderdeel'];
    readonly onbereikbareZaak?: StatusTrackerTexts['onbereikbareZaak'];
  };
}

type Texts = Readonly<Record<string, unknown>>;

function isTexts(value: unknown): value is Texts {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function read(texts: Texts, path: string): unknown {
  let node: unknown = texts;
  for (const key of path.split('.')) node = isTexts(node) ? node[key] : undefined;
  return node;
}

/** Sets `path` in `texts`, copying every object on the way (the caller's objects are never changed). */
function write(texts: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = texts;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    const copy: Record<string, unknown> = isTexts(next) ? { ...next } : {};
    node[key] = copy;
    node = copy;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Per table, per texts object: the texts with the keys moved. */
const migrated = new WeakMap<RenamedTexts, WeakMap<object, object>>();
const warned = new Set<string>();

/**
 * One element's renamed keys: its namespace, and the old keys separated by spaces, each `old` (the same name in the
 * namespace) or `old:new`; an old key with a dot was nested (`statusTrackerLive.statusChanged:statusGewijzigd`).
 * A string rather than a table, because every element that carries it pays for its bytes.
 */
export interface RenamedTexts {
  readonly namespace: string;
  readonly keys: string;
}

/** The `[from, to]` paths of `renamed`. */
function pathsOf({ namespace, keys }: RenamedTexts): [from: string, to: string][] {
  return keys.split(' ').map((key) => {
    const [from = key, to = from.split('.').pop()] = key.split(':');
    return [from, `${namespace}.${to}`];
  });
}

/**
 * `texts` with every key of `renamed` also at its new place (a value given at the new place wins). Cached per object,
 * so that rendering does not copy the texts again; each old key is reported once per page.
 */
export function withRenamedTexts<T extends object>(texts: T, renamed: RenamedTexts): T {
  let cache = migrated.get(renamed);
  if (!cache) migrated.set(renamed, (cache = new WeakMap()));
  const known = cache.get(texts);
  if (known) return known as T;
  let result: Record<string, unknown> | undefined;
  for (const [from, to] of pathsOf(renamed)) {
    const value = read(texts as Texts, from);
    if (value === undefined) continue;
    result ??= { ...(texts as Texts) };
    if (read(result, to) === undefined) write(result, to, value);
    if (!warned.has(from)) {
      warned.add(from);
      console.warn(`[klantbeeld] texts.${from} is deprecated: use texts.${to} (the old key goes in 0.3.0).`);
    }
  }
  const out = (result ?? texts) as T;
  cache.set(texts, out);
  return out;
}

/**
 * Where the resident's tip choices live: whether tips are personal (the opt-in) and which tips they
 * dismissed. Only rule ids and a boolean, nothing personal. The default is the browser's localStorage;
 * a gateway- or Klantinteracties-backed store implements the same two methods.
 * @module
 */

/** The resident's choices about tips. */
export interface TipPreferences {
  /** The resident chose "Maak tips persoonlijk". */
  readonly persoonlijk: boolean;
  /** Ids of the rules whose tips they dismissed. */
  readonly verborgen: readonly string[];
}

/** Keeps {@link TipPreferences}. Both methods may be async (a store behind an API). */
export interface TipStore {
  /** The stored choices; {@link NO_TIP_PREFERENCES} when there are none. */
  load(): TipPreferences | Promise<TipPreferences>;
  /** Replaces the stored choices. */
  save(preferences: TipPreferences): void | Promise<void>;
}

/** The key under which {@link localStorageTipStore} keeps the choices. */
export const TIP_STORE_KEY = 'klantbeeld:tips';

/** Nothing chosen yet: general tips only, none dismissed. */
export const NO_TIP_PREFERENCES: TipPreferences = Object.freeze({ persoonlijk: false, verborgen: Object.freeze([]) });

/** Reads stored choices defensively: anything unreadable counts as not chosen. */
export function readTipPreferences(value: unknown): TipPreferences {
  if (typeof value !== 'object' || value === null) return NO_TIP_PREFERENCES;
  const { persoonlijk, verborgen } = value as { persoonlijk?: unknown; verborgen?: unknown };
  return {
    persoonlijk: persoonlijk === true,
    verborgen: Array.isArray(verborgen) ? [...new Set(verborgen.filter((id): id is string => typeof id === 'string' && id.length <= 64))] : [],
  };
}

/** A store in memory (tests, or a page that must not persist anything). */
export function memoryTipStore(initial: TipPreferences = NO_TIP_PREFERENCES): TipStore {
  let current = readTipPreferences(initial);
  return {
    load: () => current,
    save: (preferences) => {
      current = readTipPreferences(preferences);
    },
  };
}

/**
 * A store in `storage` (default `globalThis.localStorage`) under `key`, as JSON
 * (`{"persoonlijk":true,"verborgen":["…"]}`). Where storage is missing or refuses (private mode, quota,
 * Node) it keeps the choices in memory for the page's lifetime.
 */
export function localStorageTipStore(key: string = TIP_STORE_KEY, storage?: Storage): TipStore {
  const memory = memoryTipStore();
  const target = (): Storage | undefined => {
    try {
      return storage ?? (globalThis as { localStorage?: Storage }).localStorage;
    } catch {
      // Accessing localStorage throws where storage is blocked.
      return undefined;
    }
  };
  return {
    load() {
      try {
        const raw = target()?.getItem(key);
        return raw == null ? memory.load() : readTipPreferences(JSON.parse(raw));
      } catch {
        return memory.load();
      }
    },
    save(preferences) {
      const clean = readTipPreferences(preferences);
      void memory.save(clean); // the memory store saves synchronously
      try {
        target()?.setItem(key, JSON.stringify(clean));
      } catch {
        // Kept in memory only.
      }
    },
  };
}

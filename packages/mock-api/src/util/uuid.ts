/**
 * Deterministic UUIDs: the same name always gives the same UUID, so fixture and seeded resources keep
 * their URLs across runs (tests and bookmarks can name them) without a table of hand-written UUIDs.
 * @module
 */
import { hash128 } from './hash.js';

/**
 * A UUID (version-4 layout, as Open Zaak issues them) derived from `name`. Not random: pass a name that is
 * unique within the data set, e.g. `status:<zaak uuid>:2`.
 */
export function uuidFrom(name: string): string {
  const hex = hash128(name);
  // Set the version nibble to 4 and the variant bits to 10xx, so `format: uuid` validators accept it.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of a UUID (Open Zaak's URL patterns only route UUIDs). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** A small seeded pseudo-random generator (mulberry32) for deterministic fixture generation. */
export function seededRandom(seed: string): () => number {
  let state = parseInt(hash128(seed).slice(0, 8), 16);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

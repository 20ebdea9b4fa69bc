/**
 * The old texts keys' layer with the tables of the elements whose keys moved, as one chunk that
 * `renamed-texts-on-demand.ts` loads when an old key shows up.
 * @module
 */
import { withRenamedTexts } from './deprecated-texts.js';
import { statusTrackerRenamedTexts } from '../status-tracker/renamed-texts.js';
import { lopendeZakenRenamedTexts } from '../lopende-zaken/renamed-texts.js';

const TABLES = { statusTracker: statusTrackerRenamedTexts, lopendeZaken: lopendeZakenRenamedTexts };

/** The namespaces whose old keys still count. */
export type RenamedNamespace = keyof typeof TABLES;

/** `texts` with the old keys of `namespace` also at their new place (see `withRenamedTexts`). */
export function migrateRenamedTexts<T extends object>(texts: T, namespace: RenamedNamespace): T {
  return withRenamedTexts(texts, TABLES[namespace]);
}

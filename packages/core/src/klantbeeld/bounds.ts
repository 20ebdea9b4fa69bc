/**
 * The upper bounds of the view models: how many items each holds and so how many requests one call can
 * make, whatever the data. Beyond a bound a view model holds the first items and says there are more
 * (never one request per item of an unbounded list). `docs/core/bounds.md` tabulates the request bound
 * of every function; the hostile-response suite checks them.
 * @module
 */

/** Besluiten of one zaak held with their documents (more are summarised: {@link BesluitenSummary.more}). */
export const MAX_BESLUITEN = 20;
/** Documents of one zaak (or of the besluiten of one zaak) considered; the first ones in the zaak's order. */
export const MAX_DOCUMENTEN = 300;
/** Documents fetched one by one on a Documenten API without `_zoek` (the rest are left out). */
export const MAX_DOCUMENTEN_ZONDER_ZOEK = 50;
/** Distinct informatieobjecttypen looked up per call; documents of further types are shown without their kind. */
export const MAX_DOCUMENTTYPEN = 20;
/** Deelzaken, and relevante andere zaken, of one zaak summarised (each kind separately). */
export const MAX_GERELATEERDE_ZAKEN = 20;
/** Klantcontacten held by one call (the element shows them a page at a time). */
export const MAX_KLANTCONTACTEN = 10_000;
/** Relations of klantcontacten fetched per call when the server did not expand them (contacts beyond go without). */
export const MAX_RELATIE_LOOKUPS = 200;
/** Relations (onderwerpobjecten, actoren, betrokkenen) fetched per klantcontact when not expanded. */
export const MAX_RELATIES_PER_KLANTCONTACT = 5;
/** Zaken summarised by one list call (newest first); without `expand` each may cost three lookups. */
export const MAX_ZAKEN = 1_000;
/** Behandelaar rollen of one zaak read for its summary. */
export const MAX_ROLLEN = 20;
/** Statussen of one zaak read for its timeline (a zaak rarely has more than a dozen). */
export const MAX_STATUSSEN = 200;

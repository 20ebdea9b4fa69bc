/**
 * Resource types the mock serves, taken from the types generated from the official specs
 * (`@klantbeeld/core/generated/*`). Nothing is retyped here, with two documented exceptions where
 * Catalogi 1.3.1's OpenAPI document is wrong and Open Zaak (and Catalogi 1.3.3) differ: see
 * {@link ZaakType} and {@link StatusType}.
 * @module
 */
import type { components as ZakenComponents } from '@klantbeeld/core/generated/zaken';
import type { components as CatalogiComponents } from '@klantbeeld/core/generated/catalogi';

type Z = ZakenComponents['schemas'];
type C = CatalogiComponents['schemas'];

/** A zaak as Open Zaak 1.30 renders it (Zaken 1.5.1 plus OZ fields such as `laatstGemuteerd`). */
export type Zaak = Z['Zaak'];
/** A zaak with the resources asked for by `expand` under `_expand`. */
export type ExpandZaak = Z['ExpandZaak'];
export type Status = Z['Status'];
/** Polymorphic on `betrokkeneType`. */
export type Rol = Z['Rol'];
export type Resultaat = Z['Resultaat'];
export type Fout = Z['Fout'];
export type ValidatieFout = Z['ValidatieFout'];
export type FieldValidationError = Z['FieldValidationError'];
export type VertrouwelijkheidAanduiding = Z['VertrouwelijkheidaanduidingEnum'];
export type NatuurlijkPersoonIdentificatie = Z['NatuurlijkPersoonIdentificatie'];

/**
 * Catalogi 1.3.1 declares `informatieobjecttypen` as a string; real servers (Open Zaak) return an array
 * of URLs, and Catalogi 1.3.3 corrected the document to `array` of `uri`. The mock returns the array.
 */
export type ZaakType = Omit<C['ZaakType'], 'informatieobjecttypen'> & { readonly informatieobjecttypen: string[] };
/**
 * Catalogi 1.3.1 lists a read-only `zaakobjecttype` as required on StatusType; Catalogi 1.3.3 removed the
 * property. The mock leaves it out (it has no zaakobjecttypen to point at).
 */
export type StatusType = Omit<C['StatusType'], 'zaakobjecttype'>;
export type RolType = C['RolType'];
export type ResultaatType = C['ResultaatType'];

/** The page envelope of every paginated list. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

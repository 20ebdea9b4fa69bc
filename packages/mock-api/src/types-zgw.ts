/**
 * Resource types of the Documenten and Besluiten APIs and of the Zaken/Catalogi resources that link to
 * them, taken from the types generated from the official specs. Nothing is retyped; the documented
 * exceptions are the fields newer releases added or corrected (see {@link EnkelvoudigInformatieObject}
 * and {@link InformatieObjectType}).
 * @module
 */
import type { components as BesluitenComponents } from '@klantbeeld/core/generated/besluiten';
import type { components as CatalogiComponents } from '@klantbeeld/core/generated/catalogi';
import type { components as DocumentenComponents } from '@klantbeeld/core/generated/documenten';
import type { components as ZakenComponents } from '@klantbeeld/core/generated/zaken';

type D = DocumentenComponents['schemas'];
type B = BesluitenComponents['schemas'];
type C = CatalogiComponents['schemas'];
type Z = ZakenComponents['schemas'];

/**
 * An EnkelvoudigInformatieObject (Documenten 1.5.0). `tonenAanInitiator` is the Documenten 1.6.0 field
 * ("may be shown to the initiator of the zaak"); the mock sets it only on the fixtures that test it, so
 * both a server without the field and one with it are represented.
 */
export type EnkelvoudigInformatieObject = D['EnkelvoudigInformatieObject'] & { tonenAanInitiator?: boolean };
/** A ZaakInformatieObject (Open Zaak 1.30 / Zaken 1.5.1): the link zaak → document. */
export type ZaakInformatieObject = Z['ZaakInformatieObject'];
/** Open Zaak's SubStatus: a resident-facing (`betrokkenen`) or internal (`intern`) message under a status. */
export type SubStatus = Z['SubStatus'];
/** The link zaak → besluit, as `GET /zaken/{uuid}/besluiten` lists it. */
export type ZaakBesluit = Z['ZaakBesluit'];
/** A Besluit (Besluiten 1.1.0); `url` is optional in the schema (read-only) but always sent. */
export type Besluit = B['Besluit'] & { readonly url: string };
/** The link besluit → document (Besluiten 1.1.0); `url` as in {@link Besluit}. */
export type BesluitInformatieObject = B['BesluitInformatieObject'] & { readonly url: string };
/** A BesluitType (Catalogi 1.3.1). */
export type BesluitType = C['BesluitType'];
/**
 * An InformatieObjectType. Catalogi 1.3.1 declares `zaaktypen` as a string; Open Zaak returns an array of
 * URLs, and Catalogi 1.3.3 corrected the document to `array` of `uri`. The mock returns the array.
 */
export type InformatieObjectType = Omit<C['InformatieObjectType'], 'zaaktypen'> & { readonly zaaktypen: string[] };

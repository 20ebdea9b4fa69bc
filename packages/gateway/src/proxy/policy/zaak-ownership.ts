/**
 * Ownership of a zaak, the root of everything in the ZGW APIs: a zaak is the subject's when one of its
 * rollen names the subject (BSN for a resident, KvK number for a company) and its confidentiality is
 * within the cap. Documents and besluiten are the subject's through such a zaak.
 * @module
 */
import { withinVertrouwelijkheid } from '@klantbeeld/core';
import type { Subject } from '../../session/principal.js';
import { isObject, text, type JsonObject, type Scope } from './scope.js';

/** Rol types that identify a party outside the organisation (whose identifiers are personal). */
export const PARTY_ROL_TYPES = new Set(['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging']);

/** Whether `rol` names `subject`. A company session never matches a person's rol, nor the reverse. */
export function rolNamesSubject(rol: unknown, subject: Subject): boolean {
  if (!isObject(rol)) return false;
  const id = rol.betrokkeneIdentificatie;
  const type = text(rol, 'betrokkeneType');
  if (subject.kind === 'persoon') return type === 'natuurlijk_persoon' && text(id, 'inpBsn') === subject.bsn;
  if (type === 'niet_natuurlijk_persoon') return text(id, 'innNnpId') === subject.kvk || text(id, 'kvkNummer') === subject.kvk;
  if (type === 'vestiging') {
    return text(id, 'kvkNummer') === subject.kvk && (subject.vestiging === undefined || text(id, 'vestigingsNummer') === subject.vestiging);
  }
  return false;
}

/** The query parameter and value that limit a Zaken list to the subject (Open Zaak's role filters). */
export function rolFilter(scope: Scope): readonly [string, string] {
  const { subject } = scope;
  return subject.kind === 'persoon'
    ? ['rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', subject.bsn]
    : [`rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__${scope.options.kvkRolFilter}`, subject.kvk];
}

/** Whether the zaak within the cap (a zaak without a known aanduiding is not). */
export const zaakWithinCap = (scope: Scope, zaak: unknown): boolean =>
  isObject(zaak) && withinVertrouwelijkheid(zaak.vertrouwelijkheidaanduiding, scope.options.zaakMaxVertrouwelijkheid);

/** Whether one of the zaak's rollen names the subject: from its `_expand.rollen` when present, else looked up. */
async function hasSubjectRol(scope: Scope, zaak: JsonObject, zaakUrl: string): Promise<boolean> {
  const expanded = isObject(zaak._expand) ? zaak._expand.rollen : undefined;
  const rollen = Array.isArray(expanded) ? expanded : await scope.items('zaken', `${scope.base('zaken')}/rollen?zaak=${encodeURIComponent(zaakUrl)}`);
  return rollen.some((rol) => isObject(rol) && rol.zaak === zaakUrl && rolNamesSubject(rol, scope.subject));
}

/** Whether the zaak at `zaakUrl` (upstream) is the subject's: within the cap and one of its rollen names them. */
export function ownsZaak(scope: Scope, zaakUrl: unknown): Promise<boolean> {
  if (!scope.holds('zaken', zaakUrl)) return Promise.resolve(false);
  return scope.remember(`zaak:${zaakUrl}`, async () => {
    const zaak = await scope.fetch('zaken', zaakUrl);
    return (
      isObject(zaak) && zaakWithinCap(scope, zaak) && text(zaak, 'url') === zaakUrl && (await scope.zaakAllowed(zaak)) && hasSubjectRol(scope, zaak, zaakUrl)
    );
  });
}

/**
 * Whether a zaak a scoped list returned is the subject's, checked rather than trusted to the upstream's
 * role filter (an upstream that ignored it would list everyone's): with its expanded rollen when the list
 * has them, else one rollen lookup, remembered like {@link ownsZaak}.
 */
export function ownsListedZaak(scope: Scope, zaak: unknown): Promise<boolean> {
  const zaakUrl = text(zaak, 'url');
  if (!isObject(zaak) || !scope.holds('zaken', zaakUrl) || !zaakWithinCap(scope, zaak)) return Promise.resolve(false);
  return scope.remember(`zaak:${zaakUrl}`, async () => (await scope.zaakAllowed(zaak)) && hasSubjectRol(scope, zaak, zaakUrl));
}

/** Whether the besluit at `besluitUrl` belongs to a zaak of the subject; the besluit itself when it does. */
export async function ownedBesluit(scope: Scope, besluitUrl: unknown): Promise<JsonObject | undefined> {
  if (!scope.holds('besluiten', besluitUrl)) return undefined;
  const besluit = await scope.fetch('besluiten', besluitUrl);
  if (!isObject(besluit) || besluit.url !== besluitUrl) return undefined;
  return (await ownsZaak(scope, besluit.zaak)) ? besluit : undefined;
}

/**
 * The document at `documentUrl` if the subject may have it: `definitief`, within the document cap, not
 * hidden from the initiator (Documenten ≥ 1.6 `tonenAanInitiator`), and linked to a zaak of the subject
 * (directly, or through a besluit of such a zaak).
 */
export async function ownedDocument(scope: Scope, documentUrl: unknown): Promise<JsonObject | undefined> {
  if (!scope.holds('documenten', documentUrl)) return undefined;
  const document = await scope.fetch('documenten', documentUrl);
  if (!isObject(document) || document.url !== documentUrl) return undefined;
  if (document.status !== 'definitief' || document.tonenAanInitiator === false) return undefined;
  if (!withinVertrouwelijkheid(document.vertrouwelijkheidaanduiding, scope.options.documentMaxVertrouwelijkheid)) return undefined;
  const linked = await scope.remember(`document:${documentUrl}`, async () => {
    const zakenBase = scope.base('zaken');
    if (zakenBase) {
      const links = await scope.items('zaken', `${zakenBase}/zaakinformatieobjecten?informatieobject=${encodeURIComponent(documentUrl)}`);
      for (const link of links) if (isObject(link) && link.informatieobject === documentUrl && (await ownsZaak(scope, link.zaak))) return true;
    }
    const besluitenBase = scope.base('besluiten');
    if (besluitenBase) {
      const links = await scope.items('besluiten', `${besluitenBase}/besluitinformatieobjecten?informatieobject=${encodeURIComponent(documentUrl)}`);
      for (const link of links) if (isObject(link) && link.informatieobject === documentUrl && (await ownedBesluit(scope, link.besluit))) return true;
    }
    return false;
  });
  return linked ? document : undefined;
}

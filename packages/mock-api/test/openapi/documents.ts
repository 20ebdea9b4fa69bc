/**
 * The documents the mock's responses are validated against, with the errata each needs. None loosens a
 * rule for the mock's sake; each matches what the real server returns:
 * - Catalogi 1.3.1, fixed in Catalogi 1.3.3 and matching Open Zaak: `ZaakType.informatieobjecttypen` and
 *   `InformatieObjectType.zaaktypen` are arrays of URLs (1.3.1 says string), and `StatusType` does not
 *   require `zaakobjecttype` (1.3.3 removed the property).
 * - Documenten 1.5.0, stricter, not looser: `EnkelvoudigInformatieObject` gets `additionalProperties: false`,
 *   so a document must have exactly the 1.5.0 shape. The one field from Documenten 1.6.0,
 *   `tonenAanInitiator`, is taken off by {@link documentFields} before validation and checked on its own
 *   against the 1.6.0 definition (a boolean) — 1.5.0 does not know it, and the mock sets it only on the
 *   documents that test it.
 * - Klantinteracties 0.9.0: `DigitaalAdres.referentie` defaults to `""` in Open Klant's serializer (and is
 *   rendered so), which the published `pattern` `^[-a-zA-Z0-9_]+$` does not admit; the empty string is
 *   allowed besides the pattern, nothing else.
 * Besluiten 1.1.0's `_expand` references are fixed up by `readSpec` (json-schema.ts); the mock sends no
 * `_expand` on Besluiten, so they are never exercised.
 * @module
 */
import assert from 'node:assert/strict';
import { readSpec, specId, type Json } from './json-schema.js';

export const VNG_ZAKEN = specId('zaken/openapi.yaml');
export const OPEN_ZAAK = specId('zaken/openzaak-1.30.0.yaml');
export const CATALOGI = specId('catalogi/openapi.yaml');
export const DOCUMENTEN = specId('documenten/openapi.yaml');
export const BESLUITEN = specId('besluiten/openapi.yaml');
export const KLANTINTERACTIES = specId('klantinteracties/openapi.yaml');
export const OBJECTEN = specId('objecten/openapi.yaml');

type Schemas = Record<string, { properties: Record<string, Json>; required?: string[]; additionalProperties?: boolean }>;
type Doc = { components: { schemas: Schemas } };

const ERRATA: Record<string, (schemas: Schemas) => void> = {
  [CATALOGI](schemas) {
    schemas.ZaakType!.properties.informatieobjecttypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true };
    schemas.InformatieObjectType!.properties.zaaktypen = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true, uniqueItems: true };
    schemas.StatusType!.required = (schemas.StatusType!.required ?? []).filter((name) => name !== 'zaakobjecttype');
  },
  [DOCUMENTEN](schemas) {
    schemas.EnkelvoudigInformatieObject!.additionalProperties = false;
  },
  [KLANTINTERACTIES](schemas) {
    for (const name of ['DigitaalAdres', 'PatchedDigitaalAdres']) {
      const properties = schemas[name]?.properties;
      if (!properties?.referentie) throw new Error(`Klantinteracties document has no ${name}.referentie`);
      properties.referentie = { anyOf: [properties.referentie, { const: '' }] };
    }
  },
};

/** The adapted document registered under `id` (one of the constants above), with its errata applied. */
export function loadDocument(id: string): Json {
  const doc = readSpec(id.slice(specId('').length));
  ERRATA[id]?.((doc as unknown as Doc).components.schemas);
  return doc;
}

/**
 * A document without Documenten 1.6.0's `tonenAanInitiator` (asserted to be a boolean when present, as
 * 1.6.0 defines it), ready for validation against 1.5.0.
 */
export function documentFields(eio: Record<string, unknown>): Record<string, unknown> {
  const { tonenAanInitiator, ...rest } = eio;
  if (tonenAanInitiator !== undefined) assert.equal(typeof tonenAanInitiator, 'boolean', `tonenAanInitiator of ${String(eio.url)}`);
  return rest;
}

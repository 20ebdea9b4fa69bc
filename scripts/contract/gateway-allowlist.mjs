// @ts-check
// The gateway's allowlist, taken from the official OpenAPI documents: `node scripts/contract/gateway-allowlist.mjs`
// writes packages/gateway/src/proxy/allowlist/operations.generated.ts; `--check` fails when the committed file differs.
//
// SELECTION below is the only hand-written part: the operations of the docs/gateway.md table and, per
// operation, the query parameters a browser may send. Everything else comes from the specs (loaded and
// adapted exactly as the contract check does, scripts/contract/contract.mjs): the generator fails when an
// operation or a parameter of the selection is not in the document of its API, and it copies each
// parameter's schema (type, enum, format, array items) and whether it may repeat. Parameters the gateway
// injects itself (the BSN/KvK filters, the confidentiality cap, Verwerkingen `objectId`) are deliberately
// not selectable: a browser that sends one gets 400.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContract } from './contract.mjs';

const OUT = fileURLToPath(new URL('../../packages/gateway/src/proxy/allowlist/operations.generated.ts', import.meta.url));

/**
 * api → [method, template, browser query parameters].
 * @type {Record<string, [method: string, template: string, names: string[]][]>}
 */
const SELECTION = {
  zaken: [
    ['GET', '/zaken', ['identificatie', 'zaaktype', 'einddatum__isnull', 'startdatum__gte', 'startdatum__lte', 'ordering', 'expand', 'page', 'pageSize']],
    ['POST', '/zaken/_zoek', ['page', 'pageSize']],
    ['GET', '/zaken/{uuid}', ['expand']],
    ['GET', '/zaken/{zaak_uuid}/besluiten', []],
    ['GET', '/statussen', ['zaak', 'statustype', 'indicatieLaatstGezetteStatus', 'page', 'pageSize']],
    ['GET', '/statussen/{uuid}', []],
    ['GET', '/resultaten/{uuid}', []],
    ['GET', '/rollen', ['zaak', 'omschrijvingGeneriek', 'page', 'pageSize']],
    ['GET', '/substatussen', ['zaak', 'status', 'doelgroep', 'page']],
    ['GET', '/zaakinformatieobjecten', ['zaak']],
  ],
  catalogi: [
    ['GET', '/zaaktypen/{uuid}', []],
    ['GET', '/statustypen/{uuid}', []],
    ['GET', '/resultaattypen/{uuid}', []],
    ['GET', '/roltypen/{uuid}', []],
    ['GET', '/informatieobjecttypen/{uuid}', []],
    ['GET', '/besluittypen/{uuid}', []],
    ['GET', '/statustypen', ['zaaktype', 'status', 'page']],
    ['GET', '/roltypen', ['zaaktype', 'omschrijvingGeneriek', 'status', 'page']],
    ['GET', '/resultaattypen', ['zaaktype', 'status', 'page']],
    ['GET', '/informatieobjecttypen', ['catalogus', 'status', 'page']],
    ['GET', '/besluittypen', ['zaaktypen', 'catalogus', 'status', 'page']],
  ],
  documenten: [
    ['GET', '/enkelvoudiginformatieobjecten/{uuid}', []],
    ['POST', '/enkelvoudiginformatieobjecten/_zoek', ['page']],
    ['GET', '/enkelvoudiginformatieobjecten/{uuid}/download', []],
  ],
  besluiten: [
    ['GET', '/besluiten', ['zaak', 'page']],
    ['GET', '/besluiten/{uuid}', []],
    ['GET', '/besluitinformatieobjecten', ['besluit']],
  ],
  klantinteracties: [
    ['GET', '/partijen', ['expand', 'page', 'pageSize']],
    ['GET', '/partijen/{uuid}', ['expand']],
    ['PATCH', '/partijen/{uuid}', []],
    [
      'GET',
      '/klantcontacten',
      [
        'expand',
        'page',
        'pageSize',
        'onderwerpobject__onderwerpobjectidentificatorObjectId',
        'onderwerpobject__onderwerpobjectidentificatorCodeObjecttype',
        'onderwerpobject__onderwerpobjectidentificatorCodeRegister',
        'onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId',
      ],
    ],
    ['GET', '/digitaleadressen', ['verstrektDoorPartij__uuid', 'soortDigitaalAdres', 'referentie', 'isStandaardAdres', 'expand', 'page', 'pageSize']],
    ['POST', '/digitaleadressen', []],
    ['GET', '/digitaleadressen/{uuid}', []],
    ['PATCH', '/digitaleadressen/{uuid}', []],
    ['DELETE', '/digitaleadressen/{uuid}', []],
    ['GET', '/categorieen', ['page', 'pageSize']],
    ['GET', '/categorie-relaties', ['partij__uuid', 'categorie__uuid', 'page', 'pageSize']],
    ['POST', '/categorie-relaties', []],
    ['DELETE', '/categorie-relaties/{uuid}', []],
    // Employee mode (issue 14): a KCC employee registers the contact they handle and may hand it on as an interne taak.
    ['POST', '/klantcontacten', []],
    ['POST', '/betrokkenen', []],
    ['POST', '/onderwerpobjecten', []],
    ['POST', '/internetaken', []],
    ['GET', '/actoren', ['soortActor', 'indicatieActief', 'naam', 'page', 'pageSize']],
  ],
  objecten: [
    ['GET', '/objects', ['type', 'data_attr', 'data_attrs', 'date', 'ordering', 'page', 'pageSize', 'typeVersion']],
    ['GET', '/objects/{uuid}', []],
  ],
  producten: [['GET', '/producten', ['status', 'producttype__code', 'producttype__uuid', 'page', 'page_size']]],
  brp: [['POST', '/personen', []]],
  verwerkingen: [['GET', '/verwerkte-objecten', ['objecttype', 'soortObjectId', 'beginDatum', 'eindDatum', 'verwerkingsactiviteitId']]],
};

/** The parts of a parameter schema the gateway validates (descriptions and examples dropped). */
function trim(schema) {
  if (!schema || typeof schema !== 'object') return undefined;
  const out = {};
  for (const key of ['type', 'enum', 'format', 'pattern', 'minimum', 'maximum', 'maxLength']) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.items) out.items = trim(schema.items);
  return out;
}

const contract = await loadContract();
const operations = [];
for (const [api, selected] of Object.entries(SELECTION)) {
  const entry = contract.apis.find((e) => e.api === api);
  if (!entry) throw new Error(`no spec for ${api}`);
  for (const [method, template, names] of selected) {
    // The standard's document first; an extension (Open Zaak) only for what the standard lacks.
    const found = entry.specs
      .map((document) => ({ document, operation: document.operations.find((op) => op.path === template && op.method === method.toLowerCase()) }))
      .filter((f) => f.operation);
    if (found.length === 0) throw new Error(`${api} ${method} ${template} is in no spec of ${api}`);
    const query = {};
    const sources = new Set();
    for (const name of names) {
      const hit = found.map((f) => ({ ...f, param: f.operation.parameters.find((p) => p.in === 'query' && p.name === name) })).find((f) => f.param);
      if (!hit) throw new Error(`${api} ${method} ${template}: query parameter ${name} is declared by no spec`);
      sources.add(hit.document.title);
      // A repeatable scalar (`explode: true`) is an array in the adapted document; its declared schema is kept aside.
      const { param } = hit;
      const explode = param.explode ?? (param.style === undefined || param.style === 'form');
      query[name] = { schema: trim(param['x-klantbeeld-items'] ?? param.schema) ?? {}, repeatable: param.schema?.type === 'array' && explode };
    }
    sources.add(found[0].document.title);
    operations.push({ api, method, template, specs: [...sources].sort(), body: Boolean(found[0].operation.requestBody), query });
  }
}

const text = `// Generated by scripts/contract/gateway-allowlist.mjs from the OpenAPI documents in specs/ — do not edit.
import type { GeneratedOperation } from './generated-operation.js';

/** The operations of the docs/gateway.md table, with the query parameters a browser may send and their spec schemas. */
export const GENERATED_OPERATIONS: readonly GeneratedOperation[] = ${JSON.stringify(operations, null, 2)};
`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // Not written yet: the check below reports it.
  }
  if (current !== text) {
    console.error('gateway allowlist: operations.generated.ts is out of date; run node scripts/contract/gateway-allowlist.mjs');
    process.exit(1);
  }
  console.log(`gateway allowlist: ${operations.length} operations, up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`gateway allowlist: ${operations.length} operations written`);
}

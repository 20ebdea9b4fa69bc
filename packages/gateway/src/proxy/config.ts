/**
 * Configuration of the proxy half: where each standard API lives, how the gateway authenticates there,
 * and the scoping options. Secrets arrive resolved (the server resolves `{env}`/`{file}` references).
 * @module
 */
import type { ApiName, Vertrouwelijkheidaanduiding } from '@klantbeeld/core';

/** ZGW APIs (Zaken, Catalogi, Documenten, Besluiten, Verwerkingen): a JWT signed HS256 with a shared secret. */
export interface ZgwAuth {
  readonly type: 'zgw-jwt';
  readonly clientId: string;
  readonly secret: string;
  /** `user_id` claim (audit trail at the API), default `klantbeeld-gateway`. */
  readonly userId?: string;
  /** `user_representation` claim, default `Klantbeeld gateway`. */
  readonly userRepresentation?: string;
  /** Life of a minted token in seconds, default 300; a token is reused until 30 s before it expires. */
  readonly lifetimeSeconds?: number;
}

/** Open Klant, Objecten, Open Product: `Authorization: Token <token>`. */
export interface TokenAuth {
  readonly type: 'token';
  readonly token: string;
}

/** Haal Centraal BRP: an API key in a header (the header name differs per provider). */
export interface ApiKeyAuth {
  readonly type: 'api-key';
  readonly header: string;
  readonly key: string;
}

/** How the gateway authenticates at one upstream API. */
export type UpstreamAuth = ZgwAuth | TokenAuth | ApiKeyAuth;

/** Client certificate (mutual TLS) and trusted CA, as PEM file paths. */
export interface UpstreamTls {
  readonly certFile?: string;
  readonly keyFile?: string;
  readonly caFile?: string;
}

/** One upstream standard API. */
export interface UpstreamConfig {
  /** Base URL of the API, e.g. `https://openzaak.gemeente.nl/zaken/api/v1`. */
  readonly url: string;
  readonly auth: UpstreamAuth;
  /** Time for the whole upstream answer (headers and body), default 10000 ms. */
  readonly timeoutMs?: number;
  /** Maximum pooled connections to the API's origin, default 16. */
  readonly connections?: number;
  readonly tls?: UpstreamTls;
  /** Extra headers on every request (e.g. BRP's `x-doelbinding`, `x-origin-oin`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** One objecttype of the Objects API the gateway serves. */
export interface ObjecttypeScope {
  /** URL of the objecttype at the upstream (what a record's `type` holds). */
  readonly url: string;
  /** Not personal (tip rules): every signed-in session may list its records. */
  readonly public?: boolean;
  /** Path in a record's `data` that holds the owner's BSN, dot-separated (e.g. `identificatie.value`). */
  readonly bsnPath?: string;
  /** Path in a record's `data` that holds the owner's KvK number. */
  readonly kvkPath?: string;
}

/** How a partij is found in Open Klant from the session's subject (`partijIdentificator` codes). */
export interface PartijIdentificatorCodes {
  readonly codeObjecttype: string;
  readonly codeSoortObjectId: string;
  readonly codeRegister: string;
}

/** Scoping options. */
export interface ScopingConfig {
  /** Highest `vertrouwelijkheidaanduiding` of a zaak a resident sees, default `openbaar`. */
  readonly zaakMaxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;
  /** Highest `vertrouwelijkheidaanduiding` of a document a resident sees, default `openbaar`. */
  readonly documentMaxVertrouwelijkheid?: Vertrouwelijkheidaanduiding;
  /**
   * Zaken role filter for organisations: `innNnpId` (VNG 1.5) or `kvkNummer` (Open Zaak ≥ 1.16),
   * default `kvkNummer`.
   */
  readonly kvkRolFilter?: 'innNnpId' | 'kvkNummer';
  /** Open Klant identificator of a resident, default `natuurlijk_persoon` / `bsn` / `brp`. */
  readonly partijBsn?: PartijIdentificatorCodes;
  /** Open Klant identificator of a company, default `niet_natuurlijk_persoon` / `kvk_nummer` / `hr`. */
  readonly partijKvk?: PartijIdentificatorCodes;
  /** Objecttypes served; a record of any other type is absent. */
  readonly objecttypes?: readonly ObjecttypeScope[];
  /** BRP field paths a resident may ask for (a requested path must equal or lie below one); default: a resident-facing set. */
  readonly brpFields?: readonly string[];
  /** Ownership lookups are remembered this long per subject, default 30000 ms. */
  readonly ownershipCacheMs?: number;
  /** At most this many remembered ownership lookups in all, default 10000. */
  readonly ownershipCacheSize?: number;
}

/** Configuration of the proxy half (the `upstreams` and `scoping` sections of the gateway config). */
export interface ProxyConfig {
  /** Public base URL of the gateway as browsers address it, e.g. `https://mijn.gemeente.nl/api/klantbeeld`. */
  readonly publicUrl: string;
  /** Per standard API: where it lives and how the gateway authenticates there. An API without an entry is absent (404). */
  readonly upstreams: Partial<Record<ApiName, UpstreamConfig>>;
  /** Scoping options (confidentiality caps, objecttypes, BRP fields, …). */
  readonly scoping?: ScopingConfig;
}

const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];

const upstreamSchema = {
  type: 'object',
  required: ['url', 'auth'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', format: 'uri', pattern: '^https?://', description: 'Base URL of the API.' },
    auth: {
      oneOf: [
        {
          type: 'object',
          required: ['type', 'clientId', 'secret'],
          additionalProperties: false,
          properties: {
            type: { const: 'zgw-jwt' },
            clientId: { type: 'string', minLength: 1 },
            secret: { type: 'string', minLength: 16, description: 'Shared secret (HS256).' },
            userId: { type: 'string' },
            userRepresentation: { type: 'string' },
            lifetimeSeconds: { type: 'integer', minimum: 30, maximum: 3600 },
          },
        },
        { type: 'object', required: ['type', 'token'], additionalProperties: false, properties: { type: { const: 'token' }, token: { type: 'string', minLength: 1 } } },
        {
          type: 'object',
          required: ['type', 'header', 'key'],
          additionalProperties: false,
          properties: { type: { const: 'api-key' }, header: { type: 'string', pattern: '^[A-Za-z0-9-]+$' }, key: { type: 'string', minLength: 1 } },
        },
      ],
    },
    timeoutMs: { type: 'integer', minimum: 100, maximum: 120000, default: 10000 },
    connections: { type: 'integer', minimum: 1, maximum: 1024, default: 16 },
    tls: {
      type: 'object',
      additionalProperties: false,
      properties: { certFile: { type: 'string' }, keyFile: { type: 'string' }, caFile: { type: 'string' } },
    },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

/** JSON Schema of the `upstreams` section, embedded in the gateway's published schema. */
export const upstreamsSchema: Record<string, unknown> = {
  type: 'object',
  description: 'Per standard API: base URL, authentication, timeout, pool size, mTLS. An API without an entry is not served.',
  additionalProperties: false,
  properties: Object.fromEntries(
    ['zaken', 'catalogi', 'documenten', 'besluiten', 'klantinteracties', 'objecten', 'producten', 'brp', 'verwerkingen'].map((api) => [api, upstreamSchema]),
  ),
};

const identificatorSchema = {
  type: 'object',
  required: ['codeObjecttype', 'codeSoortObjectId', 'codeRegister'],
  additionalProperties: false,
  properties: { codeObjecttype: { type: 'string' }, codeSoortObjectId: { type: 'string' }, codeRegister: { type: 'string' } },
} as const;

/** JSON Schema of the `scoping` section, embedded in the gateway's published schema. */
export const scopingSchema: Record<string, unknown> = {
  type: 'object',
  description: 'How every answer is limited to the signed-in resident or company (docs/gateway-scoping.md).',
  additionalProperties: false,
  properties: {
    zaakMaxVertrouwelijkheid: { enum: VERTROUWELIJKHEID, default: 'openbaar' },
    documentMaxVertrouwelijkheid: { enum: VERTROUWELIJKHEID, default: 'openbaar' },
    kvkRolFilter: { enum: ['innNnpId', 'kvkNummer'], default: 'kvkNummer' },
    partijBsn: identificatorSchema,
    partijKvk: identificatorSchema,
    objecttypes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['url'],
        additionalProperties: false,
        properties: {
          url: { type: 'string', format: 'uri' },
          public: { type: 'boolean' },
          bsnPath: { type: 'string', pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' },
          kvkPath: { type: 'string', pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' },
        },
      },
    },
    brpFields: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]+(\\.[A-Za-z]+)*$' }, minItems: 1 },
    ownershipCacheMs: { type: 'integer', minimum: 0, maximum: 600000, default: 30000 },
    ownershipCacheSize: { type: 'integer', minimum: 0, maximum: 1000000, default: 10000 },
  },
};

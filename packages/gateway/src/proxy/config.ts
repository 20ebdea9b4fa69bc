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
    url: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      description: 'Base URL of the API, up to and including its version, e.g. `https://openzaak.gemeente.nl/zaken/api/v1`; `https` in production.',
    },
    auth: {
      description: 'How the gateway authenticates at the API, as the application the municipality registered there (never as the resident).',
      oneOf: [
        {
          type: 'object',
          required: ['type', 'clientId', 'secret'],
          additionalProperties: false,
          properties: {
            type: {
              const: 'zgw-jwt',
              description: 'ZGW APIs (Open Zaak: Zaken, Catalogi, Documenten, Besluiten; Verwerkingenlogging): a JWT per the ZGW authorisation spec.',
            },
            clientId: {
              type: 'string',
              minLength: 1,
              description: "The application's `client_id` (issuer and `client_id` claim), as registered in the API's autorisaties.",
            },
            secret: { type: 'string', minLength: 16, description: 'Shared secret that signs the JWT (HS256), as registered with the `client_id`.' },
            userId: { type: 'string', description: "`user_id` claim, shown in the API's audit trail; default `klantbeeld-gateway`." },
            userRepresentation: { type: 'string', description: '`user_representation` claim, shown in the audit trail; default `Klantbeeld gateway`.' },
            lifetimeSeconds: {
              type: 'integer',
              minimum: 30,
              maximum: 3600,
              description:
                "Life of a minted JWT in seconds, default 300; it is reused until 30 s before it expires. Keep it below the API's maximum token age (Open Zaak: `JWT_EXPIRY`).",
            },
          },
        },
        {
          type: 'object',
          required: ['type', 'token'],
          additionalProperties: false,
          properties: {
            type: { const: 'token', description: 'Open Klant, Objecten, Open Product: `Authorization: Token <token>`.' },
            token: {
              type: 'string',
              minLength: 1,
              description: "The API token of the gateway's application (Open Klant and Objecten: a token with the needed permissions).",
            },
          },
        },
        {
          type: 'object',
          required: ['type', 'header', 'key'],
          additionalProperties: false,
          properties: {
            type: { const: 'api-key', description: 'Haal Centraal BRP: an API key in a request header.' },
            header: { type: 'string', pattern: '^[A-Za-z0-9-]+$', description: 'Name of the header, which differs per provider (e.g. `X-API-Key`).' },
            key: { type: 'string', minLength: 1, description: 'The API key.' },
          },
        },
      ],
    },
    timeoutMs: {
      type: 'integer',
      minimum: 100,
      maximum: 120000,
      default: 10000,
      description:
        'Time in ms a JSON answer has to arrive whole; a download has it for its headers and then for each pause between chunks. Past it the browser gets 504.',
    },
    connections: { type: 'integer', minimum: 1, maximum: 1024, default: 16, description: "Most pooled keep-alive connections to the API's origin." },
    tls: {
      type: 'object',
      additionalProperties: false,
      description:
        "TLS towards the API: a client certificate for mutual TLS and the CA to trust, as PEM files read at start-up. Without it the system's CAs are trusted and no client certificate is sent.",
      properties: {
        certFile: { type: 'string', description: 'Client certificate (PEM, with any intermediates) presented to the API.' },
        keyFile: { type: 'string', description: 'Private key of `certFile` (PEM, unencrypted).' },
        caFile: { type: 'string', description: "CA certificate(s) (PEM) that signed the API's server certificate; replaces the system's CAs for this API." },
      },
    },
    headers: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: "Extra headers on every request to the API (e.g. BRP's `x-doelbinding`, `x-origin-oin`).",
    },
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
  properties: {
    codeObjecttype: { type: 'string', description: '`partijIdentificator.codeObjecttype`.' },
    codeSoortObjectId: { type: 'string', description: '`partijIdentificator.codeSoortObjectId`.' },
    codeRegister: { type: 'string', description: '`partijIdentificator.codeRegister`.' },
  },
} as const;

/** JSON Schema of the `scoping` section, embedded in the gateway's published schema. */
export const scopingSchema: Record<string, unknown> = {
  type: 'object',
  description: 'How every answer is limited to the signed-in resident or company (docs/gateway-scoping.md).',
  additionalProperties: false,
  properties: {
    zaakMaxVertrouwelijkheid: {
      enum: VERTROUWELIJKHEID,
      default: 'openbaar',
      description: 'Highest `vertrouwelijkheidaanduiding` of a zaak a resident or company sees; a zaak above it is absent (404).',
    },
    documentMaxVertrouwelijkheid: {
      enum: VERTROUWELIJKHEID,
      default: 'openbaar',
      description: 'Highest `vertrouwelijkheidaanduiding` of a document a resident or company sees; a document above it is absent (404).',
    },
    kvkRolFilter: {
      enum: ['innNnpId', 'kvkNummer'],
      default: 'kvkNummer',
      description: "Role filter that finds a company's zaken: `kvkNummer` (Open Zaak 1.16 and later) or `innNnpId` (Zaken API 1.5 as VNG publishes it).",
    },
    partijBsn: {
      ...identificatorSchema,
      description: "How Open Klant identifies a resident's partij; default `natuurlijk_persoon` / `bsn` / `brp`.",
    },
    partijKvk: {
      ...identificatorSchema,
      description: "How Open Klant identifies a company's partij; default `niet_natuurlijk_persoon` / `kvk_nummer` / `hr`.",
    },
    objecttypes: {
      type: 'array',
      description:
        'The objecttypes of the Objects API the gateway serves, each with where a record names its owner; a record of any other type is absent. Default: none.',
      items: {
        type: 'object',
        required: ['url'],
        additionalProperties: false,
        properties: {
          url: { type: 'string', format: 'uri', description: "URL of the objecttype, as a record's `type` holds it." },
          public: { type: 'boolean', description: 'Not personal (e.g. tips): every signed-in session sees all its records.' },
          bsnPath: {
            type: 'string',
            pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$',
            description:
              "Dot-separated path in a record's `data` that holds the owner's BSN (e.g. `identificatie.value`); without it no resident sees this type.",
          },
          kvkPath: {
            type: 'string',
            pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$',
            description: "Dot-separated path in a record's `data` that holds the owner's KvK number; without it no company sees this type.",
          },
        },
      },
    },
    brpFields: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z]+(\\.[A-Za-z]+)*$' },
      minItems: 1,
      description:
        'BRP `fields` a resident may ask for: a requested path must equal or lie below one of these. Default: the resident-facing set the elements use.',
    },
    ownershipCacheMs: {
      type: 'integer',
      minimum: 0,
      maximum: 600000,
      default: 30000,
      description: "How long in ms an established ownership (this zaak is the subject's) is remembered per subject; 0 asks the upstream every time.",
    },
    ownershipCacheSize: {
      type: 'integer',
      minimum: 0,
      maximum: 1000000,
      default: 10000,
      description: 'Most remembered ownership lookups in all (oldest dropped first).',
    },
  },
};

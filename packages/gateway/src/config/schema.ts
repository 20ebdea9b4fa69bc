/**
 * The JSON Schema of the gateway's configuration file. This object is the source; `gateway.schema.json`
 * is written from it (`npm run schema -w packages/gateway`, checked by a test) so editors can validate a
 * config file and the docs can list every field.
 * @module
 */
import { scopingSchema, upstreamsSchema } from '../proxy/config.js';
import { API_NAMES } from '@klantbeeld/core';
import { ASSURANCE_LEVELS, type AssuranceLevel } from '../session/principal.js';
import { relaySchemaSections } from '../notifications/config.js';
import { redisSchema } from './redis-schema.js';
import { readLogSchema } from './read-log-schema.js';
import { employeeClaimsSchema, employeeSchema } from './employee-schema.js';

/** Where the schema is published (its `$id`). */
export const GATEWAY_SCHEMA_ID = 'https://klantbeeld.nl/schemas/gateway.schema.json';

/**
 * Level-of-assurance claim values of DigiD (SAML authentication context classes, as brokers pass them on)
 * and eHerkenning (eToegang assurance classes), mapped to {@link AssuranceLevel}.
 */
export const DEFAULT_LOA_VALUES: Readonly<Record<string, AssuranceLevel>> = {
  'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport': 'basis',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract': 'midden',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard': 'substantieel',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI': 'hoog',
  'urn:etoegang:core:assurance-class:loa2': 'basis',
  'urn:etoegang:core:assurance-class:loa2plus': 'midden',
  'urn:etoegang:core:assurance-class:loa3': 'substantieel',
  'urn:etoegang:core:assurance-class:loa4': 'hoog',
};

/** A secret is never written in the file in production: it names an environment variable or a file. */
const secretSchema = {
  description:
    'A secret: `{ "env": "NAME" }` (environment variable) or `{ "file": "/run/secrets/name" }` (file, trailing newline removed). A plain string is accepted only with `dev.idp`.',
  oneOf: [
    {
      type: 'object',
      required: ['env'],
      additionalProperties: false,
      properties: { env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Name of the environment variable.' } },
    },
    {
      type: 'object',
      required: ['file'],
      additionalProperties: false,
      properties: { file: { type: 'string', minLength: 1, description: 'Absolute path of the file holding the secret.' } },
    },
    { type: 'string', minLength: 16, description: 'The secret itself (development only).' },
  ],
} as const;

/** Fields of an upstream's `auth` that hold a secret: they also accept a secret reference. */
export const UPSTREAM_SECRET_FIELDS = ['secret', 'token', 'key'] as const;

/**
 * The proxy's schema with every secret field of an `auth` variant widened to {@link secretSchema}, so an
 * upstream credential can come from the environment or a file like every other secret.
 */
function withSecretReferences(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withSecretReferences);
  if (typeof schema !== 'object' || schema === null) return schema;
  const entries = Object.entries(schema as Record<string, unknown>).map(([name, value]) => {
    if (name !== 'properties' || typeof value !== 'object' || value === null) return [name, withSecretReferences(value)];
    const properties = Object.fromEntries(
      Object.entries(value as Record<string, { type?: unknown; description?: string }>).map(([field, fieldSchema]) =>
        (UPSTREAM_SECRET_FIELDS as readonly string[]).includes(field) && fieldSchema.type === 'string'
          ? [field, { ...secretSchema, description: `${fieldSchema.description ? `${fieldSchema.description} ` : ''}${secretSchema.description}` }]
          : [field, withSecretReferences(fieldSchema)],
      ),
    );
    return [name, properties];
  });
  return Object.fromEntries(entries);
}

/** The fields of an OpenID Connect client both sign-ins share (`oidc.resident`, `oidc.employee`). */
const connectionProperties = (party: string, callback: string) =>
  ({
    issuer: { type: 'string', format: 'uri', description: 'Issuer URL; its `/.well-known/openid-configuration` is read at start.' },
    clientId: { type: 'string', minLength: 1, description: `Client id registered at the ${party}.` },
    clientSecret: { ...secretSchema, description: 'Client secret (`client_secret_basic`). ' + secretSchema.description },
    redirectUri: { type: 'string', format: 'uri', description: `Callback registered at the ${party}. Default: \`{publicUrl}${callback}\`.` },
    postLogoutRedirectUri: {
      type: 'string',
      format: 'uri',
      description: `Where the ${party} sends the browser after sign-out. Default: the first page origin.`,
    },
    scopes: {
      type: 'array',
      items: { type: 'string' },
      default: ['openid'],
      contains: { const: 'openid' },
      description: 'Scopes asked for; must include `openid`.',
    },
    userinfo: {
      type: 'boolean',
      default: false,
      description: 'Also read the claims from the userinfo endpoint (for brokers that keep them out of the ID token).',
    },
  }) as const;

const assuranceLevelSchema = { type: 'string', enum: [...ASSURANCE_LEVELS] } as const;

const windowSchema = (max: number, description: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    default: { max, windowSeconds: 60 },
    description,
    properties: {
      max: { type: 'integer', minimum: 1, default: max, description: 'Requests allowed per window.' },
      windowSeconds: { type: 'integer', minimum: 1, default: 60, description: 'Length of the window in seconds.' },
    },
  }) as const;

/** The schema of the whole configuration file. */
export const gatewaySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: GATEWAY_SCHEMA_ID,
  title: 'Klantbeeld gateway configuration',
  type: 'object',
  additionalProperties: false,
  required: ['publicUrl', 'pageOrigins', 'session', 'upstreams'],
  properties: {
    $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
    listen: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Where the gateway listens.',
      properties: {
        host: { type: 'string', minLength: 1, default: '127.0.0.1', description: 'Interface to bind; `0.0.0.0` in a container.' },
        port: { type: 'integer', minimum: 0, maximum: 65535, default: 8787, description: 'TCP port; 0 picks a free one.' },
      },
    },
    publicUrl: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://[^?#]*[^/?#]$',
      description:
        'The gateway as browsers address it, without trailing slash, e.g. `https://mijn.gemeente.nl/api/klantbeeld`. Its path is the base path of every route; `https` in production.',
    },
    trustProxy: {
      description: 'Which reverse proxies to trust for `X-Forwarded-For`/`-Proto`: `false` (none, default), a hop count, or a list of addresses/CIDR ranges.',
      default: false,
      oneOf: [{ type: 'boolean' }, { type: 'integer', minimum: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
    },
    pageOrigins: {
      type: 'array',
      items: { type: 'string', format: 'uri', pattern: '^https?://[^/?#]+$' },
      uniqueItems: true,
      description: 'Origins of the pages that embed the elements (CORS with credentials, CSRF check), e.g. `https://www.gemeente.nl`. Never `*`.',
    },
    session: {
      type: 'object',
      additionalProperties: false,
      required: ['secrets'],
      description: 'The cookie session of a signed-in resident.',
      properties: {
        idleTimeoutSeconds: {
          type: 'integer',
          minimum: 60,
          default: 900,
          description: 'Session ends after this long without a request (15 minutes, as Mijn Amsterdam).',
        },
        absoluteTimeoutSeconds: { type: 'integer', minimum: 60, default: 28800, description: 'Session ends this long after sign-in, whatever the activity.' },
        cookieName: {
          type: 'string',
          pattern: '^__Host-[A-Za-z0-9_-]+$',
          default: '__Host-klantbeeld',
          description: 'Name of the session cookie; the `__Host-` prefix binds it to this host, path `/`, `Secure`.',
        },
        secrets: {
          type: 'array',
          minItems: 1,
          items: secretSchema,
          description: 'Keys that sign the cookie; the first signs, all verify (rotate by prepending a new one).',
        },
      },
    },
    oidc: {
      type: 'object',
      additionalProperties: false,
      description:
        "Sign-in at the municipality's DigiD/eHerkenning broker and, for employee mode, at its staff IdP (OpenID Connect). Optional with `dev.idp`, which fills it in.",
      properties: {
        resident: {
          type: 'object',
          additionalProperties: false,
          required: ['issuer', 'clientId', 'clientSecret'],
          description: 'The broker residents and companies sign in at.',
          properties: {
            ...connectionProperties('broker', '/auth/callback'),
            acrValues: { type: 'array', items: { type: 'string' }, description: 'Sent as `acr_values` to ask the broker for a level of assurance.' },
            claims: {
              type: 'object',
              additionalProperties: false,
              default: {},
              description: 'Names of the claims the broker issues.',
              properties: {
                bsn: { type: 'string', default: 'bsn', description: 'BSN of the resident (DigiD).' },
                kvk: { type: 'string', default: 'kvk', description: 'KvK number of the company (eHerkenning).' },
                vestiging: { type: 'string', default: 'vestiging', description: 'Vestiging number (eHerkenning, optional in the token).' },
                name: { type: 'string', default: 'name', description: 'Display name (optional in the token).' },
                loa: { type: 'string', default: 'acr', description: 'Level of assurance; its values are mapped by `loaValues`.' },
                representedBsn: {
                  type: 'string',
                  default: 'represented_bsn',
                  description: 'DigiD Machtigen: BSN of the person acted for. When present the session speaks for that person.',
                },
                actingBsn: { type: 'string', default: 'bsn', description: 'DigiD Machtigen: BSN of the person acting (recorded, never used for scoping).' },
                actingEmployee: { type: 'string', default: 'sub', description: 'eHerkenning: pseudonym of the employee acting for the company (recorded).' },
              },
            },
            loaValues: {
              type: 'object',
              additionalProperties: assuranceLevelSchema,
              default: DEFAULT_LOA_VALUES,
              description: 'Claim value → level (`basis`, `midden`, `substantieel`, `hoog`). A sign-in whose value is not listed is refused.',
            },
          },
        },
        employee: {
          type: 'object',
          additionalProperties: false,
          required: ['issuer', 'clientId', 'clientSecret'],
          description: 'The staff IdP employees sign in at (Entra ID, Keycloak …), for employee mode (see `employee`).',
          properties: {
            ...connectionProperties('staff IdP', '/auth/medewerker/callback'),
            claims: employeeClaimsSchema,
          },
        },
      },
    },
    employee: employeeSchema,
    minimumLoa: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Lowest level of assurance per API; below it the gateway answers 403 with a hint to sign in again at a higher level.',
      properties: {
        default: { ...assuranceLevelSchema, default: 'midden', description: 'For every API not listed in `apis`.' },
        apis: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: Object.fromEntries(API_NAMES.map((api) => [api, assuranceLevelSchema])),
          description: 'Per API name, e.g. `{ "brp": "substantieel" }`.',
        },
      },
    },
    rateLimit: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Requests allowed per window; above it 429 with `Retry-After`.',
      properties: {
        perSession: windowSchema(300, 'Per signed-in session, on the API routes.'),
        perIp: windowSchema(600, 'Per client address (after `trustProxy`), on every route.'),
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Input limits; above them 413/431/400 problem+json and nothing is forwarded.',
      properties: {
        bodyBytes: { type: 'integer', minimum: 1024, default: 65536, description: 'Largest request body.' },
        jsonDepth: { type: 'integer', minimum: 2, default: 32, description: 'Deepest nesting of arrays/objects in a JSON body.' },
        headerBytes: { type: 'integer', minimum: 4096, default: 16384, description: 'Largest request head (all headers).' },
      },
    },
    dev: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Development only.',
      properties: {
        idp: {
          type: 'boolean',
          default: false,
          description: 'Start the development IdP (pick a test resident) on a free loopback port and sign in there. Also `--dev`. Never in production.',
        },
      },
    },
    redis: redisSchema,
    readLog: readLogSchema,
    upstreams: withSecretReferences(upstreamsSchema) as Record<string, unknown>,
    scoping: scopingSchema,
    ...relaySchemaSections(
      (withSecretReferences(upstreamsSchema) as { properties: { zaken: { properties: { auth: unknown } } } }).properties.zaken,
      secretSchema,
    ),
  },
} as const;

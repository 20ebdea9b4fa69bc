/**
 * Configuration of the relay half: the Notificaties abonnement and callback, the event streams, partner
 * organisations (ketenstatus) and the channel of choice (e-mail, SMS). The schema parts are embedded in
 * the gateway's published schema (`relaySchemaSections`); the types are what the relay reads after
 * validation, defaults and secret resolution.
 * @module
 */
import type { UpstreamConfig } from '../proxy/config.js';

/** Where a Notificaties API lives and how the gateway authenticates there (a ZGW JWT, like Open Notificaties asks). */
export interface NotificatiesApiConfig {
  /** Base URL, e.g. `https://notificaties.gemeente.nl/api/v1`. */
  readonly url: string;
  readonly auth: UpstreamConfig['auth'];
  readonly timeoutMs?: number;
}

/** One source of notifications: a Notificaties API the gateway subscribes at, and the callback it is told to call. */
export interface AbonnementConfig {
  /** Without it the abonnement is made by hand (see docs/gateway.md); the callback still works. */
  readonly api?: NotificatiesApiConfig;
  /** The value the Notificaties API sends as `Authorization` to the callback; anything else is refused with 401. */
  readonly callbackAuth: string;
  /** Where the Notificaties API reaches the gateway; default `{publicUrl}/notificaties/callback[/partner]`. */
  readonly callbackUrl?: string;
  /** Kanalen subscribed to. */
  readonly kanalen: readonly string[];
}

/** The `notifications` section. */
export interface NotificationsConfig extends AbonnementConfig {
  /** Register (or reuse) the abonnement at start-up when `api` is set. */
  readonly register: boolean;
  /** Events kept for replay after `Last-Event-ID`, in seconds. */
  readonly replayWindowSeconds: number;
  /** Most events kept for replay (oldest dropped first). */
  readonly replayMaxEvents: number;
  /** Interval of the `: ping` comment that keeps idle streams (and proxies) alive, in ms. */
  readonly heartbeatMs: number;
  /** Reconnection time announced to browsers with `retry:`, in ms. */
  readonly retryMs: number;
  /** Open event streams one session may hold at once; one more is refused with 429. */
  readonly maxStreamsPerSession: number;
  /** Open event streams of this instance in all; one more is refused with 503. */
  readonly maxStreams: number;
  /** Bytes a slow stream may have waiting before it is closed (the browser reconnects and replays). */
  readonly maxBufferedBytes: number;
  /** Notifications waiting to be matched; beyond it the callback answers 503 and the sender retries. */
  readonly queueSize: number;
  /** Notifications matched at once. */
  readonly concurrency: number;
  /** How long the residents with a role on a zaak are remembered, in ms. */
  readonly rollenCacheMs: number;
  /** Most remembered zaken (oldest dropped first). */
  readonly rollenCacheSize: number;
}

/** A partner organisation (ketenstatus): its Zaken and Catalogi API, served below `/partners/{name}`, and its notifications. */
export interface PartnerConfig {
  /** Path segment of its APIs at the gateway: `{publicUrl}/partners/{name}/zaken/api/v1`. */
  readonly name: string;
  /** Display name (for docs and the client's `organisatie`). */
  readonly organisatie?: string;
  readonly upstreams: { readonly zaken: UpstreamConfig; readonly catalogi?: UpstreamConfig };
  /** Its Notificaties API: the gateway subscribes there too. */
  readonly notifications?: AbonnementConfig;
}

/** SMTP server of the e-mail channel. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user?: string;
  readonly password?: string;
  /** Accept a self-signed certificate (development only). */
  readonly allowSelfSigned?: boolean;
}

/** The `channel` section: messages about new statuses by the resident's channel of choice. */
export interface ChannelConfig {
  /** Link in every message, e.g. `https://mijn.gemeente.nl/zaken`. */
  readonly portalUrl: string;
  /** Sender name in the texts, e.g. `Gemeente Voorbeeldstad`. */
  readonly organisatie: string;
  readonly email?: { readonly from: string; readonly smtp: SmtpConfig };
  /** `log` writes a line without the number (development); other senders are plugged in code (`GatewayOptions.smsSender`). */
  readonly sms?: { readonly sender: 'log' | 'custom' };
  /** Attempts per message before it is logged as failed. */
  readonly attempts: number;
  /** Delay before the first retry, doubled each time, in ms. */
  readonly retryDelayMs: number;
  /** How long the once-only lock of a status change is held, in seconds (any instance skips it meanwhile). */
  readonly lockSeconds: number;
  /** Categorie name of the zaken notifications choice (as `<kb-klantvoorkeuren>` writes it). */
  readonly categorie: string;
}

/** What the relay reads of the gateway configuration. */
export interface RelayConfig {
  readonly notifications?: NotificationsConfig;
  readonly partners?: readonly PartnerConfig[];
  readonly channel?: ChannelConfig;
}

const kanalenSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: 50 },
  minItems: 1,
  uniqueItems: true,
  default: ['zaken', 'objecten', 'klantinteracties'],
  description: 'Kanalen subscribed to (`zaken`, `objecten`, `klantinteracties`, …).',
} as const;

/** Schema of a Notificaties API (its `auth` takes the same forms as an upstream's, secrets included). */
function notificatiesApiSchema(authSchema: unknown): Record<string, unknown> {
  return {
    type: 'object',
    required: ['url', 'auth'],
    additionalProperties: false,
    description: 'The Notificaties API to subscribe at. Without it, register the abonnement by hand (docs/gateway.md).',
    properties: {
      url: { type: 'string', format: 'uri', pattern: '^https?://', description: 'Base URL, e.g. `https://notificaties.gemeente.nl/api/v1`.' },
      auth: authSchema,
      timeoutMs: { type: 'integer', minimum: 100, maximum: 120000, default: 10000, description: 'Time in ms an answer of the Notificaties API has.' },
    },
  };
}

function abonnementProperties(authSchema: unknown, secretSchema: unknown, callbackDefault: string, kanalen: readonly string[]): Record<string, unknown> {
  return {
    api: notificatiesApiSchema(authSchema),
    callbackAuth: {
      ...(secretSchema as object),
      description: `The \`auth\` of the abonnement: the exact \`Authorization\` value the Notificaties API sends to the callback (e.g. \`Bearer …\`, long and random); any other is refused with 401. ${(secretSchema as { description: string }).description}`,
    },
    callbackUrl: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      description: `Where the Notificaties API reaches the gateway. Default: \`${callbackDefault}\`.`,
    },
    kanalen: { ...kanalenSchema, default: kanalen },
  };
}

/**
 * The `notifications`, `partners` and `channel` sections of the gateway's schema. `upstreamSchema` and
 * `secretSchema` are the gateway's own (one upstream, its secrets as references; a secret reference).
 */
export function relaySchemaSections(upstreamSchema: { readonly properties: { readonly auth: unknown } }, secretSchema: unknown): Record<string, unknown> {
  const authSchema = upstreamSchema.properties.auth;
  const integer = (minimum: number, maximum: number, value: number, description: string) => ({
    type: 'integer',
    minimum,
    maximum,
    default: value,
    description,
  });
  return {
    notifications: {
      type: 'object',
      additionalProperties: false,
      required: ['callbackAuth'],
      description:
        "Relay of Notificaties API messages to the residents' event streams (`/notificaties/api/v1/events`). Without this section the event stream answers 404 and clients poll.",
      properties: {
        ...abonnementProperties(authSchema, secretSchema, '{publicUrl}/notificaties/callback', ['zaken', 'objecten', 'klantinteracties']),
        register: {
          type: 'boolean',
          default: true,
          description: 'Register the abonnement at start-up (an existing one with the same `callbackUrl` is reused) when `api` is set.',
        },
        replayWindowSeconds: integer(0, 86400, 300, 'Events replayed to a browser that reconnects with `Last-Event-ID`, when not older than this (seconds).'),
        replayMaxEvents: integer(0, 1000000, 1000, 'Most events kept for replay (oldest dropped first).'),
        heartbeatMs: integer(10, 300000, 25000, 'Interval of the `: ping` comment on an idle stream (keeps proxies from closing it), ms.'),
        retryMs: integer(1000, 600000, 3000, 'Reconnection time announced to browsers with `retry:`, ms.'),
        maxStreamsPerSession: integer(1, 100, 4, 'Open event streams one session may hold (tabs); one more is refused with 429.'),
        maxStreams: integer(1, 1000000, 10000, 'Open event streams of one instance; one more is refused with 503.'),
        maxBufferedBytes: integer(
          1024,
          16777216,
          262144,
          'Bytes a slow stream may have waiting; beyond it the stream is closed and the browser reconnects with `Last-Event-ID`.',
        ),
        queueSize: integer(
          1,
          1000000,
          1000,
          'Notifications waiting to be matched to residents; beyond it the callback answers 503 and the Notificaties API retries.',
        ),
        concurrency: integer(1, 256, 8, 'Notifications matched at once.'),
        rollenCacheMs: integer(
          0,
          600000,
          30000,
          'How long the residents with a role on a zaak are remembered (ms); a `rol` notification forgets them at once.',
        ),
        rollenCacheSize: integer(0, 1000000, 10000, 'Most zaken whose residents are remembered (oldest dropped first).'),
      },
    },
    partners: {
      type: 'array',
      description:
        "Other organisations whose zaken are part of a resident's zaak (ketenstatus): their Zaken (and Catalogi) API is served at `{publicUrl}/partners/{name}/…` under the same scoping rules, and their notifications are relayed.",
      items: {
        type: 'object',
        required: ['name', 'upstreams'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$', description: 'Path segment: `{publicUrl}/partners/{name}/zaken/api/v1`.' },
          organisatie: {
            type: 'string',
            description: "Display name, e.g. `Omgevingsdienst Voorbeeldregio` (what a client configures as the source's `organisatie`).",
          },
          upstreams: {
            type: 'object',
            required: ['zaken'],
            additionalProperties: false,
            description: "The partner's Zaken API (required) and Catalogi API, as in `upstreams`.",
            properties: {
              zaken: { ...upstreamSchema, description: "The partner's Zaken API (fields as in `upstreams`)." },
              catalogi: { ...upstreamSchema, description: "The partner's Catalogi API, for the zaaktypen of its zaken (fields as in `upstreams`)." },
            },
          },
          notifications: {
            type: 'object',
            additionalProperties: false,
            required: ['callbackAuth'],
            description: "The partner's Notificaties API; its messages about zaken of residents are relayed like the municipality's own.",
            properties: abonnementProperties(authSchema, secretSchema, '{publicUrl}/notificaties/callback/partners/{name}', ['zaken']),
          },
        },
      },
    },
    channel: {
      type: 'object',
      additionalProperties: false,
      required: ['portalUrl', 'organisatie'],
      description:
        "A short message by the resident's channel of choice (e-mail or SMS, from their klantvoorkeuren) when a zaak of theirs gets a new status. Needs `notifications` and the `klantinteracties` upstream.",
      properties: {
        portalUrl: { type: 'string', format: 'uri', pattern: '^https?://', description: 'The portal page linked in every message.' },
        organisatie: { type: 'string', minLength: 1, description: 'Who sends it, e.g. `Gemeente Voorbeeldstad`.' },
        email: {
          type: 'object',
          required: ['from', 'smtp'],
          additionalProperties: false,
          description: 'E-mail over SMTP.',
          properties: {
            from: { type: 'string', minLength: 3, description: 'Sender, e.g. `Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>`.' },
            smtp: {
              type: 'object',
              required: ['host', 'port'],
              additionalProperties: false,
              properties: {
                host: { type: 'string', minLength: 1, description: 'SMTP server.' },
                port: { type: 'integer', minimum: 1, maximum: 65535, description: 'Port (587 submission, 465 TLS).' },
                secure: { type: 'boolean', default: false, description: 'TLS from the first byte (port 465); otherwise STARTTLS when offered.' },
                user: { type: 'string', description: 'User name, if the server asks for one.' },
                password: { ...(secretSchema as object), description: `Password of \`user\`. ${(secretSchema as { description: string }).description}` },
                allowSelfSigned: { type: 'boolean', default: false, description: 'Accept a self-signed certificate (development only).' },
              },
            },
          },
        },
        sms: {
          type: 'object',
          required: ['sender'],
          additionalProperties: false,
          description:
            'SMS through a sender: `log` (development: a log line without the number) or `custom` (the `smsSender` given to `createGateway`, see docs/gateway.md).',
          properties: { sender: { enum: ['log', 'custom'], description: 'Which sender.' } },
        },
        attempts: integer(1, 10, 3, 'Attempts per message; after the last failure it is logged as failed.'),
        retryDelayMs: integer(0, 600000, 2000, 'Delay before the first retry (doubled each time), ms.'),
        lockSeconds: integer(60, 2592000, 86400, 'How long a sent status change is remembered so no instance sends it again, seconds.'),
        categorie: {
          type: 'string',
          minLength: 1,
          default: 'notificaties-zaken',
          description: 'Klantinteracties categorie whose relation with the partij means "send me news about my zaken" (as `<kb-klantvoorkeuren>` stores it).',
        },
      },
    },
  };
}

/** Resolves the secrets of the relay sections in place (`secret` reports problems itself). */
export function resolveRelaySecrets(
  file: Record<string, unknown>,
  secret: (ref: never, path: string) => string,
  upstreamSecret: (auth: Record<string, unknown>, path: string) => Record<string, unknown>,
): void {
  const abonnement = (section: Record<string, unknown> | undefined, path: string): void => {
    if (!section) return;
    section.callbackAuth = secret(section.callbackAuth as never, `${path}/callbackAuth`);
    const api = section.api as Record<string, unknown> | undefined;
    if (api?.auth) api.auth = upstreamSecret(api.auth as Record<string, unknown>, `${path}/api/auth`);
  };
  abonnement(file.notifications as Record<string, unknown> | undefined, '/notifications');
  const partners = (file.partners as Record<string, unknown>[] | undefined) ?? [];
  partners.forEach((partner, i) => {
    const upstreams = partner.upstreams as Record<string, Record<string, unknown>>;
    for (const [api, upstream] of Object.entries(upstreams)) {
      if (upstream.auth) upstream.auth = upstreamSecret(upstream.auth as Record<string, unknown>, `/partners/${i}/upstreams/${api}/auth`);
    }
    abonnement(partner.notifications as Record<string, unknown> | undefined, `/partners/${i}/notifications`);
  });
  const smtp = ((file.channel as Record<string, unknown> | undefined)?.email as Record<string, unknown> | undefined)?.smtp as
    Record<string, unknown> | undefined;
  if (smtp?.password !== undefined) smtp.password = secret(smtp.password as never, '/channel/email/smtp/password');
}

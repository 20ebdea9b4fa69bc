/**
 * The whole real path on one machine, for the demo and the end-to-end tests: the mock API in upstream
 * mode (every resident, application credentials required) over HTTP, and the gateway in dev mode (the
 * development IdP) with the real proxy in front of it. Test credentials and fictional people only.
 * @module
 */
import { API_NAMES, GATEWAY_PATHS, type ApiName } from '@klantbeeld/core';
import { fixtureObjecten, fixtureOrganisaties, upstreamTestCredentials } from '@klantbeeld/mock-api';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import type { Logger } from 'pino';
import { parseConfig } from '../config/load.js';
import type { GatewayConfig } from '../config/types.js';
import { createApiProxy } from '../proxy/index.js';
import { createGateway, type Gateway } from '../server/gateway.js';
import { createLogger } from '../server/logger.js';
import { upstreamObserver } from '../server/metrics.js';

export { Browser, freePort, signIn, type LoginChoice, type SignInTarget } from './sign-in.js';
export { startSmtpSink, type SmtpSink, type ReceivedMail } from './smtp-sink.js';
export { openEventStream, type EventStreamReader, type StreamFrame, type OpenEventStreamOptions } from './event-stream-client.js';
export { RecordingSmsSender, type RecordedSms } from './mail-viewer.js';
import { registerMailViewer, RecordingSmsSender } from './mail-viewer.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { DEV_EMPLOYEE } from './staff-profiles.js';
export { DEV_EMPLOYEE, SOCIAL_DOMAIN_ZAAKTYPEN } from './staff-profiles.js';
export { staffUsers, type StaffUser } from './staff-users.js';

/** Which credential each API of the mock takes (as Open Zaak, Open Klant, Objecten, Open Product, the BRP do). */
function authOf(api: ApiName): Record<string, string> {
  switch (api) {
    case 'klantinteracties':
    case 'objecten':
    case 'producten':
      return { type: 'token', token: upstreamTestCredentials.token };
    case 'brp':
      return { type: 'api-key', header: 'X-API-Key', key: upstreamTestCredentials.brpApiKey };
    default:
      return { type: 'zgw-jwt', clientId: upstreamTestCredentials.zgw.clientId, secret: upstreamTestCredentials.zgw.secret };
  }
}

/** The `upstreams` and `scoping` sections for the mock at `mockUrl`, as a municipality would write them. */
export function mockUpstreamSections(mockUrl: string): { upstreams: Record<string, unknown>; scoping: Record<string, unknown> } {
  const type = (uuid: string) => `${mockUrl}/objecten/api/v2/objecttypes/${uuid}`;
  const { taak, afspraak, productaanvraag, tip } = fixtureObjecten.objecttypen;
  return {
    upstreams: Object.fromEntries(API_NAMES.map((api) => [api, { url: `${mockUrl}${GATEWAY_PATHS[api]}`, auth: authOf(api) }])),
    scoping: {
      // The resident is a party to their own zaken: show them up to zaakvertrouwelijk (the fixtures hold every level).
      zaakMaxVertrouwelijkheid: 'zaakvertrouwelijk',
      documentMaxVertrouwelijkheid: 'zaakvertrouwelijk',
      objecttypes: [
        ...[taak, afspraak, productaanvraag].map((uuid) => ({ url: type(uuid), bsnPath: 'identificatie.value', kvkPath: 'identificatie.value' })),
        { url: type(tip), public: true },
      ],
    },
  };
}

/**
 * The `notifications`, `partners` and `channel` sections for the mock at `mockUrl`: the abonnementen at the
 * mock's Notificaties APIs (registered at start), the omgevingsdienst as a partner, messages to `smtp`.
 */
export function mockRelaySections(
  mockUrl: string,
  publicUrl: string,
  gatewayPort: number,
  smtp: { host: string; port: number },
  settings: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const zgw = authOf('zaken');
  // The mock calls the gateway directly on loopback (not through the page's dev server) when the port is known.
  const direct = gatewayPort > 0 ? `http://127.0.0.1:${gatewayPort}${new URL(publicUrl).pathname.replace(/\/$/, '')}` : publicUrl;
  const secret = () => `Bearer dev-${crypto.randomUUID()}`;
  return {
    notifications: {
      api: { url: `${mockUrl}/notificaties/api/v1`, auth: zgw },
      callbackAuth: secret(),
      callbackUrl: `${direct}/notificaties/callback`,
      // A demo shows a change within a second; a short heartbeat keeps the dev server's proxy from idling out.
      heartbeatMs: 15000,
      ...settings,
    },
    partners: [
      {
        name: 'omgevingsdienst',
        organisatie: 'Omgevingsdienst Voorbeeldregio',
        upstreams: {
          zaken: { url: `${mockUrl}/omgevingsdienst/zaken/api/v1`, auth: zgw },
          catalogi: { url: `${mockUrl}/omgevingsdienst/catalogi/api/v1`, auth: zgw },
        },
        notifications: {
          api: { url: `${mockUrl}/omgevingsdienst/notificaties/api/v1`, auth: zgw },
          callbackAuth: secret(),
          callbackUrl: `${direct}/notificaties/callback/partners/omgevingsdienst`,
        },
      },
    ],
    channel: {
      portalUrl: `${new URL(publicUrl).origin}/`,
      organisatie: 'Gemeente Voorbeeldstad',
      email: { from: 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>', smtp: { host: smtp.host, port: smtp.port } },
      sms: { sender: 'custom' },
      retryDelayMs: 200,
    },
  };
}

/**
 * The read log as the fixture municipality would configure it: its OIN (so `<kb-verwerkingen>` names it) and
 * one verwerkingsactiviteit for a resident's own reads. The outbox stays in memory (the mock forgets too).
 */
const DEV_READ_LOG = {
  uitvoerder: fixtureOrganisaties.gemeente.oin,
  default: {
    verwerkingsactiviteitId: '3f6a2d0e-9b1c-4c7e-8a5f-2d4b6e8c0a1f',
    verwerkingsactiviteitUrl: 'https://register.voorbeeldstad.example/api/v1/verwerkingsactiviteiten/3f6a2d0e-9b1c-4c7e-8a5f-2d4b6e8c0a1f',
    verwerkingNaam: 'Inzage eigen gegevens in Mijn Voorbeeldstad',
    handelingNaam: 'Inzien door betrokkene',
    bewaartermijn: 'P1Y',
  },
} as const;

/** Options of {@link startDevStack}. */
export interface DevStackOptions {
  /** The gateway as the browser addresses it (e.g. behind the Vite dev server's proxy). */
  readonly publicUrl: string;
  /** Origins of the pages that call it. */
  readonly pageOrigins: readonly string[];
  /** Port the gateway listens on (127.0.0.1); 0 picks one. */
  readonly gatewayPort: number;
  /** Port of the mock; 0 picks one. */
  readonly mockPort?: number;
  /** Origin of a mock already running in upstream mode (e.g. in its own process); default: one started here. */
  readonly mockUrl?: string;
  /** Any further configuration (e.g. `minimumLoa`), merged over the defaults. */
  readonly overrides?: Readonly<Record<string, unknown>>;
  /** Default: the gateway's logger at `logLevel`. */
  readonly logger?: Logger;
  /** Level of the default logger, default `info` (`warn` keeps a dev server's console quiet). */
  readonly logLevel?: string;
  /**
   * Live updates and messages (default on): the gateway subscribes at the mock's Notificaties APIs (its own
   * and the omgevingsdienst's, a partner), relays to event streams, and sends status messages to an
   * in-process SMTP sink and a recording SMS sender, listed at `{publicUrl}/dev/mail`.
   */
  readonly notifications?: boolean;
  /** Settings merged into the `notifications` section (e.g. a short `heartbeatMs` in tests). */
  readonly notificationSettings?: Readonly<Record<string, unknown>>;
}

/** A running mock and gateway. */
export interface DevStack {
  /** The mock started in this process; absent when {@link DevStackOptions.mockUrl} named one. */
  readonly mock?: MockServer;
  /** Origin of the mock the gateway calls. */
  readonly mockUrl: string;
  readonly gateway: Gateway;
  readonly config: GatewayConfig;
  /** The SMTP sink and the recorded SMS of the channel (when notifications are on). */
  readonly outbox?: { readonly smtp: SmtpSink; readonly sms: RecordingSmsSender };
  close(): Promise<void>;
}

/** Starts the mock in upstream mode (unless `mockUrl` names a running one) and the gateway in dev mode with the real proxy. */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const mock = options.mockUrl === undefined ? await startMockServer({ mode: 'upstream', port: options.mockPort ?? 0 }) : undefined;
  const mockUrl = options.mockUrl ?? mock!.url;
  const relay = options.notifications ?? true;
  const smtp = relay ? await startSmtpSink() : undefined;
  const sms = new RecordingSmsSender();
  try {
    const config = parseConfig(
      {
        listen: { host: '127.0.0.1', port: options.gatewayPort },
        publicUrl: options.publicUrl,
        pageOrigins: options.pageOrigins,
        // A fresh signing key per start: development only, like the rest of this stack.
        session: { secrets: [`dev-${crypto.randomUUID()}-${crypto.randomUUID()}`] },
        dev: { idp: true },
        ...mockUpstreamSections(mockUrl),
        readLog: DEV_READ_LOG,
        employee: DEV_EMPLOYEE,
        ...(smtp ? mockRelaySections(mockUrl, options.publicUrl, options.gatewayPort, smtp, options.notificationSettings) : {}),
        ...options.overrides,
      },
      { dev: true },
    );
    const logger = options.logger ?? createLogger({ level: options.logLevel ?? 'info' });
    const gateway = createGateway(config, {
      proxy: (metrics) => createApiProxy(config, { onUpstream: upstreamObserver(metrics) }),
      logger,
      ...(smtp ? { relay: { smsSender: sms } } : {}),
    });
    if (smtp) registerMailViewer(gateway.server, new URL(config.publicUrl).pathname.replace(/\/$/, ''), smtp, sms);
    await gateway.start();
    return {
      ...(mock ? { mock } : {}),
      mockUrl,
      gateway,
      config,
      ...(smtp ? { outbox: { smtp, sms } } : {}),
      async close() {
        await gateway.close();
        await mock?.close();
        await smtp?.close();
      },
    };
  } catch (error) {
    await mock?.close();
    await smtp?.close();
    throw error;
  }
}

/**
 * The channel of choice: when a zaak gets a new status, each resident with a role on it who chose
 * notifications about zaken (a relation of their partij to the `notificaties-zaken` categorie, as
 * `<kb-klantvoorkeuren>` stores it) gets one short message on their preferred channel — e-mail or SMS —
 * saying there is news and linking to the portal, naming nothing of the case but its zaaktype. One
 * message per status change and resident, whichever instance received the notification (a once-only
 * lock); failures are retried with backoff, then logged.
 *
 * The resident's choices and the zaaktype are read with `@klantbeeld/core` through the gateway's own
 * proxy as that resident: exactly what their page would read, with the same scoping.
 * @module
 */
import { createHmac } from 'node:crypto';
import {
  createClient,
  GATEWAY_PATHS,
  getKlantvoorkeuren,
  getNotificatievoorkeuren,
  type ApiName,
  type KlantbeeldClient,
  type Notificatie,
} from '@klantbeeld/core';
import type { Logger } from 'pino';
import { isObject, subjectKey, text } from '../../proxy/policy/scope.js';
import type { ApiProxy } from '../../proxy/types.js';
import type { Subject } from '../../session/principal.js';
import type { ChannelConfig } from '../config.js';
import type { RelayMetrics } from '../metrics.js';
import { proxyFetch } from '../proxy-fetch.js';
import type { StatusChange } from '../relay.js';
import { EmailSender } from './email.js';
import { composeMessage } from './message-text.js';
import type { OnceLock } from './once-lock.js';
import { LogSmsSender, type SmsSender } from './sms.js';

export type { SmsMessage, SmsSender } from './sms.js';

/** What the channel needs. */
export interface ChannelOptions {
  readonly proxy: ApiProxy;
  readonly publicUrl: string;
  readonly lock: OnceLock;
  readonly metrics: RelayMetrics;
  readonly logger: Logger;
  /** Used when `sms.sender` is `custom`. */
  readonly smsSender?: SmsSender;
  /** Key of the lock's HMAC (the same on every instance). */
  readonly secret: string;
  /** Partner organisations' APIs at the gateway (`/partners/{name}` and their API names), readable as sources. */
  readonly partners?: readonly (readonly [string, readonly ApiName[]])[];
}

type Medium = 'email' | 'sms';

/** Sends the messages of status changes. */
export class Channel {
  readonly #config: ChannelConfig;
  readonly #options: ChannelOptions;
  readonly #email: EmailSender | undefined;
  readonly #sms: SmsSender | undefined;
  readonly #publicPath: string;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #sources: Partial<Record<ApiName, string[]>>;

  constructor(config: ChannelConfig, options: ChannelOptions) {
    this.#config = config;
    this.#options = options;
    this.#email = config.email ? new EmailSender(config.email.smtp, config.email.from) : undefined;
    this.#sms = config.sms ? (config.sms.sender === 'custom' ? options.smsSender : new LogSmsSender(options.logger)) : undefined;
    if (config.sms?.sender === 'custom' && !options.smsSender) throw new Error('channel.sms.sender is "custom" but createGateway got no smsSender');
    this.#publicPath = new URL(options.publicUrl).pathname.replace(/\/+$/, '');
    // A partner's zaak and zaaktype are read at its path below the gateway, next to the municipality's own.
    const sources: Partial<Record<ApiName, string[]>> = {};
    for (const [prefix, apis] of options.partners ?? []) {
      for (const api of apis) (sources[api] ??= [`${options.publicUrl}${GATEWAY_PATHS[api]}`]).push(`${options.publicUrl}${prefix}${GATEWAY_PATHS[api]}`);
    }
    this.#sources = sources;
  }

  /** Starts the messages of one status change (returns at once; see {@link settled}). */
  async statusChanged(change: StatusChange): Promise<void> {
    for (const subject of change.subjects) {
      const work = this.#inform(subject, change.message, change.statusUrl).finally(() => this.#inFlight.delete(work));
      this.#inFlight.add(work);
    }
  }

  /** Resolves when every started message is sent or given up (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async close(): Promise<void> {
    await this.settled();
    this.#email?.close();
    await this.#sms?.close?.();
  }

  async #inform(subject: Subject, message: Notificatie, statusUrl: string): Promise<void> {
    const { metrics, logger, lock } = this.#options;
    // Same on every instance, opaque in Redis: an HMAC of the status and the subject.
    const reference = createHmac('sha256', this.#options.secret)
      .update(`${statusUrl}|${subjectKey(subject)}`)
      .digest('hex')
      .slice(0, 40);
    let medium: Medium | 'none' = 'none';
    try {
      if (!(await lock.claim(`channel:${reference}`, this.#config.lockSeconds * 1000))) return;
      const client = createClient({
        gateway: this.#options.publicUrl,
        sources: this.#sources,
        fetch: proxyFetch(this.#options.proxy, subject, this.#publicPath),
        credentials: 'omit',
        retries: 0,
        listMaxAge: 0,
      });
      const target = await this.#target(client);
      if (!target) {
        metrics.messages.inc({ medium: 'none', outcome: 'skipped' });
        return;
      }
      medium = target.medium;
      const sender = medium === 'email' ? this.#email : this.#sms;
      if (!sender) {
        metrics.messages.inc({ medium, outcome: 'skipped' });
        return;
      }
      const zaaktype = await zaaktypeName(client, message.hoofdObject);
      const composed = composeMessage({ zaaktype, portalUrl: this.#config.portalUrl, organisatie: this.#config.organisatie, english: target.english });
      await this.#withRetries(() =>
        medium === 'email' && this.#email
          ? this.#email.send({ to: target.adres, subject: composed.subject, text: composed.text, reference })
          : (this.#sms as SmsSender).send({ to: target.adres, text: composed.sms, reference }),
      );
      metrics.messages.inc({ medium, outcome: 'sent' });
    } catch (error) {
      metrics.messages.inc({ medium, outcome: 'failed' });
      // The reference finds the change again; no address, number or text in the log.
      logger.warn({ medium, reference, failure: error instanceof Error ? error.name : 'error' }, 'status message not sent');
    }
  }

  /** The address on the resident's preferred channel, when they chose notifications about zaken. */
  async #target(client: KlantbeeldClient): Promise<{ medium: Medium; adres: string; english: boolean } | undefined> {
    const voorkeuren = await getKlantvoorkeuren(client);
    if (!voorkeuren?.voorkeursadres) return undefined;
    const keuzes = await getNotificatievoorkeuren(client, voorkeuren.partij, { categorieen: { zaken: this.#config.categorie } });
    if (keuzes.zaken !== true) return undefined;
    const { soort, adres } = voorkeuren.voorkeursadres;
    const english = voorkeuren.voorkeurstaal === 'eng';
    if (soort === 'email') return { medium: 'email', adres, english };
    if (soort === 'telefoonnummer') return { medium: 'sms', adres, english };
    return undefined;
  }

  async #withRetries(send: () => Promise<void>): Promise<void> {
    let delay = this.#config.retryDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        if (attempt >= this.#config.attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        delay *= 2;
      }
    }
  }
}

/** The zaaktype's omschrijving of the zaak at `zaakUrl` (read as the resident), or undefined. */
async function zaaktypeName(client: KlantbeeldClient, zaakUrl: string): Promise<string | undefined> {
  try {
    const zaak: unknown = await client.getUrl(zaakUrl);
    const zaaktypeUrl = text(zaak, 'zaaktype');
    if (!zaaktypeUrl) return undefined;
    const zaaktype: unknown = await client.getUrl(zaaktypeUrl);
    return isObject(zaaktype) ? text(zaaktype, 'omschrijving') : undefined;
  } catch {
    return undefined;
  }
}

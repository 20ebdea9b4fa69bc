/**
 * SMS through a pluggable sender. A municipality implements {@link SmsSender} for its provider (an SMS
 * gateway's HTTP API, NotifyNL, …) and passes it to `createGateway` (`smsSender`) with
 * `channel.sms.sender: "custom"`; `log` is the development sender.
 * @module
 */
import type { Logger } from 'pino';

/** One SMS. */
export interface SmsMessage {
  /** The resident's telephone number as Klantinteracties holds it (e.g. `0612345678`). */
  readonly to: string;
  /** The text (a few short sentences, no case content beyond the zaaktype). */
  readonly text: string;
  /** Stable per status change and resident: a sender may pass it to its provider to drop duplicates. */
  readonly reference: string;
}

/**
 * Sends an SMS. Resolve when the provider accepted it; reject (any error) to have it retried with backoff
 * up to `channel.attempts` times, after which it is logged as failed. Never log the number or the text.
 */
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
  /** Optional: release connections at shutdown. */
  close?(): Promise<void>;
}

/** Development sender: logs that an SMS would go out (its reference and length, never the number). */
export class LogSmsSender implements SmsSender {
  constructor(private readonly logger: Logger) {}

  async send(message: SmsMessage): Promise<void> {
    this.logger.info({ reference: message.reference, length: message.text.length }, 'sms (log sender): not sent, development only');
  }
}

/**
 * Sends one action to the bewerking API (`POST /verwerkingsacties`) with the credentials, TLS and pool of
 * the `verwerkingen` upstream. The entry id travels as `Idempotency-Key`: the VNG 0.9.0 API lets the log
 * choose `actieId`, so this header is how a repeated delivery is recognised (the mock honours it; ask your
 * log's supplier to do the same, or accept that a delivery repeated after a lost answer is logged twice).
 * @module
 */
import type { UpstreamConfig } from '../proxy/config.js';
import { discard, newTraceId, UpstreamClient, type UpstreamObserver } from '../proxy/upstream/client.js';
import type { SendAction, SendOutcome } from './delivery.js';

/** Statuses after which the same action may succeed later. */
const RETRYABLE = new Set([408, 425, 429]);

/** The sender for the log at `url` (default: the upstream's own base URL), and a way to close its pool. */
export function logSender(upstream: UpstreamConfig, url: string | undefined, observe?: UpstreamObserver): { send: SendAction; close(): Promise<void> } {
  const client = new UpstreamClient('verwerkingen-log', url === undefined ? upstream : { ...upstream, url }, {}, observe);
  const target = `${client.base}/verwerkingsacties`;
  return {
    async send(entry, signal): Promise<SendOutcome> {
      const answer = await client.stream({
        method: 'POST',
        url: target,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': entry.id },
        body: JSON.stringify(entry.action),
        signal,
        traceId: newTraceId(),
      });
      discard(answer.body);
      if (answer.status >= 200 && answer.status < 300) return 'delivered';
      // 409: the log already has an action with this key.
      if (answer.status === 409) return 'delivered';
      if (answer.status >= 500 || RETRYABLE.has(answer.status)) return 'retry';
      return 'rejected';
    },
    close: () => client.close(),
  };
}

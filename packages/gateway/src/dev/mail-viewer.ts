/**
 * The dev stack's mail viewer: `GET {publicUrl}/dev/mail` lists the e-mails the in-process SMTP sink
 * received and the SMS the development sender recorded, newest first (`?format=json` for scripts).
 * Development only: the dev stack registers it; a production gateway has no such route.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import type { SmsMessage, SmsSender } from '../notifications/channel/sms.js';
import type { SmtpSink } from './smtp-sink.js';

/** An SMS the development sender recorded. */
export interface RecordedSms extends SmsMessage {
  readonly sentAt: number;
}

/** An SMS sender that only records (the dev stack's `custom` sender). */
export class RecordingSmsSender implements SmsSender {
  readonly messages: RecordedSms[] = [];

  async send(message: SmsMessage): Promise<void> {
    this.messages.push({ ...message, sentAt: Date.now() });
    if (this.messages.length > 200) this.messages.shift();
  }
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Registers the viewer below `basePath`. */
export function registerMailViewer(app: FastifyInstance, basePath: string, sink: SmtpSink, sms: RecordingSmsSender): void {
  app.get(`${basePath}/dev/mail`, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const mails = [...sink.messages].reverse();
    const texts = [...sms.messages].reverse();
    if ((request.query as Record<string, unknown>).format === 'json') return reply.send({ mails, sms: texts });
    const items = [
      ...mails.map((m) => ({
        at: m.receivedAt,
        html: `<h2>E-mail aan ${escape(m.to.join(', '))}</h2><p><strong>${escape(m.subject)}</strong></p><pre>${escape(m.text)}</pre>`,
      })),
      ...texts.map((s) => ({ at: s.sentAt, html: `<h2>SMS aan ${escape(s.to)}</h2><pre>${escape(s.text)}</pre>` })),
    ].sort((a, b) => b.at - a.at);
    const list =
      items.length > 0
        ? items.map((item) => `<article><p><time>${new Date(item.at).toISOString()}</time></p>${item.html}</article>`).join('<hr>')
        : '<p>Nog geen berichten.</p>';
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verstuurde berichten (ontwikkeling)</title></head><body><h1>Verstuurde berichten (alleen ontwikkeling)</h1><p>E-mails die de SMTP-sink van de ontwikkelomgeving ontving en sms'jes van de ontwikkel-sender. Ververs de pagina voor nieuwe berichten.</p>${list}</body></html>`,
      );
  });
}

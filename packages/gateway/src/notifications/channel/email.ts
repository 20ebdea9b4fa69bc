/**
 * E-mail over SMTP with nodemailer: one pooled transport per gateway instance.
 * @module
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../config.js';

/** One e-mail. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Stable per status change and resident: sent as the Message-ID, so a receiving server can drop a duplicate. */
  readonly reference: string;
}

/** Sends e-mail through the configured SMTP server. */
export class EmailSender {
  readonly #transport: Transporter;

  constructor(
    smtp: SmtpConfig,
    private readonly from: string,
  ) {
    this.#transport = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      pool: true,
      maxConnections: 4,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
      ...(smtp.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  /** Resolves when the server accepted the message; rejects otherwise. */
  async send(message: EmailMessage): Promise<void> {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.from)?.[1] ?? 'klantbeeld.invalid';
    await this.#transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.reference}@${domain}>`,
    });
  }

  close(): void {
    this.#transport.close();
  }
}

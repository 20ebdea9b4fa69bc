/**
 * The texts of a status message: that there is news, which kind of request (the zaaktype's name, nothing
 * else of the case), and where to read it. The case itself is only shown after signing in.
 * @module
 */

/** What a message says. */
export interface MessageInput {
  readonly zaaktype: string | undefined;
  readonly portalUrl: string;
  readonly organisatie: string;
  readonly english: boolean;
}

/** The composed texts. */
export interface ComposedMessage {
  readonly subject: string;
  readonly text: string;
  /** Shorter: one SMS. */
  readonly sms: string;
}

/** Composes the message (Dutch, or English when the resident's voorkeurstaal is `eng`). */
export function composeMessage({ zaaktype, portalUrl, organisatie, english }: MessageInput): ComposedMessage {
  if (english) {
    const what = zaaktype ? `your application "${zaaktype}"` : 'your application';
    return {
      subject: `News about ${what}`,
      text: `Dear resident,\n\nThere is news about ${what}. Sign in to read it: ${portalUrl}\n\nKind regards,\n${organisatie}\n\nThis message was sent automatically; do not reply to it.`,
      sms: `${organisatie}: there is news about ${what}. Read it at ${portalUrl}`,
    };
  }
  const wat = zaaktype ? `uw aanvraag "${zaaktype}"` : 'uw aanvraag';
  return {
    subject: `Nieuws over ${wat}`,
    text: `Beste inwoner,\n\nEr is nieuws over ${wat}. Log in om het te lezen: ${portalUrl}\n\nMet vriendelijke groet,\n${organisatie}\n\nDit bericht is automatisch verstuurd; u kunt er niet op antwoorden.`,
    sms: `${organisatie}: er is nieuws over ${wat}. Lees het op ${portalUrl}`,
  };
}

/**
 * The downloads of `<kb-zaak-detail>`: each document's file through the configured source, with the client's
 * credentials, saved from a blob URL (no navigation, so it works under a strict CSP), its state per document.
 * @module
 */
import { downloadDocument, type DocumentView, type KlantbeeldClient } from '@klantbeeld/core';
import type { DownloadState } from './zaak-detail.sections.js';
import type { ZaakDetailTexts } from './zaak-detail.texts.js';

/** How long a downloaded file's object URL is kept, so that the browser has read it. */
const REVOKE_AFTER_MS = 60_000;

/** What the downloads need of their element. */
export interface DownloadsHost {
  client(): KlantbeeldClient | undefined;
  texts(): ZaakDetailTexts;
  /** Fires the cancelable `kb-document-download`; true when the page prevented the download. */
  prevented(document: DocumentView): boolean;
  /** Fires `kb-error`. */
  failed(error: Error, retry: () => void): void;
  /** Says `text` in the element's polite live region. */
  announce(text: string): void;
  /** Where the temporary download link is put. */
  root(): Node;
}

/** Download state per document URL, and the download itself. */
export class DocumentDownloads {
  readonly #host: DownloadsHost;
  readonly #states = new Map<string, DownloadState>();

  constructor(host: DownloadsHost) {
    this.#host = host;
  }

  state(url: string): DownloadState | undefined {
    return this.#states.get(url);
  }

  /** Forgets every state (another case was loaded). */
  clear(): void {
    this.#states.clear();
  }

  /** Downloads `document` (once at a time per document) and saves it; announces progress and failure. */
  async start(document: DocumentView): Promise<void> {
    const host = this.#host;
    const client = host.client();
    if (!client || this.#states.get(document.url) === 'bezig' || host.prevented(document)) return;
    const t = host.texts();
    this.#states.set(document.url, 'bezig');
    host.announce(t.downloadBezig(document.titel));
    try {
      const blob = await downloadDocument(client, document);
      const href = URL.createObjectURL(blob);
      const root = host.root();
      const link = (root.ownerDocument ?? globalThis.document).createElement('a');
      link.href = href;
      link.download = document.bestandsnaam ?? document.titel;
      link.hidden = true;
      root.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
      this.#states.set(document.url, 'klaar');
      host.announce(t.downloadKlaar(document.titel));
    } catch (error) {
      this.#states.set(document.url, 'fout');
      host.announce(t.downloadFout(document.titel));
      host.failed(error instanceof Error ? error : new Error(String(error)), () => void this.start(document));
    }
  }
}

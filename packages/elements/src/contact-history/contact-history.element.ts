import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { dutchDay, listAfspraken, listKlantcontacten, type AfspraakView, type KlantbeeldClient, type KlantcontactView } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { dateFormatter } from '../shared/format.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { addTexts } from '../shared/i18n.js';
import { baseStyles } from '../shared/styles.js';
import { styles } from './contact-history.styles.js';
import { contactHistoryTexts, type ContactHistoryTexts } from './contact-history.texts.js';
import { PendingContacts } from './contact-history.pending.js';

addTexts(contactHistoryTexts);

export type { ContactHistoryTexts };

/** An upcoming appointment, read from an `afspraak` object record (see `listAfspraken` in core). */
export interface UpcomingAfspraak extends AfspraakView {
  readonly kind: 'afspraak';
}

/** A past contact. */
export interface PastContact {
  readonly kind: 'contact';
  readonly url: string;
  readonly contact: KlantcontactView;
}

/** One entry of the timeline. */
export type ContactHistoryEntry = UpcomingAfspraak | PastContact;

/** What the element loads: upcoming appointments (soonest first), then the contacts (newest first). */
export interface ContactHistoryData {
  readonly entries: readonly ContactHistoryEntry[];
}

const DEFAULT_PAGE_SIZE = 20;
/** `YYYY-MM` of a date-time in the Netherlands; undefined when unreadable. */
function monthKey(value: string | undefined): string | undefined {
  return dutchDay(value)?.slice(0, 7);
}

/** The task arguments: the zaak filter, the afspraak objecttype and `now` (ms), each when set. */
type ContactHistoryArgs = readonly [zaak: string | undefined, objecttype: string | undefined, now: number | undefined];

/** A group of the rendered timeline: the planned appointments, a month, or the contacts without a date. */
interface Group {
  readonly key: string;
  readonly label: string;
  readonly items: { readonly entry: ContactHistoryEntry; readonly index: number }[];
}

/**
 * @summary The resident's contact history with the municipality: upcoming appointments, then past contacts by month.
 *
 * Loads the klantcontacten with `listKlantcontacten` (optionally only those about one `zaak`) and, with
 * `afspraak-objecttype`, the planned appointments of that objecttype with `listObjectRecords`, through the client from
 * `<kb-provider>`. One chronological timeline: first the upcoming appointments (under "Gepland", soonest first), then
 * the contacts newest first, grouped by month (a heading per month, one level below `heading-level`; each group an
 * `<ol>` of `<li><article>`). Each contact shows its channel in words, onderwerp, date and time (`<time datetime>`),
 * with whom, and what was said. Of a vertrouwelijk contact only the channel and the date are shown, with a notice.
 *
 * The data is loaded once; the rendering is paged to keep the page light for residents with many contacts: `page-size`
 * entries (default 20), then a "Toon eerdere contacten" button shows the next ones (continuing the month) and moves
 * focus to the first newly shown entry.
 *
 * @fires kb-error - The contacts or appointments could not be loaded. `detail: { error, retry }`.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart group - Each group (the planned appointments, or a month): a `<section>`.
 * @csspart group-heading - The heading of a group (the month and year, or "Gepland").
 * @csspart list - The list (`<ol>`) of a group.
 * @csspart item - Each entry (`<li>`); planned appointments are also `item-afspraak`, vertrouwelijk contacts also `item-vertrouwelijk`.
 * @csspart item-heading - The heading of an entry (onderwerp, appointment title, or channel).
 * @csspart item-meta - The channel and the date/time of an entry.
 * @csspart item-actors - With whom the contact was.
 * @csspart item-inhoud - What was said or asked (or the location and subject of an appointment).
 * @csspart item-reactie - The municipality's answer.
 * @csspart item-saving - "Being saved" on a contact registered on the page whose writes still run.
 * @csspart item-vertrouwelijk - The notice that the content is vertrouwelijk.
 * @csspart count - How many of the entries are shown.
 * @csspart more-button - The button that shows earlier contacts.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "no contacts" message.
 *
 * @cssprop --kb-contact-history-gap - Space between the parts.
 * @cssprop --kb-contact-history-group-gap - Space between a group's heading and its list.
 * @cssprop --kb-contact-history-list-gap - Space between entries.
 * @cssprop --kb-contact-history-item-background-color - Background of an entry.
 * @cssprop --kb-contact-history-item-border-color - Border of an entry.
 * @cssprop --kb-contact-history-item-border-width
 * @cssprop --kb-contact-history-item-border-radius
 * @cssprop --kb-contact-history-item-padding-block
 * @cssprop --kb-contact-history-item-padding-inline
 * @cssprop --kb-contact-history-item-gap - Space between the lines of an entry.
 * @cssprop --kb-contact-history-afspraak-background-color - Background of a planned appointment.
 * @cssprop --kb-contact-history-afspraak-border-color - Border of a planned appointment.
 * @cssprop --kb-contact-history-meta-color - Colour of the channel and date line.
 * @cssprop --kb-contact-history-vertrouwelijk-color - Colour of the vertrouwelijk notice.
 */
export class KbContactHistory extends KlantbeeldDataElement<ContactHistoryData, ContactHistoryArgs> {
  static override styles = [baseStyles, styles];

  /** Level (1–6) of the heading; month headings are one level deeper, entry headings two. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Only the contacts (and appointments) about this zaak: its URL (or UUID). */
  @property() zaak?: string;

  /** URL of the objecttype of the appointments (`afspraak`); without it, no planned appointments are shown. */
  @property({ attribute: 'afspraak-objecttype' }) afspraakObjecttype?: string;

  /** How many entries are shown at first and added by each "Toon eerdere contacten". Default 20. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /**
   * The moment that separates upcoming appointments from past ones (set it in tests and demos). Default: the time of
   * loading.
   */
  @property({ attribute: false }) now?: Date;

  /** How many entries are shown, for the data in {@link #shownFor}. */
  #shown = 0;
  #shownFor?: ContactHistoryData;
  /** Contacts registered through the client (e.g. `<kb-contact-registreren>`) that were not loaded yet: shown at once. */
  readonly #pending = new PendingContacts(this);

  protected override get shown(): ContactHistoryData | undefined {
    return this.#pending.merge(super.shown, this.zaak?.trim() || undefined);
  }

  protected taskArgs(): ContactHistoryArgs {
    return [this.zaak?.trim() || undefined, this.afspraakObjecttype?.trim() || undefined, this.now?.getTime()];
  }

  /** Everything is optional: a client is enough. */
  protected override isConfigured(_args: ContactHistoryArgs): _args is ContactHistoryArgs {
    return true;
  }

  protected async load(client: KlantbeeldClient, [zaak, objecttype, now]: ContactHistoryArgs, signal: AbortSignal): Promise<ContactHistoryData> {
    const about = zaak !== undefined ? { zaak } : {};
    const [contacten, afspraken] = await Promise.all([
      listKlantcontacten(client, { ...about, signal }),
      objecttype !== undefined ? listAfspraken(client, { objecttype, ...about, ...(now !== undefined ? { vanaf: now } : {}), signal }) : Promise.resolve([]),
    ]);
    return {
      entries: [
        ...afspraken.map((afspraak): UpcomingAfspraak => ({ kind: 'afspraak', ...afspraak })),
        ...contacten.map((contact): PastContact => ({ kind: 'contact', url: contact.url, contact })),
      ],
    };
  }

  protected override isEmpty(data: ContactHistoryData): boolean {
    return data.entries.length === 0;
  }

  /** The element's texts, with partial `texts.contactHistory` overrides applied. */
  get #texts(): ContactHistoryTexts {
    return this.t.contactHistory;
  }

  get #pageSize(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n >= 1 ? n : DEFAULT_PAGE_SIZE;
  }

  /** Shows the next page and moves focus to its first entry. */
  #showMore = async (): Promise<void> => {
    const first = this.#shown;
    this.#shown += this.#pageSize;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${first}"]`)?.focus();
  };

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    return this.renderData({ loadingLabel: t.loading, before: heading(level, t.heading), empty: t.empty, ready: (data) => this.#renderReady(data, level, t) });
  }

  #renderReady(data: ContactHistoryData, level: HeadingLevel, t: ContactHistoryTexts): TemplateResult {
    if (this.#shownFor !== data) {
      this.#shownFor = data;
      this.#shown = this.#pageSize;
    }
    const total = data.entries.length;
    const shown = Math.min(this.#shown, total);
    const groups = this.#group(data.entries, shown, t);
    const number = (n: number) => new Intl.NumberFormat(this.#lang).format(n);
    return html`
      ${repeat(
        groups,
        (group) => group.key,
        (group) => this.#renderGroup(group, level),
      )}
      ${
        shown < total
          ? html`<div class="kb-contact-history__more">
            <p class="utrecht-paragraph" part="count">${t.shown(number(shown), number(total))}</p>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" part="more-button" @click=${this.#showMore}>
              ${t.more}
            </button>
          </div>`
          : nothing
      }
    `;
  }

  get #lang(): string {
    try {
      return Intl.getCanonicalLocales(this.language)[0] ?? 'nl';
    } catch {
      return 'nl';
    }
  }

  /** Groups the first `count` entries: the planned appointments, then by month (Netherlands time), undated last. */
  #group(entries: readonly ContactHistoryEntry[], count: number, t: ContactHistoryTexts): Group[] {
    const groups: Group[] = [];
    const monthLabel = dateFormatter(this.#lang, 'month', { month: 'long', year: 'numeric' });
    for (let index = 0; index < count; index++) {
      const entry = entries[index]!;
      let key: string;
      let label: string;
      if (entry.kind === 'afspraak') {
        key = 'gepland';
        label = t.gepland;
      } else {
        const month = monthKey(entry.contact.plaatsgevondenOp);
        key = month ?? 'onbekend';
        label = month ? monthLabel.format(new Date(entry.contact.plaatsgevondenOp!)) : t.datumOnbekend;
      }
      const last = groups[groups.length - 1];
      if (last?.key === key) last.items.push({ entry, index });
      else groups.push({ key, label, items: [{ entry, index }] });
    }
    return groups;
  }

  #renderGroup(group: Group, level: HeadingLevel): TemplateResult {
    const id = `kb-group-${group.key}`;
    return html`<section class="kb-contact-history__group" part="group" aria-labelledby=${id}>
      ${heading(subLevel(level), group.label, { id, part: 'group-heading' })}
      <ol class="kb-contact-history__list" part="list">
        ${repeat(
          group.items,
          (item) => item.entry.url,
          (item) => this.#renderEntry(item.entry, item.index, subLevel(subLevel(level))),
        )}
      </ol>
    </section>`;
  }

  #time(value: string | undefined): TemplateResult | typeof nothing {
    if (!value) return nothing;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return nothing;
    const text = dateFormatter(this.#lang, 'datetime', { dateStyle: 'long', timeStyle: 'short' }).format(date);
    return html`<time datetime=${value}>${text}</time>`;
  }

  #kanaal(kanaal: string, t: ContactHistoryTexts): string {
    const key = kanaal
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '');
    const k = t.kanalen;
    const known: Record<string, string> = {
      telefoon: k.telefoon,
      telefonisch: k.telefoon,
      phone: k.telefoon,
      email: k.email,
      mail: k.email,
      balie: k.balie,
      loket: k.balie,
      chat: k.chat,
      webchat: k.chat,
      brief: k.brief,
      post: k.brief,
      video: k.video,
      videobellen: k.video,
      whatsapp: k.whatsapp,
      socialmedia: k.socialeMedia,
      formulier: k.formulier,
      webformulier: k.formulier,
      website: k.formulier,
    };
    return known[key] ?? (kanaal.trim() || k.onbekend);
  }

  #renderEntry(entry: ContactHistoryEntry, index: number, level: HeadingLevel): TemplateResult {
    const t = this.#texts;
    if (entry.kind === 'afspraak') {
      return html`<li class="kb-contact-history__item kb-contact-history__item--afspraak" part="item item-afspraak">
        <article class="kb-contact-history__article" tabindex="-1" data-index=${index}>
          ${heading(level, entry.titel || t.afspraak, { part: 'item-heading', className: 'kb-contact-history__title' })}
          <p class="utrecht-paragraph kb-contact-history__meta" part="item-meta">${t.afspraak} · ${this.#time(entry.start)}</p>
          ${
            entry.locatie || entry.onderwerp
              ? html`<p class="utrecht-paragraph" part="item-inhoud">
                ${entry.locatie ? t.locatie(entry.locatie) : nothing}${entry.locatie && entry.onderwerp ? ' ' : nothing}${entry.onderwerp ?? nothing}
              </p>`
              : nothing
          }
        </article>
      </li>`;
    }
    const c = entry.contact;
    const kanaal = this.#kanaal(c.kanaal, t);
    if (c.vertrouwelijk) {
      return html`<li class="kb-contact-history__item kb-contact-history__item--vertrouwelijk" part="item item-vertrouwelijk">
        <article class="kb-contact-history__article" tabindex="-1" data-index=${index}>
          ${heading(level, kanaal, { part: 'item-heading', className: 'kb-contact-history__title' })}
          <p class="utrecht-paragraph kb-contact-history__meta" part="item-meta">${this.#time(c.plaatsgevondenOp)}</p>
          <p class="utrecht-paragraph kb-contact-history__vertrouwelijk" part="item-vertrouwelijk">${t.vertrouwelijk}</p>
        </article>
      </li>`;
    }
    const time = this.#time(c.plaatsgevondenOp);
    return html`<li class="kb-contact-history__item" part="item">
      <article class="kb-contact-history__article" tabindex="-1" data-index=${index}>
        ${heading(level, c.onderwerp || kanaal, { part: 'item-heading', className: 'kb-contact-history__title' })}
        <p class="utrecht-paragraph kb-contact-history__meta" part="item-meta">${kanaal}${time !== nothing ? html` · ${time}` : nothing}</p>
        ${this.#pending.isSaving(c.url) ? html`<p class="utrecht-paragraph" part="item-saving">${t.opslaan}</p>` : nothing}
        ${c.actoren.length > 0 ? html`<p class="utrecht-paragraph" part="item-actors">${t.met(c.actoren.map((a) => a.naam).join(', '))}</p>` : nothing}
        ${c.inhoud ? html`<p class="utrecht-paragraph kb-contact-history__text" part="item-inhoud">${c.inhoud}</p>` : nothing}
        ${c.reactie ? html`<p class="utrecht-paragraph kb-contact-history__text" part="item-reactie">${t.reactie(c.reactie)}</p>` : nothing}
      </article>
    </li>`;
  }
}

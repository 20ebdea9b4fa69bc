import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { getKlantOverzicht, type KlantbeeldClient, type KlantContextInfo, type KlantOverzicht } from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { addTexts } from '../shared/i18n.js';
import { isPlainClick } from '../shared/plain-click.js';
import { SECTIONS, type SectionDefinition, type SectionOptions } from './klantbeeld.sections.js';
import { failedFigures, isEmptyOverzicht, renderSummary } from './klantbeeld.summary.js';
import { klantbeeldTexts, type KlantbeeldSectie, type KlantbeeldTexts } from './klantbeeld.texts.js';
import { styles } from './klantbeeld.styles.js';

addTexts(klantbeeldTexts);

/** Whose overview: the signed-in resident's, or (employee mode) the chosen klant's; null: an employee chose none yet. */
type Scope = 'resident' | KlantContextInfo;
type Args = readonly [scope: Scope | null, voorkeurReferentie: string | undefined];
type ReadyArgs = readonly [scope: Scope, voorkeurReferentie: string | undefined];

/** A section as this overview shows it: its element, or (employee mode) a note that the profile shields it. */
interface ShownSection {
  readonly definition: SectionDefinition;
  readonly shielded: boolean;
}

/**
 * @summary The overview *in samenhang* of one klant: a short summary, then persoon, voorkeuren, zaken, contacten,
 * producten and taken, each section its own element that loads and fails on its own.
 *
 * For a resident (no employee context) it is their one-tag "Mijn overzicht": every section is shown. Inside
 * `<kb-provider mode="medewerker">` it is the chosen klant's klantbeeld: a section whose API the klant context's
 * `access` shields (or does not list) shows "Afgeschermd voor uw rol" and its element is not even created, so nothing
 * is asked of that API; without a chosen klant it shows "Kies eerst een klant" and loads nothing.
 *
 * The summary (`getKlantOverzicht` from core) shows the number of open zaken, the last contact and the preferred
 * channel; each figure may be shielded or fail on its own (a retry button then loads them again). Each section is an
 * element of its own (`kb-persoonsgegevens`, `kb-klantvoorkeuren`, `kb-lopende-zaken` with the completed cases,
 * `kb-contact-history`, `kb-producten`, `kb-taken`), which this element does not import: with the autoloader they load
 * when their section is first shown (a page with this one tag loads no element it does not show, nor a shielded one's);
 * without it, register them as usual (`@klantbeeld/elements/define`, or each one's module). The tasks are shown only
 * with `taak-objecttype`.
 *
 * @fires kb-discover - Sections' elements are not defined yet: the autoloader loads them (a plain `Event`, no detail).
 * @fires kb-error - Every figure of the summary that is not shielded failed. `detail: { error, retry }`. The sections'
 *   elements fire their own `kb-error`, `kb-zaak-select`, … (they bubble out of this element).
 *
 * @csspart overview - The outer container.
 * @csspart heading - The overview's heading; the summary's heading is also `summary-heading`.
 * @csspart idle - "Kies eerst een klant" (employee mode without a klant).
 * @csspart summary - The summary section; inside it `base`, `content` (with `aria-busy`), `skeleton`, `error`, `empty`.
 * @csspart figures - The data list of the three figures; each is a `figure` (`figure-open-zaken`, …).
 * @csspart figure-shielded - A figure the profile shields. `figure-error`: a figure that failed.
 * @csspart retry-button - Loads the summary again.
 * @csspart nav - The in-page navigation; each link is a `nav-link`.
 * @csspart sections - The grid of sections; each is a `section` and `section-<id>` (`section-zaken`, …).
 * @csspart section-heading - The heading of a shielded section. `shielded`: its note.
 *
 * @cssprop --kb-klantbeeld-gap - Space between the parts.
 * @cssprop --kb-klantbeeld-section-min-inline-size - Narrowest column of the grid (default 24rem): one column below it.
 * @cssprop --kb-klantbeeld-figure-border-color - Border of a figure.
 * @cssprop --kb-klantbeeld-figure-background-color - Background of a figure.
 */
export class KbKlantbeeld extends KlantbeeldDataElement<KlantOverzicht, Args, ReadyArgs> {
  static override styles = [baseStyles, styles];

  /**
   * No wait before the summary's loading state: the base class renders nothing until then, and the sections must be
   * created at once, so that their requests go out beside the summary's rather than after it.
   */
  static override loadingDelay = 0;

  /** Level (1–6) of the overview's heading; the summary's and each section's headings are one level deeper. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Link for a case in the zaken and producten sections, e.g. `/zaken/{uuid}`; without it, a case fires `kb-zaak-select`. */
  @property({ attribute: 'zaak-href-template' }) zaakHrefTemplate?: string;

  /** The Objects API objecttype (URL) of the tasks; without it the tasks section is left out. */
  @property({ attribute: 'taak-objecttype' }) taakObjecttype?: string;

  /** The objecttype (URL) of appointments, shown with the contacts (see `<kb-contact-history>`). */
  @property({ attribute: 'afspraak-objecttype' }) afspraakObjecttype?: string;

  /** The `referentie` that tags the preferred addresses (Den Haag: `portaalvoorkeur`), for the summary and the preferences. */
  @property({ attribute: 'voorkeur-referentie' }) voorkeurReferentie?: string;

  get #texts(): KlantbeeldTexts {
    return this.t.klantbeeld ?? klantbeeldTexts.nl.klantbeeld;
  }

  get #scope(): Scope | null {
    return this.employee === undefined ? 'resident' : this.employee.context;
  }

  protected taskArgs(): Args {
    const referentie = this.voorkeurReferentie?.trim();
    return [this.#scope, referentie ? referentie : undefined];
  }

  protected override isConfigured(args: Args): args is ReadyArgs {
    return args[0] !== null;
  }

  protected async load(client: KlantbeeldClient, [scope, referentie]: ReadyArgs, signal: AbortSignal): Promise<KlantOverzicht> {
    const overzicht = await getKlantOverzicht(client, {
      signal,
      ...(scope === 'resident' ? {} : { access: scope.access }),
      ...(referentie !== undefined ? { voorkeurskanaalRule: { referentie } } : {}),
    });
    // Nothing to show but failures: one error with a retry, as every element has.
    const { failed, all } = failedFigures(overzicht);
    if (all) throw failed[0];
    return overzicht;
  }

  protected override isEmpty(data: KlantOverzicht): boolean {
    return isEmptyOverzicht(data);
  }

  /** The sections to show: those configured; in employee mode shielded per the klant context's `access` (deny by default). */
  #sections(scope: Scope): ShownSection[] {
    const options = this.#sectionOptions(scope, toHeadingLevel(this.headingLevel));
    return SECTIONS.filter((definition) => definition.configured?.(options) ?? true).map((definition) => ({
      definition,
      shielded: scope !== 'resident' && (scope.access[definition.api] ?? 'shielded') === 'shielded',
    }));
  }

  #sectionOptions(scope: Scope, level: HeadingLevel, id?: KlantbeeldSectie): SectionOptions {
    return {
      client: this.client,
      level: subLevel(level),
      // An employee reads "Producten", not the resident's "Mijn producten".
      title: scope !== 'resident' && id !== undefined ? this.#texts.secties[id] : undefined,
      zaakHrefTemplate: this.zaakHrefTemplate,
      taakObjecttype: this.taakObjecttype,
      afspraakObjecttype: this.afspraakObjecttype,
      voorkeurReferentie: this.voorkeurReferentie,
    };
  }

  /** Tags the autoloader was asked for already. */
  readonly #asked = new Set<string>();

  /**
   * Asks the autoloader (`kb-discover`, which it answers with its `discover` of this shadow root) for the code of the
   * sections' elements not defined yet: it cannot see into a shadow root by itself. Only shown, unshielded sections'
   * elements exist, so only theirs load. Without the autoloader the page registers them itself (`define`).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const undefinedTags = [...this.renderRoot.querySelectorAll(':not(:defined)')].map((element) => element.localName).filter((tag) => !this.#asked.has(tag));
    if (undefinedTags.length === 0) return;
    for (const tag of undefinedTags) this.#asked.add(tag);
    this.dispatchEvent(new Event('kb-discover', { bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    const scope = this.#scope;
    if (scope === null) {
      return html`<div class="kb-klantbeeld kb-stack" part="overview">
        ${heading(level, t.headingMedewerker)}
        <p class="utrecht-paragraph kb-klantbeeld__idle" part="idle">${t.kiesKlant}</p>
      </div>`;
    }
    const sections = this.#sections(scope);
    return html`<div class="kb-klantbeeld" part="overview">
      ${heading(level, scope === 'resident' ? t.heading : t.headingKlant(scope.klant.displayName))}
      <section class="kb-klantbeeld__summary" part="summary" aria-labelledby="kb-klantbeeld-samenvatting">
        ${this.renderData({
          loadingLabel: t.loading,
          before: heading(subLevel(level), t.samenvatting, { id: 'kb-klantbeeld-samenvatting', part: 'heading summary-heading' }),
          empty: t.leeg,
          ready: (data) => renderSummary(data, t, this.language, { label: this.t.retry, onClick: this.#onRetry }),
        })}
      </section>
      ${this.#renderNav(sections, t)}
      <div class="kb-klantbeeld__sections" part="sections">
        ${
          // New elements for another klant: none can show the previous klant's data while it loads the new one's.
          keyed(
            scope,
            sections.map((section) => this.#renderSection(section, scope, level)),
          )
        }
      </div>
    </div>`;
  }

  #renderNav(sections: readonly ShownSection[], t: KlantbeeldTexts): TemplateResult {
    return html`<nav class="kb-klantbeeld__nav" part="nav" aria-label=${t.navigatie}>
      <ul class="kb-klantbeeld__nav-list">
        ${sections.map(
          ({ definition: { id } }) =>
            html`<li>
              <a class="utrecht-link kb-klantbeeld__nav-link" part="nav-link" href="#kb-klantbeeld-${id}" @click=${(e: MouseEvent) => this.#goTo(e, id)}
                >${t.secties[id]}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #renderSection({ definition, shielded }: ShownSection, scope: Scope, level: HeadingLevel): TemplateResult {
    const t = this.#texts;
    const id = definition.id;
    return html`<section
      class="kb-klantbeeld__section kb-klantbeeld__section--${id}"
      part="section section-${id}"
      id="kb-klantbeeld-${id}"
      data-shielded=${shielded ? 'true' : 'false'}
    >
      ${
        shielded
          ? html`${heading(subLevel(level), t.secties[id], { part: 'section-heading' })}
              <p class="utrecht-paragraph kb-klantbeeld__shielded" part="shielded">${t.afgeschermd}</p>`
          : definition.render(this.#sectionOptions(scope, level, id))
      }
    </section>`;
  }

  /** In-page navigation inside the shadow root (a fragment link cannot reach it): scroll there and move focus to its heading. */
  #goTo(event: MouseEvent, id: KlantbeeldSectie): void {
    if (!isPlainClick(event)) return;
    const section = this.renderRoot.querySelector<HTMLElement>(`#kb-klantbeeld-${id}`);
    if (!section) return;
    event.preventDefault();
    section.scrollIntoView({ block: 'start' });
    const child = section.firstElementChild;
    if (child instanceof KlantbeeldDataElement) {
      void child.focusHeading();
      return;
    }
    const own = section.querySelector<HTMLElement>('[part~="section-heading"]');
    if (!own) return;
    own.tabIndex = -1;
    own.focus({ preventScroll: true });
  }

  #onRetry = (): void => {
    this.retry();
    this.renderRoot.querySelector<HTMLElement>('[part="content"]')?.focus({ preventScroll: true });
  };
}

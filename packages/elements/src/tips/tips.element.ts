import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { factSources, hasPersonalTips, listTips, localStorageTipStore, NO_TIP_PREFERENCES, readTipPreferences, selectTips } from '@klantbeeld/core';
import type {
  KlantbeeldClient,
  Tip,
  TipAudience,
  TipCondition,
  TipFactSource,
  TipPreferences,
  TipRule,
  TipRuleError,
  TipSource,
  TipStore,
} from '@klantbeeld/core';
import { KlantbeeldDataElement } from '../shared/data-element.js';
import { heading, subLevel, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { isSafeHref } from '../shared/url.js';
import { addTexts, type Translation } from '../shared/i18n.js';
import { styles } from './tips.styles.js';
import { AUDIENCES, type TipsArgs, type TipsArgsRest, type TipsData } from './tips.model.js';
import { tipsTexts } from './tips.texts.js';

addTexts(tipsTexts);

export type { KbTipDismissDetail, KbTipDismissEvent, KbTipsPersonalChangeDetail, KbTipsPersonalChangeEvent, TipsData } from './tips.model.js';

/**
 * @summary Tips the municipality defines as data: general ones for everyone, and, after the resident chooses "Maak
 * tips persoonlijk", personal ones chosen by their klantbeeld, each saying why it is shown.
 *
 * The rules come from the Objects API (`objecttype`) or a JSON file (`src`); without either the element shows a
 * configuration message and fires `kb-error` with a `ConfigurationError`. They are validated against the published
 * `tip-rule.schema.json` (`@klantbeeld/core/tip-rule.schema.json`): a rule that fails is never shown and is reported
 * with a `kb-error` whose `error` is a `TipRuleError` (the element still shows the other tips). Conditions are data
 * read by `evaluateCondition`, never code. Only after the opt-in does the element load the parts of the klantbeeld the
 * rules need (zaken, producten, the BRP `leeftijd` only, contact preferences); a part that fails to load makes the
 * tips that need it disappear, with a note. The opt-in and the dismissed tips (rule ids and a boolean, nothing
 * personal) are kept in `store`: by default the browser's localStorage under `klantbeeld:tips`.
 *
 * @fires kb-tip-dismiss - The resident hid a tip. `detail: { id }`.
 * @fires kb-tips-personal-change - The resident turned personal tips on or off. `detail: { persoonlijk }`.
 * @fires kb-error - The rules could not be loaded (`detail: { error, retry }`), or a rule is invalid and was skipped
 *   (`detail: { error }` with a `TipRuleError`: `ruleId`, `source`, `issues`; once per rule per element).
 *
 * @slot - Nothing: the element renders its own content.
 *
 * @csspart base - The outer container.
 * @csspart heading - The heading.
 * @csspart content - The container of the current state; carries `aria-busy` while loading.
 * @csspart list - The list of tips (`<ul>`).
 * @csspart tip - Each tip (`<li>`); personal ones also `tip-personal`.
 * @csspart tip-title - The tip's heading (one level below `heading-level`).
 * @csspart tip-reason - Why a personal tip is shown ("Omdat u een parkeervergunning heeft").
 * @csspart tip-text - The tip's text.
 * @csspart tip-link - The tip's link (`utrecht-link`).
 * @csspart dismiss-button - The button that hides a tip.
 * @csspart personalize - The opt-in / opt-out section.
 * @csspart personalize-button - Its button ("Maak tips persoonlijk" / "Toon alleen algemene tips").
 * @csspart restore-button - The button that brings dismissed tips back.
 * @csspart facts-note - The note that not all data could be loaded.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error alert.
 * @csspart error-message - The error message.
 * @csspart retry-button - The retry button of the error alert.
 * @csspart empty - The "no tips" message.
 *
 * @cssprop --kb-tips-gap - Space between the parts. Falls back to `--kb-space-block`.
 * @cssprop --kb-tips-list-gap - Space between tips.
 * @cssprop --kb-tips-item-background-color - Background of a tip.
 * @cssprop --kb-tips-item-border-color - Border of a tip. Falls back to `--utrecht-border-color`.
 * @cssprop --kb-tips-item-border-width
 * @cssprop --kb-tips-item-border-radius
 * @cssprop --kb-tips-item-padding-block
 * @cssprop --kb-tips-item-padding-inline
 * @cssprop --kb-tips-personal-border-color - Start border of a personal tip. Falls back to `--utrecht-alert-info-border-color`.
 * @cssprop --kb-tips-reason-color - Text colour of the reason. Falls back to `--utrecht-paragraph-small-color`.
 * @cssprop --kb-tips-reason-font-size - Font size of the reason. Falls back to `--utrecht-paragraph-small-font-size`.
 */
export class KbTips extends KlantbeeldDataElement<TipsData, TipsArgs, readonly [location: string, ...rest: TipsArgsRest]> {
  static override styles = [baseStyles, styles];

  /** The URL of the tip-rule objecttype in the Objects API. Either this or `src` is required. */
  @property() objecttype?: string;

  /**
   * A JSON file with an array of rules, used when there is no `objecttype`: a URL on this page's own origin (read
   * without credentials; the rules are public). Other origins are refused.
   */
  @property() src?: string;

  /** For whom: `inwoner` (default) or `ondernemer`; tips whose `doelgroep` does not include it are left out. */
  @property() audience: TipAudience = 'inwoner';

  /** Level (1–6) of the heading; each tip's title is one level deeper. Default 2. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (v) => toHeadingLevel(v) } })
  headingLevel: HeadingLevel = 2;

  /** Where the opt-in and dismissals are kept. Default: localStorage under `klantbeeld:tips`. */
  @property({ attribute: false }) store: TipStore = localStorageTipStore();

  /** The current time (ms since epoch or a `Date`), for validity periods in tests and previews. Default: now. */
  @property({ attribute: false }) now?: number | Date;

  /** The resident's choice in this page; undefined until they choose (the store's value applies then). */
  @state() private optIn?: boolean;
  /** Dismissed in this page, on top of the stored ones. */
  @state() private dismissed: ReadonlySet<string> = new Set();
  /** Restored in this page: the stored dismissals no longer count. */
  @state() private restored = false;
  /** Text for the live region after a dismissal or restore. */
  @state() private announcement = '';

  /** Invalid rules already reported, so a reload (opt-in, retry) does not report them again. */
  #reported = new Set<string>();

  get #texts(): Translation['tips'] {
    return this.t.tips;
  }

  get #source(): TipSource | undefined {
    const objecttype = this.objecttype?.trim();
    if (objecttype) return { objecttype };
    const src = this.src?.trim();
    return src ? { url: src } : undefined;
  }

  protected taskArgs(): TipsArgs {
    const source = this.#source;
    // Strings and flags, not the source object: the task reruns when an argument is not `===` the last one.
    return [
      source && 'objecttype' in source ? source.objecttype : source?.url,
      source !== undefined && 'objecttype' in source,
      this.store,
      this.optIn,
      this.#audience,
    ];
  }

  /** Without `objecttype` (or `src`) there are no tips to load: the element says so (see the base class). */
  protected override missingConfiguration(): readonly string[] {
    return this.#source ? [] : ['objecttype'];
  }

  protected override isConfigured(args: TipsArgs): args is readonly [string, ...TipsArgsRest] {
    return typeof args[0] === 'string' && args[0] !== '';
  }

  protected async load(
    client: KlantbeeldClient,
    [location, isObjecttype, tipStore, optIn]: readonly [string, ...TipsArgsRest],
    signal: AbortSignal,
  ): Promise<TipsData> {
    const source: TipSource = isObjecttype ? { objecttype: location } : { url: location };
    // A store that fails or answers nonsense counts as "nothing chosen": general tips still show.
    const stored = Promise.resolve()
      .then(() => tipStore.load())
      .then(readTipPreferences, () => NO_TIP_PREFERENCES);
    const [{ rules, invalid }, preferences] = await Promise.all([listTips(client, source, { signal }), stored]);
    this.#report(invalid);
    const persoonlijk = optIn ?? preferences.persoonlijk;
    const base = { rules, persoonlijk, verborgen: preferences.verborgen, factsFailed: [] };
    const sources = this.#factSources(rules);
    // Nothing of the klantbeeld is read before the resident opts in, and the code that reads it loads only then.
    if (!persoonlijk || sources.size === 0) return base;
    const { getTipFacts } = await import('@klantbeeld/core/tip-facts');
    const { facts, failed } = await getTipFacts(client, sources, { signal });
    return { ...base, facts, factsFailed: failed };
  }

  /** The parts of the klantbeeld that the personal rules for this audience read. */
  #factSources(rules: readonly TipRule[]): Set<TipFactSource> {
    return factSources(
      rules.filter((rule) => rule.doelgroep.includes(this.#audience)).flatMap((rule): TipCondition[] => (rule.voorwaarde ? [rule.voorwaarde] : [])),
    );
  }

  #report(invalid: readonly TipRuleError[]): void {
    const fresh = invalid.filter((error) => !this.#reported.has(`${error.source} ${error.message}`));
    for (const error of fresh) this.#reported.add(`${error.source} ${error.message}`);
    if (fresh.length === 0) return;
    // After the load settles, like the base class's kb-error.
    queueMicrotask(() => {
      for (const error of fresh) this.emit('kb-error', { error });
    });
  }

  get #audience(): TipAudience {
    return AUDIENCES.includes(this.audience) ? this.audience : 'inwoner';
  }

  get #now(): number {
    const now = this.now instanceof Date ? this.now.getTime() : this.now;
    return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
  }

  #hidden(data: TipsData): Set<string> {
    return new Set([...(this.restored ? [] : data.verborgen), ...this.dismissed]);
  }

  /** The tips to show, leaving out `hidden` (default: the dismissed ones). */
  #tips(data: TipsData, hidden: ReadonlySet<string> = this.#hidden(data)): Tip[] {
    return selectTips(data.rules, {
      language: this.language,
      audience: this.#audience,
      persoonlijk: data.persoonlijk,
      ...(data.facts ? { facts: data.facts } : {}),
      verborgen: hidden,
      now: this.#now,
    });
  }

  protected override isEmpty(data: TipsData): boolean {
    return this.#tips(data).length === 0;
  }

  protected override render(): TemplateResult {
    const t = this.#texts;
    const level = toHeadingLevel(this.headingLevel);
    return html`${this.renderData({
      loadingLabel: t.loading,
      before: heading(level, t.heading),
      empty: (data) => html`<p class="utrecht-paragraph" part="empty">${t.empty}</p>
          ${this.#renderFooter(data)}`,
      ready: (data) => this.#renderReady(data, subLevel(level)),
    })}
      <p class="kb-visually-hidden" role="status">${this.announcement}</p>`;
  }

  #renderReady(data: TipsData, level: HeadingLevel): TemplateResult {
    return html`<ul class="kb-tips__list" part="list" aria-label=${this.#texts.lijst}>
        ${repeat(
          this.#tips(data),
          (tip) => tip.id,
          (tip) => this.#renderTip(tip, level),
        )}
      </ul>
      ${this.#renderFooter(data)}`;
  }

  #renderTip(tip: Tip, level: HeadingLevel): TemplateResult {
    const t = this.#texts;
    const link = tip.link && isSafeHref(tip.link.url) ? tip.link : undefined;
    return html`<li class="kb-tips__tip ${tip.persoonlijk ? 'kb-tips__tip--personal' : ''}" part=${tip.persoonlijk ? 'tip tip-personal' : 'tip'} data-tip=${tip.id} tabindex="-1">
      ${heading(level, tip.titel, { part: 'tip-title', className: 'kb-tips__title' })}
      ${
        tip.reden
          ? html`<p class="utrecht-paragraph utrecht-paragraph--small kb-tips__reason" part="tip-reason"><span class="kb-visually-hidden">${t.persoonlijkeTip} </span>${tip.reden}</p>`
          : nothing
      }
      <p class="utrecht-paragraph" part="tip-text">${tip.tekst}</p>
      <div class="kb-tips__actions">
        ${link ? html`<a class="utrecht-link utrecht-link--html-a" part="tip-link" href=${link.url}>${link.tekst}</a>` : nothing}
        <button type="button" class="utrecht-button utrecht-button--subtle kb-tips__dismiss" part="dismiss-button" @click=${() => this.#dismiss(tip)}>
          ${t.verberg}<span class="kb-visually-hidden">: ${tip.titel}</span>
        </button>
      </div>
    </li>`;
  }

  #renderFooter(data: TipsData): TemplateResult {
    const t = this.#texts;
    // Only dismissed tips that would show now count (not expired ones, nor personal ones before the opt-in).
    const hiddenCount = this.#tips(data, new Set()).length - this.#tips(data).length;
    return html`${data.persoonlijk && data.factsFailed.length > 0 ? html`<p class="utrecht-paragraph" part="facts-note">${t.gegevensOnvolledig}</p>` : nothing}
    ${
      hiddenCount > 0
        ? html`<p class="utrecht-paragraph">
          <button type="button" class="utrecht-button utrecht-button--subtle" part="restore-button" @click=${() => this.#restore(data)}>${t.toonVerborgen(hiddenCount)}</button>
        </p>`
        : nothing
    }
    ${this.#renderPersonalize(data)}`;
  }

  #renderPersonalize(data: TipsData): TemplateResult | typeof nothing {
    const t = this.#texts;
    if (!hasPersonalTips(data.rules, this.#audience)) return nothing;
    if (data.persoonlijk) {
      return html`<div class="kb-tips__personalize" part="personalize">
        <p class="utrecht-paragraph">${t.persoonlijkAan}</p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" part="personalize-button" @click=${() => this.#setPersonal(false)}>
          ${t.alleenAlgemeen}
        </button>
      </div>`;
    }
    const sources = this.#factSources(data.rules);
    const order: readonly TipFactSource[] = ['zaken', 'producten', 'leeftijd', 'voorkeuren'];
    const named = order.filter((source) => sources.has(source)).map((source) => t.bronnen[source]);
    const list = new Intl.ListFormat(this.language, { type: 'conjunction' }).format(named);
    return html`<div class="kb-tips__personalize" part="personalize">
      <p class="utrecht-paragraph">${t.persoonlijkUitleg(list)}</p>
      <button type="button" class="utrecht-button utrecht-button--primary-action" part="personalize-button" @click=${() => this.#setPersonal(true)}>
        ${t.maakPersoonlijk}
      </button>
    </div>`;
  }

  /** Saves run one after the other, so that quick choices (hide, then opt in) do not overwrite each other. */
  #saving: Promise<void> = Promise.resolve();

  #save(change: (current: TipPreferences) => TipPreferences): void {
    const store = this.store;
    this.#saving = this.#saving.then(async () => {
      try {
        await store.save(change(await store.load()));
      } catch {
        // A store that fails keeps the choice for this page only; the resident still sees its effect.
      }
    });
  }

  #setPersonal(persoonlijk: boolean): void {
    this.optIn = persoonlijk;
    this.announcement = '';
    this.#save((current) => ({ ...current, persoonlijk }));
    this.emit('kb-tips-personal-change', { persoonlijk });
    // The button gives way to the loading state: keep focus in the element.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="content"]')?.focus({ preventScroll: true }));
  }

  #dismiss(tip: Tip): void {
    const data = this.dataTask.value;
    const visible = data ? this.#tips(data) : [];
    const index = visible.findIndex((item) => item.id === tip.id);
    const next = visible[index + 1] ?? visible[index - 1];
    this.dismissed = new Set([...this.dismissed, tip.id]);
    this.announcement = this.#texts.verborgen(tip.titel);
    this.#save((current) => ({ ...current, verborgen: [...new Set([...current.verborgen, tip.id])] }));
    this.emit('kb-tip-dismiss', { id: tip.id });
    // Focus moves to the neighbouring tip, or to the state container when none is left.
    void this.updateComplete.then(() => {
      const target = next
        ? this.renderRoot.querySelector<HTMLElement>(`[data-tip="${CSS.escape(next.id)}"]`)
        : this.renderRoot.querySelector<HTMLElement>('[part="content"]');
      target?.focus({ preventScroll: false });
    });
  }

  #restore(data: TipsData): void {
    this.restored = true;
    this.dismissed = new Set();
    this.announcement = this.#texts.teruggezet;
    this.#save((current) => ({ ...current, verborgen: current.verborgen.filter((id) => !data.rules.some((rule) => rule.id === id)) }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="list"] > li')?.focus());
  }
}

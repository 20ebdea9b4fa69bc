import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { KlantbeeldEventMap } from './events.js';
import { getTranslation, loadTexts, mergeTexts, type Translation, type TranslationOverrides } from './i18n.js';

/** Version of this package, compared when a tag turns out to be taken already. */
export const VERSION = '0.1.0';

/** Options of {@link KlantbeeldElement.emit}. */
export interface EmitOptions {
  cancelable?: boolean;
}

/** The element (or shadow host chain) that decides an element's language: itself or its nearest ancestor with `lang`. */
export function findLangElement(start: Element): Element | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node;
    // Walk up through shadow roots to their hosts: the language of the host page applies.
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Base class of every Klantbeeld element: idempotent registration, typed events and language resolution.
 *
 * The language is the nearest `lang` (the element's own, else the closest ancestor's, through shadow hosts,
 * else `<html lang>`); the element re-renders when `lang` changes on `<html>`, on that closest ancestor, or on an
 * element in between.
 */
export class KlantbeeldElement extends LitElement {
  static readonly version: string = VERSION;

  /**
   * Registers this class as `tag`. Idempotent: does nothing when the tag is taken (so a CMS page that loads the
   * bundle twice does not throw); warns only when another version or another element took it. A class that is
   * already registered under another tag is registered again as an anonymous subclass.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (existing) {
      const existingVersion = (existing as unknown as { version?: unknown }).version;
      if (existing !== this && existingVersion !== this.version) {
        console.warn(
          `[klantbeeld] <${tag}> is already defined by ${
            typeof existingVersion === 'string' ? `version ${existingVersion}` : 'another element'
          }; version ${this.version} is not registered.`,
        );
      }
      return;
    }
    try {
      customElements.define(tag, this);
    } catch {
      // The constructor is registered under another tag already: register a subclass instead.
      customElements.define(tag, class extends this {});
    }
  }

  /** The resolved language (BCP 47), e.g. `nl` or `en-GB`; `nl` when nothing on the page says otherwise. */
  @state() protected language = 'nl';

  #langObserver?: MutationObserver;
  /** The changed properties of skipped updates (see {@link skipUpdate}): merged into the next update. */
  #skipped: Map<PropertyKey, unknown> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#langObserver = undefined;
  }

  /**
   * Resolves the language again and (re)observes `lang` on `<html>` and on the closest element with `lang`, each with
   * its subtree, so that a `lang` added to an element in between is noticed too. (A lang on an element inside another
   * shadow root is seen through the closest lang-bearing element's own tree.)
   */
  #observeLang(): void {
    const langElement = findLangElement(this);
    const language = langElement?.getAttribute('lang')?.trim() || 'nl';
    if (language !== this.language) this.language = language;
    this.#langObserver?.disconnect();
    this.#langObserver ??= new MutationObserver(() => this.#observeLang());
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
    const html = this.ownerDocument.documentElement;
    this.#langObserver.observe(html, options);
    if (langElement && langElement.getRootNode() !== this.ownerDocument) this.#langObserver.observe(langElement, options);
  }

  /** Waits (renders nothing) while the texts of the element's language load: a page never sees Dutch first. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const loading = loadTexts(this.language);
    if (!loading) return super.shouldUpdate(changed);
    void loading.then(() => this.requestUpdate());
    return this.skipUpdate(changed);
  }

  /** Skips this update (returns `false` for {@link shouldUpdate}); its changes count in the next one (see {@link willUpdate}). */
  protected skipUpdate(changed: PropertyValues): false {
    this.#skipped = new Map([...changed, ...(this.#skipped ?? [])]);
    return false;
  }

  /** Adds the changes of skipped updates, so that subclasses see every change once. */
  protected override willUpdate(changed: PropertyValues): void {
    if (this.#skipped) {
      for (const [key, value] of this.#skipped) if (!changed.has(key)) changed.set(key, value);
      this.#skipped = undefined;
    }
    super.willUpdate(changed);
  }

  /** Texts in the resolved language, before per-element overrides. */
  protected get translation(): Translation {
    return getTranslation(this.language);
  }

  /** Texts in the resolved language with `overrides` applied. */
  protected localize(overrides?: TranslationOverrides): Translation {
    const base = this.translation;
    return overrides ? mergeTexts(base, overrides) : base;
  }

  /** Dispatches a typed `kb-*` event that bubbles out of shadow roots (`bubbles` + `composed`). Returns the event. */
  protected emit<K extends keyof KlantbeeldEventMap>(name: K, detail: KlantbeeldEventMap[K]['detail'], options: EmitOptions = {}): KlantbeeldEventMap[K] {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail,
    }) as KlantbeeldEventMap[K];
    this.dispatchEvent(event);
    return event;
  }
}

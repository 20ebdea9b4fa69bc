/**
 * The results of `<kb-klant-zoeken>`: a page of klanten (name, birth date and a short address to tell namesakes
 * apart), each chosen by its button, with the count, previous/next and "page x"; and the states of a search that is
 * under way, found nothing or failed.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KlantSearchPage, KlantSearchResult } from '@klantbeeld/core';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { formatDate } from '../shared/format.js';
import type { SearchState } from './klant-zoeken.model.js';
import type { KlantZoekenTexts } from './klant-zoeken.texts.js';

/** What the results show and the actions they offer. */
export interface ResultsView {
  readonly t: KlantZoekenTexts;
  readonly language: string;
  readonly level: HeadingLevel;
  readonly search: SearchState;
  readonly choose: (result: KlantSearchResult) => void;
  readonly goToPage: (page: number) => void;
  readonly retry: () => void;
}

export function renderResults(v: ResultsView): TemplateResult | typeof nothing {
  const t = v.t;
  const search = v.search;
  if (search.kind === 'idle') return nothing;
  if (search.kind === 'failed') {
    const message = search.reason === 'unavailable' ? t.bronOnbereikbaar : t.zoekFout[search.reason];
    return html`<div class="utrecht-alert utrecht-alert--error" role="alert" part="search-error" tabindex="-1">
      <div class="utrecht-alert__message"><p class="utrecht-paragraph">${message}</p></div>
      ${
        search.reason === 'not-authenticated'
          ? nothing
          : html`<div class="utrecht-alert__actions">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" part="retry-button" @click=${v.retry}>${t.opnieuw}</button>
          </div>`
      }
    </div>`;
  }
  const page = search.kind === 'results' ? search.page : undefined;
  return html`<section class="kb-klant-zoeken__results" part="results" aria-labelledby="kb-resultaten" aria-busy=${search.kind === 'searching' ? 'true' : 'false'}>
    <div class="kb-klant-zoeken__focus" part="results-heading" tabindex="-1">${heading(v.level, t.resultatenHeading, { part: 'section-heading', id: 'kb-resultaten' })}</div>
    ${page ? renderPage(v, page) : html`<p class="utrecht-paragraph" part="searching">${t.bezig}</p>`}
  </section>`;
}

function renderPage(v: ResultsView, page: KlantSearchPage): TemplateResult {
  const t = v.t;
  if (page.results.length === 0 && page.page <= 1) return html`<p class="utrecht-paragraph" part="no-match">${t.geenResultaat}</p>`;
  return html`<p class="utrecht-paragraph" part="count">${t.aantal(page.results.length, page.page, page.hasNext)}</p>
    <ul class="kb-klant-zoeken__list" part="result-list">
      ${page.results.map((result) => renderResult(v, result))}
    </ul>
    ${page.page > 1 || page.hasNext ? renderPager(v, page) : nothing}`;
}

function renderResult(v: ResultsView, result: KlantSearchResult): TemplateResult {
  const t = v.t;
  const born = formatDate(result.birthDate, v.language);
  const details = [born ? t.geboren(born) : undefined, result.address].filter((d): d is string => d !== undefined && d !== '');
  return html`<li class="kb-klant-zoeken__result" part="result">
    <div class="kb-klant-zoeken__result-text">
      <p class="utrecht-paragraph kb-klant-zoeken__name" translate="no">${result.displayName}</p>
      ${details.map((detail) => html`<p class="utrecht-paragraph kb-klant-zoeken__detail">${detail}</p>`)}
    </div>
    <button type="button" class="utrecht-button utrecht-button--secondary-action" part="choose-button" data-ref=${result.ref} @click=${() => v.choose(result)}>
      ${t.kiezen}<span class="kb-visually-hidden">: ${[result.displayName, ...details].join(', ')}</span>
    </button>
  </li>`;
}

function renderPager(v: ResultsView, page: KlantSearchPage): TemplateResult {
  const t = v.t;
  return html`<nav class="kb-klant-zoeken__pager" part="pager" aria-label=${t.paginering}>
    ${
      page.page > 1
        ? html`<button type="button" class="utrecht-button utrecht-button--subtle" part="previous-button" @click=${() => v.goToPage(page.page - 1)}>
          ${t.vorige}
        </button>`
        : nothing
    }
    <span class="kb-klant-zoeken__page" part="page" aria-current="page">${t.pagina(page.page)}</span>
    ${
      page.hasNext
        ? html`<button type="button" class="utrecht-button utrecht-button--subtle" part="next-button" @click=${() => v.goToPage(page.page + 1)}>
          ${t.volgende}
        </button>`
        : nothing
    }
  </nav>`;
}

/**
 * One row of an NL Design System data list (`utrecht-data-list`): a key and its value, to put inside
 * `<dl class="utrecht-data-list">`.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface DataListRowOptions {
  /**
   * `false` marks the value `translate="no"`: for the resident's own data (name, address), which translation
   * services must neither change nor be sent.
   */
  readonly translate?: boolean;
}

/** Renders `<div class="utrecht-data-list__item">` with `key` as `<dt>` and `value` (text or a template) as `<dd>`. */
export function dataListRow(key: string, value: unknown, options: DataListRowOptions = {}): TemplateResult {
  return html`<div class="utrecht-data-list__item">
    <dt class="utrecht-data-list__item-key">${key}</dt>
    <dd class="utrecht-data-list__item-value" translate=${ifDefined(options.translate === false ? 'no' : undefined)}>${value}</dd>
  </div>`;
}

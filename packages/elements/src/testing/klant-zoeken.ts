/**
 * Test support of `<kb-klant-zoeken>` (not published: imported by its tests only): render it inside an employee
 * context, read its parts, fill in and submit its forms.
 * @module
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { EmployeeView } from '../shared/context.js';
import { provideEmployee } from './scripted-employee-session.js';
import { textOf } from './guards.js';
import '../klant-zoeken/klant-zoeken.js';
import type { KbKlantZoeken } from '../klant-zoeken/klant-zoeken.element.js';

/** `<kb-klant-zoeken>` inside a `<div lang>` that provides `view` (none: outside employee mode). */
export async function renderZoeken(view: EmployeeView | undefined, lang = 'nl'): Promise<{ el: KbKlantZoeken; set: (next: EmployeeView) => void }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const provider = view ? provideEmployee(wrapper, view) : undefined;
  const el = document.createElement('kb-klant-zoeken');
  wrapper.append(el);
  await el.updateComplete;
  return { el, set: (next) => provider?.set(next) };
}

export const $ = <T extends Element = HTMLElement>(el: KbKlantZoeken, selector: string): T | null => el.shadowRoot?.querySelector<T>(selector) ?? null;
export const $$ = (el: KbKlantZoeken, selector: string): HTMLElement[] => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
export const part = (el: KbKlantZoeken, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);
export const focused = (el: KbKlantZoeken): Element | null => el.shadowRoot?.activeElement ?? null;
export const status = (el: KbKlantZoeken): string => textOf(part(el, 'status'));

/** Types `value` into the field `id` as a user would (an input event). */
export function type(el: KbKlantZoeken, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Checks the radio button with `value` in the group `name`. */
export async function pick(el: KbKlantZoeken, name: string, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  if (!radio) throw new Error(`no radio ${name}=${value}`);
  radio.click();
  await el.updateComplete;
}

/** Clicks the button of `partName` and waits for the render. */
export async function press(el: KbKlantZoeken, partName: string): Promise<void> {
  const button = part(el, partName);
  if (!button) throw new Error(`no ${partName}`);
  button.click();
  await el.updateComplete;
}

/** Waits until the part `name` is shown. */
export async function shown(el: KbKlantZoeken, name: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, name), `no ${name}`, { timeout: 3000 });
  await el.updateComplete;
  const found = part(el, name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** Waits until focus is on the part `name` (focus moves after a render). */
export async function focusOn(el: KbKlantZoeken, name: string): Promise<void> {
  await waitUntil(
    () => part(el, name) !== null && focused(el) === part(el, name),
    `focus is on ${focused(el)?.outerHTML.slice(0, 80) ?? 'nothing'}, not ${name}`,
    { timeout: 3000 },
  );
}

/** Searches by BSN: types it and submits the form. */
export async function searchBsn(el: KbKlantZoeken, bsn = '999993653'): Promise<void> {
  type(el, 'kb-zoek-bsn', bsn);
  await press(el, 'submit-button');
}

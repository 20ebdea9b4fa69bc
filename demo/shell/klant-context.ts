// The KCC page's "chosen klant" band: who the employee is looking at and why (the purpose they stated, under which
// role, since when), so that neither is ever in doubt while the klantbeeld below is read. Text only, from the
// gateway's klant context (no BSN in it).
import type { KlantContextInfo, ProfileInfo } from '@klantbeeld/core';
import { shellText, type Language } from './texts.js';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function required<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`The KCC page has no ${selector}.`);
  return node;
}

function formatDate(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The rows of the band: label and value. */
function rows(context: KlantContextInfo, profiles: readonly ProfileInfo[], language: Language): [string, string][] {
  const profile = profiles.find(({ id }) => id === context.profile);
  const purpose = profile?.purposes.find(({ id }) => id === context.purpose);
  const { displayName, birthDate } = context.klant;
  const klant = birthDate ? `${displayName}, ${shellText(language, 'kccBorn', { date: formatDate(birthDate, language) })}` : displayName;
  const result: [string, string][] = [
    [shellText(language, 'kccKlant'), klant],
    [shellText(language, 'kccPurpose'), purpose?.label[language] ?? context.purpose],
  ];
  if (context.reference) result.push([shellText(language, 'kccReference'), context.reference]);
  result.push([shellText(language, 'kccRole'), profile?.label[language] ?? context.profile]);
  result.push([shellText(language, 'kccSince'), formatTime(context.startedAt, language)]);
  return result;
}

/** Shows `context` (or that none is chosen) in the band, in `language`. */
export function showKlantContext(context: KlantContextInfo | null, profiles: readonly ProfileInfo[], language: Language): void {
  const band = required<HTMLElement>('#kcc-context');
  const details = required<HTMLDListElement>('#kcc-context-details');
  band.dataset['state'] = context ? 'chosen' : 'none';
  required<HTMLElement>('#kcc-context-none').hidden = context !== null;
  required<HTMLElement>('#kcc-context-logged').hidden = context === null;
  details.hidden = context === null;
  details.replaceChildren();
  if (!context) return;
  for (const [label, value] of rows(context, profiles, language)) {
    const row = document.createElement('div');
    row.className = 'kcc-context__row';
    const term = document.createElement('dt');
    term.textContent = label;
    const description = document.createElement('dd');
    description.textContent = value;
    row.append(term, description);
    details.append(row);
  }
}

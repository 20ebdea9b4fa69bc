/**
 * The `texts` attribute of every element: JSON overrides of any text.
 * @module
 */
import type { TranslationOverrides } from './i18n.js';

/** Converter for the `texts` attribute: JSON, and never a throw on bad input (it is then ignored with a warning). */
export const textsConverter = {
  fromAttribute(value: string | null): TranslationOverrides | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed;
    } catch {
      // fall through
    }
    console.warn('[klantbeeld] The `texts` attribute is not a JSON object and is ignored.');
    return undefined;
  },
};

/**
 * The `contact-routes` attribute of `<kb-zaak-detail>`: JSON in, cleaned routes out (the rules are core's).
 * @module
 */
import { toContactRoutes, type ContactRoute } from '@klantbeeld/core';

/** Converter of the `contact-routes` attribute: a JSON array; anything else is ignored with a warning. */
export const contactRoutesConverter = {
  fromAttribute(value: string | null): ContactRoute[] | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return toContactRoutes(parsed);
    } catch {
      // fall through
    }
    console.warn('[klantbeeld] The `contact-routes` attribute is not a JSON array and is ignored.');
    return undefined;
  },
};

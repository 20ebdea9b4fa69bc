/**
 * The `organisaties` attribute of `<kb-verwerkingen>`: JSON in, names by OIN out.
 * @module
 */

/** Converter for the `organisaties` attribute: a JSON object of OIN → name; anything else is ignored. */
export const organisatiesConverter = {
  fromAttribute(value: string | null): Readonly<Record<string, string>> | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      }
    } catch {
      // fall through
    }
    console.warn('[klantbeeld] The `organisaties` attribute is not a JSON object and is ignored.');
    return undefined;
  },
};

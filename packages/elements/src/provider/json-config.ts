import { API_NAMES, type ApiName, type ClientConfig } from '@klantbeeld/core';
import { ProviderConfigError } from './provider-config-error.js';

/** The part of a client configuration that can be written as JSON (no `fetch`, no `token` function). */
export type JsonClientConfig = Pick<
  ClientConfig,
  'gateway' | 'sources' | 'credentials' | 'language' | 'timeout' | 'retries' | 'maxConcurrency' | 'listMaxAge' | 'events' | 'behandelaar'
>;

const STRINGS = ['gateway', 'language', 'events'] as const;
const NUMBERS = ['timeout', 'retries', 'maxConcurrency', 'listMaxAge'] as const;
const ENUMS = {
  credentials: ['include', 'same-origin', 'omit'],
  behandelaar: ['organisatie', 'naam'],
} as const;
const KEYS = new Set<string>([...STRINGS, ...NUMBERS, ...Object.keys(ENUMS), 'sources']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A source: a URL string, `{ url, expand?, organisatie? }`, or a list of those. */
function isSource(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.length > 0 && value.every((entry) => !Array.isArray(entry) && isSource(entry));
  return (
    isObject(value) &&
    typeof value.url === 'string' &&
    (value.expand === undefined || typeof value.expand === 'boolean') &&
    (value.organisatie === undefined || typeof value.organisatie === 'string')
  );
}

/**
 * Parses the text of a `<script type="application/json">` configuration block: data only, never executed. Throws a
 * {@link ProviderConfigError} that names the problem (invalid JSON, an unknown key, a value of the wrong type).
 */
export function parseJsonConfig(text: string): JsonClientConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProviderConfigError(`<kb-provider>: the configuration block is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new ProviderConfigError('<kb-provider>: the configuration block must be a JSON object');
  const wrong = (key: string, expected: string) => new ProviderConfigError(`<kb-provider>: "${key}" in the configuration block must be ${expected}`);
  for (const key of Object.keys(value)) {
    if (!KEYS.has(key)) throw new ProviderConfigError(`<kb-provider>: unknown key "${key}" in the configuration block`);
  }
  for (const key of STRINGS) if (value[key] !== undefined && typeof value[key] !== 'string') throw wrong(key, 'a string');
  for (const key of NUMBERS) {
    if (value[key] !== undefined && (typeof value[key] !== 'number' || !(Number(value[key]) >= 0))) throw wrong(key, 'a number ≥ 0');
  }
  for (const [key, allowed] of Object.entries(ENUMS)) {
    if (value[key] !== undefined && !(allowed as readonly unknown[]).includes(value[key])) throw wrong(key, `one of ${allowed.join(', ')}`);
  }
  if (value.sources !== undefined) {
    if (!isObject(value.sources)) throw wrong('sources', 'an object of API name to base URL');
    for (const [api, source] of Object.entries(value.sources)) {
      if (!API_NAMES.includes(api as ApiName))
        throw new ProviderConfigError(`<kb-provider>: unknown API "${api}" in "sources" (known: ${API_NAMES.join(', ')})`);
      if (!isSource(source)) throw wrong(`sources.${api}`, 'a URL, { "url": … }, or a list of those');
    }
  }
  return value;
}

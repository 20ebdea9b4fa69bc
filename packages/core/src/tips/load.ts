/**
 * Reads tip rules from where the municipality keeps them: records of a tip-rule objecttype in the
 * Objects API, or a JSON file (an array of rules). Every rule is validated; invalid ones are returned
 * apart, to be reported, and never shown.
 * @module
 */
import type { KlantbeeldClient } from '../client.js';
import { listObjectRecords } from '../klantbeeld/objecten-records.js';
import { errorForStatus, InvalidResponseError, NetworkError, UnconfiguredOriginError } from '../transport/errors.js';
import type { TipRule } from './rule.js';
import { TipRuleError, validateTipRule } from './validate.js';

/**
 * Where the rules are: `{ objecttype }` (the objecttype URL in the Objects API, read through the client)
 * or `{ url }` (a JSON file holding an array of rules). A `url` must be on the page's own origin (a
 * relative URL is too) and is fetched without credentials: the rules are public, and the client never
 * talks to an origin it was not configured for. Any other origin is refused with an
 * UnconfiguredOriginError, before a request.
 */
export type TipSource = { readonly objecttype: string } | { readonly url: string };

/** The rules of a source. */
export interface TipRules {
  /** The valid rules, in the source's order (a repeated `id` keeps its first rule). */
  readonly rules: readonly TipRule[];
  /** The rules that were skipped, each with its issues. */
  readonly invalid: readonly TipRuleError[];
}

function readableId(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : undefined;
}

/** Fetches a rules file from the page's own origin, without credentials (a rules file is public). */
async function fetchSameOrigin(client: KlantbeeldClient, url: string, signal: AbortSignal | undefined): Promise<unknown> {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  let target: URL;
  try {
    target = new URL(url, origin);
  } catch {
    throw new UnconfiguredOriginError(`Not a valid tip rules URL: ${JSON.stringify(url)}`, { url });
  }
  if (!origin || target.origin !== origin || !/^https?:$/.test(target.protocol)) {
    throw new UnconfiguredOriginError(`Tip rules URL ${target.href} is not on this page's origin`, { url: target.href });
  }
  let response: Response;
  try {
    // A public rules file on the page's own origin, without credentials: no API request for the transport's rules.
    // eslint-disable-next-line no-restricted-globals -- see above
    response = await (client.config.fetch ?? fetch)(target.href, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(`Tip rules could not be fetched from ${target.href}`, { url: target.href, cause: error });
  }
  if (!response.ok) throw errorForStatus(response.status, undefined, target.href);
  try {
    return await response.json();
  } catch (error) {
    throw new InvalidResponseError(`Tip rules at ${target.href} are not JSON`, { url: target.href, cause: error });
  }
}

/** Validates candidate rules (`source` says where each came from); a repeated `id` is invalid after its first rule. */
export function checkTipRules(candidates: readonly { readonly value: unknown; readonly source: string }[]): TipRules {
  const rules: TipRule[] = [];
  const invalid: TipRuleError[] = [];
  const seen = new Set<string>();
  for (const { value, source } of candidates) {
    const result = validateTipRule(value);
    if (!result.valid) invalid.push(new TipRuleError(source, result.issues, readableId(value)));
    else if (seen.has(result.rule.id)) invalid.push(new TipRuleError(source, [{ path: '/id', message: `repeats the id of an earlier rule` }], result.rule.id));
    else {
      seen.add(result.rule.id);
      rules.push(result.rule);
    }
  }
  return { rules, invalid };
}

/**
 * The tip rules of `source`, validated against `tip-rule.schema.json`. Rejects with the client's typed
 * errors when the source cannot be read; a single invalid rule never makes it reject.
 * @example
 * ```ts
 * const { rules, invalid } = await listTips(client, { objecttype: 'https://gemeente.nl/objecten/api/v2/objecttypes/…' });
 * invalid.forEach((error) => console.warn(error.message));
 * ```
 */
export async function listTips(client: KlantbeeldClient, source: TipSource, options: { signal?: AbortSignal } = {}): Promise<TipRules> {
  const { signal } = options;
  if ('objecttype' in source) {
    const records = await listObjectRecords(client, { type: source.objecttype, signal });
    return checkTipRules(records.map((record) => ({ value: record.data, source: record.url })));
  }
  const body = await fetchSameOrigin(client, source.url, signal);
  if (!Array.isArray(body)) throw new InvalidResponseError(`Tip rules at ${source.url} are not a JSON array`, { url: source.url });
  return checkTipRules((body as unknown[]).map((value, index) => ({ value, source: `${source.url}#${index}` })));
}

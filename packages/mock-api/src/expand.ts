/**
 * `expand` as Open Zaak 1.30 implements it on `/zaken`, `/zaken/{uuid}` and `/zaken/_zoek`: a
 * comma-separated list of names from a fixed enum, dot notation for depth; the related resources appear
 * inline under `_expand`, with a nested `_expand` on each level that was expanded further. Relations that
 * are null (a zaak without status) are left out, and so are zaken the requester may not see (Open Zaak
 * 1.29.3+ checks permissions per expanded object).
 * @module
 */
import type { Dataset } from './dataset.js';
import type { Requester } from './requester.js';
import type { FieldValidationError, ExpandZaak, Resultaat, Rol, Status, Zaak } from './types.js';

/** Open Zaak 1.30's enum for the `expand` parameter of `/zaken` (31 names). */
export const EXPAND_NAMES: readonly string[] = [
  'deelzaken',
  'deelzaken.resultaat',
  'deelzaken.resultaat.resultaattype',
  'deelzaken.rollen',
  'deelzaken.rollen.roltype',
  'deelzaken.status',
  'deelzaken.status.statustype',
  'deelzaken.zaakinformatieobjecten',
  'deelzaken.zaakobjecten',
  'deelzaken.zaaktype',
  'eigenschappen',
  'eigenschappen.eigenschap',
  'hoofdzaak',
  'hoofdzaak.resultaat',
  'hoofdzaak.resultaat.resultaattype',
  'hoofdzaak.rollen',
  'hoofdzaak.rollen.roltype',
  'hoofdzaak.status',
  'hoofdzaak.status.statustype',
  'hoofdzaak.zaakinformatieobjecten',
  'hoofdzaak.zaakobjecten',
  'hoofdzaak.zaaktype',
  'resultaat',
  'resultaat.resultaattype',
  'rollen',
  'rollen.roltype',
  'status',
  'status.statustype',
  'zaakinformatieobjecten',
  'zaakobjecten',
  'zaaktype',
];

/** Requested expansions as a tree: `status.statustype` → `status` → `statustype`. */
export type ExpandTree = ReadonlyMap<string, ExpandTree>;

/**
 * Parses raw `expand` values (each may be comma-separated). Unknown names give an `invalidParams` entry
 * named `expand`, the way Open Zaak's enum validation answers.
 */
export function parseExpand(values: readonly string[]): { tree: ExpandTree; invalid: FieldValidationError[] } {
  const tree = new Map<string, Map<string, unknown>>();
  const invalid: FieldValidationError[] = [];
  const names = values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!EXPAND_NAMES.includes(name)) {
      invalid.push({ name: 'expand', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${name} is geen beschikbare keuze.` });
      continue;
    }
    let level: Map<string, unknown> = tree;
    for (const part of name.split('.')) {
      let next = level.get(part) as Map<string, unknown> | undefined;
      if (!next) level.set(part, (next = new Map()));
      level = next;
    }
  }
  return { tree: tree as unknown as ExpandTree, invalid };
}

/** What expansion needs to know besides the zaak. */
export interface ExpandContext {
  readonly dataset: Dataset;
  /** Who is asking: related zaken they may not see are left out. */
  readonly requester: Requester;
  /** Full expand paths to leave out silently (upstream bug simulation). */
  readonly drop: ReadonlySet<string>;
}

/** `zaak` with `_expand` filled for `tree`; `prefix` is the path of this zaak in the tree (`hoofdzaak.`). */
export function expandZaak(zaak: Zaak, tree: ExpandTree, context: ExpandContext, prefix = ''): ExpandZaak {
  const _expand: Record<string, unknown> = {};
  for (const [name, subtree] of tree) {
    const path = prefix + name;
    if (context.drop.has(path)) continue;
    const value = expandRelation(zaak, name, subtree, context, path);
    if (value !== undefined) _expand[name] = value;
  }
  return { ...zaak, _expand };
}

function expandRelation(zaak: Zaak, name: string, subtree: ExpandTree, context: ExpandContext, path: string): unknown {
  const { dataset } = context;
  const visible = (other: Zaak | undefined): other is Zaak => other !== undefined && dataset.seesZaak(context.requester, other);
  const zaakLevel = (other: Zaak) => (subtree.size > 0 ? expandZaak(other, subtree, context, `${path}.`) : other);

  switch (name) {
    case 'zaaktype':
      return dataset.byUrl(zaak.zaaktype);
    case 'status': {
      const status = dataset.byUrl<Status>(zaak.status);
      return status && nested(status, subtree, path, context, { statustype: () => dataset.byUrl(status.statustype) });
    }
    case 'resultaat': {
      const resultaat = dataset.byUrl<Resultaat>(zaak.resultaat);
      return resultaat && nested(resultaat, subtree, path, context, { resultaattype: () => dataset.byUrl(resultaat.resultaattype) });
    }
    case 'rollen':
      return zaak.rollen
        .map((url) => dataset.byUrl<Rol>(url))
        .filter((rol) => rol !== undefined)
        .map((rol) => nested(rol, subtree, path, context, { roltype: () => dataset.byUrl(rol.roltype) }));
    case 'hoofdzaak': {
      const hoofdzaak = dataset.byUrl<Zaak>(zaak.hoofdzaak);
      return visible(hoofdzaak) ? zaakLevel(hoofdzaak) : undefined;
    }
    case 'deelzaken':
      return zaak.deelzaken
        .map((url) => dataset.byUrl<Zaak>(url))
        .filter(visible)
        .map(zaakLevel);
    case 'zaakinformatieobjecten':
      return zaak.zaakinformatieobjecten.map((url) => dataset.byUrl(url)).filter((zio) => zio !== undefined);
    // The fixtures have no eigenschappen or zaakobjecten: expanded, they are empty lists.
    case 'eigenschappen':
    case 'zaakobjecten':
      return [];
    default:
      return undefined;
  }
}

/** A related resource, with its own `_expand` when the tree goes one level deeper. */
function nested<T extends object>(
  resource: T,
  subtree: ExpandTree,
  path: string,
  context: ExpandContext,
  children: Record<string, () => unknown>,
): T | (T & { _expand: Record<string, unknown> }) {
  if (subtree.size === 0) return resource;
  const _expand: Record<string, unknown> = {};
  for (const name of subtree.keys()) {
    if (context.drop.has(`${path}.${name}`)) continue;
    const value = children[name]?.();
    if (value !== undefined) _expand[name] = value;
  }
  return { ...resource, _expand };
}

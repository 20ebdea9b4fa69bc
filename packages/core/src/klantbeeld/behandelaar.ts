/**
 * Who handles a case, as the resident may see it: an organisational unit, or a medewerker's name
 * only when the client's policy allows.
 * @module
 */
import type { Behandelaar } from './view-models.js';
import { isObject, joinName, objects, text, type JsonObject } from './read.js';

function identificatie(rol: JsonObject): JsonObject {
  return isObject(rol.betrokkeneIdentificatie) ? rol.betrokkeneIdentificatie : {};
}

function organisatieNaam(rol: JsonObject): string | undefined {
  return joinName(identificatie(rol).naam) ?? joinName(rol.afwijkendeNaamBetrokkene) ?? joinName(rol.roltoelichting);
}

function medewerkerNaam(rol: JsonObject): string | undefined {
  const id = identificatie(rol);
  // A name needs an achternaam; voorletters alone identify nobody.
  const naam = text(id.achternaam) ? joinName(id.voorletters, id.voorvoegselAchternaam, id.achternaam) : undefined;
  return naam ?? joinName(rol.afwijkendeNaamBetrokkene);
}

/**
 * Picks the behandelaar from rollen (entries of another `omschrijvingGeneriek` are ignored). An
 * organisational unit is preferred; a medewerker is shown by name only with policy `'naam'`.
 */
export function pickBehandelaar(rollen: unknown, policy: 'organisatie' | 'naam' = 'organisatie'): Behandelaar | undefined {
  const behandelaars = objects(rollen).filter((rol) => rol.omschrijvingGeneriek === 'behandelaar');
  for (const rol of behandelaars) {
    if (rol.betrokkeneType !== 'organisatorische_eenheid') continue;
    const naam = organisatieNaam(rol);
    if (naam) return { kind: 'organisatorische-eenheid', naam };
  }
  if (policy !== 'naam') return undefined;
  for (const rol of behandelaars) {
    if (rol.betrokkeneType !== 'medewerker') continue;
    const naam = medewerkerNaam(rol);
    if (naam) return { kind: 'medewerker', naam };
  }
  return undefined;
}

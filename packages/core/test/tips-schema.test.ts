// The tip-rule JSON Schema (published, draft 2020-12) and the hand validator that ships instead of a
// schema engine: ajv on the schema and validateTipRule must agree on every rule of a corpus of valid
// rules and invalid rules of many kinds.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateTipRule } from '@klantbeeld/core';

const schemaUrl = new URL('../../src/tips/tip-rule.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
const ajvValidate = ajv.compile(schema);

const base = {
  id: 'afvalkalender',
  titel: { nl: 'Zet de afvalkalender in uw agenda' },
  tekst: { nl: 'Zie wanneer welk afval wordt opgehaald.' },
  doelgroep: ['inwoner'],
};
const personal = {
  ...base,
  id: 'bezoekersparkeren',
  voorwaarde: { feit: 'product.actief', producttype: { code: 'PV-BEWONER' } },
  reden: { nl: 'Omdat u een parkeervergunning heeft', en: 'Because you have a parking permit' },
};
const withCondition = (voorwaarde: unknown) => ({ ...personal, voorwaarde });
const without = (key: string) => Object.fromEntries(Object.entries(base).filter(([name]) => name !== key));

const valid: Record<string, unknown> = {
  'a general tip': base,
  'every field': {
    $schema: 'https://klantbeeld.nl/schemas/tip-rule/1/tip-rule.schema.json',
    ...base,
    titel: { nl: 'Titel', en: 'Title' },
    tekst: { nl: 'Tekst', en: 'Text' },
    link: { url: 'https://www.voorbeeldstad.nl/afval?wijk=oost#kalender', tekst: { nl: 'Naar de kalender' } },
    geldigVanaf: '2026-01-01',
    geldigTot: '2026-12-31',
    doelgroep: ['inwoner', 'ondernemer'],
    prioriteit: 100,
  },
  'a personal tip': personal,
  'zaak.open with identificatie and omschrijving': withCondition({
    feit: 'zaak.open',
    zaaktype: { identificatie: 'ZT-OMV-DAKKAPEL', omschrijving: 'Omgevingsvergunning (dakkapel)' },
  }),
  'zaak.open of any zaaktype': withCondition({ feit: 'zaak.open' }),
  'zaak.afgerond within 30 days': withCondition({ feit: 'zaak.afgerond', zaaktype: { omschrijving: 'Verhuizing' }, binnenDagen: 30 }),
  'leeftijd with min only': withCondition({ feit: 'leeftijd', min: 67 }),
  'leeftijd with a range': withCondition({ feit: 'leeftijd', min: 18, max: 26 }),
  'voorkeur kanaal and taal': withCondition({ feit: 'voorkeur', kanaal: 'email', taal: 'eng' }),
  'nested combinators': withCondition({
    alle: [
      { eenVan: [{ feit: 'zaak.open' }, { feit: 'product.actief' }] },
      { niet: { feit: 'leeftijd', max: 17 } },
      { niet: { niet: { feit: 'voorkeur', taal: 'nld' } } },
    ],
  }),
  'an integer written as 5.0': { ...base, prioriteit: 5.0 },
  'texts with characters outside the BMP counted as one': { ...base, titel: { nl: '🚲'.repeat(200) } },
};

/** One or more examples of each kind of invalid rule. */
const invalid: Record<string, unknown> = {
  'not an object': ['afvalkalender'],
  null: null,
  'missing id': without('id'),
  'missing titel': without('titel'),
  'missing doelgroep': without('doelgroep'),
  'id with capitals and spaces': { ...base, id: 'Afval Kalender' },
  'id too long': { ...base, id: 'a'.repeat(65) },
  'titel as a plain string': { ...base, titel: 'Afvalkalender' },
  'titel without Dutch': { ...base, titel: { en: 'Waste calendar' } },
  'titel in an unsupported language': { ...base, titel: { nl: 'Afval', de: 'Abfall' } },
  'empty tekst': { ...base, tekst: { nl: '' } },
  'titel too long': { ...base, titel: { nl: 'x'.repeat(201) } },
  'unknown top-level property': { ...base, kleur: 'rood' },
  'a javascript: link': { ...base, link: { url: 'javascript:alert(1)', tekst: { nl: 'Klik' } } },
  'a relative link': { ...base, link: { url: '/afval', tekst: { nl: 'Klik' } } },
  'a link without text': { ...base, link: { url: 'https://www.voorbeeldstad.nl' } },
  'a date that is not ISO': { ...base, geldigVanaf: '1-1-2026' },
  'month 13': { ...base, geldigTot: '2026-13-01' },
  'empty doelgroep': { ...base, doelgroep: [] },
  'unknown doelgroep': { ...base, doelgroep: ['toerist'] },
  'repeated doelgroep': { ...base, doelgroep: ['inwoner', 'inwoner'] },
  'prioriteit not an integer': { ...base, prioriteit: 1.5 },
  'prioriteit too high': { ...base, prioriteit: 101 },
  'voorwaarde without reden': { ...base, voorwaarde: { feit: 'zaak.open' } },
  'reden without voorwaarde': { ...base, reden: { nl: 'Omdat' } },
  'unknown fact': withCondition({ feit: 'inkomen', max: 20000 }),
  'fact name of another type': withCondition({ feit: 7 }),
  'code instead of a condition': withCondition('leeftijd > 65'),
  'a condition that is neither fact nor combinator': withCondition({ als: { feit: 'zaak.open' } }),
  'a fact and a combinator at once': withCondition({ feit: 'zaak.open', alle: [{ feit: 'zaak.open' }] }),
  'two combinators at once': withCondition({ alle: [{ feit: 'zaak.open' }], eenVan: [{ feit: 'zaak.open' }] }),
  'empty alle': withCondition({ alle: [] }),
  'eenVan not a list': withCondition({ eenVan: { feit: 'zaak.open' } }),
  'more than 20 conditions': withCondition({ eenVan: Array.from({ length: 21 }, () => ({ feit: 'zaak.open' })) }),
  'niet with a list': withCondition({ niet: [{ feit: 'zaak.open' }] }),
  'an invalid condition deep inside': withCondition({ alle: [{ eenVan: [{ niet: { feit: 'leeftijd', min: -1 } }] }] }),
  'leeftijd without bounds': withCondition({ feit: 'leeftijd' }),
  'leeftijd as a string': withCondition({ feit: 'leeftijd', min: '65' }),
  'empty zaaktype match': withCondition({ feit: 'zaak.open', zaaktype: {} }),
  'zaaktype match by an unknown field': withCondition({ feit: 'zaak.open', zaaktype: { url: 'https://x' } }),
  'a property a fact does not have': withCondition({ feit: 'zaak.open', binnenDagen: 3 }),
  'binnenDagen zero': withCondition({ feit: 'zaak.afgerond', binnenDagen: 0 }),
  'empty producttype match': withCondition({ feit: 'product.actief', producttype: {} }),
  'voorkeur without kanaal or taal': withCondition({ feit: 'voorkeur' }),
  'unknown kanaal': withCondition({ feit: 'voorkeur', kanaal: 'post' }),
  'taal not ISO 639-2': withCondition({ feit: 'voorkeur', taal: 'nl' }),
  'a __proto__ property': JSON.parse('{"id":"x","titel":{"nl":"t"},"tekst":{"nl":"t"},"doelgroep":["inwoner"],"__proto__":{"x":1}}'),
};

describe('tip-rule.schema.json', () => {
  test('is a draft 2020-12 schema with an $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/tip-rule\.schema\.json$/);
  });

  for (const [name, rule] of Object.entries(valid)) {
    test(`accepts ${name} (ajv and validateTipRule agree)`, () => {
      const result = validateTipRule(rule);
      assert.equal(ajvValidate(rule), true, JSON.stringify(ajvValidate.errors));
      assert.equal(result.valid, true, result.valid ? '' : JSON.stringify(result.issues));
    });
  }

  test(`the corpus has at least 10 kinds of invalid rule (${Object.keys(invalid).length})`, () => {
    assert.ok(Object.keys(invalid).length >= 10);
  });

  for (const [name, rule] of Object.entries(invalid)) {
    test(`rejects ${name} (ajv and validateTipRule agree, with an issue)`, () => {
      assert.equal(ajvValidate(rule), false, `ajv accepted ${name}`);
      const result = validateTipRule(rule);
      assert.equal(result.valid, false, `validateTipRule accepted ${name}`);
      assert.ok(!result.valid && result.issues.length > 0 && result.issues.every((issue) => typeof issue.path === 'string' && issue.message !== ''));
    });
  }

  test('an issue points at the offending place', () => {
    const result = validateTipRule(invalid['an invalid condition deep inside']);
    assert.equal(result.valid, false);
    assert.deepEqual(!result.valid && result.issues, [{ path: '/voorwaarde/alle/0/eenVan/0/niet/min', message: 'must be between 0 and 150' }]);
    const unknown = validateTipRule(invalid['unknown fact']);
    assert.deepEqual(!unknown.valid && unknown.issues.map((i) => i.path), ['/voorwaarde/feit']);
  });
});

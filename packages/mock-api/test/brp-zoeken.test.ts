/**
 * BRP `ZoekMetGeslachtsnaamEnGeboortedatum` in upstream mode (an authorised application, e.g. the
 * gateway searching for an employee): case-insensitive matching, the wildcard rules, deceased persons
 * only on request, answers limited to the requested `PersoonBeperkt` fields, 400s for malformed
 * parameters, and the namesake fixtures (23 persons with one name and birth date). Every answer is
 * validated against the official document. A resident's search stays a 403 (`brp.test.ts`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brpNamesakes, elAmraniNamesakes, NAMESAKE_SEARCH, type MockApi } from '../src/index.js';
import { interceptRequests, request, type Fetched } from './client.js';
import { assertBrpSchema } from './openapi/brp-document.js';
import { BRP_HEADERS } from './upstream-client.js';

const { mockWith } = interceptRequests();
const TYPE = 'ZoekMetGeslachtsnaamEnGeboortedatum';
const JANSEN = '999993653';
const JANSEN_BIRTH = '1986-04-12';
const FIELDS = ['burgerservicenummer', 'naam.volledigeNaam', 'geboorte.datum', 'adressering.adresregel1'];

function zoek(mock: MockApi, body: Record<string, unknown>): Promise<Fetched> {
  return request(`${mock.urls.brp}/personen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...BRP_HEADERS },
    body: JSON.stringify({ type: TYPE, fields: FIELDS, ...body }),
  });
}

/** A successful search's BSNs, after checking the answer against the spec. */
async function found(mock: MockApi, body: Record<string, unknown>): Promise<string[]> {
  const result = await zoek(mock, body);
  assert.equal(result.response.status, 200, JSON.stringify(result.body));
  assertBrpSchema('ZoekMetGeslachtsnaamEnGeboortedatumResponse', result.body, `search ${JSON.stringify(body)}`);
  assert.equal(result.body.type, TYPE);
  return result.body.personen.map((persoon: { burgerservicenummer: string }) => persoon.burgerservicenummer).sort();
}

/** The 11-proef of a BSN. */
function elfProef(bsn: string): boolean {
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - (digits[8] ?? 0);
  return /^\d{9}$/.test(bsn) && sum % 11 === 0;
}

describe('BRP search by geslachtsnaam and geboortedatum (upstream)', () => {
  it('finds Jansen alone by her geslachtsnaam and birth date, in any case and with a wildcard', async () => {
    const mock = mockWith({ mode: 'upstream' });
    for (const geslachtsnaam of ['El Amrani', 'el amrani', 'EL AMRANI', 'el a*', 'El Amr*']) {
      assert.deepEqual(await found(mock, { geslachtsnaam, geboortedatum: JANSEN_BIRTH }), [JANSEN], geslachtsnaam);
    }
    assert.deepEqual(await found(mock, { geslachtsnaam: 'El Amrani', geboortedatum: '1986-04-13' }), []);
    assert.deepEqual(await found(mock, { geslachtsnaam: 'El Amrani', geboortedatum: '1984-11-02' }), [elAmraniNamesakes.anderGeboren]);
    assert.deepEqual(await found(mock, { geslachtsnaam: 'Amrani', geboortedatum: JANSEN_BIRTH }), [], 'no match inside the name without a wildcard');
  });

  it('leaves deceased persons out unless inclusiefOverledenPersonen is true', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const query = { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH };
    assert.deepEqual(await found(mock, { ...query, inclusiefOverledenPersonen: false }), [JANSEN]);
    assert.deepEqual(await found(mock, { ...query, inclusiefOverledenPersonen: true }), [elAmraniNamesakes.overleden, JANSEN].sort());
  });

  it('narrows by voornamen (wildcard after one letter), voorvoegsel, geslacht and gemeente', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const query = { geslachtsnaam: 'Visser', geboortedatum: NAMESAKE_SEARCH.geboortedatum };
    const names = async (extra: Record<string, unknown>) => {
      const result = await zoek(mock, { ...query, ...extra, fields: ['naam.voornamen'] });
      assert.equal(result.response.status, 200, JSON.stringify(result.body));
      return result.body.personen.map((persoon: { naam: { voornamen: string } }) => persoon.naam.voornamen).sort();
    };
    assert.deepEqual(await names({ voornamen: 'eva' }), ['Eva']);
    assert.deepEqual(await names({ voornamen: 'V*' }), ['Vincent']);
    assert.equal((await names({ geslacht: 'v' })).length, 12);
    assert.equal((await names({ geslacht: 'M' })).length, 11);
    assert.deepEqual(await names({ voorvoegsel: 'de' }), []);
    assert.equal((await names({ gemeenteVanInschrijving: '1999' })).length, NAMESAKE_SEARCH.count);
    assert.deepEqual(await names({ gemeenteVanInschrijving: '0344' }), []);
    // De Vries is found by geslachtsnaam "Vries" (voorvoegsel split off), with or without the voorvoegsel filter.
    const vries = { geslachtsnaam: 'vries', geboortedatum: '1979-09-30' };
    assert.deepEqual(await found(mock, vries), ['999990019']);
    assert.deepEqual(await found(mock, { ...vries, voorvoegsel: 'DE' }), ['999990019']);
    assert.deepEqual(await found(mock, { geslachtsnaam: 'de vries', geboortedatum: '1979-09-30' }), []);
  });

  it('the namesakes: 23 Vissers born on one day, 11-proef BSNs, one with geheimhouding delivered automatically', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const result = await zoek(mock, { geslachtsnaam: NAMESAKE_SEARCH.geslachtsnaam, geboortedatum: NAMESAKE_SEARCH.geboortedatum });
    assert.equal(result.response.status, 200);
    assertBrpSchema('ZoekMetGeslachtsnaamEnGeboortedatumResponse', result.body, 'namesakes');
    const personen: { burgerservicenummer: string; geheimhoudingPersoonsgegevens?: boolean; naam: { volledigeNaam: string } }[] = result.body.personen;
    assert.equal(personen.length, NAMESAKE_SEARCH.count);
    assert.equal(new Set(personen.map((p) => p.burgerservicenummer)).size, NAMESAKE_SEARCH.count);
    assert.equal(new Set(personen.map((p) => p.naam.volledigeNaam)).size, NAMESAKE_SEARCH.count, 'each can be told apart by name');
    assert.equal(personen.filter((p) => p.geheimhoudingPersoonsgegevens === true).length, 1);
    for (const bsn of Object.keys(brpNamesakes)) assert.ok(elfProef(bsn), bsn);
    assert.ok(!elfProef('999800074'), 'the check can fail');
  });

  it('answers only the requested fields of a PersoonBeperkt; other Persoon fields are a 400', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const ok = await zoek(mock, { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH, fields: ['naam.voornamen', 'geslacht.code'] });
    assert.deepEqual(ok.body.personen, [{ naam: { voornamen: 'Fatima' }, geslacht: { code: 'V', omschrijving: 'vrouw' } }]);
    // A whole group is the group as PersoonBeperkt has it: no aanduidingNaamgebruik, no birth place, no aanhef.
    const groups = await zoek(mock, { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH, fields: ['naam', 'geboorte', 'adressering'] });
    assert.equal(groups.response.status, 200);
    assertBrpSchema('ZoekMetGeslachtsnaamEnGeboortedatumResponse', groups.body, 'whole groups');
    const [persoon] = groups.body.personen;
    assert.deepEqual(Object.keys(persoon.naam).sort(), ['geslachtsnaam', 'volledigeNaam', 'voorletters', 'voornamen']);
    assert.deepEqual(persoon.geboorte, { datum: { type: 'Datum', datum: JANSEN_BIRTH, langFormaat: '12 april 1986' } });
    assert.deepEqual(Object.keys(persoon.adressering).sort(), ['adresregel1', 'adresregel2', 'land']);
    for (const field of ['verblijfplaats', 'partners', 'naam.aanduidingNaamgebruik', 'geboorte.plaats', 'adressering.aanhef']) {
      const result = await zoek(mock, { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH, fields: [field] });
      assert.equal(result.response.status, 400, field);
      assertBrpSchema('BadRequestFoutbericht', result.body, field);
      assert.deepEqual(
        result.body.invalidParams.map((param: { name: string; code: string }) => [param.name, param.code]),
        [['fields', 'fields']],
      );
    }
  });

  it('malformed or missing parameters are a 400 naming each one', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ geboortedatum: JANSEN_BIRTH }, [['geslachtsnaam', 'required']]],
      [{ geslachtsnaam: 'El Amrani' }, [['geboortedatum', 'required']]],
      [{ geslachtsnaam: 'El Amrani', geboortedatum: '1986-02-30' }, [['geboortedatum', 'date']]],
      [{ geslachtsnaam: 'El Amrani', geboortedatum: '12-04-1986' }, [['geboortedatum', 'date']]],
      [{ geslachtsnaam: 'El*', geboortedatum: JANSEN_BIRTH }, [['geslachtsnaam', 'pattern']]],
      [{ geslachtsnaam: '*rani', geboortedatum: JANSEN_BIRTH }, [['geslachtsnaam', 'pattern']]],
      [
        { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH, geslacht: 'X', inclusiefOverledenPersonen: 'ja' },
        [
          ['geslacht', 'pattern'],
          ['inclusiefOverledenPersonen', 'boolean'],
        ],
      ],
      [{ geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH, burgerservicenummer: [JANSEN] }, [['burgerservicenummer', 'unknownParam']]],
    ];
    for (const [body, expected] of cases) {
      const result = await zoek(mock, body);
      assert.equal(result.response.status, 400, JSON.stringify(body));
      assertBrpSchema('BadRequestFoutbericht', result.body, JSON.stringify(body));
      assert.deepEqual(
        result.body.invalidParams.map((param: { name: string; code: string }) => [param.name, param.code]),
        expected,
        JSON.stringify(body),
      );
    }
  });

  it('a found namesake can then be consulted by BSN, valid as a whole Persoon', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const bsns = Object.keys(brpNamesakes);
    for (let start = 0; start < bsns.length; start += 20) {
      const result = await request(`${mock.urls.brp}/personen`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...BRP_HEADERS },
        body: JSON.stringify({
          type: 'RaadpleegMetBurgerservicenummer',
          burgerservicenummer: bsns.slice(start, start + 20),
          fields: ['burgerservicenummer', 'naam', 'geboorte', 'geslacht', 'leeftijd', 'overlijden', 'verblijfplaats', 'adressering', 'gemeenteVanInschrijving'],
        }),
      });
      assert.equal(result.response.status, 200, JSON.stringify(result.body));
      assertBrpSchema('RaadpleegMetBurgerservicenummerResponse', result.body, 'namesakes by BSN');
      for (const persoon of result.body.personen) assertBrpSchema('Persoon', persoon, persoon.burgerservicenummer);
      assert.equal(result.body.personen.length, bsns.slice(start, start + 20).length);
    }
  });

  it('a resident behind the gateway may not search', async () => {
    const mock = mockWith({ resident: 'jansen' });
    const result = await zoek(mock, { geslachtsnaam: 'El Amrani', geboortedatum: JANSEN_BIRTH });
    assert.equal(result.response.status, 403);
    assertBrpSchema('Foutbericht', result.body, '403');
  });
});

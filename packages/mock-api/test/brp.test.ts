/**
 * BRP Personen bevragen 2.7.0 in the mock: `POST /personen` (RaadpleegMetBurgerservicenummer) with `fields`
 * projection, automatically delivered fields, polymorphic dates and verblijfplaats, errors, and the
 * gateway's scoping to the resident's own BSN. Every response is validated against the official
 * OpenAPI 3.1 document (see `openapi/brp-document.ts` for how its discriminators are read).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BRP_API_VERSION, residents, type MockApi } from '../src/index.js';
import { interceptRequests } from './client.js';
import { assertBrpSchema as assertSchema } from './openapi/brp-document.js';

const { mockWith } = interceptRequests();

const BSN = { jansen: '999993653', 'de-vries': '999990019', leeg: '999991723' } as Record<string, string>;

/** The klantbeeld's default fields. */
const KLANTBEELD_FIELDS = [
  'naam.volledigeNaam',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'adressering.adresregel1',
  'adressering.adresregel2',
  'adressering.adresregel3',
  'adressering.land',
  'verblijfplaats.verblijfadres.officieleStraatnaam',
  'verblijfplaats.verblijfadres.huisnummer',
  'verblijfplaats.verblijfadres.huisletter',
  'verblijfplaats.verblijfadres.postcode',
  'verblijfplaats.verblijfadres.woonplaats',
  'verblijfplaats.verblijfadres.regel1',
  'verblijfplaats.verblijfadres.locatiebeschrijving',
  'verblijfplaats.datumVan',
  'geboorte.datum',
  'leeftijd',
];

async function personen(
  mock: MockApi,
  body: unknown,
  headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' },
): Promise<{ response: Response; body: any }> {
  const response = await fetch(`${mock.urls.brp}/personen`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { response, body: await response.json() };
}

async function raadpleeg(mock: MockApi, bsn: string, fields: unknown): Promise<any> {
  const { response, body } = await personen(mock, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields });
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(response.headers.get('API-version'), BRP_API_VERSION);
  assertSchema('PersonenQueryResponse', body, `personen for ${bsn}`);
  assertSchema('RaadpleegMetBurgerservicenummerResponse', body, `personen for ${bsn}`);
  return body;
}

describe('BRP — schema validation', () => {
  for (const { id } of residents) {
    it(`the person of '${id}' matches BRP 2.7.0, with the klantbeeld fields and with whole groups`, async () => {
      const mock = mockWith({ resident: id });
      const bsn = BSN[id] as string;
      const klantbeeld = await raadpleeg(mock, bsn, KLANTBEELD_FIELDS);
      assert.equal(klantbeeld.personen.length, 1);
      const whole = await raadpleeg(mock, bsn, [
        'burgerservicenummer',
        'naam',
        'geboorte',
        'geslacht',
        'leeftijd',
        'verblijfplaats',
        'adressering',
        'partners',
        'gemeenteVanInschrijving',
        'datumInschrijvingInGemeente',
      ]);
      assertSchema('Persoon', whole.personen[0], `whole person of ${id}`);
      assert.equal(whole.personen[0].burgerservicenummer, bsn);
    });
  }

  it('the adapted schema still rejects what BRP 2.7.0 forbids (the validation can fail)', () => {
    const invalid: Array<[string, unknown]> = [
      ['Persoon', { geboorte: { datum: { type: 'Datum', langFormaat: '12 april 1986' } } }],
      ['Persoon', { geboorte: { datum: { type: 'JaarMaandDatum', jaar: 1958, maand: 13, langFormaat: 'maart 1958' } } }],
      ['Persoon', { verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: '17' } } }],
      ['Persoon', { geheimhoudingPersoonsgegevens: 7 }],
      ['Persoon', { burgerservicenummer: '12345' }],
      ['BadRequestFoutbericht', { type: 'x', title: 'Fout', status: 400, invalidParams: [{ name: 'fields[0]', code: 'fields', reason: 'x' }] }],
    ];
    for (const [name, data] of invalid) assert.throws(() => assertSchema(name, data, 'probe'), new RegExp(name), JSON.stringify(data));
  });

  it('error bodies are BadRequestFoutbericht (400) and Foutbericht (403, 415)', async () => {
    const mock = mockWith();
    const cases: Array<[unknown, number, string, Record<string, string>?]> = [
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam.bestaatNiet'] }, 400, 'BadRequestFoutbericht'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['12345'], fields: ['naam'] }, 400, 'BadRequestFoutbericht'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'] }, 400, 'BadRequestFoutbericht'],
      [
        { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['geheimhoudingPersoonsgegevens'] },
        400,
        'BadRequestFoutbericht',
      ],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: [] }, 400, 'BadRequestFoutbericht'],
      [{ type: 'Onzin', fields: ['naam'] }, 400, 'BadRequestFoutbericht'],
      ['{niet json', 400, 'BadRequestFoutbericht'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'], fields: ['naam'] }, 403, 'Foutbericht'],
      [{ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', geslachtsnaam: 'Vries', geboortedatum: '1979-09-30', fields: ['naam'] }, 403, 'Foutbericht'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] }, 415, 'Foutbericht', { 'Content-Type': 'text/plain' }],
    ];
    for (const [body, status, schema, headers] of cases) {
      const result = await personen(mock, body, headers);
      assert.equal(result.response.status, status, JSON.stringify(body));
      assert.equal(result.response.headers.get('Content-Type'), 'application/problem+json');
      assertSchema(schema, result.body, `${status} for ${JSON.stringify(body)}`);
      assert.equal(result.body.status, status);
    }
  });
});

describe('BRP — fields projection', () => {
  it('returns only the requested fields', async () => {
    const mock = mockWith();
    const body = await raadpleeg(mock, BSN.jansen as string, ['naam.voornamen', 'leeftijd']);
    assert.deepEqual(body.personen, [{ naam: { voornamen: 'Fatima' }, leeftijd: 40 }]);
  });

  it('a date or waardetabel comes back whole; a polymorphic verblijfplaats carries its type', async () => {
    const mock = mockWith();
    const body = await raadpleeg(mock, BSN.jansen as string, ['geboorte.datum.jaar', 'geslacht.code', 'verblijfplaats.verblijfadres.woonplaats']);
    assert.deepEqual(body.personen[0], {
      geboorte: { datum: { type: 'Datum', datum: '1986-04-12', langFormaat: '12 april 1986' } },
      geslacht: { code: 'V', omschrijving: 'vrouw' },
      verblijfplaats: { type: 'Adres', verblijfadres: { woonplaats: 'Voorbeeldstad' } },
    });
  });

  it('paths through lists apply to every item; a field the person lacks is left out', async () => {
    const mock = mockWith();
    const body = await raadpleeg(mock, BSN.jansen as string, ['partners.naam.geslachtsnaam', 'overlijden.datum', 'verblijfplaats.verblijfadres.regel1']);
    assert.deepEqual(body.personen[0], { partners: [{ naam: { geslachtsnaam: 'Jansen' } }] });
  });

  it('polymorphic dates: JaarMaandDatum, JaarDatum and DatumOnbekend (leeg)', async () => {
    const mock = mockWith({ resident: 'leeg' });
    const body = await raadpleeg(mock, BSN.leeg as string, [
      'geboorte.datum',
      'verblijfplaats.datumVan',
      'datumInschrijvingInGemeente',
      'verblijfplaats.verblijfadres.locatiebeschrijving',
    ]);
    assert.deepEqual(body.personen[0], {
      geboorte: { datum: { type: 'JaarMaandDatum', jaar: 1958, maand: 3, langFormaat: 'maart 1958' } },
      verblijfplaats: {
        type: 'Locatie',
        datumVan: { type: 'JaarDatum', jaar: 1994, langFormaat: '1994' },
        verblijfadres: { locatiebeschrijving: 'Woonboot bij de Zuiderbrug' },
      },
      datumInschrijvingInGemeente: { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' },
    });
  });

  it('geheimhoudingPersoonsgegevens is delivered automatically, whatever fields asks for', async () => {
    const mock = mockWith({ resident: 'de-vries' });
    const body = await raadpleeg(mock, BSN['de-vries'] as string, ['naam.voornamen']);
    assert.deepEqual(body.personen, [{ naam: { voornamen: 'Pieter Jan' }, geheimhoudingPersoonsgegevens: true }]);
  });

  it('unknown and automatically delivered paths are a 400 naming the path', async () => {
    const mock = mockWith();
    for (const path of [
      'naam.bestaatNiet',
      'anummer',
      'naam.voornamen.x',
      'inOnderzoek',
      'naam.inOnderzoek',
      'rni',
      'verificatie.datum',
      'geheimhoudingPersoonsgegevens',
      'a*nummer',
    ]) {
      const { response, body } = await personen(mock, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.jansen], fields: ['naam', path] });
      assert.equal(response.status, 400, path);
      assert.equal(body.code, 'paramsValidation');
      assert.equal(body.invalidParams.length, 1, path);
      assert.equal(body.invalidParams[0].name, 'fields');
    }
    const many = await personen(mock, {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [BSN.jansen],
      fields: Array.from({ length: 131 }, () => 'naam'),
    });
    assert.equal(many.body.invalidParams[0].code, 'maxItems');
  });
});

describe('BRP — BSN and scoping', () => {
  it('a BSN that is not 9 digits is a 400 with invalidParams', async () => {
    const mock = mockWith();
    for (const bsn of ['12345678', '1234567890', '99999365a']) {
      const { response, body } = await personen(mock, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam'] });
      assert.equal(response.status, 400, bsn);
      assert.deepEqual(
        body.invalidParams.map((param: any) => [param.name, param.code]),
        [['burgerservicenummer', 'pattern']],
      );
    }
  });

  it("only the resident's own BSN: another one (alone or among others) is a 403", async () => {
    const mock = mockWith();
    for (const bsns of [['999990019'], ['999993653', '999990019']]) {
      const { response, body } = await personen(mock, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: bsns, fields: ['naam'] });
      assert.equal(response.status, 403, JSON.stringify(bsns));
      assert.equal(body.code, 'autorisation');
    }
    mock.setResident('de-vries');
    const body = await raadpleeg(mock, '999990019', ['naam.geslachtsnaam']);
    assert.equal(body.personen[0].naam.geslachtsnaam, 'Vries');
  });

  it('duplicate BSNs give one person; gemeenteVanInschrijving filters, down to `personen: []`', async () => {
    const mock = mockWith();
    const { response, body } = await personen(mock, {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [BSN.jansen, BSN.jansen],
      fields: ['naam.voornamen'],
    });
    assert.equal(response.status, 200);
    assert.equal(body.personen.length, 1);
    const elders = await personen(mock, {
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [BSN.jansen],
      fields: ['naam.voornamen'],
      gemeenteVanInschrijving: '0363',
    });
    assert.deepEqual(elders.body, { type: 'RaadpleegMetBurgerservicenummer', personen: [] });
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../src/config/load.js';
import { ClaimsError, principalFromClaims, type Claims } from '../src/session/claims.js';

const { claims: names, loaValues } = parseConfig(
  {
    publicUrl: 'https://mijn.gemeente.nl',
    pageOrigins: ['https://www.gemeente.nl'],
    session: { secrets: [{ env: 'S' }] },
    oidc: { resident: { issuer: 'https://broker.example', clientId: 'c', clientSecret: { env: 'S' } } },
    upstreams: {},
  },
  { env: { S: 's'.repeat(40) } },
).oidc!.resident!;
const MIDDEN = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';

describe('claims → principal', () => {
  test('DigiD, eHerkenning with and without vestiging, DigiD Machtigen', () => {
    assert.deepEqual(principalFromClaims({ bsn: '999993653', acr: MIDDEN }, names, loaValues), {
      subject: { kind: 'persoon', bsn: '999993653' },
      loa: 'midden',
    });
    assert.deepEqual(principalFromClaims({ kvk: '90001354', sub: 'employee-1', acr: 'urn:etoegang:core:assurance-class:loa3' }, names, loaValues), {
      subject: { kind: 'organisatie', kvk: '90001354' },
      loa: 'substantieel',
      actor: { kind: 'medewerker-organisatie', id: 'employee-1' },
    });
    assert.deepEqual(
      principalFromClaims({ kvk: '90001354', vestiging: '000038509504', acr: 'urn:etoegang:core:assurance-class:loa2plus' }, names, loaValues).subject,
      {
        kind: 'organisatie',
        kvk: '90001354',
        vestiging: '000038509504',
      },
    );
    assert.deepEqual(principalFromClaims({ bsn: '999993653', represented_bsn: '999990627', acr: MIDDEN }, names, loaValues), {
      subject: { kind: 'persoon', bsn: '999990627' },
      loa: 'midden',
      actor: { kind: 'persoon', id: '999993653' },
    });
  });

  const refused: [string, Claims][] = [
    ['no level', { bsn: '999993653' }],
    ['a level the configuration does not map', { bsn: '999993653', acr: 'urn:example:loa:very-high' }],
    ['a level that is not a string', { bsn: '999993653', acr: 3 }],
    ['no identifier', { acr: MIDDEN, name: 'Jansen' }],
    ['a BSN of 8 digits', { bsn: '99999365', acr: MIDDEN }],
    ['a BSN with letters', { bsn: '99999365x', acr: MIDDEN }],
    ['a KvK number of 9 digits', { kvk: '900013541', acr: MIDDEN }],
    ['a malformed vestiging', { kvk: '90001354', vestiging: '12', acr: MIDDEN }],
    ['a machtiging without the acting BSN', { represented_bsn: '999990627', acr: MIDDEN }],
    ['a machtiging with a malformed represented BSN', { bsn: '999993653', represented_bsn: 'x', acr: MIDDEN }],
  ];
  for (const [name, claims] of refused) {
    test(`refused: ${name}, without repeating the claim values`, () => {
      assert.throws(
        () => principalFromClaims(claims, names, loaValues),
        (error: unknown) => error instanceof ClaimsError && !Object.values(claims).some((v) => typeof v === 'string' && error.message.includes(v)),
      );
    });
  }
});

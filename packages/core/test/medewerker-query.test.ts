// A klant search is checked before it is sent: the BSN's 11-proef, a real past birth date, Klantinteracties' own
// e-mail and phone rules, with the gateway's names and codes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidBsn, validateKlantQuery, type InvalidParam, type KlantSearchRequest, type ProfileInfo } from '@klantbeeld/core';

const codes = (params: InvalidParam[]) => params.map(({ name, code }) => `${name}:${code}`);
const NOW = Date.parse('2026-12-07T12:00:00Z');
const check = (request: KlantSearchRequest) => codes(validateKlantQuery(request, { now: NOW }));

describe('isValidBsn', () => {
  test('accepts the test BSNs of the BRP test set', () => {
    for (const bsn of ['999993653', '999990019', '999991723', '111222333', '123456782']) assert.equal(isValidBsn(bsn), true, bsn);
  });

  test('rejects a number failing the 11-proef: one digit changed, two digits swapped', () => {
    for (const bsn of ['999993654', '999993635', '123456789', '111222334']) assert.equal(isValidBsn(bsn), false, bsn);
  });

  test('rejects anything that is not exactly 9 digits, and 000000000', () => {
    for (const bsn of ['', '99999365', '9999936530', '99999365a', ' 999993653', '999 993 653', '000000000', '٩٩٩٩٩٣٦٥٣']) {
      assert.equal(isValidBsn(bsn), false, JSON.stringify(bsn));
    }
  });
});

describe('validateKlantQuery', () => {
  test('a valid query of every kind has no problems (values trimmed, a phone number as people write it)', () => {
    assert.deepEqual(check({ profile: 'kcc', bsn: ' 999993653 ' }), []);
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '1975-03-14' }), []);
    assert.deepEqual(check({ profile: 'kcc', kvk: '12345678' }), []);
    assert.deepEqual(check({ profile: 'kcc', email: 'f.jansen@example.nl' }), []);
    assert.deepEqual(check({ profile: 'kcc', telefoon: '06-12 34 56 78' }), []);
  });

  test('a BSN failing the 11-proef is invalid-bsn; an empty one required', () => {
    assert.deepEqual(check({ profile: 'kcc', bsn: '999993654' }), ['bsn:invalid-bsn']);
    assert.deepEqual(check({ profile: 'kcc', bsn: '12345' }), ['bsn:invalid-bsn']);
    assert.deepEqual(check({ profile: 'kcc', bsn: '  ' }), ['bsn:required']);
  });

  test('a birth date must exist and not lie in the future; both name fields are required', () => {
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '1975-02-30' }), ['birthDate:invalid']);
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '14-03-1975' }), ['birthDate:invalid']);
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '2026-12-08' }), ['birthDate:invalid']);
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '2026-12-07' }), []);
    assert.deepEqual(check({ profile: 'kcc', surname: 'Jansen', birthDate: '2024-02-29' }), []);
    assert.deepEqual(check({ profile: 'kcc', surname: '', birthDate: '' }), ['surname:required', 'birthDate:required']);
  });

  test('KvK number, e-mail address and phone number follow their own rules', () => {
    assert.deepEqual(check({ profile: 'kcc', kvk: '1234567' }), ['kvk:invalid']);
    assert.deepEqual(check({ profile: 'kcc', email: 'jansen@localhost' }), ['email:invalid']);
    assert.deepEqual(check({ profile: 'kcc', email: '' }), ['email:required']);
    assert.deepEqual(check({ profile: 'kcc', telefoon: '14 030' }), ['telefoon:invalid']);
    assert.deepEqual(check({ profile: 'kcc', telefoon: '+31612345678' }), []);
  });

  test('the profile is required, and a way of searching it does not allow is not-allowed', () => {
    assert.deepEqual(check({ profile: '', bsn: '999993653' }), ['profile:required']);
    const sociaal: ProfileInfo = { id: 'sociaal-domein', label: { nl: 'Sociaal domein', en: 'Social domain' }, purposes: [], searchBy: ['bsn', 'naam'] };
    assert.deepEqual(codes(validateKlantQuery({ profile: 'sociaal-domein', email: 'f.jansen@example.nl' }, { profile: sociaal })), ['email:not-allowed']);
    assert.deepEqual(codes(validateKlantQuery({ profile: 'sociaal-domein', surname: 'Jansen', birthDate: '1975-03-14' }, { profile: sociaal, now: NOW })), []);
  });

  test('a request without any search field asks for one', () => {
    assert.deepEqual(check({ profile: 'kcc' } as unknown as KlantSearchRequest), ['bsn:required']);
  });
});

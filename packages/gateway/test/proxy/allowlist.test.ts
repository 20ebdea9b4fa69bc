import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkQuery, matchPath, operationsOf } from '../../src/proxy/allowlist/allowlist.js';
import { POLICIES } from '../../src/proxy/policy/index.js';

const UUID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';

describe('allowlist', () => {
  test('every allowed operation has a policy rule, and every rule an allowed operation', () => {
    for (const [api, policy] of Object.entries(POLICIES)) {
      const ids = operationsOf(api)
        .map((op) => op.id)
        .sort();
      assert.deepEqual(Object.keys(policy).sort(), ids, api);
    }
  });

  test('matches templates with UUID parameters only', () => {
    assert.equal(matchPath('zaken', 'GET', `/zaken/${UUID}`)?.operation.id, 'GET /zaken/{uuid}');
    assert.equal(matchPath('zaken', 'POST', '/zaken/_zoek')?.operation.id, 'POST /zaken/_zoek');
    assert.equal(matchPath('zaken', 'GET', '/zaken/ZAAK-2026-1'), undefined);
    assert.equal(matchPath('zaken', 'DELETE', `/zaken/${UUID}`), undefined);
    assert.equal(matchPath('zaken', 'GET', `/zaken/${UUID}/audittrail`), undefined);
    assert.equal(matchPath('catalogi', 'GET', `/zaken/${UUID}`), undefined);
  });

  test('refuses empty, dot and percent-encoded segments (encoded slashes never reach another resource)', () => {
    for (const path of [
      `/zaken//${UUID}`,
      `/zaken/./${UUID}`,
      `/zaken/../zaken/${UUID}`,
      `/zaken%2F${UUID}`,
      `/zaken/${UUID}%2F..%2Frollen`,
      `/zaken/${UUID}/`,
      'zaken',
      '',
    ]) {
      assert.equal(matchPath('zaken', 'GET', path), undefined, path);
    }
  });

  test('refuses unknown, duplicated and mistyped query parameters with invalidParams', () => {
    const op = matchPath('zaken', 'GET', '/zaken')!.operation;
    const bad = (search: string): string[] => {
      const result = checkQuery(op, new URLSearchParams(search));
      return 'invalid' in result ? result.invalid.map((p) => `${p.name}:${p.code}`) : [];
    };
    assert.deepEqual(bad('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999990019'), [
      'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn:unknown-parameter',
    ]);
    assert.deepEqual(bad('maximaleVertrouwelijkheidaanduiding=geheim'), ['maximaleVertrouwelijkheidaanduiding:unknown-parameter']);
    assert.deepEqual(bad('page=1&page=2'), ['page:duplicate-parameter']);
    assert.deepEqual(bad('page=x'), ['page:invalid']);
    assert.deepEqual(bad('ordering=-startdatum&zaaktype=https%3A%2F%2Fgw.test%2Fzt%2F1&einddatum__isnull=true'), []);
    assert.deepEqual(bad('ordering=geheim'), ['ordering:invalid']);
  });

  test('lets a parameter repeat where the spec allows it (Objecten data_attr)', () => {
    const op = matchPath('objecten', 'GET', '/objects')!.operation;
    assert.ok('query' in checkQuery(op, new URLSearchParams('type=https://o.test/t/1&data_attr=a__exact__1&data_attr=b__exact__2')));
  });
});

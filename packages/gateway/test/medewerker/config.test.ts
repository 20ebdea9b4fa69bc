// The `employee` section and `oidc.employee`: validated like the rest of the file, with one line per problem
// naming its path; cross-references (a role naming an unknown profile) and deny-by-default access.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { DEV_EMPLOYEE } from '../../src/dev/staff-profiles.js';
import { accessOf, shieldedOperation, zaaktypeAllowed } from '../../src/medewerker/access.js';
import { isValidBsn } from '@klantbeeld/core';
import { employeeFromClaims } from '../../src/medewerker/employee-claims.js';
import { ClaimsError } from '../../src/session/claims.js';

const base = {
  publicUrl: 'https://mijn.example.nl/api/klantbeeld',
  pageOrigins: ['https://mijn.example.nl'],
  session: { secrets: [{ env: 'SECRET' }] },
  oidc: { resident: { issuer: 'https://broker.example.nl', clientId: 'kb', clientSecret: { env: 'BROKER' } } },
  upstreams: {},
};
const env = { SECRET: 'x'.repeat(40), BROKER: 'broker-secret', STAFF: 'staff-secret' };
const staffClient = { issuer: 'https://login.example.nl', clientId: 'kb-staff', clientSecret: { env: 'STAFF' } };

function problems(raw: Record<string, unknown>): string[] {
  try {
    parseConfig({ ...base, ...raw }, { env });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

test('a valid employee section with its staff client loads with defaults filled in', () => {
  const config = parseConfig({ ...base, oidc: { ...base.oidc, employee: staffClient }, employee: DEV_EMPLOYEE }, { env });
  assert.equal(config.oidc?.employee?.redirectUri, 'https://mijn.example.nl/api/klantbeeld/auth/medewerker/callback');
  assert.equal(config.oidc?.employee?.clientSecret, 'staff-secret');
  assert.deepEqual(config.oidc?.employee?.claims, { roles: 'roles', employeeId: 'sub', name: 'name' });
  assert.equal(config.employee?.refTtlSeconds, 600);
  assert.equal(config.employee?.profiles.kcc?.access.klantinteracties, 'write');
});

test('each mistake in the employee section is reported with its path', () => {
  const kcc = DEV_EMPLOYEE.profiles.kcc;
  assert.deepEqual(problems({ employee: DEV_EMPLOYEE }), ['/oidc/employee: is required with an employee section unless dev.idp is true']);
  const client = { oidc: { ...base.oidc, employee: staffClient } };
  assert.deepEqual(problems({ ...client, employee: { ...DEV_EMPLOYEE, roleProfiles: { KCC: ['kcc', 'balie'] } } }), [
    '/employee/roleProfiles/KCC: names profile "balie", which is not in employee.profiles',
  ]);
  const twice = { ...kcc, purposes: [...kcc.purposes, kcc.purposes[0]!], zaaktypen: { include: ['A'], exclude: ['B'] } };
  assert.deepEqual(problems({ ...client, employee: { ...DEV_EMPLOYEE, profiles: { ...DEV_EMPLOYEE.profiles, kcc: twice } } }), [
    '/employee/profiles/kcc/purposes: purpose id "telefoon" is used twice',
    '/employee/profiles/kcc/zaaktypen: give include or exclude, not both',
  ]);
  const { brpFields: _, ...withoutFields } = kcc;
  assert.deepEqual(problems({ ...client, employee: { ...DEV_EMPLOYEE, profiles: { ...DEV_EMPLOYEE.profiles, kcc: withoutFields } } }), [
    '/employee/profiles/kcc/brpFields: is required when access.brp is granted',
  ]);
  const writesZaken = { ...kcc, access: { ...kcc.access, zaken: 'write' } };
  const schema = problems({ ...client, employee: { ...DEV_EMPLOYEE, profiles: { kcc: writesZaken, 'Geen ID': kcc } } });
  assert.ok(
    schema.some((line) => line.startsWith('/employee/profiles/kcc/access/zaken: must be one of "read"')),
    schema.join('\n'),
  );
  assert.ok(
    schema.some((line) => line.startsWith('/employee/profiles')),
    'a profile id that is not a slug is refused',
  );
});

test('deny by default: an API not granted is shielded, documents need documenten, writes need write', () => {
  const kcc = parseConfig({ ...base, dev: { idp: true }, employee: DEV_EMPLOYEE }, { env }).employee!.profiles.kcc!;
  assert.equal(accessOf(kcc).verwerkingen, 'shielded');
  assert.equal(shieldedOperation(kcc, 'zaken', 'GET', 'GET /zaken'), false);
  assert.equal(shieldedOperation(kcc, 'zaken', 'GET', 'GET /zaakinformatieobjecten'), true);
  assert.equal(shieldedOperation(kcc, 'besluiten', 'GET', 'GET /besluiten'), true);
  assert.equal(shieldedOperation(kcc, 'zaken', 'POST', 'POST /zaken/_zoek'), false, 'a search is a read');
  assert.equal(shieldedOperation(kcc, 'klantinteracties', 'POST', 'POST /klantcontacten'), false);
  assert.equal(shieldedOperation(kcc, 'klantinteracties', 'PATCH', 'PATCH /partijen/{uuid}'), true, "the resident's own writes");
  assert.equal(zaaktypeAllowed(kcc, 'ZT-TOZO-LO'), false);
  assert.equal(zaaktypeAllowed(kcc, 'ZT-MOR'), true);
  assert.equal(zaaktypeAllowed(kcc, undefined), false, 'an unknown zaaktype is not known to be allowed');
});

test('staff claims: roles (array or space-separated) map to profiles; an id is required', () => {
  const config = parseConfig({ ...base, dev: { idp: true }, employee: DEV_EMPLOYEE }, { env }).employee!;
  const names = { roles: 'groups', employeeId: 'oid', name: 'name' };
  assert.deepEqual(employeeFromClaims({ oid: 'e1', groups: ['KCC', 'Other'], name: 'A' }, names, config).identity, { id: 'e1', profiles: ['kcc'] });
  assert.deepEqual(employeeFromClaims({ oid: 'e1', groups: 'Other' }, names, config).identity.profiles, []);
  assert.throws(() => employeeFromClaims({ groups: ['KCC'] }, names, config), ClaimsError);
});

test('the 11-proef', () => {
  assert.equal(isValidBsn('999993653'), true);
  assert.equal(isValidBsn('123456789'), false);
  assert.equal(isValidBsn('000000000'), false);
  assert.equal(isValidBsn('99999365'), false);
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jwtVerify } from 'jose';
import { createAuthenticator } from '../../src/proxy/upstream/auth.js';

const SECRET = 'mock-zgw-secret-for-tests-only-0123456789';

describe('upstream authentication', () => {
  test('ZGW: an HS256 JWT with the ZGW claims, reused until shortly before it expires', async () => {
    let now = 1_800_000_000_000;
    const auth = createAuthenticator({ type: 'zgw-jwt', clientId: 'klantbeeld-gateway', secret: SECRET, lifetimeSeconds: 300 }, () => now);
    const [name, value] = await auth.header();
    assert.equal(name, 'authorization');
    const token = value.replace(/^Bearer /, '');
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(SECRET), { currentDate: new Date(now) });
    assert.equal(protectedHeader.alg, 'HS256');
    assert.equal(payload.iss, 'klantbeeld-gateway');
    assert.equal(payload.client_id, 'klantbeeld-gateway');
    assert.equal(typeof payload.user_id, 'string');
    assert.equal(typeof payload.user_representation, 'string');
    assert.equal(payload.iat, now / 1000);
    assert.equal(payload.exp, now / 1000 + 300);

    now += 200_000;
    assert.equal((await auth.header())[1], value, 'reused while far from expiry');
    now += 80_000;
    assert.notEqual((await auth.header())[1], value, 'renewed within 30 s of expiry');
  });

  test('Token and API key schemes', async () => {
    assert.deepEqual(await createAuthenticator({ type: 'token', token: 'mock-token-for-tests-only' }).header(), [
      'authorization',
      'Token mock-token-for-tests-only',
    ]);
    assert.deepEqual(await createAuthenticator({ type: 'api-key', header: 'X-API-Key', key: 'k' }).header(), ['x-api-key', 'k']);
  });
});

// The abonnement at start-up is idempotent: the first start creates it, a restart (or another instance) reuses
// it, and a changed auth or set of kanalen updates it in place; never a second abonnement for one callback.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamTestCredentials } from '@klantbeeld/mock-api';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import { registerAbonnement } from '../../src/notifications/subscription.js';

let mock: MockServer;
before(async () => {
  mock = await startMockServer({ mode: 'upstream' });
});
after(async () => {
  await mock?.close();
});

test('created, then reused, then updated when the auth or the kanalen change', async () => {
  const api = {
    url: mock.mock.notificaties.base,
    auth: { type: 'zgw-jwt' as const, clientId: upstreamTestCredentials.zgw.clientId, secret: upstreamTestCredentials.zgw.secret },
  };
  const callbackUrl = 'https://mijn.voorbeeldstad.test/api/klantbeeld/notificaties/callback';
  const signal = AbortSignal.timeout(10_000);
  const settings = { callbackAuth: 'Bearer first-secret-of-the-callback', kanalen: ['zaken', 'objecten'] };
  assert.equal(await registerAbonnement(api, settings, callbackUrl, signal), 'created');
  assert.equal(await registerAbonnement(api, settings, callbackUrl, signal), 'reused');
  assert.equal(await registerAbonnement(api, { ...settings, callbackAuth: 'Bearer rotated-secret-of-the-callback' }, callbackUrl, signal), 'updated');
  assert.equal(
    await registerAbonnement(api, { ...settings, callbackAuth: 'Bearer rotated-secret-of-the-callback', kanalen: ['zaken'] }, callbackUrl, signal),
    'updated',
  );
  const abonnementen = mock.mock.notificaties.abonnementen;
  assert.equal(abonnementen.length, 1);
  assert.equal(abonnementen[0]!.auth, 'Bearer rotated-secret-of-the-callback');
  assert.deepEqual(
    abonnementen[0]!.kanalen.map((k) => k.naam),
    ['zaken'],
  );
  await assert.rejects(registerAbonnement({ ...api, auth: { ...api.auth, secret: 'not-the-secret-of-the-mock-0123456789' } }, settings, callbackUrl, signal));
});

/**
 * The path a verwerkingsactie names: the resource within its API, for the municipality's own APIs and for a
 * partner's API that the gateway serves below `/partners/{name}` alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiPath } from '../../src/verwerkingen/logged-proxy.js';

const zaak = '/zaken/api/v1/zaken/1b7e5a6c-3d8f-4e53-9a77-3c2f1d0c9e11';

test('own API below the base path: the resource path within the API', () => {
  assert.equal(
    apiPath({ api: 'zaken', url: new URL(`https://gemeente.example/api/klantbeeld${zaak}`) }, '/api/klantbeeld'),
    '/zaken/1b7e5a6c-3d8f-4e53-9a77-3c2f1d0c9e11',
  );
});

test("partner API: the partner's prefix is not part of the path read", () => {
  const url = new URL(`https://gemeente.example/api/klantbeeld/partners/omgevingsdienst${zaak}`);
  assert.equal(apiPath({ api: 'zaken', url }, '/api/klantbeeld'), '/zaken/1b7e5a6c-3d8f-4e53-9a77-3c2f1d0c9e11');
});

test('a resource named "partners" in an own API is left alone', () => {
  const url = new URL('https://gemeente.example/klantinteracties/api/v1/partijen');
  assert.equal(apiPath({ api: 'klantinteracties', url }, ''), '/partijen');
});

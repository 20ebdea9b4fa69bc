import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { scopingSchema, upstreamsSchema } from '../../src/proxy/config.js';
import { proxyConfig } from './harness.js';
import { fixtureScoping } from './fixture-upstream.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

describe('JSON Schemas of the upstreams and scoping sections', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  const upstreams = ajv.compile(upstreamsSchema);
  const scoping = ajv.compile(scopingSchema);

  test('accept the configuration the tests run with', () => {
    const config = proxyConfig('http://127.0.0.1:8000', fixtureScoping('http://127.0.0.1:8000'));
    assert.ok(upstreams(config.upstreams), JSON.stringify(upstreams.errors));
    assert.ok(scoping(config.scoping), JSON.stringify(scoping.errors));
  });

  test('report what is wrong, by path', () => {
    assert.equal(upstreams({ zaken: { url: 'ftp://x', auth: { type: 'zgw-jwt', clientId: 'a', secret: 'short' } }, elders: {} }), false);
    const paths = (upstreams.errors ?? []).map((e) => e.instancePath || e.params.additionalProperty);
    assert.ok(paths.includes('/zaken/url'));
    assert.ok(paths.includes('elders'));
    assert.equal(scoping({ zaakMaxVertrouwelijkheid: 'alles', objecttypes: [{ bsnPath: '../x' }] }), false);
    assert.deepEqual((scoping.errors ?? []).map((e) => e.instancePath).sort(), ['/objecttypes/0', '/objecttypes/0/bsnPath', '/zaakMaxVertrouwelijkheid']);
  });
});

// Source resolution and URL resolution: which base URL serves which API, and which absolute URLs the
// client will fetch at all.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSources } from '../src/transport/config.js';
import { resolveUrl } from '../src/transport/url-resolution.js';
import { UnconfiguredOriginError } from '@klantbeeld/core';

function urls(config: Parameters<typeof resolveSources>[0]) {
  return Object.fromEntries([...resolveSources(config)].map(([api, source]) => [api, source.url]));
}

describe('source resolution', () => {
  test('a gateway serves every API under its own base path', () => {
    assert.deepEqual(urls({ gateway: 'https://gw.example/api' }), {
      zaken: 'https://gw.example/api/zaken/api/v1',
      catalogi: 'https://gw.example/api/catalogi/api/v1',
      documenten: 'https://gw.example/api/documenten/api/v1',
      besluiten: 'https://gw.example/api/besluiten/api/v1',
      klantinteracties: 'https://gw.example/api/klantinteracties/api/v1',
      objecten: 'https://gw.example/api/objecten/api/v2',
      producten: 'https://gw.example/api/producten/api/v1',
      brp: 'https://gw.example/api/haalcentraal/api/brp',
      verwerkingen: 'https://gw.example/api/verwerkingen/api/v1',
    });
  });

  test('trailing slashes are normalised, also for a gateway at the root', () => {
    assert.deepEqual(urls({ gateway: 'https://gw.example/api///' }), urls({ gateway: 'https://gw.example/api' }));
    const atRoot = urls({ gateway: 'https://gw.example/' });
    assert.equal(atRoot.zaken, 'https://gw.example/zaken/api/v1');
    assert.equal(atRoot.catalogi, 'https://gw.example/catalogi/api/v1');
  });

  test('a per-API source wins over the gateway; string or SourceConfig', () => {
    const sources = resolveSources({
      gateway: 'https://gw.example',
      sources: { catalogi: { url: 'https://catalogi.example/api/v1/', expand: false } },
    });
    assert.equal(sources.get('zaken')?.url, 'https://gw.example/zaken/api/v1');
    assert.equal(sources.get('catalogi')?.url, 'https://catalogi.example/api/v1');
    assert.equal(sources.get('catalogi')?.expand, false);
    assert.deepEqual(urls({ sources: { zaken: 'https://zaken.example/zrc/' } }), { zaken: 'https://zaken.example/zrc' });
  });

  test('invalid base URLs are refused at configuration time', () => {
    assert.throws(() => resolveSources({ gateway: 'ftp://gw.example' }), TypeError);
    assert.throws(() => resolveSources({ gateway: 'not a url' }), TypeError);
    assert.throws(() => resolveSources({ gateway: 'https://gw.example/api?x=1' }), TypeError);
    assert.throws(() => resolveSources({ sources: { zaken: 'https://user:pw@gw.example' } }), TypeError);
  });
});

describe('URL resolution', () => {
  const sources = [...resolveSources({ gateway: 'https://gw.example/api', sources: { catalogi: 'https://cat.example:8443/' } }).values()];

  test('maps a URL to the source whose base path is a segment prefix', () => {
    const resolved = resolveUrl(sources, 'https://gw.example/api/zaken/api/v1/zaken/123?expand=rollen');
    assert.equal(resolved.source.api, 'zaken');
    assert.equal(resolved.path, '/zaken/123');
    assert.equal(resolveUrl(sources, 'https://cat.example:8443/zaaktypen/1').source.api, 'catalogi');
    assert.equal(resolveUrl(sources, 'HTTPS://GW.EXAMPLE:443/api/zaken/api/v1').path, '');
  });

  test('refuses everything outside the sources', () => {
    const refused = [
      'https://evil.example/api/zaken/api/v1/zaken/1', // other host
      'http://gw.example/api/zaken/api/v1/zaken/1', // other scheme
      'https://gw.example:8443/api/zaken/api/v1/zaken/1', // other port
      'https://gw.example/api/zaken/api/v10/zaken/1', // not on a segment boundary
      'https://gw.example/api/zaken/api/v1/../../../other', // dot segments leave the base path
      'https://gw.example/api/zaken/api/v1/%2e%2e/%2e%2e/%2e%2e/other',
      'https://gw.example.evil.example/api/zaken/api/v1/zaken/1',
      'https://gw.example@evil.example/api/zaken/api/v1/zaken/1',
      'https://user@gw.example/api/zaken/api/v1/zaken/1',
      'javascript:alert(1)',
      'data:application/json,{}',
      '/api/zaken/api/v1/zaken/1', // relative
      '',
    ];
    for (const url of refused) {
      assert.throws(() => resolveUrl(sources, url), UnconfiguredOriginError, url);
    }
  });

  test('the longest base path wins when sources overlap', () => {
    const overlapping = [...resolveSources({ sources: { zaken: 'https://gw.example', catalogi: 'https://gw.example/catalogi/api/v1' } }).values()];
    assert.equal(resolveUrl(overlapping, 'https://gw.example/catalogi/api/v1/zaaktypen/1').source.api, 'catalogi');
    assert.equal(resolveUrl(overlapping, 'https://gw.example/zaken/1').source.api, 'zaken');
  });
});

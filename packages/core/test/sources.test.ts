// Source resolution and URL resolution: which base URL serves which API, and which absolute URLs the
// client will fetch at all.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAllSources, resolveSources } from '../src/transport/config.js';
import { resolveUrl } from '../src/transport/url-resolution.js';
import { createClient, UnconfiguredOriginError } from '@klantbeeld/core';

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

describe('several sources per API', () => {
  const config = {
    gateway: 'https://gw.example/api',
    sources: {
      zaken: [
        'https://gw.example/api/zaken/api/v1',
        { url: 'https://zaken.odvr.example/zaken/api/v1/', organisatie: 'Omgevingsdienst Voorbeeldregio', expand: false },
      ],
    },
  } as const;

  test('the first entry is the primary; every entry is resolved, with its organisation', () => {
    const all = resolveAllSources(config).filter((source) => source.api === 'zaken');
    assert.deepEqual(
      all.map((source) => [source.url, source.primary, source.organisatie, source.expand]),
      [
        ['https://gw.example/api/zaken/api/v1', true, undefined, undefined],
        ['https://zaken.odvr.example/zaken/api/v1', false, 'Omgevingsdienst Voorbeeldregio', false],
      ],
    );
    assert.equal(resolveSources(config).get('zaken')?.url, 'https://gw.example/api/zaken/api/v1');
    assert.equal(resolveSources(config).get('catalogi')?.url, 'https://gw.example/api/catalogi/api/v1');
    assert.equal(resolveUrl(resolveAllSources(config), 'https://zaken.odvr.example/zaken/api/v1/zaken/1').source.organisatie, 'Omgevingsdienst Voorbeeldregio');
  });

  test('an empty list or a bad entry is refused at configuration time', () => {
    assert.throws(() => resolveAllSources({ sources: { zaken: [] } }), TypeError);
    assert.throws(() => resolveAllSources({ sources: { zaken: ['https://a.example', 'ftp://b.example'] } }), /sources\.zaken\[1\]/);
    assert.throws(() => createClient({ sources: { zaken: [{ url: 'nope' }] } }), TypeError);
  });

  test('client.sourceOf names the source of an absolute URL without a request', () => {
    const client = createClient(config);
    assert.deepEqual(client.sourceOf('https://zaken.odvr.example/zaken/api/v1/zaken/abc'), {
      api: 'zaken',
      url: 'https://zaken.odvr.example/zaken/api/v1',
      organisatie: 'Omgevingsdienst Voorbeeldregio',
      primary: false,
    });
    assert.deepEqual(client.sourceOf('https://gw.example/api/zaken/api/v1/zaken/abc'), {
      api: 'zaken',
      url: 'https://gw.example/api/zaken/api/v1',
      primary: true,
    });
    assert.equal(client.sourceOf('https://gw.example/api/catalogi/api/v1/zaaktypen/1')?.api, 'catalogi');
    for (const outside of ['https://evil.example/zaken/api/v1/zaken/1', 'https://zaken.odvr.example/other/1', '/zaken/api/v1/zaken/1', 'not a url', '']) {
      assert.equal(client.sourceOf(outside), undefined, outside);
    }
  });

  test('a gateway keeps serving every API when no list is given', () => {
    const client = createClient({ gateway: 'https://gw.example/api' });
    assert.equal(client.sourceOf('https://gw.example/api/objecten/api/v2/objects')?.api, 'objecten');
    assert.equal(client.sourceOf('https://gw.example/api/objecten/api/v2/objects')?.organisatie, undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentDisposition, downloadContentType, sanitizeFilename } from '../../src/proxy/rewrite/content-disposition.js';
import { UrlMap } from '../../src/proxy/rewrite/url-map.js';

const map = new UrlMap([
  { api: 'zaken', upstream: 'https://oz.test/zaken/api/v1', public: 'https://gw.test/kb/zaken/api/v1' },
  { api: 'catalogi', upstream: 'https://oz.test/catalogi/api/v1', public: 'https://gw.test/kb/catalogi/api/v1' },
  { api: 'objecten', upstream: 'https://objects.test/api/v2', public: 'https://gw.test/kb/objecten/api/v2' },
]);

describe('UrlMap', () => {
  test('translates upstream URLs in nested JSON to gateway URLs, and back', () => {
    const upstream = {
      url: 'https://oz.test/zaken/api/v1/zaken/1',
      zaaktype: 'https://oz.test/catalogi/api/v1/zaaktypen/2',
      _expand: { rollen: [{ url: 'https://oz.test/zaken/api/v1/rollen/3' }] },
      next: 'https://oz.test/zaken/api/v1/zaken?page=2',
      count: 1,
    };
    const pub = map.publicJson(upstream);
    assert.deepEqual(pub, {
      url: 'https://gw.test/kb/zaken/api/v1/zaken/1',
      zaaktype: 'https://gw.test/kb/catalogi/api/v1/zaaktypen/2',
      _expand: { rollen: [{ url: 'https://gw.test/kb/zaken/api/v1/rollen/3' }] },
      next: 'https://gw.test/kb/zaken/api/v1/zaken?page=2',
      count: 1,
    });
    assert.deepEqual(map.upstreamJson(pub), upstream);
  });

  test('leaves URLs of other hosts, and lookalike prefixes, alone', () => {
    for (const other of ['https://elders.test/zaken/api/v1/zaken/1', 'https://oz.test/zaken/api/v10/zaken', 'https://oz.test.evil/zaken/api/v1', 'openbaar']) {
      assert.equal(map.toPublic(other), other);
      assert.equal(map.toUpstream(other), other);
    }
  });

  test('rewrites each target of a Link header', () => {
    assert.equal(
      map.publicLink('<https://oz.test/zaken/api/v1/zaken?page=2>; rel="next", <https://x.test/a>; rel="x"'),
      '<https://gw.test/kb/zaken/api/v1/zaken?page=2>; rel="next", <https://x.test/a>; rel="x"',
    );
  });

  test('names the API an upstream URL belongs to', () => {
    assert.equal(map.upstreamApi('https://objects.test/api/v2/objects/1'), 'objecten');
    assert.equal(map.upstreamApi('https://gw.test/kb/objecten/api/v2/objects/1'), undefined);
  });
});

describe('Content-Disposition', () => {
  test('always an attachment, with an ASCII fallback and the UTF-8 name (RFC 6266/8187)', () => {
    assert.equal(contentDisposition('Besluit café.pdf'), `attachment; filename="Besluit cafe.pdf"; filename*=UTF-8''Besluit%20caf%C3%A9.pdf`);
  });

  test('strips path separators, quotes, control characters and CR/LF (no header injection)', () => {
    const header = contentDisposition('../../etc/"passwd"\r\nSet-Cookie: x=1.pdf');
    assert.doesNotMatch(header, /[\r\n]/);
    assert.doesNotMatch(header, /\.\.\//);
    assert.match(header, /^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+,=@^`{}#-]*$/);
  });

  test('a download is never served as something a browser runs', () => {
    assert.equal(downloadContentType('application/pdf'), 'application/pdf');
    assert.equal(downloadContentType('text/plain; charset=utf-8'), 'text/plain; charset=utf-8');
    for (const active of [
      'text/html',
      'application/xhtml+xml',
      'image/svg+xml',
      'text/javascript',
      'text/xml',
      undefined,
      '',
      'application/pdf\r\nX-Evil: 1',
    ]) {
      assert.equal(downloadContentType(active), 'application/octet-stream', String(active));
    }
  });

  test('a missing or empty name becomes "document"; a long one is cut', () => {
    assert.equal(sanitizeFilename(undefined), 'document');
    assert.equal(sanitizeFilename(' .. '), 'document');
    assert.equal(sanitizeFilename('a'.repeat(500)).length, 150);
  });
});

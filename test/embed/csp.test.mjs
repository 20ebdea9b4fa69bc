// @ts-check
// The CDN build on a host page with a strict Content-Security-Policy, sent as a response header as a municipality's
// server would: no 'unsafe-inline', no 'unsafe-eval', Trusted Types required for every script sink, and only the
// configured gateway reachable. Configured without JavaScript (a JSON block, attributes). Every element renders the
// mock resident's data; the page reports no CSP violation, no error, and contacts only its own and the gateway's origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allElements, residentElements as elements, launch, open, page, settled, startSite, strictPolicy } from './harness.mjs';

let site;
let browser;

const pages = {
  // Everything in one file, configured by a JSON block.
  '/bundle.html': (gateway) =>
    page({
      head: '<link rel="stylesheet" href="/themes/src/default.css"><script type="module" src="/cdn/klantbeeld.js"></script>',
      body: `<main class="kb-theme"><kb-provider><script type="application/json">{ "gateway": "${gateway}" }</script>${allElements(gateway)}</kb-provider></main>`,
    }),
  // The autoloader, configured by attributes: each element's file loads when its tag is seen.
  '/autoloader.html': (gateway) =>
    page({
      head: '<link rel="stylesheet" href="/themes/src/default.css"><script type="module" src="/cdn/autoloader.js"></script>',
      body: `<main class="kb-theme"><kb-provider gateway="${gateway}" lang="nl">${allElements(gateway)}</kb-provider></main>`,
    }),
};

before(async () => {
  // The policy names the mock's origin, which is known only once it listens: the site starts first, pages are filled in.
  const html = {};
  site = await startSite({ pages: html });
  site.setHeader('Content-Security-Policy', strictPolicy(site.api.url));
  for (const [path, make] of Object.entries(pages)) html[path] = make(site.api.url);
  html['/programmatic.html'] = page({
    head: '<script type="module" src="/cdn/klantbeeld.js"></script>',
    body: '<kb-provider><kb-lopende-zaken heading-level="2"></kb-lopende-zaken></kb-provider>',
  });
  html['/control.html'] = page({ body: '<p style="color: red">inline style</p><script>document.title = "inline script";</script>' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the policy is enforced and its violations are seen (control: an inline style and an inline script)', async () => {
  const { page: control, log } = await open(browser, `${site.url}/control.html`);
  try {
    await control.waitForFunction(() => window.__violations.length >= 2);
    const violations = await log.violations();
    assert.ok(
      violations.some((v) => v.startsWith('style-src')),
      violations.join('\n'),
    );
    assert.ok(
      violations.some((v) => v.startsWith('script-src')),
      violations.join('\n'),
    );
  } finally {
    await control.close();
  }
});

test('apps configure it programmatically: the bundle exports createClient, the provider takes a client', async () => {
  const { page: p, log } = await open(browser, `${site.url}/programmatic.html`);
  try {
    await p.waitForFunction(() => customElements.get('kb-provider'));
    // What an app's own module does (here through the test driver: the policy forbids inline scripts).
    await p.evaluate(async (gateway) => {
      // The page's URL of the CDN build (no module here to type it from).
      const klantbeeld = '/cdn/klantbeeld.js';
      const { createClient } = await import(klantbeeld);
      /** @type {Element & { client?: unknown }} */ (document.querySelector('kb-provider')).client = createClient({ gateway });
    }, site.api.url);
    const [{ text }] = await settled(p);
    assert.match(text, /Parkeervergunning bewoners/);
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
  } finally {
    await p.close();
  }
});

for (const path of Object.keys(pages)) {
  describe(`strict CSP: ${path}`, () => {
    let result;
    before(async () => {
      result = await open(browser, `${site.url}${path}`);
      result.rendered = await settled(result.page);
    });
    after(() => result?.page.close());

    test('every element renders the resident’s data', () => {
      assert.deepEqual(
        result.rendered.map((r) => r.tag).sort(),
        elements
          .filter((n) => n !== 'provider')
          .map((n) => `kb-${n}`)
          .sort(),
      );
      for (const { tag, text } of result.rendered) assert.ok(text.length > 0, `${tag} rendered nothing`);
    });

    test('no element reports an error (kb-error)', async () => {
      assert.deepEqual(await result.log.kbErrors(), []);
    });

    test('0 CSP violations, no CSP or Trusted Types message, no page error', async () => {
      assert.deepEqual(await result.log.violations(), []);
      const csp = result.log.console.filter((m) => /Content Security Policy|Content-Security-Policy|Trusted Type/i.test(m.text));
      assert.deepEqual(csp, []);
      assert.deepEqual(result.log.errors, []);
      assert.deepEqual(
        result.log.console.filter((m) => m.type === 'error'),
        [],
      );
    });

    test('requests go only to the page’s own origin and the configured gateway', () => {
      const origins = new Set(result.log.requests.map((url) => (url.startsWith('data:') ? 'data:' : new URL(url).origin)));
      assert.ok(origins.has(site.api.url), 'the gateway was not called');
      assert.deepEqual(
        [...origins].filter((o) => o !== site.url && o !== site.api.url && o !== 'data:'),
        [],
      );
    });
  });
}

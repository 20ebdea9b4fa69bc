// @ts-check
// The embedding path of the README and the CMS guide: the CDN build's default theme (dist/cdn/klantbeeld.css) styles
// the elements through the theme class, light and dark; and scripts from another origin load only when that host
// allows CORS (module scripts are fetched in CORS mode), which is what the README tells a municipality's web team.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, page, settled, startSite } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** The host page of the snippet: the theme stylesheet, the bundle and two elements, scripts from `cdn`. */
const snippet = (gateway, { cdn = '', htmlClass = 'kb-theme' } = {}) =>
  page({
    head: `<link rel="stylesheet" href="${cdn}/cdn/klantbeeld.css"><script type="module" src="${cdn}/cdn/klantbeeld.js"></script>`,
    body: `<kb-provider gateway="${gateway}"><kb-lopende-zaken heading-level="2"></kb-lopende-zaken><kb-klantvoorkeuren heading-level="2"></kb-klantvoorkeuren></kb-provider>`,
  }).replace('<html lang="nl">', `<html lang="nl" class="${htmlClass}">`);

/** Computed styles inside the elements: the heading's font and colour, and a checked radio button's border. */
const inside = () => {
  const root = (tag) => document.querySelector(tag).shadowRoot;
  const heading = getComputedStyle(root('kb-lopende-zaken').querySelector('.utrecht-heading-2'));
  return {
    headingFont: heading.fontFamily,
    headingColour: heading.color,
    radioBorder: getComputedStyle(root('kb-klantvoorkeuren').querySelector('input[type="radio"]:checked')).borderTopColor,
  };
};

describe('dist/cdn/klantbeeld.css, the default theme of the CDN build', () => {
  let site;
  before(async () => {
    const pages = {};
    site = await startSite({ pages });
    pages['/light.html'] = snippet(site.api.url);
    pages['/auto.html'] = snippet(site.api.url, { htmlClass: 'kb-theme kb-theme--media-query-color-scheme' });
  });
  after(() => site?.close());

  test('styles the elements through class="kb-theme": one font family, the theme colours', async () => {
    const { page: p } = await open(browser, `${site.url}/light.html`);
    await settled(p);
    const styles = await p.evaluate(inside);
    assert.match(styles.headingFont, /^"Noto Sans", system-ui/);
    assert.equal(styles.headingColour, 'rgb(0, 26, 64)');
    assert.equal(styles.radioBorder, 'rgb(81, 21, 239)');
    await p.close();
  });

  test('follows prefers-color-scheme with .kb-theme--media-query-color-scheme', async () => {
    const { page: p } = await open(browser, `${site.url}/auto.html`);
    await p.emulateMedia({ colorScheme: 'dark' });
    await settled(p);
    const styles = await p.evaluate(inside);
    assert.equal(styles.headingColour, 'rgb(255, 255, 255)');
    assert.equal(styles.radioBorder, 'rgb(207, 189, 255)');
    await p.close();
  });
});

describe('scripts from another origin', () => {
  let host;
  let cdn;
  let closedCdn;
  before(async () => {
    const pages = {};
    host = await startSite({ pages });
    cdn = await startSite({ pages: {}, headers: { 'Access-Control-Allow-Origin': '*' } });
    closedCdn = await startSite({ pages: {} });
    pages['/open.html'] = snippet(host.api.url, { cdn: cdn.url });
    pages['/closed.html'] = snippet(host.api.url, { cdn: closedCdn.url });
  });
  after(async () => {
    await host?.close();
    await cdn?.close();
    await closedCdn?.close();
  });

  test('load when the script host sends Access-Control-Allow-Origin', async () => {
    const { page: p, log } = await open(browser, `${host.url}/open.html`);
    const shown = await settled(p);
    assert.deepEqual(
      shown.map(({ tag }) => tag),
      ['kb-lopende-zaken', 'kb-klantvoorkeuren'],
    );
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  test('are blocked by the browser when it does not, and the elements stay undefined', async () => {
    const { page: p, log } = await open(browser, `${host.url}/closed.html`);
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/cdn/klantbeeld.js')));
    await p.waitForLoadState('load');
    assert.equal(await p.evaluate(() => customElements.get('kb-provider')), undefined);
    assert.ok(
      log.console.some(({ type, text }) => type === 'error' && /CORS|Access-Control-Allow-Origin/.test(text)),
      JSON.stringify(log.console),
    );
    await p.close();
  });
});

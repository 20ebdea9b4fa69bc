// @ts-check
// A host page's global CSS must not change how the elements look inside: the same page with and without a stylesheet
// that restyles `*`, `h2`, `button`, `ol`, `ul` and `li` (all `!important`) gives the same computed styles for every
// node in every shadow root. Selectors do not cross the shadow boundary; inherited properties do (through the host,
// which `*` matches), so the elements reset those on `:host` (shared/host-reset.styles.ts). The page themes the
// elements the NL Design System way: a theme class on an ancestor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { allElements, launch, open, page, settled, startSite } from './harness.mjs';

const HOSTILE = `
* {
  color: red !important; background-color: yellow !important; font-family: "Comic Sans MS", cursive !important;
  font-size: 40px !important; font-weight: 900 !important; font-style: italic !important; line-height: 3 !important;
  letter-spacing: 4px !important; word-spacing: 10px !important; text-transform: uppercase !important;
  text-align: center !important; text-indent: 50px !important; white-space: nowrap !important; cursor: wait !important;
  margin: 30px !important; padding: 30px !important; border: 5px solid red !important; box-sizing: content-box !important;
  display: inline !important; list-style: square inside !important; text-decoration: underline !important;
  text-shadow: 1px 1px red !important; font-variant: small-caps !important; visibility: visible !important;
}
/* The root font size is the user's text size, which rem-based NL DS tokens follow on purpose: not an attack. */
:root { font-size: 100% !important; }
h2 { font-size: 80px !important; color: green !important; margin: 100px !important; display: flex !important; }
button { background: yellow !important; border: 10px dashed blue !important; padding: 40px !important; font: 30px serif !important; }
ol, ul { list-style: upper-roman !important; padding: 100px !important; margin: 50px !important; display: grid !important; }
li { display: inline !important; margin: 20px !important; float: left !important; }
`;

/** Computed properties compared: every inherited text property, plus the box and list properties the sheet sets. */
const PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space-collapse',
  'text-wrap-mode',
  'cursor',
  'visibility',
  'text-shadow',
  'text-decoration-line',
  'display',
  'float',
  'box-sizing',
  'list-style-type',
  'list-style-position',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-left-color',
];

let site;
let browser;

before(async () => {
  const body = `<main class="kb-theme"><kb-provider gateway="GATEWAY">${allElements('GATEWAY')}</kb-provider></main>`;
  const head = '<link rel="stylesheet" href="/themes/src/default.css"><script type="module" src="/cdn/klantbeeld.js"></script>';
  const pages = {};
  site = await startSite({ pages, files: { '/hostile.css': { type: 'text/css', body: HOSTILE } } });
  pages['/clean.html'] = page({ head, body: body.replaceAll('GATEWAY', site.api.url) });
  pages['/hostile.html'] = page({ head: `${head}<link rel="stylesheet" href="/hostile.css">`, body: body.replaceAll('GATEWAY', site.api.url) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The shadow styles of the page at `path`, once the elements have loaded their data and stopped re-rendering. */
async function shadowStyles(path) {
  const { page: p, log } = await open(browser, `${site.url}${path}`);
  try {
    await settled(p);
    assert.deepEqual(log.errors, []);
    // Settled can still be followed by a re-render (a revalidated list, a live update): read until two reads agree.
    let previous;
    for (let i = 0; i < 10; i++) {
      const current = await read(p);
      if (JSON.stringify(current) === JSON.stringify(previous)) return current;
      previous = current;
      await p.waitForTimeout(250);
    }
    throw new Error(`${path} kept re-rendering`);
  } finally {
    await p.close();
  }
}

/** The computed PROPERTIES of every element in every `kb-*` element's shadow root (nested roots included). */
function read(p) {
  return p.evaluate((properties) => {
    const result = {};
    const walk = (root, prefix, out) => {
      [...root.querySelectorAll('*')].forEach((el, i) => {
        const style = getComputedStyle(el);
        // An `auto` margin resolves to the space left over, which depends on the host's outer size (which the page's
        // CSS may set): the computed value (Typed OM) says `auto` either way, the resolved one would be a length.
        const computed = el.computedStyleMap();
        const value = (name) => (name.startsWith('margin-') && String(computed.get(name)) === 'auto' ? 'auto' : style.getPropertyValue(name));
        out[`${prefix}${el.localName}[${i}]`] = properties.map((name) => `${name}: ${value(name)}`);
        if (el.shadowRoot) walk(el.shadowRoot, `${prefix}${el.localName}[${i}] > `, out);
      });
    };
    for (const host of document.querySelectorAll('*')) {
      if (host.localName.startsWith('kb-') && host.localName !== 'kb-provider') walk(host.shadowRoot, '', (result[host.localName] = {}));
    }
    return result;
  }, PROPERTIES);
}

test('computed styles inside every shadow root are the same on a page with hostile global CSS', async () => {
  const clean = await shadowStyles('/clean.html');
  const hostile = await shadowStyles('/hostile.html');
  assert.ok(Object.keys(clean).length > 0);
  const differences = [];
  for (const [tag, nodes] of Object.entries(clean)) {
    assert.deepEqual(Object.keys(hostile[tag] ?? {}), Object.keys(nodes), `${tag} rendered other nodes`);
    for (const [node, styles] of Object.entries(nodes)) {
      styles.forEach((value, i) => {
        if (hostile[tag][node][i] !== value) differences.push(`${tag} ${node}: ${value} → ${hostile[tag][node][i]}`);
      });
    }
  }
  assert.deepEqual(differences.slice(0, 40), [], `${differences.length} differences`);
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@klantbeeld/core';
import { KbProvider } from './provider.js';
import '../define.js';
import '../lopende-zaken/lopende-zaken.js';
import { KlantbeeldElement } from '../shared/klantbeeld-element.js';
import { failOnUncaught } from '../testing/guards.js';

describe('<kb-provider>', () => {
  failOnUncaught();

  it('is registered and renders only its children (display: contents)', async () => {
    expect(customElements.get('kb-provider')).to.equal(KbProvider);
    const el = await fixture<KbProvider>(html`<kb-provider><p>Inhoud</p></kb-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    // Besides the slot only the (empty) place of the outage alert.
    expect(el.shadowRoot!.children).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="outage"]')!.children).to.have.length(0);
    expect(el.client).to.equal(undefined);
  });

  it('provides a programmatically set client to descendants, also through shadow roots', async () => {
    const client = createClient({ gateway: 'https://gateway.example.nl' });
    const el = await fixture<KbProvider>(html`<kb-provider .client=${client}>
      <div><kb-lopende-zaken></kb-lopende-zaken></div>
    </kb-provider>`);
    const child = el.querySelector('kb-lopende-zaken')!;
    await child.updateComplete;
    expect(child.client).to.equal(client);

    // An element inside another element's shadow root gets the same client.
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const nested = document.createElement('kb-lopende-zaken');
    root.append(nested);
    el.append(host);
    await nested.updateComplete;
    expect(nested.client).to.equal(client);
  });

  it('creates a client from its attributes and recreates it when they change', async () => {
    const el = await fixture<KbProvider>(html`<kb-provider gateway="https://gateway.example.nl" behandelaar="naam">
      <kb-lopende-zaken></kb-lopende-zaken>
    </kb-provider>`);
    const child = el.querySelector('kb-lopende-zaken')!;
    await waitUntil(() => child.client !== undefined, 'no client provided');
    const first = child.client!;
    expect(first).to.equal(el.client);
    expect(first.config.gateway).to.equal('https://gateway.example.nl');
    expect(first.config.behandelaar).to.equal('naam');

    el.setAttribute('zaken-url', 'https://zaken.example.nl/zaken/api/v1');
    el.setAttribute('catalogi-url', 'https://catalogi.example.nl/catalogi/api/v1');
    await el.updateComplete;
    await child.updateComplete;
    const second = child.client!;
    expect(second).not.to.equal(first);
    expect(second.config.sources).to.deep.equal({
      zaken: 'https://zaken.example.nl/zaken/api/v1',
      catalogi: 'https://catalogi.example.nl/catalogi/api/v1',
    });
  });

  it('prefers a programmatic client over the attributes, and falls back to them when it is unset', async () => {
    const el = await fixture<KbProvider>(html`<kb-provider gateway="https://gateway.example.nl">
      <kb-lopende-zaken></kb-lopende-zaken>
    </kb-provider>`);
    const child = el.querySelector('kb-lopende-zaken')!;
    await waitUntil(() => child.client !== undefined);
    const fromAttributes = child.client;

    const own = createClient({ gateway: 'https://eigen.example.nl' });
    el.client = own;
    await el.updateComplete;
    expect(child.client).to.equal(own);

    el.client = undefined;
    await el.updateComplete;
    expect(child.client).to.equal(fromAttributes);
  });

  it('does not throw on an invalid gateway URL (warns; provides no client)', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<KbProvider>(html`<kb-provider gateway="javascript:alert(1)">
        <kb-lopende-zaken></kb-lopende-zaken>
      </kb-provider>`);
      const child = el.querySelector('kb-lopende-zaken')!;
      await child.updateComplete;
      expect(el.client).to.equal(undefined);
      expect(child.client).to.equal(undefined);
      expect(child.dataState).to.equal('idle');
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });

  describe('configuration without JavaScript', () => {
    const clientOf = async (el: KbProvider) => {
      await el.updateComplete;
      return el.client;
    };

    // First in this file to use a block: its parser loads now, and updateComplete waits for that.
    it('reads a block added to a provider configured by attributes once its parser has loaded on demand', async () => {
      const el = await fixture<KbProvider>(html`<kb-provider gateway="https://gateway.example.nl"></kb-provider>`);
      const first = (await clientOf(el))!;
      expect(first.config.timeout).to.equal(undefined);
      const block = document.createElement('script');
      block.type = 'application/json';
      block.textContent = '{ "timeout": 2500 }';
      el.append(block);
      await Promise.resolve(); // the block observer's callback (a microtask queued by the append) requests the update
      await el.updateComplete;
      expect(el.client).not.to.equal(first);
      expect(el.client!.config.gateway).to.equal('https://gateway.example.nl');
      expect(el.client!.config.timeout).to.equal(2500);
    });

    it('reads a JSON configuration block (data, never executed)', async () => {
      const el = await fixture<KbProvider>(html`<kb-provider>
        <script type="application/json">
          { "gateway": "https://gateway.example.nl", "sources": { "brp": { "url": "https://brp.example.nl/haalcentraal/api/brp" } }, "timeout": 5000 }
        </script>
        <kb-lopende-zaken></kb-lopende-zaken>
      </kb-provider>`);
      const child = el.querySelector('kb-lopende-zaken')!;
      await waitUntil(() => child.client !== undefined, 'no client provided');
      expect(child.client).to.equal(el.client);
      expect(child.client!.config.gateway).to.equal('https://gateway.example.nl');
      expect(child.client!.config.sources).to.deep.equal({ brp: { url: 'https://brp.example.nl/haalcentraal/api/brp' } });
      expect(child.client!.config.timeout).to.equal(5000);
    });

    it('lets attributes win over the block, and recreates the client when the block changes', async () => {
      const el = await fixture<KbProvider>(html`<kb-provider zaken-url="https://zaken.example.nl/zaken/api/v1" lang="en">
        <script type="application/json">{ "gateway": "https://gateway.example.nl", "sources": { "zaken": "https://oud.example.nl/zaken/api/v1" } }</script>
      </kb-provider>`);
      const first = (await clientOf(el))!;
      expect(first.config.sources).to.deep.equal({ zaken: 'https://zaken.example.nl/zaken/api/v1' });
      expect(first.config.language).to.equal('en');

      el.querySelector('script')!.textContent = '{ "gateway": "https://nieuw.example.nl" }';
      await waitUntil(() => el.client !== first, 'the client was not recreated');
      expect(el.client!.config.gateway).to.equal('https://nieuw.example.nl');

      // An unchanged configuration keeps its client (no refetch of every element).
      const second = el.client;
      el.requestUpdate();
      expect(await clientOf(el)).to.equal(second);

      // Removing the block leaves the attributes' configuration.
      el.querySelector('script')!.remove();
      await waitUntil(() => el.client !== second, 'the client was not recreated without the block');
      expect(el.client!.config.gateway).to.equal(undefined);
      expect(el.client!.config.sources).to.deep.equal({ zaken: 'https://zaken.example.nl/zaken/api/v1' });
    });

    it('has a base URL attribute for every API, and events-url', async () => {
      const el = await fixture<KbProvider>(html`<kb-provider
        documenten-url="https://x.example.nl/documenten/api/v1"
        besluiten-url="https://x.example.nl/besluiten/api/v1"
        klantinteracties-url="https://x.example.nl/klantinteracties/api/v1"
        objecten-url="https://x.example.nl/objecten/api/v2"
        producten-url="https://x.example.nl/producten/api/v1"
        brp-url="https://x.example.nl/haalcentraal/api/brp"
        verwerkingen-url="https://x.example.nl/verwerkingen/api/v1"
        events-url="https://x.example.nl/events"
      ></kb-provider>`);
      const client = (await clientOf(el))!;
      expect(Object.keys(client.config.sources!).sort()).to.deep.equal([
        'besluiten',
        'brp',
        'documenten',
        'klantinteracties',
        'objecten',
        'producten',
        'verwerkingen',
      ]);
      expect(client.config.sources!.brp).to.equal('https://x.example.nl/haalcentraal/api/brp');
      expect(client.config.events).to.equal('https://x.example.nl/events');
    });

    for (const [problem, text, message] of [
      ['invalid JSON', '{ gateway: "https://gateway.example.nl" }', /not valid JSON/],
      ['an unknown key', '{ "gatway": "https://gateway.example.nl" }', /unknown key "gatway"/],
      ['an unknown API', '{ "sources": { "zakenn": "https://x.example.nl" } }', /unknown API "zakenn"/],
      ['a value of the wrong type', '{ "gateway": "https://x.example.nl", "timeout": "5s" }', /"timeout".*number/],
      ['a URL that does not parse', '{ "gateway": "https://" }', /gateway/],
    ] as const) {
      it(`fires kb-error and provides no client for ${problem}`, async () => {
        const errors: Error[] = [];
        const listener = (event: Event) => errors.push((event as CustomEvent<{ error: Error }>).detail.error);
        document.addEventListener('kb-error', listener);
        const warn = console.warn;
        console.warn = () => {};
        try {
          const el = await fixture<KbProvider>(`<kb-provider><script type="application/json">${text}</script></kb-provider>`);
          await el.updateComplete;
          expect(el.client === undefined, 'a client was provided').to.equal(true);
          expect(errors).to.have.length(1);
          expect(errors[0]!.message).to.match(message);
          // Once per invalid configuration, not on every update.
          el.requestUpdate();
          await el.updateComplete;
          expect(errors).to.have.length(1);
        } finally {
          document.removeEventListener('kb-error', listener);
          console.warn = warn;
        }
      });
    }
  });

  it('define.js registers every element', () => {
    for (const tag of ['kb-provider', 'kb-status-tracker', 'kb-lopende-zaken']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('reaches elements that asked for a client before the provider was defined (ContextRoot in define.js)', async () => {
    const late = document.createElement('kb-late-provider');
    late.setAttribute('gateway', 'https://gateway.example.nl');
    const child = document.createElement('kb-lopende-zaken');
    late.append(child);
    document.body.append(late);
    try {
      await child.updateComplete;
      expect(child.client).to.equal(undefined);
      KbProvider.define('kb-late-provider');
      await waitUntil(() => child.client !== undefined, 'the late provider did not reach the element');
      expect(child.client!.config.gateway).to.equal('https://gateway.example.nl');
    } finally {
      late.remove();
    }
  });

  describe('define()', () => {
    it('does not throw when the same tag is defined twice, and stays silent for the same version', () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => KbProvider.define('kb-provider')).not.to.throw();
        // A second copy of the bundle: another class, same version.
        class Copy extends KlantbeeldElement {}
        expect(() => Copy.define('kb-provider')).not.to.throw();
        expect(customElements.get('kb-provider')).to.equal(KbProvider);
        expect(warnings).to.have.length(0);
      } finally {
        console.warn = warn;
      }
    });

    it('warns (without throwing) when another version took the tag', () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        class Newer extends KlantbeeldElement {
          static override readonly version = '9.9.9';
        }
        expect(() => Newer.define('kb-provider')).not.to.throw();
        expect(customElements.get('kb-provider')).to.equal(KbProvider);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('kb-provider');
      } finally {
        console.warn = warn;
      }
    });

    it('registers an already registered class under another tag (as a subclass)', () => {
      KbProvider.define('kb-provider-alias');
      const alias = customElements.get('kb-provider-alias');
      expect(alias).to.be.a('function');
      expect(alias).not.to.equal(KbProvider);
      expect(document.createElement('kb-provider-alias')).to.be.instanceOf(KbProvider);
    });
  });
});

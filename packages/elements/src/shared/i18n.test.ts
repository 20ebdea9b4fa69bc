import { expect } from '@open-wc/testing';
import { getTranslation, loadTexts, registerTranslation, type Translation, type TranslationOverrides } from './i18n.js';
import { addTextsOnDemand } from './texts-on-demand.js';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';
import { withRenamedTexts } from './deprecated-texts.js';
import { statusTrackerRenamedTexts } from '../status-tracker/renamed-texts.js';
import { lopendeZakenRenamedTexts } from '../lopende-zaken/renamed-texts.js';

const migrate = (texts: TranslationOverrides) => withRenamedTexts(withRenamedTexts(texts, statusTrackerRenamedTexts), lopendeZakenRenamedTexts);
import '../taken/taken.element.js';

describe('translations', () => {
  it('exports complete Dutch and English translations, built from every element’s texts', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(nl).sort());
    for (const translation of [nl, en]) {
      for (const [key, value] of Object.entries(translation)) expect(value, `${translation.$code}.${key}`).to.not.equal(undefined);
    }
    expect(nl.taken.heading).to.equal('Mijn taken');
    expect(en.zaakDetail.zaaknummer).to.equal('Case number');
  });

  it('loads texts registered on demand (the CDN build: English) once, for the nearest language, and only then', async () => {
    let calls = 0;
    addTextsOnDemand('xx', async () => {
      calls++;
      return { default: { ...nl, $code: 'xx', retry: 'Nog ris' } };
    });
    expect(loadTexts('nl'), 'nothing to load for Dutch').to.equal(undefined);
    expect(getTranslation('xx').$code, 'not there before it loaded').to.equal('nl');
    const loading = loadTexts('xx-YY');
    expect(loading).to.be.instanceOf(Promise);
    expect(loadTexts('xx'), 'a second element waits for the same load').to.equal(loading);
    await loading;
    expect(calls).to.equal(1);
    expect(getTranslation('xx-YY').retry).to.equal('Nog ris');
    expect(loadTexts('xx'), 'loaded: nothing more to wait for').to.equal(undefined);
  });

  it('holds the shared texts and the texts of each loaded element, by the nearest language', () => {
    expect(getTranslation('en-GB').taken.heading).to.equal(en.taken.heading);
    expect(getTranslation('EN').retry).to.equal(en.retry);
    expect(getTranslation('nl').taken.geenOpenTaken).to.equal(nl.taken.geenOpenTaken);
    expect(getTranslation('fr').$code, 'an unknown language falls back to Dutch').to.equal('nl');
    expect(getTranslation(undefined).retry).to.equal(nl.retry);
  });

  it('adds an element’s texts when its module loads', async () => {
    expect(getTranslation('en').verwerkingen).to.equal(undefined);
    await import('../verwerkingen/verwerkingen.element.js');
    expect(getTranslation('en').verwerkingen.heading).to.equal(en.verwerkingen.heading);
  });

  it('prefers a registered translation to the built-in texts, also of elements loaded later', async () => {
    const frisian: Translation = { ...nl, $code: 'fy', $name: 'Frysk', retry: "Op 'e nij besykje" };
    const custom: Translation = { ...en, taken: { ...en.taken, heading: 'Your to-dos' } };
    registerTranslation(frisian, custom);
    expect(getTranslation('fy-NL').retry).to.equal("Op 'e nij besykje");
    expect(getTranslation('en').taken.heading).to.equal('Your to-dos');
    await import('../producten/producten.element.js');
    expect(getTranslation('en')).to.equal(custom);
    expect(getTranslation('fr').taken.heading, 'the fallback stays the built-in Dutch').to.equal(nl.taken.heading);
  });

  it('keeps the texts keys of 0.1 working at their new place, without changing the given object', () => {
    const old: TranslationOverrides = {
      zaakNotFound: 'Onbekend',
      statusTrackerLive: { statusChanged: (van: string, naar: string) => `${van}>${naar}` },
      lopendeZakenHeading: 'Mijn zaken',
    };
    const sharedKey: TranslationOverrides = { zaaktype: 'Soort', statusTracker: { zaaktype: 'Type' } };
    const moved = migrate(old);
    expect(moved.statusTracker?.notFound).to.equal('Onbekend');
    expect(moved.statusTracker?.statusGewijzigd?.('a', 'b')).to.equal('a>b');
    expect(moved.lopendeZaken?.heading).to.equal('Mijn zaken');
    expect(migrate(old), 'cached per object').to.equal(moved);
    expect(Object.keys(old)).to.deep.equal(['zaakNotFound', 'statusTrackerLive', 'lopendeZakenHeading']);
    const shared = migrate(sharedKey);
    expect([shared.statusTracker?.zaaktype, shared.lopendeZaken?.zaaktype], 'the new key wins; a shared old key reaches both').to.deep.equal(['Type', 'Soort']);
    const current = { statusTracker: { notFound: 'x' } };
    expect(migrate(current), 'nothing to move: the same object').to.equal(current);
  });
});

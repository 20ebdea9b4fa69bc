import { expect, waitUntil } from '@open-wc/testing';
import { NetworkError, NotAuthenticatedError, ServerError, ValidationError, type EmployeeSessionInfo, type KlantSearchPage } from '@klantbeeld/core';
import { failOnUncaught, gate, textOf } from '../testing/guards.js';
import { KCC, namesakes, ScriptedEmployeeSession, signedIn, SOCIAAL_DOMEIN } from '../testing/scripted-employee-session.js';
import { $, $$, focused, focusOn, part, pick, press, renderZoeken, searchBsn, shown, status, type } from '../testing/klant-zoeken.js';

const unavailable = () =>
  new ServerError('search source down', { status: 503, problem: { code: 'search-source-unavailable', title: 'Zoekbron niet beschikbaar', status: 503 } });
const invalid = (name: string, code: string) =>
  new ValidationError('invalid', { status: 400, problem: { invalidParams: [{ name, code, reason: `${name} ${code}` }] } });

describe('<kb-klant-zoeken> states', () => {
  failOnUncaught();
  let session: ScriptedEmployeeSession;
  beforeEach(() => {
    session = new ScriptedEmployeeSession();
  });

  it('outside employee mode says where it works, and calls nothing', async () => {
    const { el } = await renderZoeken(undefined);
    expect(textOf(part(el, 'configuration'))).to.contain('<kb-provider mode="medewerker">');
    expect(el.dataState).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('reads the session itself while the provider has none: loading, then the form', async () => {
    const held = gate();
    const info = session.infoAnswer;
    session.infoAnswer = () => held.promise.then(info);
    const { el } = await renderZoeken({ info: undefined, context: null, session });
    expect(textOf(part(el, 'loading'))).to.equal('Uw gegevens als medewerker worden geladen…');
    expect(el.dataState).to.equal('loading');
    await expect(el).to.be.accessible();
    held.open();
    await shown(el, 'search-form');
    expect(session.calls.info).to.equal(1);
    expect(el.dataState).to.equal('ready');
  });

  it('not signed in as an employee: a calm note, no form', async () => {
    session.infoAnswer = () => Promise.reject(new NotAuthenticatedError('401', { status: 401, problem: { code: 'not-signed-in' } }));
    const { el } = await renderZoeken({ info: undefined, context: null, session });
    expect(textOf(await shown(el, 'not-signed-in'))).to.equal('U bent niet ingelogd als medewerker. Log in om een klant te zoeken.');
    expect(part(el, 'search-form')).to.equal(null);
    expect(el.dataState).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('the session cannot be read: an error with retry that reads it again', async () => {
    session.infoAnswer = () => Promise.reject(new NetworkError('offline'));
    const { el } = await renderZoeken({ info: undefined, context: null, session });
    await shown(el, 'session-error');
    await expect(el).to.be.accessible();
    session.infoAnswer = () => Promise.resolve({ employee: { displayName: 'K. de Vries' }, profiles: [KCC], context: null });
    await press(el, 'retry-button');
    await shown(el, 'search-form');
    expect(session.calls.info).to.equal(2);
  });

  it('an employee without profiles is told so, and cannot search', async () => {
    const { el } = await renderZoeken(signedIn(session, []));
    expect(textOf(part(el, 'no-profiles'))).to.contain('geen rol');
    expect(el.dataState).to.equal('empty');
    expect(part(el, 'search-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('idle: one profile, its ways of searching, the BSN field labelled and described', async () => {
    const { el } = await renderZoeken(signedIn(session));
    expect($$(el, 'input[name="profiel"]')).to.have.length(0);
    expect($$(el, 'input[name="zoeken-op"]').map((r) => r.getAttribute('value'))).to.deep.equal(['bsn', 'naam', 'kvk', 'email', 'telefoon']);
    const bsn = $<HTMLInputElement>(el, '#kb-zoek-bsn');
    expect(textOf($(el, 'label[for="kb-zoek-bsn"]'))).to.equal('BSN');
    expect(bsn?.getAttribute('aria-describedby')).to.equal('kb-zoek-bsn-description');
    expect(bsn?.autocomplete).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('validates before sending: error summary focused, inline error, the 11-proef; nothing sent', async () => {
    const { el } = await renderZoeken(signedIn(session));
    await press(el, 'submit-button');
    await focusOn(el, 'error-summary');
    expect(textOf(part(el, 'error-summary')))
      .to.contain('Er is 1 fout gevonden')
      .and.contain('Vul het BSN in.');
    expect($(el, '#kb-zoek-bsn')?.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#kb-zoek-bsn')?.getAttribute('aria-describedby')).to.equal('kb-zoek-bsn-error kb-zoek-bsn-description');
    await expect(el).to.be.accessible();
    await searchBsn(el, '12345');
    expect(textOf($(el, '#kb-zoek-bsn-error'))).to.equal('Vul een BSN in van 9 cijfers.');
    await searchBsn(el, '123456789');
    expect(textOf($(el, '#kb-zoek-bsn-error'))).to.contain('elfproef');
    // The summary's link moves focus to the field.
    $<HTMLAnchorElement>(el, '[part="error-summary"] a')?.click();
    expect(focused(el)).to.equal($(el, '#kb-zoek-bsn'));
    expect(session.calls.search).to.have.length(0);
  });

  it('surname and birth date: both fields checked, the summary counts both', async () => {
    const { el } = await renderZoeken(signedIn(session));
    await pick(el, 'zoeken-op', 'naam');
    expect($(el, '#kb-zoek-bsn')).to.equal(null);
    await press(el, 'submit-button');
    expect(textOf(part(el, 'error-summary'))).to.contain('Er zijn 2 fouten gevonden');
    type(el, 'kb-zoek-surname', ' Jansen ');
    type(el, 'kb-zoek-birthDate', '31-02-1980');
    await press(el, 'submit-button');
    expect(textOf($(el, '#kb-zoek-birthDate-error'))).to.contain('bestaande geboortedatum');
    type(el, 'kb-zoek-birthDate', '1-2-1980');
    await press(el, 'submit-button');
    await shown(el, 'result-list');
    expect(session.calls.search).to.deep.equal([{ surname: 'Jansen', birthDate: '1980-02-01', profile: 'kcc', page: 1 }]);
  });

  it("maps the gateway's invalidParams to the fields", async () => {
    session.searchAnswer = () => Promise.reject(invalid('telefoon', 'invalid'));
    const { el } = await renderZoeken(signedIn(session));
    await pick(el, 'zoeken-op', 'telefoon');
    type(el, 'kb-zoek-telefoon', '06 1234 5678');
    await press(el, 'submit-button');
    await focusOn(el, 'error-summary');
    expect(session.calls.search[0]).to.deep.equal({ telefoon: '0612345678', profile: 'kcc', page: 1 });
    expect(textOf($(el, '#kb-zoek-telefoon-error'))).to.equal('Vul een telefoonnummer in zoals 0612345678 of +31612345678.');
    await expect(el).to.be.accessible();
  });

  it('searching: the results say so and are busy; the live region too', async () => {
    const held = gate();
    session.searchAnswer = (request) => held.promise.then((): KlantSearchPage => ({ results: [], page: request.page ?? 1, pageSize: 10, hasNext: false }));
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    expect(part(el, 'results')?.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(part(el, 'searching'))).to.equal('Bezig met zoeken…');
    expect(status(el)).to.equal('Bezig met zoeken…');
    await expect(el).to.be.accessible();
    held.open();
    await shown(el, 'no-match');
  });

  it('no match: a clear message, focus on the results, announced', async () => {
    session.results = [];
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    expect(textOf(await shown(el, 'no-match'))).to.contain('Geen klant gevonden');
    await focusOn(el, 'results-heading');
    expect(status(el)).to.contain('Geen klant gevonden');
    await expect(el).to.be.accessible();
  });

  it('many matches: pages of ten with previous/next and "page x", the count announced', async () => {
    session.results = namesakes(25);
    const { el } = await renderZoeken(signedIn(session));
    await pick(el, 'zoeken-op', 'naam');
    type(el, 'kb-zoek-surname', 'Jansen');
    type(el, 'kb-zoek-birthDate', '01/02/1980');
    await press(el, 'submit-button');
    await shown(el, 'result-list');
    expect($$(el, '[part="result"]')).to.have.length(10);
    expect(status(el)).to.equal('10 klanten gevonden op pagina 1, er zijn meer pagina’s.');
    expect(textOf(part(el, 'page'))).to.equal('Pagina 1');
    expect(part(el, 'previous-button')).to.equal(null);
    // Namesakes told apart by birth date and address; the button names whom it chooses.
    expect(textOf(part(el, 'result')))
      .to.contain('geboren 1 februari 1980')
      .and.contain('Burgemeester van Walsum-Bisschopsweg 1');
    expect(textOf(part(el, 'choose-button'))).to.equal(
      "Kiezen: F. Jansen-El Amrani, geboren 1 februari 1980, Burgemeester van Walsum-Bisschopsweg 1, 's-Gravenhage",
    );
    await expect(el).to.be.accessible();
    await press(el, 'next-button');
    await waitForPage(el, 2);
    await focusOn(el, 'results-heading');
    expect(part(el, 'previous-button')).to.not.equal(null);
    await press(el, 'next-button');
    await waitForPage(el, 3);
    expect(session.calls.search.map((r) => r.page)).to.deep.equal([1, 2, 3]);
    expect($$(el, '[part="result"]')).to.have.length(5);
    expect(part(el, 'next-button')).to.equal(null);
    expect(status(el)).to.equal('5 klanten gevonden op pagina 3.');
    await press(el, 'previous-button');
    await waitForPage(el, 2);
    expect(session.calls.search.at(-1)).to.include({ page: 2, surname: 'Jansen' });
  });

  it('source down (503 search-source-unavailable): a message with retry that searches again', async () => {
    session.searchAnswer = () => Promise.reject(unavailable());
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    expect(textOf(await shown(el, 'search-error'))).to.contain('BRP of Klantinteracties');
    await focusOn(el, 'search-error');
    await expect(el).to.be.accessible();
    session.searchAnswer = () => Promise.resolve({ results: namesakes(1), page: 1, pageSize: 10, hasNext: false });
    await press(el, 'retry-button');
    await shown(el, 'result-list');
    expect(session.calls.search).to.have.length(2);
  });

  it('no connection, or another failure: a message with retry', async () => {
    session.searchAnswer = () => Promise.reject(new NetworkError('offline'));
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    expect(textOf(await shown(el, 'search-error'))).to.contain('geen verbinding');
    session.searchAnswer = () => Promise.reject(new Error('boom'));
    await press(el, 'retry-button');
    await shown(el, 'search-error');
    expect(textOf(part(el, 'search-error'))).to.contain('Het zoeken is mislukt');
    expect(part(el, 'retry-button')).to.not.equal(null);
  });

  it('several profiles: the profile decides the ways of searching, the purposes and the request', async () => {
    const { el } = await renderZoeken(signedIn(session, [KCC, SOCIAAL_DOMEIN]));
    expect(textOf($(el, 'label[for="kb-zoek-profiel"]'))).to.equal('Klantcontactcentrum');
    await pick(el, 'zoeken-op', 'kvk');
    await pick(el, 'profiel', 'sociaal-domein');
    // KvK is not a way this profile allows: back to its first one.
    expect($$(el, 'input[name="zoeken-op"]').map((r) => r.getAttribute('value'))).to.deep.equal(['bsn', 'naam']);
    expect($(el, '#kb-zoek-bsn')).to.not.equal(null);
    await searchBsn(el);
    await shown(el, 'result-list');
    expect(session.calls.search[0]?.profile).to.equal('sociaal-domein');
    await press(el, 'choose-button');
    // Its one purpose is chosen already.
    expect($$(el, 'input[name="doel"]').map((r) => (r as HTMLInputElement).checked)).to.deep.equal([true]);
    await press(el, 'confirm-button');
    await shown(el, 'summary');
    expect(session.calls.choose[0]).to.deep.equal({ ref: 'ref-1', profile: 'sociaal-domein', purpose: 'behandeling-aanvraag' });
    expect(textOf(part(el, 'summary-data')))
      .to.contain('Sociaal domein')
      .and.contain('Behandeling van een aanvraag');
  });

  it('with one profile, a refusal of the profile is an alert in the form (there is no profile field)', async () => {
    session.searchAnswer = () => Promise.reject(invalid('profile', 'not-allowed'));
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    await focusOn(el, 'form-alert');
    expect(textOf(part(el, 'form-alert'))).to.equal('Met deze rol mag u niet op deze manier zoeken.');
    expect(part(el, 'error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a profile the gateway refuses is shown at the profile', async () => {
    session.searchAnswer = () => Promise.reject(invalid('profile', 'not-allowed'));
    const { el } = await renderZoeken(signedIn(session, [KCC, SOCIAAL_DOMEIN]));
    await searchBsn(el);
    await focusOn(el, 'error-summary');
    expect(textOf($(el, '#kb-zoek-profiel-error'))).to.equal('Met deze rol mag u niet op deze manier zoeken.');
    await expect(el).to.be.accessible();
  });

  it('choosing fails: an expired result says search again; no connection offers retry', async () => {
    session.chooseAnswer = () => Promise.reject(invalid('ref', 'invalid'));
    const { el } = await renderZoeken(signedIn(session));
    await searchBsn(el);
    await shown(el, 'result-list');
    await press(el, 'choose-button');
    await pick(el, 'doel', 'telefoon');
    await press(el, 'confirm-button');
    expect(textOf(await shown(el, 'purpose-error'))).to.contain('Zoek de klant opnieuw');
    expect($(el, '[part="purpose-error"] [part="retry-button"]')).to.equal(null);
    await focusOn(el, 'purpose-error');
    await expect(el).to.be.accessible();
    session.chooseAnswer = () => Promise.reject(new NetworkError('offline'));
    await press(el, 'confirm-button');
    await waitForText(el, 'purpose-error', 'geen verbinding');
    session.chooseAnswer = (request) => Promise.resolve({ ...contextOf(request.purpose) });
    await press(el, 'retry-button');
    await shown(el, 'summary');
  });

  it('a klant context that exists already shows as the summary; ending it fails, then works', async () => {
    session.context = contextOf('balie');
    session.endAnswer = () => Promise.reject(new ServerError('down', { status: 500 }));
    const { el } = await renderZoeken(signedIn(session));
    expect(textOf(part(el, 'summary-data')))
      .to.contain('F. Jansen-El Amrani')
      .and.contain('Vraag van de klant aan de balie')
      .and.contain('Klantcontactcentrum');
    await press(el, 'end-button');
    await shown(el, 'end-error');
    await expect(el).to.be.accessible();
    session.endAnswer = () => Promise.resolve();
    await press(el, 'end-button');
    await shown(el, 'search-form');
    expect(session.calls.end).to.equal(2);
  });
});

describe('<kb-klant-zoeken> and another session', () => {
  failOnUncaught();

  it("another employee's session shows nothing of the previous one: no results, nothing typed, no klant", async () => {
    const first = new ScriptedEmployeeSession();
    const { el, set } = await renderZoeken(signedIn(first));
    await searchBsn(el);
    await shown(el, 'result-list');
    const second = new ScriptedEmployeeSession();
    set(signedIn(second, [SOCIAAL_DOMEIN]));
    await el.updateComplete;
    expect(part(el, 'results')).to.equal(null);
    expect($<HTMLInputElement>(el, '#kb-zoek-bsn')?.value).to.equal('');
    expect($$(el, 'input[name="zoeken-op"]').map((r) => r.getAttribute('value'))).to.deep.equal(['bsn', 'naam']);
    expect(second.calls.search).to.have.length(0);
  });
});

function contextOf(purpose: string): NonNullable<EmployeeSessionInfo['context']> {
  return {
    klant: { kind: 'persoon', displayName: 'F. Jansen-El Amrani', birthDate: '1980-02-01' },
    profile: 'kcc',
    purpose,
    reference: null,
    startedAt: '2026-12-07T10:00:00Z',
    access: { zaken: 'read' },
  };
}

async function waitForPage(el: Parameters<typeof part>[0], page: number): Promise<void> {
  await waitForText(el, 'page', `Pagina ${page}`);
}

async function waitForText(el: Parameters<typeof part>[0], name: string, text: string): Promise<void> {
  await waitUntil(() => textOf(part(el, name)).includes(text), `${name} does not say ${text}: ${textOf(part(el, name))}`, { timeout: 3000 });
}

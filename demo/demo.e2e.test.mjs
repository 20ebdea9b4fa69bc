// End to end: the demo that `npm start` serves, in Debian's Chromium, on the real path: the resident signs
// in at the gateway's development IdP, the elements render her data from the mock in upstream mode through
// the gateway, a chosen case opens in the tracker, the language switch works, another resident sees only
// their own cases, and the page logs no error. This is what a person checks after `npm install && npm start`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { signIn as signInAt, signOut as signOutAt } from './sign-in.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let server;
let browser;
let page;
const problems = [];

before(async () => {
  server = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), server: { port: 0 }, logLevel: 'error' });
  await server.listen();
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Which request failed (the console only says that one did); paths carry no personal data. The event stream
  // is served (the gateway relays the mock's Notificaties API), so a refusal of it is a problem too.
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${path}`);
  });
  page.on('console', (message) => {
    const expected = message.text().includes('Lit is in dev mode');
    if (['error', 'warning'].includes(message.type()) && !expected) problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(server.resolvedUrls.local[0]);
  await signIn(/Fatima Jansen-El Amrani/);
});

const signIn = (account) => signInAt(page, server.resolvedUrls.local[0], account);
const signOut = () => signOutAt(page, server.resolvedUrls.local[0]);

after(async () => {
  await browser?.close();
  await server?.close();
});

const items = () => page.locator('kb-lopende-zaken [part~="item"]');
const steps = () => page.locator('#tracker [part~="step"]'); // #tracker: <kb-zaak-detail> embeds a tracker too

test('says who is signed in, without a BSN', async () => {
  assert.match(await page.locator('#demo-session-status').innerText(), /^Ingelogd als Fatima Jansen-El Amrani/);
});

test('lists the resident’s open cases and tracks the preselected case', async () => {
  await items().first().waitFor();
  const parkeren = items().filter({ hasText: 'Parkeervergunning bewoners, vergunninggebied Centrum-Oost' });
  assert.equal(await parkeren.count(), 1);
  assert.match(await parkeren.innerText(), /Team Parkeren/);
  await steps().first().waitFor();
  assert.equal(await page.locator('#tracker [aria-current="step"]').count(), 1);
  assert.match(await page.locator('#tracker [aria-current="step"]').innerText(), /In behandeling/);
});

test('the case detail shows the case, its steps, term, documents and whom to contact', async () => {
  const detail = page.locator('kb-zaak-detail');
  await detail.getByRole('heading', { name: 'Dakkapel aan de achterkant, Lindelaan 17' }).waitFor();
  await detail.locator('[aria-current="step"]', { hasText: 'Advies gevraagd' }).waitFor();
  await detail.getByText('De adviescommissie bespreekt uw plan op 3 november.').waitFor();
  await detail.getByText(/De termijn is verlengd met 42 dagen/).waitFor();
  await detail.getByRole('button', { name: 'Bouwtekening dakkapel achterzijde (PDF, 760 B)' }).waitFor();
  await detail.getByRole('link', { name: 'Bel 14 030' }).waitFor();
});

test('a status change reaches the tracker without a reload, and the resident gets an SMS in the mail viewer', async (t) => {
  const current = page.locator('#tracker [aria-current="step"]');
  assert.match(await current.innerText(), /In behandeling/);
  const clicked = Date.now();
  await page.click('#demo-next-status');
  // Mock Zaken → its Notificaties API → the gateway's callback → the event stream → the tracker. (A generous
  // bound: a slow machine must not fail; polling instead of the stream would take 30 s and more.)
  await page.locator('#tracker [aria-current="step"]', { hasText: 'Besluit genomen' }).waitFor({ timeout: 10_000 });
  t.diagnostic(`status change shown ${Date.now() - clicked} ms after the click`);
  await page.locator('#tracker [part~="live-region"]', { hasText: 'Besluit genomen' }).waitFor();
  // Jansen chose SMS for news about her zaken: the dev stack's recording sender lists it.
  const viewer = new URL('/api/klantbeeld/dev/mail?format=json', server.resolvedUrls.local[0]).href;
  for (let i = 0; i < 50; i++) {
    const { sms } = await (await fetch(viewer)).json();
    if (sms.some((message) => message.text.includes('er is nieuws over uw aanvraag "Aanvraag parkeervergunning bewoners"'))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('no SMS in the mail viewer');
});

test('choosing a case shows its status in the tracker', async () => {
  await items().filter({ hasText: 'Kapotte lantaarnpaal' }).getByRole('button').click();
  await page.locator('#tracker').getByText('Kapotte lantaarnpaal bij Lindelaan 21').first().waitFor();
  await page.locator('#tracker').getByText(/geen status/).first().waitFor();
  assert.equal(await page.locator('#tracker [aria-current="step"]').count(), 0);
});

test('the language switch turns the elements English', async () => {
  await page.selectOption('#demo-language', 'en');
  await page.locator('kb-lopende-zaken').getByText('Ongoing cases').waitFor();
  await page.locator('#tracker').getByText(/no status yet/).first().waitFor();
  await page.selectOption('#demo-language', 'nl');
  await page.locator('kb-lopende-zaken').getByText('Lopende zaken').waitFor();
});

test('tasks, products and contact history render the resident’s data', async () => {
  await page.locator('kb-taken').getByRole('heading', { name: 'Mijn taken' }).waitFor();
  await page.locator('kb-taken li').first().waitFor();
  await page.locator('kb-producten').getByRole('heading', { name: 'Mijn producten' }).waitFor();
  await page.locator('kb-contact-history').getByRole('heading', { name: 'Contact met de gemeente' }).waitFor();
  await page.locator('kb-producten').getByText(/parkeervergunning/i).first().waitFor();
  await page.locator('kb-contact-history').getByText(/Gepland/).first().waitFor();
  assert.equal(await page.locator('kb-contact-history [aria-busy="true"]').count(), 0);
});

test('signed out, the elements ask nothing; another resident sees only their own cases', async () => {
  await signOut();
  assert.equal(await page.locator('#demo-session-status').innerText(), 'U bent niet ingelogd.');
  assert.equal(await items().count(), 0);
  await signIn(/Sem Bakker/);
  await page.locator('kb-lopende-zaken').getByText(/geen lopende zaken/).waitFor();
  assert.equal(await items().count(), 0);
});

test('the page logged no error or warning', () => {
  assert.deepEqual(problems, []);
});

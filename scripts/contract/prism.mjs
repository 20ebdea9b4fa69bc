// @ts-check
// `npm run test:prism`: the client's Zaken and Catalogi calls against Prism mock servers started from the
// official documents (specs/zaken/openapi.yaml = VNG Zaken 1.5.1, specs/catalogi/openapi.yaml = Catalogi
// 1.3.1), with Prism's request validation on: an invalid request gets 400/422 (or 401 without the
// Bearer token) and the call fails. Prints `prism: N calls passed, M failed`; exit 1 on any failure,
// on a request violation in Prism's log, or when Prism does not start. Prism is always stopped.
//
// Two things are adapted, neither in the client's favour:
// - VNG Zaken 1.5.1 wraps the `ordering` values in an extra array (`enum: [[startdatum, …]]`), so Prism
//   rejects every value (checked: `ordering=-startdatum` → 400). Prism gets a copy with that one enum
//   flattened, as Open Zaak's rendering lists it (same fix-up as scripts/contract/contract.mjs).
// - Prism answers with the documents' examples, whose links point at example.com / api.example.org
//   (the client rightly refuses to follow them: UnconfiguredOriginError). The client's `fetch` relinks
//   each response before the client reads it: `next`/`previous` become null, and a relation field
//   (`zaaktype`, `status`, `rollen`, …) holding the example URL points at the Prism server of its API.
//   Requests are never touched: what Prism validates is what the client sent. (Prism renders some
//   schemas as `{"property1": null, "property2": null}`, e.g. Catalogi's ZaakType: the view models then
//   lack those parts, which does not change what is sent.)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as core from '@klantbeeld/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PRISM = join(root, 'node_modules/@stoplight/prism-cli/dist/index.js');
const START_TIMEOUT = 30_000;
const UUID = '095be615-a8ad-4c33-8e9c-c7612fbf6c9f';
const EXAMPLE_URL = 'http://example.com';

/** A free TCP port on 127.0.0.1 (asked from the OS, released before Prism binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** VNG Zaken 1.5.1 with the `ordering` erratum fixed (see the module comment), as JSON in `dir`. */
async function stageZaken(dir) {
  const doc = parse(await readFile(join(root, 'specs/zaken/openapi.yaml'), 'utf8'));
  let fixed = 0;
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && node.enum.length === 1 && Array.isArray(node.enum[0])) {
      node.enum = node.enum[0];
      fixed++;
    }
    Object.values(node).forEach(walk);
  };
  walk(doc);
  const file = join(dir, 'zaken-1.5.1.json');
  await writeFile(file, JSON.stringify(doc));
  return { file, fixed };
}

/** Every Prism process started, so an exit or a signal at any moment stops them all. */
const children = new Set();

function stopAll() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** Starts `prism mock` and resolves once it says it listens; its output is kept in `log`. */
async function startPrism(name, spec, port) {
  const child = spawn(process.execPath, [PRISM, 'mock', '-h', '127.0.0.1', '-p', String(port), spec], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const prism = { name, child, url: `http://127.0.0.1:${port}`, log: /** @type {string[]} */ ([]), exited: false };
  const collect = (chunk) => prism.log.push(...String(chunk).split('\n').filter(Boolean));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.on('exit', () => (prism.exited = true));
  const deadline = Date.now() + START_TIMEOUT;
  for (;;) {
    if (prism.exited) throw new Error(`Prism (${name}) exited while starting:\n${prism.log.slice(-10).join('\n')}`);
    if (prism.log.some((line) => line.includes('Prism is listening'))) return prism;
    if (Date.now() > deadline) throw new Error(`Prism (${name}) did not start within ${START_TIMEOUT / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Relation fields of Zaken/Catalogi resources → the collection their URL points at. */
function relationTargets(zaken, catalogi) {
  return {
    zaak: `${zaken}/zaken`,
    hoofdzaak: `${zaken}/zaken`,
    deelzaken: `${zaken}/zaken`,
    status: `${zaken}/statussen`,
    resultaat: `${zaken}/resultaten`,
    rollen: `${zaken}/rollen`,
    zaakinformatieobjecten: `${zaken}/zaakinformatieobjecten`,
    zaaktype: `${catalogi}/zaaktypen`,
    statustype: `${catalogi}/statustypen`,
    statustypen: `${catalogi}/statustypen`,
    resultaattype: `${catalogi}/resultaattypen`,
    resultaattypen: `${catalogi}/resultaattypen`,
    roltype: `${catalogi}/roltypen`,
    roltypen: `${catalogi}/roltypen`,
    informatieobjecttypen: `${catalogi}/informatieobjecttypen`,
    besluittypen: `${catalogi}/besluittypen`,
    catalogus: `${catalogi}/catalogussen`,
  };
}

/** Rewrites Prism's example links in a response body (see the module comment). */
function relink(body, requestUrl, targets) {
  const request = new URL(requestUrl);
  const base = `${request.origin}/${request.pathname.split('/')[1] ?? ''}`;
  const resource = (object) => {
    for (const [key, value] of Object.entries(object)) {
      const target = targets[key];
      if (value === EXAMPLE_URL && target) object[key] = `${target}/${UUID}`;
      else if (Array.isArray(value) && target) object[key] = value.map((item) => (item === EXAMPLE_URL ? `${target}/${UUID}` : item));
    }
    if (object.url === EXAMPLE_URL) object.url = `${base}/${typeof object.uuid === 'string' ? object.uuid : UUID}`;
    for (const value of Object.values(object._expand ?? {})) {
      for (const nested of Array.isArray(value) ? value : [value]) if (nested && typeof nested === 'object') resource(nested);
    }
    return object;
  };
  if (body && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body.results)) {
    return { ...body, next: null, previous: null, results: body.results.map((item) => (item && typeof item === 'object' ? resource(item) : item)) };
  }
  if (Array.isArray(body)) return body.map((item) => (item && typeof item === 'object' ? resource(item) : item));
  return body && typeof body === 'object' ? resource(body) : body;
}

/** The client's fetch: records each exchange and relinks JSON bodies. */
function prismFetch(exchanges, targets) {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const response = await fetch(input, init);
    exchanges.push({ method, url, status: response.status });
    if (!/json/.test(response.headers.get('Content-Type') ?? '') || !response.ok) return response;
    const body = relink(await response.json(), url, targets);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  };
}

/**
 * The calls, in order, as [name, the core function it needs if newer builds add it, call]; each call returns a short
 * description of what came back.
 * @returns {[name: string, needs: string | undefined, call: () => Promise<string>][]}
 */
function calls(client, zaken, catalogi) {
  const zaak = `${zaken}/zaken/${UUID}`;
  const zaaktype = `${catalogi}/zaaktypen/${UUID}`;
  const count = (items) => `${items.length} item(s)`;
  const fields = (resource) => `${Object.keys(resource ?? {}).length} field(s)`;
  /** @type {([string, () => Promise<string>] | [string, string, () => Promise<string>])[]} */
  const list = [
    [
      'findZakenPage (GET /zaken, ordering + einddatum__isnull + expand)',
      async () =>
        `count ${(await core.findZakenPage(client, { ordering: ['-startdatum'], einddatum__isnull: true, expand: ['zaaktype', 'status.statustype', 'rollen'] })).count}`,
    ],
    ['findZaken (GET /zaken, every page)', async () => count(await core.findZaken(client, { identificatie: 'ZAAK-2026-0000001' }))],
    ['getZaakResource (GET /zaken/{uuid})', async () => (await core.getZaakResource(client, zaak)).uuid],
    [
      'getZaakResource with expand (GET /zaken/{uuid}?expand=…)',
      async () => (await core.getZaakResource(client, zaak, { expand: ['zaaktype', 'status'] })).uuid,
    ],
    ['getStatussen (GET /statussen?zaak=)', async () => count(await core.getStatussen(client, zaak))],
    ['getStatus (GET /statussen/{uuid})', async () => (await core.getStatus(client, `${zaken}/statussen/${UUID}`)).uuid],
    ['getRollen (GET /rollen?zaak=&omschrijvingGeneriek=)', async () => count(await core.getRollen(client, zaak, { omschrijvingGeneriek: 'behandelaar' }))],
    ['getResultaat (GET /resultaten/{uuid})', async () => (await core.getResultaat(client, `${zaken}/resultaten/${UUID}`)).uuid],
    ['getZaaktype (GET /zaaktypen/{uuid})', async () => fields(await core.getZaaktype(client, zaaktype))],
    ['getStatustypen (GET /statustypen?zaaktype=)', async () => count(await core.getStatustypen(client, zaaktype))],
    ['getStatustype (GET /statustypen/{uuid})', async () => fields(await core.getStatustype(client, `${catalogi}/statustypen/${UUID}`))],
    ['getResultaattype (GET /resultaattypen/{uuid})', async () => fields(await core.getResultaattype(client, `${catalogi}/resultaattypen/${UUID}`))],
    // Functions that newer builds add; a call whose function this build lacks is listed as skipped.
    ['zoekZaken (POST /zaken/_zoek, uuid__in)', 'zoekZaken', async () => count(await core.zoekZaken(client, { uuid__in: [UUID] }))],
    [
      'getZaakinformatieobjecten (GET /zaakinformatieobjecten?zaak=)',
      'getZaakinformatieobjecten',
      async () => count(await core.getZaakinformatieobjecten(client, zaak)),
    ],
    ['getZaakbesluiten (GET /zaken/{uuid}/besluiten)', 'getZaakbesluiten', async () => count(await core.getZaakbesluiten(client, zaak))],
    [
      'getInformatieobjecttype (GET /informatieobjecttypen/{uuid})',
      'getInformatieobjecttype',
      async () => fields(await core.getInformatieobjecttype(client, `${catalogi}/informatieobjecttypen/${UUID}`)),
    ],
    ['listInformatieobjecttypen (GET /informatieobjecttypen)', 'listInformatieobjecttypen', async () => count(await core.listInformatieobjecttypen(client))],
    ['getBesluittype (GET /besluittypen/{uuid})', 'getBesluittype', async () => fields(await core.getBesluittype(client, `${catalogi}/besluittypen/${UUID}`))],
    ['listBesluittypen (GET /besluittypen?zaaktypen=)', 'listBesluittypen', async () => count(await core.listBesluittypen(client, { zaaktype }))],
    ['getRoltypen (GET /roltypen?zaaktype=)', 'getRoltypen', async () => count(await core.getRoltypen(client, zaaktype))],
    ['getResultaattypen (GET /resultaattypen?zaaktype=)', 'getResultaattypen', async () => count(await core.getResultaattypen(client, zaaktype))],
    ['listZaken (open; expand, then fall-backs)', async () => count(await core.listZaken(client, { status: 'open' }))],
    ['getStatusTimeline (zaak URL)', async () => `${(await core.getStatusTimeline(client, zaak)).steps.length} step(s)`],
    [
      'getZaakRelaties (hoofdzaak, deelzaken, relevante andere zaken)',
      'getZaakRelaties',
      async () => JSON.stringify(Object.keys(await core.getZaakRelaties(client, zaak))),
    ],
  ];
  return list.map((entry) => (entry.length === 2 ? [entry[0], undefined, entry[1]] : entry));
}

async function main() {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'kb-prism-'));
  let zakenPrism;
  let catalogiPrism;
  process.on('exit', () => {
    stopAll();
    rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  try {
    const staged = await stageZaken(dir);
    const [zakenPort, catalogiPort] = [await freePort(), await freePort()];
    [zakenPrism, catalogiPrism] = await Promise.all([
      startPrism('Zaken 1.5.1', staged.file, zakenPort),
      startPrism('Catalogi 1.3.1', join(root, 'specs/catalogi/openapi.yaml'), catalogiPort),
    ]);
    console.log(
      `prism: Zaken 1.5.1 at ${zakenPrism.url} (${staged.fixed} enum erratum fixed), Catalogi 1.3.1 at ${catalogiPrism.url}, up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // Proof that validation is on: a request without the required Accept-Crs/Content-Crs must be refused.
    const probe = await fetch(`${zakenPrism.url}/zaken`, { headers: { Authorization: 'Bearer x' } });
    await probe.arrayBuffer();
    if (probe.status < 400) throw new Error(`Prism accepted GET /zaken without Accept-Crs (${probe.status}): request validation is off`);
    // Wait for Prism to log the probe's violation, then forget it: only the client's requests count.
    for (let waited = 0; waited < 5000 && !zakenPrism.log.some((line) => /Violation: request/.test(line)); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    zakenPrism.log.length = 0;

    const exchanges = [];
    const targets = relationTargets(zakenPrism.url, catalogiPrism.url);
    const client = core.createClient({
      sources: { zaken: zakenPrism.url, catalogi: catalogiPrism.url },
      token: () => 'prism-contract-test',
      fetch: prismFetch(exchanges, targets),
    });

    let passed = 0;
    let failed = 0;
    const skipped = [];
    for (const [name, needs, call] of calls(client, zakenPrism.url, catalogiPrism.url)) {
      if (needs !== undefined && typeof (/** @type {Record<string, unknown>} */ (core)[needs]) !== 'function') {
        skipped.push(needs);
        continue;
      }
      client.reset();
      const from = exchanges.length;
      let outcome;
      let error;
      try {
        outcome = await call();
      } catch (caught) {
        error = caught instanceof Error ? caught : new Error(String(caught));
      }
      const sent = exchanges.slice(from);
      const rejected = sent.filter((exchange) => exchange.status >= 400);
      const summary = sent.map((e) => `${e.method} ${e.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')} → ${e.status}`);
      if (!error && rejected.length === 0) {
        passed++;
        console.log(`  ✔ ${name}: ${outcome} (${sent.length} request(s))`);
      } else {
        failed++;
        console.log(`  ✖ ${name}: ${error ? `${error.name}: ${error.message}` : 'a request was rejected'}\n      ${summary.join('\n      ')}`);
      }
    }
    // Prism logs request violations it only warns about; every one counts.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const violations = [zakenPrism, catalogiPrism].flatMap((prism) =>
      prism.log.filter((line) => /Violation: request/.test(line)).map((line) => `${prism.name}: ${line.replace(/^.*?Violation: /, '')}`),
    );
    for (const line of violations) console.log(`  ✖ ${line}`);
    if (skipped.length) console.log(`  – not in this build, skipped: ${skipped.join(', ')}`);
    console.log(
      `  – not run on Prism: getSubstatussen (Open Zaak's /substatussen is not in VNG Zaken 1.5.1; the contract check covers it against Open Zaak's document)`,
    );
    console.log(
      `prism: ${passed} calls passed, ${failed} failed (${exchanges.length} requests, ${violations.length} request violations logged by Prism, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return failed === 0 && violations.length === 0 ? 0 : 1;
  } finally {
    stopAll();
    await rm(dir, { recursive: true, force: true });
  }
}

// The whole run stays under a minute; a hang (Prism or a call) fails instead of blocking CI.
setTimeout(() => {
  console.error('prism: no result within 55 s');
  console.log('prism: 0 calls passed, 1 failed');
  process.exit(1);
}, 55_000).unref();

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`prism: ${error.message}`);
    console.log('prism: 0 calls passed, 1 failed');
    process.exit(1);
  },
);

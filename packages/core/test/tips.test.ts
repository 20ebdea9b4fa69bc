// Tips: the condition evaluator (three-valued: an unknown fact never shows a personal tip), the facts
// a set of rules needs, the choice of tips (audience, validity, opt-in, dismissals, reasons, language,
// order), the stores, and the loader against the Objecten mock (a skipped invalid rule, no BSN sent,
// only the facts the rules read, only the `leeftijd` BRP field) and from a JSON URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { fixtureObjecten } from '@klantbeeld/mock-api';
import {
  TipRuleError,
  createClient,
  evaluateCondition,
  factSources,
  getTipFacts,
  listTips,
  localStorageTipStore,
  memoryTipStore,
  selectTips,
  type ClientConfig,
  type TipCondition,
  type TipFacts,
  type TipRule,
} from '@klantbeeld/core';
import { useMockApi } from './helpers.js';

const ORIGIN = 'http://localhost:8000';
const OBJECTEN = `${ORIGIN}/objecten/api/v2`;
const TIP_TYPE = `${OBJECTEN}/objecttypes/${fixtureObjecten.objecttypen.tip}`;
const BSN = '999993653';
const NOW = Date.parse('2026-12-08T10:00:00Z');

const zaken: TipFacts['zaken'] = [
  { open: true, zaaktype: { identificatie: 'ZT-OMV-DAKKAPEL', omschrijving: 'Omgevingsvergunning (dakkapel)' } },
  { open: false, einddatum: '2026-11-20', zaaktype: { identificatie: 'ZT-VERHUIZING', omschrijving: 'Verhuizing' } },
];
const facts: TipFacts = {
  zaken,
  producten: [
    { status: 'actief', producttype: { code: 'PV-BEWONER', naam: 'Bewonersparkeervergunning' } },
    { status: 'verlopen', producttype: { code: 'TOZO-LO', naam: 'Tozo-uitkering' } },
  ],
  leeftijd: 40,
  voorkeuren: { kanaal: 'email', taal: 'dut' },
};
const ev = (condition: TipCondition, f: TipFacts = facts) => evaluateCondition(condition, f, NOW);

describe('evaluateCondition', () => {
  test('zaak.open by zaaktype identificatie or omschrijving (case-insensitive), or any', () => {
    assert.equal(ev({ feit: 'zaak.open', zaaktype: { identificatie: 'ZT-OMV-DAKKAPEL' } }), true);
    assert.equal(ev({ feit: 'zaak.open', zaaktype: { omschrijving: 'omgevingsvergunning (DAKKAPEL) ' } }), true);
    assert.equal(ev({ feit: 'zaak.open', zaaktype: { identificatie: 'ZT-VERHUIZING' } }), false);
    assert.equal(ev({ feit: 'zaak.open', zaaktype: { identificatie: 'ZT-OMV-DAKKAPEL', omschrijving: 'Verhuizing' } }), false);
    assert.equal(ev({ feit: 'zaak.open' }), true);
  });

  test('zaak.afgerond, optionally within binnenDagen days', () => {
    assert.equal(ev({ feit: 'zaak.afgerond', zaaktype: { identificatie: 'ZT-VERHUIZING' } }), true);
    assert.equal(ev({ feit: 'zaak.afgerond', zaaktype: { identificatie: 'ZT-VERHUIZING' }, binnenDagen: 30 }), true);
    assert.equal(ev({ feit: 'zaak.afgerond', zaaktype: { identificatie: 'ZT-VERHUIZING' }, binnenDagen: 7 }), false);
    assert.equal(ev({ feit: 'zaak.afgerond', zaaktype: { identificatie: 'ZT-OMV-DAKKAPEL' } }), false);
  });

  test('product.actief only for active products', () => {
    assert.equal(ev({ feit: 'product.actief', producttype: { code: 'PV-BEWONER' } }), true);
    assert.equal(ev({ feit: 'product.actief', producttype: { naam: 'bewonersparkeervergunning' } }), true);
    assert.equal(ev({ feit: 'product.actief', producttype: { code: 'TOZO-LO' } }), false);
    assert.equal(ev({ feit: 'product.actief' }), true);
  });

  test('leeftijd bounds are inclusive', () => {
    assert.equal(ev({ feit: 'leeftijd', min: 40 }), true);
    assert.equal(ev({ feit: 'leeftijd', max: 40 }), true);
    assert.equal(ev({ feit: 'leeftijd', min: 41 }), false);
    assert.equal(ev({ feit: 'leeftijd', min: 18, max: 26 }), false);
  });

  test('voorkeur: kanaal, and taal with dut and nld the same language', () => {
    assert.equal(ev({ feit: 'voorkeur', taal: 'nld' }), true);
    assert.equal(ev({ feit: 'voorkeur', kanaal: 'email', taal: 'eng' }), false);
    assert.equal(ev({ feit: 'voorkeur', kanaal: 'telefoonnummer' }), false);
  });

  test('unknown facts stay unknown through alle, eenVan and niet (Kleene logic)', () => {
    const none: TipFacts = {};
    assert.equal(ev({ feit: 'zaak.open' }, none), undefined);
    assert.equal(ev({ feit: 'leeftijd', min: 1 }, none), undefined);
    assert.equal(ev({ niet: { feit: 'product.actief' } }, none), undefined, 'niet of unknown must not become true');
    assert.equal(ev({ alle: [{ feit: 'leeftijd', min: 1 }, { feit: 'zaak.open' }] }, { zaken }), undefined);
    assert.equal(
      ev(
        {
          alle: [
            { feit: 'leeftijd', min: 1 },
            { feit: 'zaak.open', zaaktype: { identificatie: 'X' } },
          ],
        },
        { zaken },
      ),
      false,
    );
    assert.equal(ev({ eenVan: [{ feit: 'leeftijd', min: 1 }, { feit: 'zaak.open' }] }, { zaken }), true);
    assert.equal(
      ev(
        {
          eenVan: [
            { feit: 'leeftijd', min: 1 },
            { feit: 'zaak.open', zaaktype: { identificatie: 'X' } },
          ],
        },
        { zaken },
      ),
      undefined,
    );
    assert.equal(ev({ niet: { niet: { feit: 'zaak.open' } } }), true);
  });

  test('an unknown fact in an unvalidated condition is unknown, not a throw', () => {
    assert.equal(evaluateCondition({ feit: 'inkomen' } as unknown as TipCondition, facts, NOW), undefined);
  });

  test('factSources names only what the conditions read', () => {
    assert.deepEqual([...factSources([{ alle: [{ feit: 'leeftijd', min: 67 }, { niet: { feit: 'zaak.afgerond' } }] }])].sort(), ['leeftijd', 'zaken']);
    assert.deepEqual([...factSources([{ feit: 'voorkeur', taal: 'eng' }, { eenVan: [{ feit: 'product.actief' }] }])].sort(), ['producten', 'voorkeuren']);
    assert.deepEqual([...factSources([])], []);
  });
});

const rule = (id: string, extra: Partial<TipRule> = {}): TipRule => ({
  id,
  titel: { nl: `Titel ${id}`, en: `Title ${id}` },
  tekst: { nl: `Tekst ${id}` },
  doelgroep: ['inwoner'],
  ...extra,
});
const parkeren = rule('parkeren', {
  voorwaarde: { feit: 'product.actief', producttype: { code: 'PV-BEWONER' } },
  reden: { nl: 'Omdat u een parkeervergunning heeft', en: 'Because you have a parking permit' },
  link: { url: 'https://www.voorbeeldstad.nl/parkeren', tekst: { nl: 'Lees meer' } },
});
const oud = rule('oud', { voorwaarde: { feit: 'leeftijd', min: 67 }, reden: { nl: 'Omdat u 67 of ouder bent' } });
const rules: TipRule[] = [
  rule('algemeen'),
  rule('ondernemer', { doelgroep: ['ondernemer'] }),
  rule('verlopen', { geldigTot: '2026-12-07' }),
  rule('vanaf-vandaag', { geldigVanaf: '2026-12-08', geldigTot: '2026-12-08' }),
  rule('belangrijk', { prioriteit: 50 }),
  parkeren,
  oud,
];
const ids = (tips: { id: string }[]) => tips.map((tip) => tip.id);

describe('selectTips', () => {
  test('without opt-in: only general tips for the audience that are valid today, highest priority first', () => {
    assert.deepEqual(ids(selectTips(rules, { now: NOW, facts })), ['belangrijk', 'algemeen', 'vanaf-vandaag']);
    assert.deepEqual(ids(selectTips(rules, { now: NOW, audience: 'ondernemer' })), ['ondernemer']);
  });

  test('with opt-in: personal tips whose condition holds, with their reason, before general ones of equal priority', () => {
    const tips = selectTips(rules, { now: NOW, facts, persoonlijk: true });
    assert.deepEqual(ids(tips), ['belangrijk', 'parkeren', 'algemeen', 'vanaf-vandaag']);
    const tip = tips[1]!;
    assert.deepEqual(tip, {
      id: 'parkeren',
      titel: 'Titel parkeren',
      tekst: 'Tekst parkeren',
      link: { url: 'https://www.voorbeeldstad.nl/parkeren', tekst: 'Lees meer' },
      persoonlijk: true,
      reden: 'Omdat u een parkeervergunning heeft',
    });
    assert.equal(tips[0]!.reden, undefined);
    assert.equal(tips[0]!.persoonlijk, false);
  });

  test('an unknown fact hides the personal tip; facts are not read without opt-in', () => {
    assert.deepEqual(ids(selectTips([parkeren, oud], { now: NOW, facts: { leeftijd: 70 }, persoonlijk: true })), ['oud']);
    assert.deepEqual(ids(selectTips([parkeren, oud], { now: NOW, facts: { leeftijd: 70 }, persoonlijk: false })), []);
  });

  test('dismissed tips stay away; English texts when present, else Dutch', () => {
    const tips = selectTips(rules, { now: new Date(NOW), facts, persoonlijk: true, verborgen: ['belangrijk', 'algemeen'], language: 'en-GB' });
    assert.deepEqual(ids(tips), ['parkeren', 'vanaf-vandaag']);
    assert.equal(tips[0]!.titel, 'Title parkeren');
    assert.equal(tips[0]!.tekst, 'Tekst parkeren');
    assert.equal(tips[0]!.reden, 'Because you have a parking permit');
  });

  test('validity is judged by the Dutch calendar day', () => {
    // 23:30 on 7 December UTC is already 8 December in the Netherlands.
    assert.ok(ids(selectTips(rules, { now: Date.parse('2026-12-07T23:30:00Z') })).includes('vanaf-vandaag'));
    assert.ok(!ids(selectTips(rules, { now: Date.parse('2026-12-07T22:30:00Z') })).includes('vanaf-vandaag'));
  });
});

describe('tip stores', () => {
  test('memory store keeps a clean copy', async () => {
    const store = memoryTipStore();
    assert.deepEqual(await store.load(), { persoonlijk: false, verborgen: [] });
    await store.save({ persoonlijk: true, verborgen: ['a', 'a', 'b'] });
    assert.deepEqual(await store.load(), { persoonlijk: true, verborgen: ['a', 'b'] });
  });

  test('localStorage store keeps only the boolean and ids under klantbeeld:tips, and survives bad or blocked storage', async () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
    const store = localStorageTipStore(undefined, storage);
    await store.save({ persoonlijk: true, verborgen: ['bezoekersparkeren'] });
    assert.deepEqual(JSON.parse(items.get('klantbeeld:tips')!), { persoonlijk: true, verborgen: ['bezoekersparkeren'] });
    assert.deepEqual(await localStorageTipStore(undefined, storage).load(), { persoonlijk: true, verborgen: ['bezoekersparkeren'] });
    items.set('klantbeeld:tips', '{not json');
    assert.deepEqual(await store.load(), { persoonlijk: true, verborgen: ['bezoekersparkeren'] }, 'falls back to what this page saved');
    items.set('klantbeeld:tips', JSON.stringify({ persoonlijk: 'yes', verborgen: [1, 'x'] }));
    assert.deepEqual(await store.load(), { persoonlijk: false, verborgen: ['x'] });
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const fallback = localStorageTipStore('k', blocked);
    await fallback.save({ persoonlijk: true, verborgen: [] });
    assert.deepEqual(await fallback.load(), { persoonlijk: true, verborgen: [] });
  });
});

describe('listTips and getTipFacts against the mock', () => {
  const { server, mock, requests } = useMockApi({ origin: ORIGIN });
  const client = (config: Partial<ClientConfig> = {}) => createClient({ gateway: ORIGIN, retries: 0, ...config });

  test('reads the tip objecttype for any resident; skips and reports the invalid rule', async () => {
    for (const resident of ['jansen', 'leeg'] as const) {
      mock({ resident });
      const { rules: found, invalid } = await listTips(client(), { objecttype: TIP_TYPE });
      assert.deepEqual(found.map((r) => r.id).sort(), [
        'afvalkalender',
        'aow-ouderenadviseur',
        'bezoekersparkeren',
        'dakkapel-buren',
        'digid-app',
        'hondenlosloopgebieden',
        'information-in-english',
        'ondernemersloket',
        'openingstijden-kerst-2025',
      ]);
      assert.equal(invalid.length, 1);
      const error = invalid[0]!;
      assert.ok(error instanceof TipRuleError);
      assert.equal(error.ruleId, 'energietoeslag');
      assert.equal(error.source, `${OBJECTEN}/objects/${fixtureObjecten.tips.energietoeslagOngeldig}`);
      assert.deepEqual(
        error.issues.map((i) => i.path),
        ['/voorwaarde/feit'],
      );
      assert.match(error.message, /energietoeslag.*\/voorwaarde\/feit/);
    }
    assert.ok(requests.every((r) => !r.url.includes(BSN)));
  });

  test('a repeated id keeps the first rule; a record that is not a rule is reported', async () => {
    mock();
    const record = (uuid: string, data: unknown) => ({
      url: `${OBJECTEN}/objects/${uuid}`,
      uuid,
      type: TIP_TYPE,
      record: { index: 1, typeVersion: 1, data, geometry: null, startAt: '2026-01-01', endAt: null, registrationAt: '2026-01-01', correctionFor: null },
    });
    server.use(
      http.get(`${OBJECTEN}/objects`, () =>
        HttpResponse.json({
          count: 3,
          next: null,
          previous: null,
          results: [
            record('11111111-1111-4111-8111-111111111111', rule('dubbel')),
            record('22222222-2222-4222-8222-222222222222', { ...rule('dubbel'), prioriteit: 9 }),
            record('33333333-3333-4333-8333-333333333333', 'alert(1)'),
          ],
        }),
      ),
    );
    const { rules: found, invalid } = await listTips(client(), { objecttype: TIP_TYPE });
    assert.deepEqual(found, [rule('dubbel')]);
    assert.deepEqual(
      invalid.map((e) => [e.ruleId, e.issues[0]!.path]),
      [
        ['dubbel', '/id'],
        [undefined, ''],
      ],
    );
  });

  test("from a JSON file on the page's origin, without credentials; another origin is refused without a request", async () => {
    mock();
    const page = globalThis as { location?: unknown };
    page.location = { origin: ORIGIN };
    const file = `${ORIGIN}/tips/regels.json`;
    try {
      server.use(http.get(file, () => HttpResponse.json([rule('uit-bestand'), { id: 'kapot' }])));
      const credentials: (RequestCredentials | undefined)[] = [];
      const watching = client({ fetch: (input, init) => (credentials.push(init?.credentials), fetch(input, init)) });
      const { rules: found, invalid } = await listTips(watching, { url: '/tips/regels.json' });
      assert.deepEqual(
        found.map((r) => r.id),
        ['uit-bestand'],
      );
      assert.equal(invalid[0]!.source, '/tips/regels.json#1');
      assert.deepEqual(credentials, ['omit']);
      const before = requests.length;
      await assert.rejects(listTips(client(), { url: 'https://elders.example/tips.json' }), (e: any) => e.kind === 'unconfigured-origin');
      await assert.rejects(listTips(client(), { url: 'javascript:alert(1)' }), (e: any) => e.kind === 'unconfigured-origin');
      assert.equal(requests.length, before);
      server.use(http.get(file, () => HttpResponse.json({ tips: [] })));
      await assert.rejects(listTips(client(), { url: file }), (e: any) => e.kind === 'invalid-response');
      server.use(http.get(file, () => new HttpResponse(null, { status: 404 })));
      await assert.rejects(listTips(client(), { url: file }), (e: any) => e.kind === 'not-found');
    } finally {
      delete page.location;
    }
    const before = requests.length;
    await assert.rejects(listTips(client(), { url: file }), (e: any) => e.kind === 'unconfigured-origin', 'without a page (Node) only objecttype sources work');
    assert.equal(requests.length, before);
  });

  test("getTipFacts loads only what is asked, the BRP's leeftijd field only, no BSN in a URL", async () => {
    const api = mock();
    const bodies: string[] = [];
    const c = createClient({
      gateway: ORIGIN,
      retries: 0,
      fetch: async (input, init) => {
        if (typeof init?.body === 'string') bodies.push(init.body);
        return fetch(input, init);
      },
    });
    const result = await getTipFacts(c, ['leeftijd', 'producten']);
    assert.deepEqual(result.failed, []);
    assert.equal(result.facts.leeftijd, 40);
    assert.ok(result.facts.producten!.some((p) => p.status === 'actief' && p.producttype?.code === 'PV-BEWONER'));
    assert.equal(result.facts.zaken, undefined);
    assert.equal(result.facts.voorkeuren, undefined);
    assert.ok(!api.requests.some((r) => r.url.includes('/zaken/api/')), 'zaken were not needed');
    const brp = bodies.map((b) => JSON.parse(b)).find((b) => b.type === 'RaadpleegMetBurgerservicenummer');
    assert.deepEqual(brp.fields, ['leeftijd']);
    assert.ok(api.requests.every((r) => !r.url.includes(BSN)));
  });

  test('a part that fails is unknown and named; the rest still loads; abort rejects', async () => {
    mock();
    server.use(http.get(`${ORIGIN}/producten/api/v1/producten`, () => new HttpResponse(null, { status: 500 })));
    const result = await getTipFacts(client(), ['producten', 'zaken', 'voorkeuren']);
    assert.deepEqual(result.failed, ['producten']);
    assert.equal(result.facts.producten, undefined);
    assert.ok(result.facts.zaken!.some((z) => z.open && z.zaaktype?.identificatie === 'ZT-OMV-DAKKAPEL'));
    assert.deepEqual(result.facts.voorkeuren?.taal, 'nld');
    const controller = new AbortController();
    const pending = getTipFacts(client(), ['zaken'], { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (e: any) => e.name === 'AbortError');
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testIdentities } from '@klantbeeld/mock-api';
import { Metrics, upstreamObserver } from '../src/server/metrics.js';
import { Browser, PAGE_ORIGIN, StubProxy, signIn, startTestGateway } from './support.js';

describe('operational endpoints', () => {
  test('/healthz answers while the process runs; /readyz reflects the upstream probe', async () => {
    const upstreams: Record<string, boolean> = { zaken: true, klantinteracties: true };
    const t = await startTestGateway({}, { proxy: new StubProxy(undefined, upstreams) });
    const root = new URL(t.base).origin;
    try {
      assert.deepEqual(await (await fetch(`${root}/healthz`)).json(), { status: 'ok' });
      const ready = await fetch(`${root}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', upstreams });
      upstreams.klantinteracties = false;
      const notReady = await fetch(`${root}/readyz`);
      assert.equal(notReady.status, 503);
      assert.deepEqual(await notReady.json(), { status: 'not-ready', upstreams });
    } finally {
      await t.gateway.close();
    }
  });

  test('/metrics counts requests by route and status, errors by kind, upstream latency and active sessions', async () => {
    const t = await startTestGateway();
    const root = new URL(t.base).origin;
    try {
      const browser = new Browser();
      await signIn(browser, t, { account: 'jansen' });
      await browser.fetch(`${t.base}/zaken/api/v1/zaken`);
      await fetch(`${t.base}/zaken/api/v1/zaken`);
      await fetch(`${t.base}/zaken/api/v1/zaken`, { method: 'POST', headers: { origin: 'http://evil.example' } });
      t.gateway.metrics.observeUpstream('zaken', 200, 0.042);
      const text = await (await fetch(`${root}/metrics`)).text();
      assert.match(text, /klantbeeld_gateway_requests_total\{route="\/api\/klantbeeld\/zaken\/api\/v1\/\*",method="GET",status="200"\} 1/);
      assert.match(text, /klantbeeld_gateway_requests_total\{route="\/api\/klantbeeld\/zaken\/api\/v1\/\*",method="GET",status="401"\} 1/);
      assert.match(text, /klantbeeld_gateway_errors_total\{kind="csrf"\} 1/);
      assert.match(text, /klantbeeld_gateway_upstream_duration_seconds_count\{api="zaken",status="200"\} 1/);
      assert.match(text, /klantbeeld_gateway_active_sessions 1/);
      await browser.fetch(`${t.base}/auth/logout`, { method: 'POST', headers: { origin: PAGE_ORIGIN } });
      assert.match(await (await fetch(`${root}/metrics`)).text(), /klantbeeld_gateway_active_sessions 0/);
    } finally {
      await t.gateway.close();
    }
  });

  test('upstream events of the proxy become latency observations and errors by kind', async () => {
    const metrics = new Metrics(async () => 0);
    const observe = upstreamObserver(metrics);
    observe({ api: 'zaken', method: 'GET', status: 200, durationMs: 42 });
    observe({ api: 'brp', method: 'POST', fault: 'timeout', durationMs: 5000 });
    const text = await metrics.registry.metrics();
    assert.match(text, /klantbeeld_gateway_upstream_duration_seconds_sum\{api="zaken",status="200"\} 0\.042/);
    assert.match(text, /klantbeeld_gateway_upstream_duration_seconds_count\{api="brp",status="0"\} 1/);
    assert.match(text, /klantbeeld_gateway_errors_total\{kind="upstream-timeout"\} 1/);
  });

  test('close() aborts, closes the proxy and stops the development IdP', async () => {
    const t = await startTestGateway();
    const issuer = t.gateway.devIdp!.issuer;
    await t.gateway.close();
    assert.equal(t.proxy.closed, true);
    await assert.rejects(fetch(`${issuer}/.well-known/openid-configuration`));
    await assert.rejects(fetch(`${t.base}/auth/session`));
  });
});

describe('log redaction', () => {
  test('no BSN, KvK number, cookie, code, state or token appears in the logs of a whole session', async () => {
    const t = await startTestGateway();
    try {
      const secrets = new Set<string>();
      for (const identity of testIdentities) {
        const browser = new Browser();
        const { callbackUrl } = await signIn(browser, t, {
          account: identity.id,
          loa: 'substantieel',
          ...(identity.kind === 'persoon' && identity.id !== 'jansen' ? { actFor: 'jansen' } : {}),
        });
        const url = new URL(callbackUrl);
        secrets.add(url.searchParams.get('code')!);
        secrets.add(url.searchParams.get('state')!);
        for (const value of browser.cookies.values()) secrets.add(decodeURIComponent(value).split('.')[0]!);
        const bsn = identity.kind === 'persoon' ? identity.bsn : identity.kvk;
        // A hostile caller puts identifiers in the path, the query and the headers; none may reach the log.
        await browser.fetch(`${t.base}/zaken/api/v1/zaken/${bsn}?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${bsn}`, {
          headers: { 'x-bsn': bsn, authorization: `Bearer ${bsn}` },
        });
        await browser.fetch(`${t.base}/zaken/api/v1/zaken/_zoek`, {
          method: 'POST',
          headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json' },
          body: `{"bsn":"${bsn}"`,
        });
        await browser.fetch(`${t.base}/auth/logout`, { method: 'POST', headers: { origin: PAGE_ORIGIN } });
      }
      t.gateway.server.log.info({ principal: t.proxy.calls[0]!.principal, bsn: '999993653' }, 'a careless caller logs a principal');
      t.gateway.server.log.info('free text with a BSN 999993653 in it');
      const log = t.logs.text;
      assert.ok(log.split('\n').length > 20, 'the requests were logged');
      assert.match(log, /"msg":"signed in"/);
      const identifiers = testIdentities.flatMap((a) => (a.kind === 'persoon' ? [a.bsn] : [a.kvk, a.vestiging]));
      for (const value of [...identifiers, ...secrets]) assert.ok(!log.includes(value), `a secret of length ${value.length} leaked into the log`);
      assert.doesNotMatch(log, /__Host-klantbeeld=/);
      assert.doesNotMatch(log, /Bearer/);
    } finally {
      await t.gateway.close();
    }
  });
});

// Request budgets of listZaken as a resident's cases grow (deterministic counts, so they may fail a
// build): with expand one request per page of 100 and no Catalogi request; without expand every
// zaaktype and statustype is read once, however many cases refer to it.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createMockApi, type MockApi } from '@klantbeeld/mock-api';
import { createClient, listZaken } from '@klantbeeld/core';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

function seeded(n: number, expand: boolean): MockApi {
  const api = createMockApi({ resident: 'leeg', expand });
  api.seedZaken('budget', n);
  api.setResident('budget');
  server.use(...api.handlers);
  return api;
}

const catalogiRequests = (api: MockApi) => api.requests.filter((request) => request.url.includes('/catalogi/'));

describe('listZaken request budget', () => {
  for (const n of [10, 250, 1000]) {
    test(`${n} zaken with expand: ⌈N/100⌉ requests, no Catalogi request`, async () => {
      const api = seeded(n, true);
      const zaken = await listZaken(createClient({ sources: { zaken: api.urls.zaken, catalogi: api.urls.catalogi } }), { status: 'alle' });
      assert.equal(zaken.length, n);
      assert.equal(api.requests.length, Math.ceil(n / 100));
      assert.equal(catalogiRequests(api).length, 0);
    });
  }

  test('without expand, Catalogi requests stay at the distinct zaaktypen and statustypen as N grows', async () => {
    const counts: number[] = [];
    for (const n of [100, 1000]) {
      server.resetHandlers();
      const api = seeded(n, false);
      const client = createClient({ sources: { zaken: { url: api.urls.zaken, expand: false }, catalogi: api.urls.catalogi } });
      assert.equal((await listZaken(client, { status: 'alle' })).length, n);
      const urls = catalogiRequests(api).map((request) => request.url);
      assert.equal(urls.length, new Set(urls).size, 'a Catalogi URL was requested twice');
      counts.push(urls.length);
    }
    // 3 zaaktypen and their statustypen: the same whether 100 or 1,000 cases refer to them.
    assert.equal(counts[0], counts[1]);
    assert.ok((counts[0] ?? 0) >= 3);
  });
});

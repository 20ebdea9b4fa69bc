/** Upstream mode checks credentials as the real products do: JWT for ZGW, Token, BRP API key. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interceptRequests, request } from './client.js';
import { BRP_HEADERS, TOKEN_HEADERS, zgwHeaders, zgwJwt } from './upstream-client.js';
import { VNG_ZAKEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([VNG_ZAKEN]);

const { mockWith } = interceptRequests();
const now = () => Math.floor(Date.now() / 1000);

/** Asserts a 401 problem+json with the challenge of the scheme. */
function assertUnauthorized(fetched: { response: Response; body: any }, challenge: RegExp, code = 'authentication_failed'): void {
  assert.equal(fetched.response.status, 401, JSON.stringify(fetched.body));
  assert.match(fetched.response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  assert.match(fetched.response.headers.get('WWW-Authenticate') ?? '', challenge);
  assert.equal(fetched.body.status, 401);
  assert.equal(fetched.body.code, code);
  assert.match(fetched.body.type, /\/ref\/fouten\/NotAuthenticated\/$/);
  validator.assert(VNG_ZAKEN, 'Fout', fetched.body, '401 body');
}

describe('upstream mode: ZGW JWT (as Open Zaak checks it)', () => {
  const zgwApis = (mock: ReturnType<typeof mockWith>) => [
    `${mock.urls.zaken}/zaken`,
    `${mock.urls.catalogi}/zaaktypen`,
    `${mock.urls.documenten}/enkelvoudiginformatieobjecten`,
    `${mock.urls.besluiten}/besluiten`,
  ];

  it('accepts a fresh JWT of the known client on every ZGW API', async () => {
    const mock = mockWith({ mode: 'upstream' });
    for (const url of zgwApis(mock)) {
      const { response } = await request(url, { headers: await zgwHeaders() });
      assert.equal(response.status, 200, url);
    }
  });

  it('answers 401 without credentials, on every ZGW API', async () => {
    const mock = mockWith({ mode: 'upstream' });
    for (const url of zgwApis(mock)) assertUnauthorized(await request(url), /^Bearer/, 'not_authenticated');
  });

  it('rejects a token of another scheme, a malformed one, a wrong secret and an unknown client', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const url = `${mock.urls.zaken}/zaken`;
    assertUnauthorized(await request(url, { headers: { ...TOKEN_HEADERS } }), /^Bearer/, 'not_authenticated');
    assertUnauthorized(await request(url, { headers: { Authorization: 'Bearer not-a-jwt' } }), /^Bearer/);
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ secret: 'another-secret-of-sufficient-length-0000' }) }), /^Bearer/);
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ clientId: 'someone-else' }) }), /^Bearer/);
  });

  it('requires iat, refuses one older than an hour or in the future, and honours exp', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const url = `${mock.urls.zaken}/zaken`;
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ iat: null }) }), /^Bearer/);
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ iat: now() - 3600 - 60 }) }), /^Bearer/);
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ iat: now() + 120 }) }), /^Bearer/);
    assertUnauthorized(await request(url, { headers: await zgwHeaders({ exp: now() - 60 }) }), /^Bearer/);
    // Within the hour and within the leeway: accepted.
    assert.equal((await request(url, { headers: await zgwHeaders({ iat: now() - 3000 }) })).response.status, 200);
    assert.equal((await request(url, { headers: await zgwHeaders({ iat: now() + 2 }) })).response.status, 200);
  });

  it('checks the inzage API (Verwerkingen) with the same JWT', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const url = `${mock.urls.verwerkingen}/verwerkte-objecten?objecttype=persoon&soortObjectId=BSN&objectId=999993653&beginDatum=2020-01-01&eindDatum=2030-01-01`;
    assertUnauthorized(await request(url), /^Bearer/, 'not_authenticated');
    assert.equal((await request(url, { headers: await zgwHeaders() })).response.status, 200);
  });

  it('takes its credentials from the options', async () => {
    const mock = mockWith({ mode: 'upstream', credentials: { zgwClients: { 'andere-gateway': 'een-ander-geheim-van-voldoende-lengte-42' } } });
    const url = `${mock.urls.zaken}/zaken`;
    assertUnauthorized(await request(url, { headers: await zgwHeaders() }), /^Bearer/);
    const headers = await zgwHeaders({ clientId: 'andere-gateway', secret: 'een-ander-geheim-van-voldoende-lengte-42' });
    assert.equal((await request(url, { headers })).response.status, 200);
  });
});

describe('upstream mode: Token and API key', () => {
  it('Klantinteracties, Objecten and Producten need the token', async () => {
    const mock = mockWith({ mode: 'upstream' });
    for (const url of [`${mock.urls.klantinteracties}/partijen`, `${mock.urls.objecten}/objects`, `${mock.urls.producten}/producten`]) {
      assertUnauthorized(await request(url), /^Token/, 'not_authenticated');
      assertUnauthorized(await request(url, { headers: { Authorization: 'Token wrong' } }), /^Token/);
      assertUnauthorized(await request(url, { headers: { Authorization: `Bearer ${await zgwJwt()}` } }), /^Token/, 'not_authenticated');
      assert.equal((await request(url, { headers: { ...TOKEN_HEADERS } })).response.status, 200, url);
    }
  });

  it('the BRP needs its API key', async () => {
    const mock = mockWith({ mode: 'upstream' });
    const body = JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] });
    const post = (headers: Record<string, string>) =>
      request(`${mock.urls.brp}/personen`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
    assertUnauthorized(await post({}), /^ApiKey/, 'not_authenticated');
    assertUnauthorized(await post({ 'X-API-Key': 'wrong' }), /^ApiKey/);
    assert.equal((await post(BRP_HEADERS)).response.status, 200);
  });

  it('resident mode asks for no credentials (the gateway has authenticated the resident)', async () => {
    const mock = mockWith();
    assert.equal((await request(`${mock.urls.zaken}/zaken`)).response.status, 200);
    assert.equal((await request(`${mock.urls.klantinteracties}/partijen`)).response.status, 200);
  });
});

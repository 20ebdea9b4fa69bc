/**
 * The mock API in upstream mode (every resident, application credentials required) behind a proxy
 * configured as a municipality would, for the end-to-end tests of the proxy.
 * @module
 */
import { fixtureObjecten, testCompany, testIdentities } from '@klantbeeld/mock-api';
import { startMockServer, type MockServer } from '@klantbeeld/mock-api/server';
import type { ProxyConfig } from '../../src/proxy/config.js';
import { createApiProxy } from '../../src/proxy/index.js';
import type { ApiProxy } from '../../src/proxy/types.js';
import type { Principal } from '../../src/session/principal.js';
import { organisatie, persoon, proxyConfig, recordUpstreamRequests } from './harness.js';

/** BSN of each fixture resident, by id (`jansen`, `de-vries`, `leeg`). */
export const BSN: Readonly<Record<string, string>> = Object.fromEntries(testIdentities.flatMap((i) => (i.kind === 'persoon' ? [[i.id, i.bsn]] : [])));

/** The principals of the tests. */
export const PRINCIPALS = {
  jansen: persoon(BSN.jansen as string),
  deVries: persoon(BSN['de-vries'] as string),
  leeg: persoon(BSN.leeg as string),
  bedrijf: organisatie(testCompany.kvk, testCompany.vestiging),
} as const satisfies Record<string, Principal>;

/** The scoping a municipality would configure for the fixture objecttypes. */
export function fixtureScoping(mockUrl: string): NonNullable<ProxyConfig['scoping']> {
  const type = (uuid: string): string => `${mockUrl}/objecten/api/v2/objecttypes/${uuid}`;
  const { taak, afspraak, productaanvraag, tip } = fixtureObjecten.objecttypen;
  return {
    objecttypes: [
      ...[taak, afspraak, productaanvraag].map((uuid) => ({ url: type(uuid), bsnPath: 'identificatie.value', kvkPath: 'identificatie.value' })),
      { url: type(tip), public: true },
    ],
  };
}

/** A running mock in upstream mode and a proxy in front of it. */
export interface Upstreamed {
  readonly mock: MockServer;
  readonly proxy: ApiProxy;
  readonly config: ProxyConfig;
  close(): Promise<void>;
}

/** Starts the mock in upstream mode and a proxy for it (requests recorded for the contract check). */
export async function startUpstreamed(): Promise<Upstreamed> {
  const mock = await startMockServer({ mode: 'upstream' });
  recordUpstreamRequests(mock.url);
  const config = proxyConfig(mock.url, fixtureScoping(mock.url));
  const proxy = createApiProxy(config);
  return {
    mock,
    proxy,
    config,
    close: async () => {
      await proxy.close();
      await mock.close();
    },
  };
}

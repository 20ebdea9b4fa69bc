/**
 * The development IdP: oidc-provider on a free loopback port, offering exactly the fictional accounts of
 * the mock fixtures, so the real OpenID Connect flow (PKCE, state, nonce, signed ID tokens) runs on a
 * laptop and in tests. Its signing key is generated at every start; nothing of it is fit for production.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { testIdentities, type TestIdentity } from '@klantbeeld/mock-api';
import { DEFAULT_LOA_VALUES } from '../config/schema.js';
import type { ClaimNames } from '../config/types.js';
import { ASSURANCE_LEVELS, type AssuranceLevel } from '../session/principal.js';
import { DEV_IDP_CSP, loggedOutPage, loginPage, logoutPage, staffLoginPage } from './pages.js';
import { STAFF_ACCOUNT_PREFIX, staffUsers } from './staff-users.js';
import type { EmployeeClaimNames } from '../config/employee-schema.js';

/** Options of {@link startDevIdp}. */
export interface DevIdpOptions {
  /** The gateway's callback. */
  readonly redirectUri: string;
  /** Where the IdP may send the browser after sign-out. */
  readonly postLogoutRedirectUris: readonly string[];
  /** Claim names the gateway reads; the IdP issues exactly these. */
  readonly claims: ClaimNames;
  /** Loopback address to bind. Default `127.0.0.1`. */
  readonly host?: string;
  /** Employee mode: a second client for staff sign-in, with the test employees. */
  readonly staff?: { readonly redirectUri: string; readonly claims: EmployeeClaimNames };
}

/** A running development IdP and the client registered at it. */
export interface DevIdp {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The staff client (with {@link DevIdpOptions.staff}). */
  readonly staffClient?: { readonly clientId: string; readonly clientSecret: string };
  close(): Promise<void>;
}

const CLIENT_ID = 'klantbeeld-gateway';
const STAFF_CLIENT_ID = 'klantbeeld-gateway-medewerker';

/** The claims of a test employee's account id, or undefined when it is not one. */
function staffClaims(accountId: string, names: EmployeeClaimNames | undefined): Record<string, unknown> | undefined {
  if (!names || !accountId.startsWith(STAFF_ACCOUNT_PREFIX)) return undefined;
  const user = staffUsers.find((u) => STAFF_ACCOUNT_PREFIX + u.id === accountId);
  if (!user) return undefined;
  return { [names.employeeId]: accountId, [names.name]: user.naam, [names.roles]: [...user.roles] };
}

/** The claim value (`acr`) of each level: DigiD's for residents, eHerkenning's for companies. */
function acrFor(kind: TestIdentity['kind'], loa: AssuranceLevel): string {
  const prefix = kind === 'persoon' ? 'urn:oasis:names:tc:SAML' : 'urn:etoegang';
  const entry = Object.entries(DEFAULT_LOA_VALUES).find(([value, level]) => level === loa && value.startsWith(prefix));
  return entry![0];
}

/** The account id carries the choices made on the login page, so the IdP needs no account database. */
interface AccountChoice {
  readonly identity: TestIdentity;
  readonly actFor?: TestIdentity;
}

function encodeAccount(choice: AccountChoice): string {
  return choice.actFor ? `${choice.identity.id}~${choice.actFor.id}` : choice.identity.id;
}

function decodeAccount(accountId: string): AccountChoice | undefined {
  const [own, other] = accountId.split('~');
  const identity = testIdentities.find((a) => a.id === own);
  const actFor = other === undefined ? undefined : testIdentities.find((a) => a.id === other && a.kind === 'persoon');
  if (!identity || (other !== undefined && (!actFor || identity.kind !== 'persoon'))) return undefined;
  return actFor ? { identity, actFor } : { identity };
}

function claimsOf(choice: AccountChoice, names: ClaimNames): Record<string, string> {
  const { identity, actFor } = choice;
  if (identity.kind === 'organisatie') {
    return { [names.kvk]: identity.kvk, [names.vestiging]: identity.vestiging, [names.name]: identity.naam };
  }
  if (actFor?.kind === 'persoon') {
    return { [names.representedBsn]: actFor.bsn, [names.actingBsn]: identity.bsn, [names.name]: `${identity.naam} namens ${actFor.naam}` };
  }
  return { [names.bsn]: identity.bsn, [names.name]: identity.naam };
}

/** Starts the development IdP on a free loopback port. */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const clientSecret = randomBytes(32).toString('base64url');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
  const staffClaimNames = options.staff ? [options.staff.claims.roles, options.staff.claims.employeeId, options.staff.claims.name] : [];
  const residentClaimNames = [...new Set<string>(Object.values(options.claims))];
  const claimNames = [...new Set([...residentClaimNames, ...staffClaimNames])].filter((name) => name !== 'sub');
  const staffSecret = randomBytes(32).toString('base64url');

  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [...options.postLogoutRedirectUris],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      ...(options.staff
        ? [
            {
              client_id: STAFF_CLIENT_ID,
              client_secret: staffSecret,
              redirect_uris: [options.staff.redirectUri],
              post_logout_redirect_uris: [...options.postLogoutRedirectUris],
              response_types: ['code' as const],
              grant_types: ['authorization_code'],
              token_endpoint_auth_method: 'client_secret_basic' as const,
            },
          ]
        : []),
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { acr: null, sid: null, auth_time: null, iss: null, openid: ['sub', ...claimNames] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    // The gateway reads the claims from the ID token (userinfo is optional for real brokers).
    conformIdTokenClaims: false,
    acrValues: Object.keys(DEFAULT_LOA_VALUES),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.set('content-security-policy', DEV_IDP_CSP);
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.set('content-security-policy', DEV_IDP_CSP);
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (ctx, accountId) => {
      // A resident's IdP session never signs in an employee, nor the reverse: the other client asks again.
      if ((ctx.oidc.client?.clientId === STAFF_CLIENT_ID) !== accountId.startsWith(STAFF_ACCOUNT_PREFIX)) return undefined;
      const staff = staffClaims(accountId, options.staff?.claims);
      if (staff) return { accountId, claims: () => ({ sub: accountId, ...staff }) };
      const choice = decodeAccount(accountId);
      return choice && { accountId, claims: () => ({ sub: accountId, ...claimsOf(choice, options.claims) }) };
    },
  };
  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!match) return void oidc(req, res);
    const interactionRoute = match[2] === undefined ? showLogin(req, res) : submitLogin(req, res);
    interactionRoute.catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': DEV_IDP_CSP });
      res.end('Deze inlogpoging is verlopen of ongeldig. Begin opnieuw.');
    });
  });

  async function showLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const acrValues = details.params.acr_values;
    const requested = (typeof acrValues === 'string' ? acrValues : '').split(' ');
    const preferred = ASSURANCE_LEVELS.find((level) => requested.some((value) => DEFAULT_LOA_VALUES[value] === level)) ?? 'midden';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': DEV_IDP_CSP, 'cache-control': 'no-store' });
    const action = `/interaction/${details.uid}/login`;
    res.end(details.params.client_id === STAFF_CLIENT_ID ? staffLoginPage(action, staffUsers) : loginPage(action, testIdentities, preferred));
  }

  async function submitLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw new Error('method');
    const details = await provider.interactionDetails(req, res);
    const form = new URLSearchParams(await readBody(req));
    if (form.get('submit') === 'cancel') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Inloggen geannuleerd' }, { mergeWithLastSubmission: false });
    }
    if (details.params.client_id === STAFF_CLIENT_ID) {
      const user = staffUsers.find((u) => u.id === form.get('account'));
      if (!user) throw new Error('invalid choice');
      return finishLogin(req, res, details, STAFF_ACCOUNT_PREFIX + user.id, 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard');
    }
    const identity = testIdentities.find((a) => a.id === form.get('account'));
    const actForId = form.get('actFor') || undefined;
    const actFor = actForId === undefined ? undefined : testIdentities.find((a) => a.id === actForId);
    const loa = ASSURANCE_LEVELS.find((level) => level === form.get('loa'));
    if (!identity || !loa || (actForId !== undefined && (!actFor || identity.kind !== 'persoon' || actFor.id === identity.id))) {
      throw new Error('invalid choice');
    }
    return finishLogin(req, res, details, encodeAccount(actFor ? { identity, actFor } : { identity }), acrFor(identity.kind, loa));
  }

  async function finishLogin(
    req: IncomingMessage,
    res: ServerResponse,
    details: Awaited<ReturnType<Provider['interactionDetails']>>,
    accountId: string,
    acr: string,
  ): Promise<void> {
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId, acr }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret,
    ...(options.staff ? { staffClient: { clientId: STAFF_CLIENT_ID, clientSecret: staffSecret } } : {}),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

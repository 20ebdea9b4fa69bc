/**
 * Authentication as the real products check it, for upstream mode (a gateway in front of the mock holds
 * these credentials; a resident's browser never does):
 *
 * - ZGW APIs (Zaken, Catalogi, Documenten, Besluiten) and the inzage API: `Authorization: Bearer <JWT>`,
 *   HS256, checked the way Open Zaak does: the `client_id` claim names the application, whose secret
 *   verifies the signature; `iat` is required and may be at most {@link ZGW_JWT_EXPIRY} seconds old (plus
 *   leeway) and not in the future (beyond leeway); an `exp`, when present, is honoured.
 * - Klantinteracties, Objecten and Producten: `Authorization: Token <key>` (DRF's TokenAuthentication).
 * - BRP: an `X-API-Key` header (the RvIG API key; mTLS is out of the mock's reach).
 *
 * Missing or wrong credentials give a 401 problem+json (`Fout`), with a `WWW-Authenticate` challenge
 * (the status the ZGW specs document; Open Zaak itself answers 403, open-zaak#291).
 * Uses `jose` (Web Crypto), so it runs in the browser as well as in Node.
 * @module
 */
import { decodeJwt, jwtVerify } from 'jose';
import { ProblemError } from './problem.js';

/** How an API authenticates its consumers. */
export type AuthScheme = 'zgw-jwt' | 'token' | 'api-key';

/** The credentials the mock accepts in upstream mode. */
export interface UpstreamCredentials {
  /** ZGW applications: `client_id` → HS256 secret. */
  readonly zgwClients: Readonly<Record<string, string>>;
  /** The key of `Authorization: Token <key>` (Klantinteracties, Objecten, Producten). */
  readonly token: string;
  /** The value of the BRP's `X-API-Key` header. */
  readonly brpApiKey: string;
}

/**
 * The fixed test credentials of upstream mode: fictional, for tests and local development only. The
 * gateway's test configuration uses the same values.
 */
export const upstreamTestCredentials = {
  zgw: { clientId: 'klantbeeld-gateway', secret: 'mock-zgw-secret-for-tests-only-0123456789' },
  token: 'mock-token-for-tests-only',
  brpApiKey: 'mock-brp-key-for-tests-only',
} as const;

/** {@link upstreamTestCredentials} in the shape the mock checks against. */
export const defaultUpstreamCredentials: UpstreamCredentials = {
  zgwClients: { [upstreamTestCredentials.zgw.clientId]: upstreamTestCredentials.zgw.secret },
  token: upstreamTestCredentials.token,
  brpApiKey: upstreamTestCredentials.brpApiKey,
};

/** Open Zaak's `JWT_EXPIRY`: a token is accepted up to one hour after its `iat`. */
export const ZGW_JWT_EXPIRY = 3600;

/** A failed authentication: 401 with the scheme's challenge. */
export class AuthenticationError extends ProblemError {
  constructor(
    readonly challenge: string,
    missing: boolean,
    detail: string,
  ) {
    super(
      401,
      missing ? 'not_authenticated' : 'authentication_failed',
      missing ? 'Authenticatiegegevens zijn niet opgegeven.' : 'Ongeldige authenticatiegegevens.',
      detail,
    );
    this.name = 'AuthenticationError';
  }
}

/** Checks a request's credentials for one scheme; rejects with an {@link AuthenticationError}. */
export type Authenticate = (request: Request, scheme: AuthScheme) => Promise<void>;

/** Lets every request through: the resident mode's gateway has authenticated the resident already. */
export const noAuthentication: Authenticate = async () => undefined;

/** An {@link Authenticate} against `credentials`; `leeway` (seconds) allows for clock drift, as Open Zaak's `JWT_LEEWAY`. */
export function authenticator(credentials: UpstreamCredentials, leeway = 5): Authenticate {
  const secrets = new Map(Object.entries(credentials.zgwClients).map(([clientId, secret]) => [clientId, new TextEncoder().encode(secret)]));
  return async (request, scheme) => {
    switch (scheme) {
      case 'zgw-jwt':
        return verifyZgwJwt(request, secrets, leeway);
      case 'token':
        return checkToken(request, credentials.token);
      case 'api-key':
        return checkApiKey(request, credentials.brpApiKey);
    }
  };
}

async function verifyZgwJwt(request: Request, secrets: ReadonlyMap<string, Uint8Array>, leeway: number): Promise<void> {
  const challenge = 'Bearer';
  const token = credentialOf(request, 'Bearer');
  if (token === undefined) throw new AuthenticationError(challenge, true, 'Geef een JWT mee als `Authorization: Bearer <token>`.');
  let clientId: unknown;
  try {
    clientId = decodeJwt(token).client_id;
  } catch {
    throw new AuthenticationError(challenge, false, 'Het JWT is geen geldig token.');
  }
  const secret = typeof clientId === 'string' ? secrets.get(clientId) : undefined;
  if (!secret) throw new AuthenticationError(challenge, false, 'Onbekende client_id in het JWT.');
  try {
    // `maxTokenAge` makes jose require `iat`, reject one older than the expiry and one in the future (each beyond the leeway).
    await jwtVerify(token, secret, { algorithms: ['HS256'], requiredClaims: ['iat'], maxTokenAge: ZGW_JWT_EXPIRY, clockTolerance: leeway });
  } catch {
    // One message for every failure (signature, age, claims): what failed is no business of the caller.
    throw new AuthenticationError(challenge, false, 'Het JWT is ongeldig of verlopen.');
  }
}

function checkToken(request: Request, expected: string): void {
  const challenge = 'Token';
  const token = credentialOf(request, 'Token');
  if (token === undefined) throw new AuthenticationError(challenge, true, 'Geef een sleutel mee als `Authorization: Token <sleutel>`.');
  if (!constantTimeEqual(token, expected)) throw new AuthenticationError(challenge, false, 'Ongeldige token.');
}

function checkApiKey(request: Request, expected: string): void {
  const challenge = 'ApiKey header="X-API-Key"';
  const key = request.headers.get('X-API-Key');
  if (key === null || key === '') throw new AuthenticationError(challenge, true, 'Geef een API-sleutel mee in de header X-API-Key.');
  if (!constantTimeEqual(key, expected)) throw new AuthenticationError(challenge, false, 'Ongeldige API-sleutel.');
}

/** The credentials after `<scheme> ` in the Authorization header (scheme case-insensitive), if any. */
function credentialOf(request: Request, scheme: string): string | undefined {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(request.headers.get('Authorization') ?? '');
  if (!match || match[1]!.toLowerCase() !== scheme.toLowerCase()) return undefined;
  return match[2];
}

/** String comparison whose time does not depend on where the strings differ. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}

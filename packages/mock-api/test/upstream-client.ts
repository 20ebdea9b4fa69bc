/**
 * Test plumbing for upstream mode: JWTs as a gateway mints them for Open Zaak, and the headers of the
 * other products' credentials.
 * @module
 */
import { SignJWT } from 'jose';
import { upstreamTestCredentials } from '../src/index.js';
import { CRS_HEADERS } from './client.js';

/** Claims and signing choices of a test JWT; defaults make a valid one. */
export interface JwtOptions {
  readonly clientId?: string;
  readonly secret?: string;
  /** Seconds since the epoch; `null` leaves `iat` out. */
  readonly iat?: number | null;
  readonly exp?: number;
}

/** An HS256 JWT as a ZGW consumer sends it (claims `iss`, `iat`, `client_id`, `user_id`, `user_representation`). */
export async function zgwJwt(options: JwtOptions = {}): Promise<string> {
  const { clientId = upstreamTestCredentials.zgw.clientId, secret = upstreamTestCredentials.zgw.secret } = options;
  const jwt = new SignJWT({ client_id: clientId, user_id: 'klantbeeld-gateway', user_representation: 'Klantbeeld gateway' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId);
  const iat = options.iat === undefined ? Math.floor(Date.now() / 1000) : options.iat;
  if (iat !== null) jwt.setIssuedAt(iat);
  if (options.exp !== undefined) jwt.setExpirationTime(options.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** Headers of a ZGW request with a fresh valid JWT (and the CRS headers Zaken needs). */
export async function zgwHeaders(options?: JwtOptions): Promise<Record<string, string>> {
  return { ...CRS_HEADERS, Authorization: `Bearer ${await zgwJwt(options)}` };
}

/** `Authorization: Token …` of Klantinteracties, Objecten and Producten. */
export const TOKEN_HEADERS = { Authorization: `Token ${upstreamTestCredentials.token}` } as const;

/** The BRP's API key header. */
export const BRP_HEADERS = { 'X-API-Key': upstreamTestCredentials.brpApiKey } as const;

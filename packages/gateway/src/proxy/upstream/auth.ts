/**
 * The `Authorization` (or API key) header the gateway sends to one upstream: a ZGW JWT it mints and
 * reuses until shortly before expiry, a static Open Klant/Objecten/Open Product token, or a BRP API key.
 * @module
 */
import { SignJWT } from 'jose';
import type { UpstreamAuth, ZgwAuth } from '../config.js';

/** Seconds before expiry at which a new JWT is minted, so a token never expires in flight. */
const RENEW_MARGIN_SECONDS = 30;

/** Produces the authentication header of one upstream. */
export interface Authenticator {
  /** Header name (lower case) and value for the next request. */
  header(): Promise<readonly [string, string]>;
}

/** ZGW auth spec: HS256 with the application's shared secret; claims `iss`, `iat`, `exp`, `client_id`, `user_id`, `user_representation`. */
class ZgwJwtAuthenticator implements Authenticator {
  readonly #auth: ZgwAuth;
  readonly #key: Uint8Array;
  readonly #lifetime: number;
  #current: { token: string; renewAt: number } | undefined;
  #minting: Promise<string> | undefined;

  constructor(
    auth: ZgwAuth,
    private readonly now: () => number,
  ) {
    this.#auth = auth;
    this.#key = new TextEncoder().encode(auth.secret);
    this.#lifetime = auth.lifetimeSeconds ?? 300;
  }

  async header(): Promise<readonly [string, string]> {
    const nowSeconds = Math.floor(this.now() / 1000);
    if (this.#current && nowSeconds < this.#current.renewAt) return ['authorization', `Bearer ${this.#current.token}`];
    // Concurrent requests share one minting.
    this.#minting ??= this.#mint(nowSeconds).finally(() => (this.#minting = undefined));
    return ['authorization', `Bearer ${await this.#minting}`];
  }

  async #mint(iat: number): Promise<string> {
    const token = await new SignJWT({
      client_id: this.#auth.clientId,
      user_id: this.#auth.userId ?? 'klantbeeld-gateway',
      user_representation: this.#auth.userRepresentation ?? 'Klantbeeld gateway',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(this.#auth.clientId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.#lifetime)
      .sign(this.#key);
    this.#current = { token, renewAt: iat + Math.max(1, this.#lifetime - RENEW_MARGIN_SECONDS) };
    return token;
  }
}

/** The authenticator for `auth`; `now` is injectable for tests of the renewal. */
export function createAuthenticator(auth: UpstreamAuth, now: () => number = Date.now): Authenticator {
  switch (auth.type) {
    case 'zgw-jwt':
      return new ZgwJwtAuthenticator(auth, now);
    case 'token': {
      const value = ['authorization', `Token ${auth.token}`] as const;
      return { header: async () => value };
    }
    case 'api-key': {
      const value = [auth.header.toLowerCase(), auth.key] as const;
      return { header: async () => value };
    }
  }
}

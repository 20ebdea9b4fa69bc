/**
 * The relying party: authorization code flow with PKCE (S256), `state` and `nonce` via openid-client.
 * Discovery runs on first use and again after a failure, so a broker that is briefly down at start-up
 * does not keep the gateway from starting.
 * @module
 */
import * as client from 'openid-client';
import type { OidcClientConfig, OidcConnectionConfig } from '../config/types.js';
import type { Claims } from '../session/claims.js';

/** What must survive between the redirect to the broker and the callback (kept server-side). */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Where the browser goes after sign-in; already checked against the page origins. */
  readonly returnTo: string;
}

/** A completed sign-in. */
export interface SignInResult {
  readonly claims: Claims;
  readonly idToken: string;
}

/** The gateway's OpenID Connect client for one broker (residents) or staff IdP (employees). */
export class OidcRelyingParty<S extends OidcConnectionConfig = OidcClientConfig> {
  #configuration: Promise<client.Configuration> | undefined;

  /** @param allowHttp - only for the development IdP on loopback (openid-client refuses `http:` otherwise). */
  constructor(
    readonly settings: S,
    private readonly allowHttp: boolean,
  ) {}

  /** Discovery, cached; retried on the next call after a failure. */
  configuration(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        client.ClientSecretBasic(this.settings.clientSecret),
        this.allowHttp ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .catch((error: unknown) => {
        this.#configuration = undefined;
        throw error;
      });
    return this.#configuration;
  }

  /** Starts a sign-in: the broker URL to redirect to and what to keep until the callback. */
  /** @param stepUp - `acr_values` for a higher level: the broker is asked to authenticate again (`prompt=login`). */
  async begin(returnTo: string, stepUp?: readonly string[]): Promise<{ readonly url: URL; readonly pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const acr = stepUp ?? this.settings.acrValues;
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes.join(' '),
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      ...(acr && acr.length > 0 ? { acr_values: acr.join(' ') } : {}),
      ...(stepUp ? { prompt: 'login' } : {}),
    });
    return { url, pending };
  }

  /** Finishes a sign-in from the callback's query; throws when state, nonce, PKCE or the code do not check out. */
  async finish(callbackQuery: URLSearchParams, pending: PendingSignIn): Promise<SignInResult> {
    const configuration = await this.configuration();
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery.toString();
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims || !tokens.id_token) throw new Error('no ID token');
    let claims: Claims = idClaims;
    if (this.settings.userinfo) {
      claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)), ...idClaims };
    }
    return { claims, idToken: tokens.id_token };
  }

  /** The broker's end-session URL for RP-initiated logout, or `undefined` when it has none. */
  async endSessionUrl(idToken: string): Promise<URL | undefined> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
    });
  }

  /** The `acr_values` that ask the broker for `loa` (every claim value mapped to that level). */
  acrValuesFor(loa: string): string[] {
    return Object.entries(this.settings.loaValues ?? {})
      .filter(([, level]) => level === loa)
      .map(([value]) => value);
  }
}

/**
 * The configuration after validation, defaults and secret resolution: what the server reads. Its shape
 * follows `gatewaySchema` (the file format); secrets are resolved to strings here.
 * @module
 */
import type { ApiName } from '@klantbeeld/core';
import type { ProxyConfig } from '../proxy/config.js';
import type { RelayConfig } from '../notifications/config.js';
import type { AssuranceLevel } from '../session/principal.js';
import type { RedisConfig } from './redis-schema.js';
import type { ReadLogConfig } from './read-log-schema.js';
import type { EmployeeClaimNames, EmployeeConfig } from './employee-schema.js';

/** Names of the claims the broker issues (see the schema for each). */
export interface ClaimNames {
  readonly bsn: string;
  readonly kvk: string;
  readonly vestiging: string;
  readonly name: string;
  readonly loa: string;
  readonly representedBsn: string;
  readonly actingBsn: string;
  readonly actingEmployee: string;
}

/** How the gateway reaches one OpenID Connect provider as a relying party, secrets resolved. */
export interface OidcConnectionConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  readonly scopes: readonly string[];
  readonly acrValues?: readonly string[];
  readonly userinfo: boolean;
  /** Claim value → level of assurance (the resident broker; staff sign-ins have no levels). */
  readonly loaValues?: Readonly<Record<string, AssuranceLevel>>;
}

/** The residents' broker settings, secrets resolved. */
export interface OidcClientConfig extends OidcConnectionConfig {
  readonly claims: ClaimNames;
  readonly loaValues: Readonly<Record<string, AssuranceLevel>>;
}

/** The staff IdP settings (employee mode), secrets resolved. */
export interface EmployeeOidcConfig extends OidcConnectionConfig {
  readonly claims: EmployeeClaimNames;
}

/** A fixed-window request budget. */
export interface RateWindow {
  readonly max: number;
  readonly windowSeconds: number;
}

/** The validated gateway configuration. */
export interface GatewayConfig extends ProxyConfig, RelayConfig {
  readonly listen: { readonly host: string; readonly port: number };
  readonly publicUrl: string;
  readonly trustProxy: boolean | number | readonly string[];
  readonly pageOrigins: readonly string[];
  readonly session: {
    readonly idleTimeoutSeconds: number;
    readonly absoluteTimeoutSeconds: number;
    readonly cookieName: string;
    readonly secrets: readonly string[];
  };
  /** Absent only with `dev.idp`, which fills it in when the development IdP has started. */
  readonly oidc?: { readonly resident?: OidcClientConfig; readonly employee?: EmployeeOidcConfig };
  /** Employee mode's doelbinding profiles; absent: no employee can sign in. */
  readonly employee?: EmployeeConfig;
  readonly minimumLoa: { readonly default: AssuranceLevel; readonly apis: Partial<Record<ApiName, AssuranceLevel>> };
  readonly rateLimit: { readonly perSession: RateWindow; readonly perIp: RateWindow };
  readonly limits: { readonly bodyBytes: number; readonly jsonDepth: number; readonly headerBytes: number };
  readonly dev: { readonly idp: boolean };
  /** Shared state for several instances; absent: everything in the process. */
  readonly redis?: RedisConfig;
  /** Logging of reads in the Verwerkingenlogging API. */
  readonly readLog: ReadLogConfig;
}

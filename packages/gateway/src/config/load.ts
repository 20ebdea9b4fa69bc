/**
 * Reads and validates the configuration file. Every problem is reported with its path and what was
 * expected, all at once, so an operator fixes the file in one go; secrets are read from the environment
 * or from files here, and never echoed.
 * @module
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { UPSTREAM_SECRET_FIELDS, gatewaySchema } from './schema.js';
import type { EmployeeOidcConfig, GatewayConfig, OidcClientConfig } from './types.js';
import { employeeProblems } from './employee-schema.js';
import { resolveRelaySecrets } from '../notifications/config.js';

/** Thrown when the configuration is not valid; `problems` lists each as `path: expectation`. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A secret as written in the file. */
type SecretRef = string | { readonly env: string } | { readonly file: string };

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv);
const validate = ajv.compile(gatewaySchema);

/** Options of {@link loadConfig}. */
export interface LoadOptions {
  /** Environment to resolve `{ "env": … }` secrets from. Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Force the development IdP on (the `--dev` flag). */
  readonly dev?: boolean;
}

/** Reads a JSON or YAML file (by extension) and validates it; see {@link parseConfig}. */
export function loadConfig(path: string, options: LoadOptions = {}): GatewayConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(extname(path)) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${(error as Error).message})`]);
  }
  return parseConfig(raw, options);
}

/** Validates a parsed configuration, fills in defaults and resolves secrets. Throws {@link ConfigError}. */
export function parseConfig(raw: unknown, options: LoadOptions = {}): GatewayConfig {
  const input = structuredClone(raw);
  if (options.dev && isObject(input)) input.dev = { ...(isObject(input.dev) ? input.dev : {}), idp: true };
  if (!validate(input)) throw new ConfigError(describeErrors(validate.errors ?? []));
  const file = input as unknown as FileConfig;
  const problems: string[] = [];
  const devIdp = file.dev?.idp === true;
  const secret = (ref: SecretRef, path: string): string => resolveSecret(ref, path, devIdp, options.env ?? process.env, problems);

  const secrets = file.session.secrets.map((ref, i) => secret(ref, `/session/secrets/${i}`));
  secrets.forEach((value, i) => {
    if (value && value.length < 32) problems.push(`/session/secrets/${i}: must be at least 32 characters once resolved`);
  });
  const resident = file.oidc?.resident;
  if (!resident && !devIdp) problems.push('/oidc/resident: is required unless dev.idp is true');
  const firstOrigin = file.pageOrigins[0];
  const oidc: OidcClientConfig | undefined = resident && {
    ...resident,
    clientSecret: secret(resident.clientSecret, '/oidc/resident/clientSecret'),
    redirectUri: resident.redirectUri ?? `${file.publicUrl}/auth/callback`,
    postLogoutRedirectUri: resident.postLogoutRedirectUri ?? `${firstOrigin ?? file.publicUrl}/`,
  };
  const staff = file.oidc?.employee;
  const employeeOidc: EmployeeOidcConfig | undefined = staff && {
    ...staff,
    clientSecret: secret(staff.clientSecret, '/oidc/employee/clientSecret'),
    redirectUri: staff.redirectUri ?? `${file.publicUrl}/auth/medewerker/callback`,
    postLogoutRedirectUri: staff.postLogoutRedirectUri ?? `${firstOrigin ?? file.publicUrl}/`,
  };
  problems.push(...employeeProblems(file.employee, staff !== undefined, devIdp));
  const authSecrets = (upstreamAuth: Record<string, unknown>, path: string): Record<string, unknown> => {
    const auth = { ...upstreamAuth };
    for (const field of UPSTREAM_SECRET_FIELDS) if (auth[field] !== undefined) auth[field] = secret(auth[field] as SecretRef, `${path}/${field}`);
    return auth;
  };
  const upstreams = Object.fromEntries(
    Object.entries(file.upstreams as Record<string, { auth?: Record<string, unknown> }>).map(([api, upstream]) => [
      api,
      upstream.auth ? { ...upstream, auth: authSecrets(upstream.auth, `/upstreams/${api}/auth`) } : upstream,
    ]),
  );
  resolveRelaySecrets(file, (ref, path) => secret(ref, path), authSecrets);
  const redis = file.redis && { ...file.redis, ...(file.redis.password === undefined ? {} : { password: secret(file.redis.password, '/redis/password') }) };
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...file,
    upstreams,
    session: { ...file.session, secrets },
    oidc: oidc || employeeOidc ? { ...(oidc ? { resident: oidc } : {}), ...(employeeOidc ? { employee: employeeOidc } : {}) } : undefined,
    ...(redis ? { redis } : {}),
  } as GatewayConfig;
}

/** The file's shape after schema defaults, before secrets are resolved. */
type FileConfig = Omit<GatewayConfig, 'session' | 'oidc' | 'redis'> & {
  readonly redis?: Omit<NonNullable<GatewayConfig['redis']>, 'password'> & { readonly password?: SecretRef };
  readonly session: Omit<GatewayConfig['session'], 'secrets'> & { readonly secrets: readonly SecretRef[] };
  readonly oidc?: {
    readonly resident?: Omit<OidcClientConfig, 'clientSecret' | 'redirectUri' | 'postLogoutRedirectUri'> & {
      readonly clientSecret: SecretRef;
      readonly redirectUri?: string;
      readonly postLogoutRedirectUri?: string;
    };
    readonly employee?: Omit<EmployeeOidcConfig, 'clientSecret' | 'redirectUri' | 'postLogoutRedirectUri'> & {
      readonly clientSecret: SecretRef;
      readonly redirectUri?: string;
      readonly postLogoutRedirectUri?: string;
    };
  };
};

function resolveSecret(ref: SecretRef, path: string, devIdp: boolean, env: Readonly<Record<string, string | undefined>>, problems: string[]): string {
  if (typeof ref === 'string') {
    if (!devIdp) problems.push(`${path}: a secret written in the file is accepted only with dev.idp; use { "env": … } or { "file": … }`);
    return ref;
  }
  if ('env' in ref) {
    const value = env[ref.env];
    if (!value) problems.push(`${path}: environment variable ${ref.env} is not set`);
    return value ?? '';
  }
  try {
    const value = readFileSync(ref.file, 'utf8').replace(/\r?\n$/, '');
    if (!value) problems.push(`${path}: file ${ref.file} is empty`);
    return value;
  } catch (error) {
    problems.push(`${path}: file ${ref.file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return '';
  }
}

/** One line per problem: the JSON pointer of the field and what the schema expected there. */
function describeErrors(errors: readonly ErrorObject[]): string[] {
  // A `oneOf` failure also reports each branch's own error; keep only the `oneOf` line for that path.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const lines = errors
    .filter((e) => e.keyword === 'oneOf' || (!oneOfPaths.has(e.instancePath) && !isBranchOf(e, oneOfPaths)))
    .map((e) => `${pathOf(e)}: ${expectation(e)}`);
  return [...new Set(lines)];
}

function isBranchOf(error: ErrorObject, oneOfPaths: ReadonlySet<string>): boolean {
  return [...oneOfPaths].some((p) => error.instancePath.startsWith(`${p}/`) && error.schemaPath.includes('/oneOf/'));
}

function pathOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${String(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(params.additionalProperty)}`;
  return error.instancePath || '/';
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'oneOf':
      return `must be one of the allowed forms: ${String((error.parentSchema as { description?: string } | undefined)?.description ?? 'see gateway.schema.json')}`;
    default:
      return error.message ?? 'is not valid';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Employee mode (issue 14): the staff sign-in (`oidc.employee`, a second OpenID Connect client) and the
 * `employee` section with the doelbinding profiles an employee's roles or groups map to. A profile grants
 * per API `read` or `write`; an API it does not name is shielded (deny by default).
 * @module
 */
import { API_NAMES, VERTROUWELIJKHEIDAANDUIDINGEN as VERTROUWELIJKHEID, type ApiName, type Vertrouwelijkheidaanduiding } from '@klantbeeld/core';
import type { ApiAccess, BilingualText, KlantSearchField, LookPurpose } from '@klantbeeld/core';

/** Ways of searching a klant a profile may allow. */
export const SEARCH_FIELDS = ['bsn', 'naam', 'kvk', 'email', 'telefoon'] as const satisfies readonly KlantSearchField[];

const bilingualSchema = (description: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['nl', 'en'],
    description,
    properties: { nl: { type: 'string', minLength: 1, maxLength: 120 }, en: { type: 'string', minLength: 1, maxLength: 120 } },
  }) as const;

/** The properties of `oidc.employee` besides the connection fields it shares with `oidc.resident`. */
export const employeeClaimsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: "Names of the claims the staff IdP issues (Entra ID: `roles` or `groups`; Keycloak: a mapper's claim).",
  properties: {
    roles: {
      type: 'string',
      default: 'roles',
      description: 'Claim with the roles or groups (an array of strings, or one string); each value is looked up in `employee.roleProfiles`.',
    },
    employeeId: { type: 'string', default: 'sub', description: 'Stable id of the employee; logged as `gebruiker` of every look.' },
    name: { type: 'string', default: 'name', description: 'Display name of the employee.' },
  },
} as const;

const profileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['label', 'purposes', 'searchBy', 'verwerkingsactiviteit', 'grondslag'],
  description: 'One doelbinding profile.',
  properties: {
    label: bilingualSchema('Name of the profile as the employee sees it.'),
    purposes: {
      type: 'array',
      minItems: 1,
      description: 'Purposes a look under this profile may state; the employee picks one before any klant data is read.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label'],
        properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }, label: bilingualSchema('The purpose as shown and logged.') },
      },
    },
    searchBy: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...SEARCH_FIELDS] }, description: 'Ways of finding a klant.' },
    verwerkingsactiviteit: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      description: "The verwerkingsactiviteit of this profile's looks in the municipality's register (it names doel and grondslag).",
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Its id.' },
        url: { type: 'string', format: 'uri', description: 'Its URL in the register.' },
      },
    },
    grondslag: { type: 'string', minLength: 1, maxLength: 120, description: 'The legal ground, named in every logged look (e.g. `Participatiewet art. 7`).' },
    maxVertrouwelijkheid: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Confidentiality caps of this profile (default `openbaar`: the least).',
      properties: {
        zaken: { type: 'string', enum: [...VERTROUWELIJKHEID], default: 'openbaar' },
        documenten: { type: 'string', enum: [...VERTROUWELIJKHEID], default: 'openbaar' },
      },
    },
    access: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Per API `read` or `write` (Klantinteracties only: register contacts and interne taken). An API not listed is shielded.',
      properties: Object.fromEntries(API_NAMES.map((api) => [api, { type: 'string', enum: api === 'klantinteracties' ? ['read', 'write'] : ['read'] }])),
    },
    zaaktypen: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Which zaaktypen (by `identificatie`) are served: only `include` when given, never `exclude`. A zaak of another zaaktype is absent.',
      properties: {
        include: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
        exclude: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
      },
    },
    brpFields: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-zA-Z]+(\\.[a-zA-Z]+)*$' },
      description:
        'BRP fields (paths) this profile may read, e.g. `["naam", "adressering"]`. Default: none besides what `access.brp` allows by the scoping defaults.',
    },
  },
} as const;

/** Schema of the top-level `employee` section. */
export const employeeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['profiles', 'roleProfiles'],
  description: 'Employee mode: doelbinding profiles and which roles or groups hold them. Needs `oidc.employee` (or `dev.idp`).',
  properties: {
    profiles: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
      additionalProperties: profileSchema,
      description: 'Profile id → profile.',
    },
    roleProfiles: {
      type: 'object',
      additionalProperties: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
      description: 'Role or group value (from `oidc.employee.claims.roles`) → ids of the profiles it grants.',
    },
    refTtlSeconds: { type: 'integer', minimum: 30, maximum: 3600, default: 600, description: 'How long a search result may be chosen.' },
  },
} as const;

/** One validated profile. */
export interface EmployeeProfile {
  readonly label: BilingualText;
  readonly purposes: readonly LookPurpose[];
  readonly searchBy: readonly KlantSearchField[];
  readonly verwerkingsactiviteit: { readonly id: string; readonly url?: string };
  readonly grondslag: string;
  readonly maxVertrouwelijkheid: { readonly zaken: Vertrouwelijkheidaanduiding; readonly documenten: Vertrouwelijkheidaanduiding };
  readonly access: Readonly<Partial<Record<ApiName, Exclude<ApiAccess, 'shielded'>>>>;
  readonly zaaktypen: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
  readonly brpFields?: readonly string[];
}

/** The validated `employee` section. */
export interface EmployeeConfig {
  readonly profiles: Readonly<Record<string, EmployeeProfile>>;
  readonly roleProfiles: Readonly<Record<string, readonly string[]>>;
  readonly refTtlSeconds: number;
}

/** Claim names of the staff IdP. */
export interface EmployeeClaimNames {
  readonly roles: string;
  readonly employeeId: string;
  readonly name: string;
}

/** Problems the schema cannot see: a role naming an unknown profile, a purpose id used twice. */
export function employeeProblems(employee: EmployeeConfig | undefined, hasClient: boolean, devIdp: boolean): string[] {
  if (!employee) return [];
  const problems: string[] = [];
  if (!hasClient && !devIdp) problems.push('/oidc/employee: is required with an employee section unless dev.idp is true');
  for (const [role, ids] of Object.entries(employee.roleProfiles)) {
    for (const id of ids)
      if (!Object.hasOwn(employee.profiles, id)) problems.push(`/employee/roleProfiles/${role}: names profile "${id}", which is not in employee.profiles`);
  }
  for (const [id, profile] of Object.entries(employee.profiles)) {
    const seen = new Set<string>();
    for (const purpose of profile.purposes) {
      if (seen.has(purpose.id)) problems.push(`/employee/profiles/${id}/purposes: purpose id "${purpose.id}" is used twice`);
      seen.add(purpose.id);
    }
    if (profile.zaaktypen.include && profile.zaaktypen.exclude) problems.push(`/employee/profiles/${id}/zaaktypen: give include or exclude, not both`);
    if (profile.access.brp && !profile.brpFields?.length) problems.push(`/employee/profiles/${id}/brpFields: is required when access.brp is granted`);
  }
  return problems;
}

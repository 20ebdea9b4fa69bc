/**
 * Employee mode of one gateway: the staff relying party, the klant contexts and search refs, the klant
 * search, and the step that turns an employee's request under a klant context into a {@link Principal}
 * (the klant as subject, the employee as actor, the profile as doelbinding) for the existing proxy.
 * @module
 */
import { API_NAMES, type ApiName, type EmployeeSessionInfo, type KlantContextInfo, type ProfileInfo } from '@klantbeeld/core';
import type { EmployeeConfig, EmployeeProfile } from '../config/employee-schema.js';
import type { EmployeeOidcConfig, GatewayConfig } from '../config/types.js';
import { OidcRelyingParty } from '../auth/oidc.js';
import type { UpstreamObserver } from '../proxy/upstream/client.js';
import type { Principal } from '../session/principal.js';
import type { EmployeeSessionData } from '../session/sessions.js';
import type { SessionStore } from '../session/store.js';
import { accessOf } from './access.js';
import { KlantContexts, type StoredKlantContext } from './klant-context.js';
import { KlantSearch } from './search.js';

/** Why an employee's API request is not served. */
export type EmployeeRefusal = { readonly status: 404; readonly code: 'no-klant-context' } | { readonly status: 403; readonly code: 'shielded' };

/** The employee mode of one gateway instance (present when `employee` is configured). */
export class EmployeeMode {
  readonly contexts: KlantContexts;
  readonly search: KlantSearch;
  #relyingParty: OidcRelyingParty<EmployeeOidcConfig> | undefined;

  constructor(
    readonly config: EmployeeConfig,
    gateway: GatewayConfig,
    store: SessionStore,
    private oidc: () => EmployeeOidcConfig | undefined,
    private readonly allowHttp: () => boolean,
    observe?: UpstreamObserver,
  ) {
    this.contexts = new KlantContexts(store, config.refTtlSeconds * 1000, gateway.session.absoluteTimeoutSeconds * 1000);
    this.search = new KlantSearch(gateway, observe);
  }

  /** The staff IdP's client; undefined before the development IdP has started (or without `oidc.employee`). */
  relyingParty(): OidcRelyingParty<EmployeeOidcConfig> | undefined {
    const settings = this.oidc();
    if (!settings) return undefined;
    if (this.#relyingParty?.settings !== settings) this.#relyingParty = new OidcRelyingParty(settings, this.allowHttp());
    return this.#relyingParty;
  }

  /** A profile the employee holds, or undefined. */
  profileOf(employee: EmployeeSessionData['employee'], id: string): EmployeeProfile | undefined {
    return employee.profiles.includes(id) && Object.hasOwn(this.config.profiles, id) ? this.config.profiles[id] : undefined;
  }

  /** `GET /medewerker/session`. */
  async sessionInfo(sessionId: string, data: EmployeeSessionData): Promise<EmployeeSessionInfo> {
    const profiles: ProfileInfo[] = data.employee.profiles.flatMap((id) => {
      const profile = this.profileOf(data.employee, id);
      return profile ? [{ id, label: profile.label, purposes: profile.purposes, searchBy: profile.searchBy }] : [];
    });
    const stored = await this.contexts.get(sessionId);
    return { employee: { displayName: data.displayName }, profiles, context: stored ? this.contextInfo(stored) : null };
  }

  /** What the page may know of a context (never the BSN or KvK number). */
  contextInfo(stored: StoredKlantContext): KlantContextInfo {
    const profile = this.config.profiles[stored.profile];
    const access = profile ? accessOf(profile) : Object.fromEntries(API_NAMES.map((api) => [api, 'shielded' as const]));
    return {
      klant: stored.klant,
      profile: stored.profile,
      purpose: stored.purpose,
      reference: stored.reference,
      startedAt: stored.startedAt,
      access,
    };
  }

  /** The principal of an employee's request on `api`, or why it is refused. */
  async principalFor(sessionId: string, data: EmployeeSessionData, api: ApiName): Promise<Principal | EmployeeRefusal> {
    const stored = await this.contexts.get(sessionId);
    if (!stored) return { status: 404, code: 'no-klant-context' };
    const profile = this.profileOf(data.employee, stored.profile);
    const purpose = profile?.purposes.find((p) => p.id === stored.purpose);
    if (!profile || !purpose) return { status: 404, code: 'no-klant-context' };
    if (profile.access[api] === undefined) return { status: 403, code: 'shielded' };
    return {
      subject: stored.subject,
      // The staff IdP's sign-in is the municipality's own; the resident's levels of assurance do not apply.
      loa: 'hoog',
      actor: { kind: 'medewerker', id: data.employee.id },
      doelbinding: { profileId: stored.profile, profile, purpose, lookId: stored.lookId },
    };
  }

  async close(): Promise<void> {
    await this.search.close();
  }
}

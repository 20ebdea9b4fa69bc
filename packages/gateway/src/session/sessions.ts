/**
 * Signed-in sessions: created at sign-in under a fresh random id (so a fixed id can never be planted),
 * ended after the idle or the absolute timeout, whichever comes first. The cookie carries only the id.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { Principal } from './principal.js';
import type { Clock, SessionStore } from './store.js';

/** A signed-in employee (employee mode): who they are and the profiles their roles grant. */
export interface EmployeeIdentity {
  /** Stable id from the staff IdP; logged as the `gebruiker` of every look. */
  readonly id: string;
  /** Ids of the doelbinding profiles held. */
  readonly profiles: readonly string[];
}

/** What the gateway keeps about one signed-in session. Never sent to the browser as such. */
export type SessionData = ResidentSessionData | EmployeeSessionData;

/** A resident's or a company's session (no `kind`: sessions stored before employee mode are residents'). */
export interface ResidentSessionData extends SessionBase {
  readonly kind?: undefined;
  readonly principal: Principal;
}

/** An employee's session: no subject of its own; the klant context (kept beside it) names one. */
export interface EmployeeSessionData extends SessionBase {
  readonly kind: 'medewerker';
  readonly employee: EmployeeIdentity;
}

/** What both kinds of session keep. */
interface SessionBase {
  /** Shown on the page ("Ingelogd als …"); may be empty when the broker issues no name. */
  readonly displayName: string;
  /** For RP-initiated logout (`id_token_hint`). */
  readonly idToken: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

/** A live session and its id. */
export interface ActiveSession {
  readonly id: string;
  readonly data: SessionData;
  /** When it ends unless used again (idle timeout), ms since the epoch. */
  readonly idleExpiresAt: number;
  /** When it ends whatever happens (absolute timeout), ms since the epoch. */
  readonly absoluteExpiresAt: number;
}

/** Key prefix of sessions in the store (also used to count them). */
export const SESSION_PREFIX = 'session:';

/** Creates, reads (and keeps alive) and ends sessions in a {@link SessionStore}. */
export class Sessions {
  constructor(
    private readonly store: SessionStore,
    private readonly timeouts: { readonly idleMs: number; readonly absoluteMs: number },
    private readonly clock: Clock,
  ) {}

  /** A new session under a new random id (256 bits). */
  create(principal: Principal, displayName: string, idToken: string): Promise<ActiveSession> {
    return this.#create({ principal, displayName, idToken });
  }

  /** A new employee session under a new random id. */
  createEmployee(employee: EmployeeIdentity, displayName: string, idToken: string): Promise<ActiveSession> {
    return this.#create({ kind: 'medewerker', employee, displayName, idToken });
  }

  async #create(fields: Omit<ResidentSessionData, 'createdAt' | 'lastSeenAt'> | Omit<EmployeeSessionData, 'createdAt' | 'lastSeenAt'>): Promise<ActiveSession> {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock();
    const data: SessionData = { ...fields, createdAt: now, lastSeenAt: now };
    await this.store.set(SESSION_PREFIX + id, data, this.#ttl(data, now));
    return this.#active(id, data);
  }

  /** The live session with this id, its idle timer restarted; `undefined` when unknown or expired. */
  async resume(id: string): Promise<ActiveSession | undefined> {
    const data = (await this.store.get(SESSION_PREFIX + id)) as SessionData | undefined;
    if (!data) return undefined;
    const now = this.clock();
    if (now >= data.lastSeenAt + this.timeouts.idleMs || now >= data.createdAt + this.timeouts.absoluteMs) {
      await this.store.delete(SESSION_PREFIX + id);
      return undefined;
    }
    const touched: SessionData = { ...data, lastSeenAt: now };
    await this.store.set(SESSION_PREFIX + id, touched, this.#ttl(touched, now));
    return this.#active(id, touched);
  }

  /** Reads a session without restarting its idle timer (for `GET /auth/session` polling). */
  async peek(id: string): Promise<ActiveSession | undefined> {
    const data = (await this.store.get(SESSION_PREFIX + id)) as SessionData | undefined;
    if (!data) return undefined;
    const active = this.#active(id, data);
    const now = this.clock();
    return now < active.idleExpiresAt && now < active.absoluteExpiresAt ? active : undefined;
  }

  async end(id: string): Promise<SessionData | undefined> {
    return (await this.store.take(SESSION_PREFIX + id)) as SessionData | undefined;
  }

  /** Number of live sessions. */
  count(): Promise<number> {
    return this.store.count(SESSION_PREFIX);
  }

  #ttl(data: SessionData, now: number): number {
    return Math.max(1, Math.min(data.lastSeenAt + this.timeouts.idleMs, data.createdAt + this.timeouts.absoluteMs) - now);
  }

  #active(id: string, data: SessionData): ActiveSession {
    return {
      id,
      data,
      idleExpiresAt: data.lastSeenAt + this.timeouts.idleMs,
      absoluteExpiresAt: data.createdAt + this.timeouts.absoluteMs,
    };
  }
}

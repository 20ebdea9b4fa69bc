/**
 * The klant context of an employee's session and the search results it may be chosen from, kept in the
 * session store beside the session (so a request that refreshes the session never overwrites a context
 * chosen at the same time). Keys carry the session id: one employee's context or results are never
 * found under another's session. A BSN lives only here, server-side.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { KlantSummary } from '@klantbeeld/core';
import type { SessionStore } from '../session/store.js';
import type { Subject } from '../session/principal.js';

/** A search result as remembered for its `ref`. */
export interface RememberedKlant {
  readonly subject: Subject;
  readonly klant: KlantSummary;
}

/** The chosen klant context. */
export interface StoredKlantContext extends RememberedKlant {
  /** Id of this look; shared by every logged action under it. */
  readonly lookId: string;
  readonly profile: string;
  readonly purpose: string;
  readonly reference: string | null;
  readonly startedAt: string;
}

const CONTEXT_PREFIX = 'klantcontext:';
const REF_PREFIX = 'klantref:';

/** Klant contexts and search refs of employee sessions. */
export class KlantContexts {
  constructor(
    private readonly store: SessionStore,
    private readonly refTtlMs: number,
    private readonly contextTtlMs: number,
  ) {}

  /** Remembers a search result for this session; returns its opaque ref. */
  async remember(sessionId: string, found: RememberedKlant): Promise<string> {
    const ref = randomBytes(18).toString('base64url');
    await this.store.set(`${REF_PREFIX}${sessionId}:${ref}`, found, this.refTtlMs);
    return ref;
  }

  /** The klant behind `ref` for this session, or undefined (unknown, expired, or another session's). */
  async recall(sessionId: string, ref: string): Promise<RememberedKlant | undefined> {
    if (!/^[\w-]{1,64}$/.test(ref)) return undefined;
    return (await this.store.get(`${REF_PREFIX}${sessionId}:${ref}`)) as RememberedKlant | undefined;
  }

  async get(sessionId: string): Promise<StoredKlantContext | undefined> {
    return (await this.store.get(CONTEXT_PREFIX + sessionId)) as StoredKlantContext | undefined;
  }

  /** Sets the context, replacing (and so ending) any previous one. */
  async set(sessionId: string, context: StoredKlantContext): Promise<void> {
    await this.store.set(CONTEXT_PREFIX + sessionId, context, this.contextTtlMs);
  }

  async end(sessionId: string): Promise<void> {
    await this.store.delete(CONTEXT_PREFIX + sessionId);
  }
}

/**
 * The contract between the HTTP plumbing and the policy modules. The plumbing matches the allowlist,
 * validates the query, translates URLs and talks to the upstream; a {@link Rule} (one per operation, in
 * the module of its API) decides what of it the subject may have: it shapes the upstream request, or
 * answers itself, or denies (throws `Denied`), and filters what comes back.
 * @module
 */
import type { Subject } from '../../session/principal.js';
import type { Match } from '../allowlist/allowlist.js';
import type { Scope } from './scope.js';

/** A query: each name with all its values, in order. */
export type Query = Map<string, string[]>;

/** What a rule gets: the matched operation, the browser's query and body with gateway URLs already translated to upstream ones. */
export interface RuleInput {
  readonly match: Match;
  readonly subject: Subject;
  /** Upstream URL of the addressed path (no query). */
  readonly url: string;
  readonly query: Query;
  /** Parsed JSON body of a write, `undefined` without one. */
  readonly body: unknown;
  readonly scope: Scope;
}

/** How to serve the request once the rule allowed it. */
export interface Plan {
  /** The query to send upstream (default: the browser's). */
  readonly query?: Query;
  /** The JSON body to send upstream (default: the browser's). */
  readonly body?: unknown;
  /** Answer with this JSON (upstream URLs in it are still translated) instead of forwarding. */
  readonly answer?: unknown;
  /** Stream the upstream answer as a download named so (nothing is buffered or filtered). */
  readonly download?: { readonly filename: string | null | undefined };
  /** Removes or masks what the subject may not see in the upstream JSON; may not add anything. */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- says that `filter` may be async
  readonly filter?: (data: unknown) => unknown | Promise<unknown>;
}

/** Decides one operation for one subject. */
export type Rule = (input: RuleInput) => Promise<Plan> | Plan;

/** One policy module: a rule per allowed operation (`METHOD /template`). An operation without a rule is absent. */
export type ApiPolicy = Readonly<Record<string, Rule>>;

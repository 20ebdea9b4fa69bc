/**
 * What the request handlers read from their mock instance. Kept apart from `mock-api.ts` so handlers
 * depend on a narrow interface, not on the factory.
 * @module
 */
import type { Dataset, ResidentRecord } from './dataset.js';
import type { Authenticate } from './http/auth.js';
import type { Requester } from './requester.js';

/** One logged request (header names lowercased). */
export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** Live state of one mock; `resident` changes with `setResident()`. */
export interface MockState {
  readonly dataset: Dataset;
  /** Who is asking: what the handlers may serve beyond a request's own filters (see `requester.ts`). */
  readonly requester: Requester;
  /** The resident the gateway serves right now (resident mode; the event streams are theirs). */
  readonly resident: ResidentRecord;
  /** Checks a request's credentials for its API's scheme (upstream mode); lets everything through otherwise. */
  readonly authenticate: Authenticate;
  /** Default `pageSize` of lists. */
  readonly pageSize: number;
  /** `false`: behave like a server without `expand` support. */
  readonly expand: boolean;
  /** Expand names silently left out of `_expand`. */
  readonly dropExpand: ReadonlySet<string>;
  /** Delay per response in ms. */
  readonly latency: number;
  /** Records a request in the mock's log. */
  log(request: LoggedRequest): void;
}

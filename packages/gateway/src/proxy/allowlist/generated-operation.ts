/**
 * The shape of one entry of `operations.generated.ts` (written by `scripts/contract/gateway-allowlist.mjs`).
 * @module
 */

/** The part of a parameter's schema the gateway validates. */
export interface ParamSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: ParamSchema;
}

/** One operation as generated from the specs. */
export interface GeneratedOperation {
  readonly api: string;
  readonly method: string;
  readonly template: string;
  /** Titles of the documents the operation and its parameters were taken from. */
  readonly specs: readonly string[];
  /** Whether the spec defines a request body. */
  readonly body: boolean;
  /** Query parameters a browser may send: the spec's schema and whether the spec lets it repeat. */
  readonly query: Readonly<Record<string, { readonly schema: ParamSchema; readonly repeatable: boolean }>>;
}

/**
 * The `readLog` section: how every read of personal data becomes a verwerkingsactie in the
 * Verwerkingenlogging API, and where the outbox that delivers them keeps its entries.
 * @module
 */
import type { ApiName } from '@klantbeeld/core';

/** APIs whose answers carry personal data and are logged (Catalogi is reference data; the log is not logged again). */
export const LOGGED_APIS = ['zaken', 'documenten', 'besluiten', 'klantinteracties', 'objecten', 'producten', 'brp'] as const satisfies readonly ApiName[];

/** An API whose reads are logged. */
export type LoggedApi = (typeof LOGGED_APIS)[number];

const activitySchema = (description: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    description,
    properties: {
      verwerkingsactiviteitId: {
        type: 'string',
        format: 'uuid',
        description: "Id of the verwerkingsactiviteit in the municipality's register; it names the doel and grondslag (doelbinding) of the processing.",
      },
      verwerkingsactiviteitUrl: { type: 'string', format: 'uri', description: 'URL of that verwerkingsactiviteit in the register.' },
      verwerkingNaam: {
        type: 'string',
        minLength: 1,
        maxLength: 242,
        description: 'Name of the verwerking, shown to the resident, e.g. `Inzage lopende zaken`.',
      },
      handelingNaam: { type: 'string', minLength: 1, maxLength: 242, description: 'Name of the handeling, e.g. `Inzien door betrokkene`.' },
      actieNaam: { type: 'string', minLength: 1, maxLength: 242, description: 'Name of the action; default `Raadplegen <resource>` from the path read.' },
      vertrouwelijkheid: {
        type: 'string',
        enum: ['normaal', 'vertrouwelijk'],
        description: 'Of the logged action: `normaal` (the resident sees it) or `vertrouwelijk` (hidden from the resident, e.g. during an investigation).',
      },
      bewaartermijn: {
        type: 'string',
        pattern: '^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?$',
        description: 'How long the log keeps the action (ISO 8601 duration), e.g. `P1Y`.',
      },
    },
  }) as const;

/** Schema of `readLog`; imported by `gatewaySchema`. */
export const readLogSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    'Logging of every read of personal data in the Verwerkingenlogging API (through `upstreams.verwerkingen`), delivered through a durable outbox. A read whose action the outbox cannot accept is refused with 503.',
  properties: {
    enabled: {
      type: 'boolean',
      default: true,
      description: 'Log reads. Takes effect with `upstreams.verwerkingen` (the log); without that upstream nothing is logged and the gateway warns at start.',
    },
    url: {
      type: 'string',
      format: 'uri',
      description: 'Base URL of the bewerking (write) API when it differs from `upstreams.verwerkingen.url`; the credentials of that upstream are used.',
    },
    uitvoerder: { type: 'string', pattern: '^[0-9]{20}$', description: 'OIN of the municipality (the organisation that processes), 20 digits.' },
    systeem: { type: 'string', maxLength: 242, default: 'Klantbeeld gateway', description: 'Name of the processing system.' },
    default: { ...activitySchema('Activity of every logged API not listed in `apis`.'), default: {} },
    apis: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Per API (`zaken`, `documenten`, `besluiten`, `klantinteracties`, `objecten`, `producten`, `brp`): the verwerkingsactiviteit and names, over `default`.',
      properties: Object.fromEntries(LOGGED_APIS.map((api) => [api, activitySchema(`Reads of ${api}.`)])),
    },
    outbox: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Where actions wait until the log has them: `memory` (one process, lost on restart), `file` (one process, survives a restart) or `redis` (a stream with a consumer group shared by every instance). Default: `redis` with `redis.url`, else `file` with `file`, else `memory`.',
      properties: {
        store: { type: 'string', enum: ['memory', 'file', 'redis'], description: 'Outbox store; see above for the default.' },
        file: { type: 'string', minLength: 1, description: 'Journal file of the `file` store (created when absent).' },
        maxEntries: { type: 'integer', minimum: 1, default: 100000, description: 'Actions waiting at most; when full, reads are refused with 503.' },
        batchSize: { type: 'integer', minimum: 1, maximum: 1000, default: 50, description: 'Actions sent per delivery round (in parallel).' },
        retryInitialMs: { type: 'integer', minimum: 10, default: 500, description: 'First pause before a failed action is sent again; doubled per failure.' },
        retryMaxMs: { type: 'integer', minimum: 10, default: 60000, description: 'Longest pause between two attempts.' },
        claimIdleMs: {
          type: 'integer',
          minimum: 100,
          default: 30000,
          description: '`redis`: an action another instance took and did not confirm for this long is taken over (that instance is presumed dead).',
        },
        pollMs: { type: 'integer', minimum: 10, default: 200, description: 'Pause between delivery rounds when the outbox is empty.' },
      },
    },
  },
} as const;

/** One verwerkingsactiviteit as configured. */
export interface ReadLogActivity {
  readonly verwerkingsactiviteitId?: string;
  readonly verwerkingsactiviteitUrl?: string;
  readonly verwerkingNaam?: string;
  readonly handelingNaam?: string;
  readonly actieNaam?: string;
  readonly vertrouwelijkheid?: 'normaal' | 'vertrouwelijk';
  readonly bewaartermijn?: string;
}

/** The validated `readLog` section. */
export interface ReadLogConfig {
  readonly enabled: boolean;
  readonly url?: string;
  readonly uitvoerder?: string;
  readonly systeem: string;
  readonly default: ReadLogActivity;
  readonly apis: Partial<Record<LoggedApi, ReadLogActivity>>;
  readonly outbox: {
    readonly store?: 'memory' | 'file' | 'redis';
    readonly file?: string;
    readonly maxEntries: number;
    readonly batchSize: number;
    readonly retryInitialMs: number;
    readonly retryMaxMs: number;
    readonly claimIdleMs: number;
    readonly pollMs: number;
  };
}

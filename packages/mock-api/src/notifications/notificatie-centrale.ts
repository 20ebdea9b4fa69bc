/**
 * A Notificaties API 1.0 (Open Notificaties' part as the gateway sees it, upstream mode): abonnementen
 * (`/abonnement`, list/create/read/update/delete), the kanalen it knows (`/kanaal`), publishing
 * (`POST /notificaties`), and delivery: every message is POSTed to the `callbackUrl` of each abonnement
 * on its kanaal whose filters match its kenmerken, with the abonnement's `auth` as `Authorization`.
 * @module
 */
import type { components } from '@klantbeeld/core/generated/notificaties-api';
import { notFound, validationError } from '../http/problem.js';
import type { ApiDefinition, Route } from '../http/route.js';
import { uuidFrom } from '../util/uuid.js';

/** An abonnement (Notificaties API 1.0). */
export type Abonnement = components['schemas']['Abonnement'];
/** A published message. */
export type Message = components['schemas']['Message'];
type Kanaal = components['schemas']['Kanaal'];

/** `API-version` of the mock's Notificaties API. */
export const NOTIFICATIES_API_VERSION = '1.0.0';

/** Kanalen of the APIs the mock serves, with their kenmerken. */
const KANALEN: readonly { naam: string; filters: string[] }[] = [
  { naam: 'zaken', filters: ['bronorganisatie', 'zaaktype', 'vertrouwelijkheidaanduiding'] },
  { naam: 'objecten', filters: ['objecttype'] },
  { naam: 'klantinteracties', filters: [] },
  { naam: 'documenten', filters: ['bronorganisatie', 'informatieobjecttype', 'vertrouwelijkheidaanduiding'] },
];

/** Tries per delivery (Open Notificaties retries too), with this pause in ms between them. */
const DELIVERY_ATTEMPTS = 3;
const DELIVERY_PAUSE = 200;

/** One organisation's Notificaties API. */
export class NotificatieCentrale {
  readonly #abonnementen = new Map<string, Abonnement>();
  readonly #deliveries = new Set<Promise<void>>();
  #created = 0;

  /** @param base the API's base URL, e.g. `http://127.0.0.1:8001/notificaties/api/v1`. */
  constructor(readonly base: string) {}

  /** The abonnementen (for tests). */
  get abonnementen(): readonly Abonnement[] {
    return [...this.#abonnementen.values()];
  }

  /** Delivers `message` to every matching abonnement (asynchronously; see {@link settled}). */
  publish(message: Message): void {
    for (const abonnement of this.#abonnementen.values()) {
      if (!matches(abonnement, message)) continue;
      const delivery = deliver(abonnement, message).finally(() => this.#deliveries.delete(delivery));
      this.#deliveries.add(delivery);
    }
  }

  /** Resolves when every delivery started so far has ended (delivered or given up). */
  async settled(): Promise<void> {
    while (this.#deliveries.size > 0) await Promise.allSettled([...this.#deliveries]);
  }

  /** The API's routes (ZGW JWT, like Open Notificaties). */
  api(): ApiDefinition {
    const detail = (uuid: string | undefined): Abonnement => {
      const found = uuid === undefined ? undefined : this.#abonnementen.get(uuid);
      if (!found) throw notFound();
      return found;
    };
    const routes: Route[] = [
      { method: 'GET', path: '/abonnement', handle: () => this.abonnementen },
      {
        method: 'POST',
        path: '/abonnement',
        status: 201,
        handle: async ({ request }) => {
          const uuid = uuidFrom(`abonnement:${this.base}:${++this.#created}`);
          const abonnement = { url: `${this.base}/abonnement/${uuid}`, ...checkAbonnement(await readJson(request), false) };
          this.#abonnementen.set(uuid, abonnement);
          return abonnement;
        },
      },
      { method: 'GET', path: '/abonnement/:uuid', etag: true, handle: ({ params }) => detail(params.uuid) },
      {
        method: 'PUT',
        path: '/abonnement/:uuid',
        handle: async ({ request, params }) => {
          const current = detail(params.uuid);
          const next = { url: current.url, ...checkAbonnement(await readJson(request), false) };
          this.#abonnementen.set(params.uuid ?? '', next);
          return next;
        },
      },
      {
        method: 'PATCH',
        path: '/abonnement/:uuid',
        handle: async ({ request, params }) => {
          const current = detail(params.uuid);
          const next = { ...current, ...checkAbonnement(await readJson(request), true) };
          this.#abonnementen.set(params.uuid ?? '', next);
          return next;
        },
      },
      {
        method: 'DELETE',
        path: '/abonnement/:uuid',
        status: 204,
        handle: ({ params }) => {
          detail(params.uuid);
          this.#abonnementen.delete(params.uuid ?? '');
          return null;
        },
      },
      {
        method: 'GET',
        path: '/kanaal',
        handle: (): Kanaal[] => KANALEN.map(({ naam, filters }) => ({ url: `${this.base}/kanaal/${uuidFrom(`kanaal:${naam}`)}`, naam, filters })),
      },
      {
        method: 'POST',
        path: '/notificaties',
        handle: async ({ request }) => {
          const message = checkMessage(await readJson(request));
          this.publish(message);
          return message;
        },
      },
    ];
    return { base: this.base, version: NOTIFICATIES_API_VERSION, auth: 'zgw-jwt', routes };
  }
}

/** Whether the abonnement takes `message`: its kanaal is listed and every filter equals the kenmerk (`*` any). */
function matches(abonnement: Abonnement, message: Message): boolean {
  return abonnement.kanalen.some(
    (kanaal) =>
      kanaal.naam === message.kanaal && Object.entries(kanaal.filters ?? {}).every(([name, value]) => value === '*' || message.kenmerken?.[name] === value),
  );
}

async function deliver(abonnement: Abonnement, message: Message): Promise<void> {
  for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(abonnement.callbackUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: abonnement.auth },
        body: JSON.stringify(message),
      });
      await response.body?.cancel();
      // A refusal (4xx) is final; a server fault or a full queue (5xx) is tried again.
      if (response.status < 500) return;
    } catch {
      // Not reachable: try again.
    }
    if (attempt < DELIVERY_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, DELIVERY_PAUSE * attempt));
  }
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw validationError([{ name: 'nonFieldErrors', code: 'parse_error', reason: 'JSON parse error.' }]);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The abonnement fields of `body` (all required unless `partial`), or a 400 naming each invalid one. */
function checkAbonnement(body: unknown, partial: boolean): Omit<Abonnement, 'url'> {
  const input = isRecord(body) ? body : {};
  const problems: { name: string; code: string; reason: string }[] = [];
  const need = (name: string, ok: boolean, reason: string) => {
    if (input[name] === undefined ? !partial : !ok)
      problems.push({ name, code: input[name] === undefined ? 'required' : 'invalid', reason: input[name] === undefined ? 'Dit veld is vereist.' : reason });
  };
  need('callbackUrl', isHttpUrl(input.callbackUrl), 'Voer een geldige URL in.');
  need('auth', typeof input.auth === 'string' && input.auth.length > 0, 'Voer een geldige waarde in.');
  const kanalen = Array.isArray(input.kanalen) ? input.kanalen : undefined;
  need(
    'kanalen',
    kanalen !== undefined &&
      kanalen.every(
        (k) => isRecord(k) && typeof k.naam === 'string' && KANALEN.some((known) => known.naam === k.naam) && (k.filters === undefined || isRecord(k.filters)),
      ),
    'Onbekend kanaal of ongeldige filters.',
  );
  if (problems.length > 0) throw validationError(problems);
  const out: Partial<Omit<Abonnement, 'url'>> = {};
  if (input.callbackUrl !== undefined) out.callbackUrl = input.callbackUrl as string;
  if (input.auth !== undefined) out.auth = input.auth as string;
  if (kanalen !== undefined)
    out.kanalen = kanalen.map((k) => ({
      naam: String((k as Record<string, unknown>).naam),
      filters: ((k as Record<string, unknown>).filters as Record<string, string> | undefined) ?? {},
    }));
  return out as Omit<Abonnement, 'url'>;
}

/** A publishable message, or a 400. */
function checkMessage(body: unknown): Message {
  const input = isRecord(body) ? body : {};
  const problems = ['kanaal', 'hoofdObject', 'resource', 'resourceUrl', 'actie', 'aanmaakdatum']
    .filter((name) => typeof input[name] !== 'string' || input[name] === '')
    .map((name) => ({ name, code: 'required', reason: 'Dit veld is vereist.' }));
  if (typeof input.kanaal === 'string' && !KANALEN.some((k) => k.naam === input.kanaal))
    problems.push({ name: 'kanaal', code: 'kanaal_bestaat_niet', reason: 'Kanaal bestaat niet.' });
  if (problems.length > 0) throw validationError(problems);
  return input as unknown as Message;
}

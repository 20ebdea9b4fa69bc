/**
 * Development-only controls over HTTP, served in upstream mode below `${origin}${basePath}/_mock`, so a
 * demo (or a gateway's end-to-end test) can play the behandelaar without access to the mock object:
 *
 * `POST /_mock/zaken/{uuid}/status` with `{ "volgnummer": 3, "toelichting"?: "…" }` sets the zaak's
 * status as {@link MockApi.setZaakStatus} does → 201 with the new Status; 400 for a malformed body;
 * 404 for an unknown zaak or a volgnummer its zaaktype lacks. The same below `/_mock/omgevingsdienst` for the
 * other organisation's zaken. The messages of the change go to the organisation's Notificaties API.
 *
 * Not part of any standard and not authenticated: never expose a mock beyond a developer's machine.
 * @module
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { ProblemError, notFound, problemBody, validationError } from './http/problem.js';
import type { Status } from './types.js';
import { isUuid } from './util/uuid.js';

/** What the controls act on. */
export interface MockControls {
  setZaakStatus(zaakUuid: string, volgnummer: number, toelichting?: string): Status;
}

/** msw handlers of the controls below `base` (e.g. `http://localhost:8000/_mock`). */
export function controlHandlers(base: string, controls: MockControls): RequestHandler[] {
  return [
    http.post(`${base}/zaken/:uuid/status`, async ({ request, params }) => {
      try {
        const uuid = typeof params.uuid === 'string' ? params.uuid : '';
        const { volgnummer, toelichting } = await statusBody(request);
        if (!isUuid(uuid)) throw notFound();
        let status: Status;
        try {
          status = controls.setZaakStatus(uuid, volgnummer, toelichting);
        } catch {
          throw notFound('Onbekende zaak, of een volgnummer dat het zaaktype niet heeft.');
        }
        return HttpResponse.json(status, { status: 201 });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        return new HttpResponse(JSON.stringify(problemBody(error, request)), {
          status: error.status,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
    }),
  ];
}

async function statusBody(request: Request): Promise<{ volgnummer: number; toelichting?: string }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ProblemError(400, 'parse_error', 'Ongeldige invoer.', 'JSON parse error.');
  }
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const { volgnummer, toelichting } = record;
  if (typeof volgnummer !== 'number' || !Number.isInteger(volgnummer) || volgnummer < 1) {
    throw validationError([{ name: 'volgnummer', code: 'invalid', reason: 'Een positief geheel getal is vereist.' }]);
  }
  if (toelichting !== undefined && typeof toelichting !== 'string') {
    throw validationError([{ name: 'toelichting', code: 'invalid', reason: 'Geen geldige string.' }]);
  }
  return toelichting === undefined ? { volgnummer } : { volgnummer, toelichting };
}

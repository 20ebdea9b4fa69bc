/**
 * Errors as the ZGW APIs send them: `application/problem+json` bodies of type `Fout`, or `ValidatieFout`
 * (with `invalidParams`) for 400. Handlers throw a {@link ProblemError}; the route wrapper renders it.
 * Titles and details are Dutch, as Open Zaak answers with its default language.
 * @module
 */
import type { FieldValidationError, Fout, ValidatieFout } from '../types.js';
import { uuidFrom } from '../util/uuid.js';

/** Exception class names in `type`, as vng-api-common builds it (`{origin}/ref/fouten/{Name}/`). */
const TYPE_NAMES: Record<number, string> = {
  400: 'ValidationError',
  401: 'NotAuthenticated',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  412: 'PreconditionFailed',
};

/** A failure that becomes a problem+json response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams?: readonly FieldValidationError[],
  ) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'ProblemError';
  }
}

/** 404 for an unknown (or not visible) resource, an unknown path, or a page out of range. */
export function notFound(detail = 'Niet gevonden.'): ProblemError {
  return new ProblemError(404, 'not_found', 'Niet gevonden.', detail);
}

/** 400 with one entry per invalid parameter. */
export function validationError(invalidParams: readonly FieldValidationError[]): ProblemError {
  return new ProblemError(400, 'invalid', 'Ongeldige invoer.', 'Ongeldige invoer.', invalidParams);
}

/** The JSON body for `error`, for the request it answers. */
export function problemBody(error: ProblemError, request: Request): Fout | ValidatieFout {
  const origin = new URL(request.url).origin;
  const body: Fout = {
    type: `${origin}/ref/fouten/${TYPE_NAMES[error.status] ?? 'APIException'}/`,
    code: error.code,
    title: error.title,
    status: error.status,
    detail: error.detail,
    // Open Zaak sends a fresh `urn:uuid:`; a deterministic one keeps responses reproducible.
    instance: `urn:uuid:${uuidFrom(`problem:${request.method}:${request.url}:${error.status}:${error.code}`)}`,
  };
  return error.invalidParams ? { ...body, invalidParams: [...error.invalidParams] } : body;
}

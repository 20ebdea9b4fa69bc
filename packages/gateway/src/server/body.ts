/**
 * Body parsing that refuses before anything is forwarded: only JSON bodies (and a form body for the
 * logout button), valid UTF-8, nested no deeper than the configured depth. The proxy receives the raw
 * bytes, so what it forwards is exactly what was checked.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import { RequestError } from './request-error.js';

/** JSON media types: `application/json` and any `+json` suffix (merge-patch, problem, …). */
export const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Registers the only body parsers the gateway has; any other content type is answered 415. */
export function registerBodyParsers(app: FastifyInstance, maxDepth: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_MEDIA_TYPE, { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const text = decode(body as Buffer);
      if (depthOf(text) > maxDepth) throw new RequestError(400, `JSON nested deeper than ${maxDepth} levels`, 'json-too-deep');
      JSON.parse(text);
      done(null, body);
    } catch (error) {
      done(error instanceof RequestError ? error : new RequestError(400, 'The body is not valid JSON', 'invalid-json'), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      decode(body as Buffer);
      done(null, body);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

function decode(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new RequestError(400, 'The body is not valid UTF-8', 'invalid-utf8');
  }
}

/** Deepest nesting of `[`/`{` outside strings, counted in one pass without recursion. */
export function depthOf(json: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

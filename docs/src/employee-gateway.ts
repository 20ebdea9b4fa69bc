// The gateway's employee routes (/medewerker, STAFF-CONTRACT.md) played inside the docs page for the live example of
// <kb-klant-zoeken>: one employee with the `kcc` profile, and namesakes to page through and choose from. No BSN is
// kept or shown: a klant is an opaque ref, as at the real gateway.
import type { KlantContextInfo, KlantContextRequest, KlantSearchResult } from '@klantbeeld/core';
// The dev stack's `kcc` profile, as the elements' tests use it.
import { KCC as PROFILE } from '../../packages/elements/src/testing/scripted-employee-session.js';

const KLANTEN: KlantSearchResult[] = [
  { ref: 'voorbeeld-1', kind: 'persoon', displayName: 'F. Jansen-El Amrani', birthDate: '1980-02-01', address: 'Spui 70, Den Haag' },
  { ref: 'voorbeeld-2', kind: 'persoon', displayName: 'F. Jansen', birthDate: '1980-02-01', address: 'Grote Markt 1, Den Haag' },
];

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Answers a request to `{basePath}/medewerker/…` as the reference gateway would, or undefined for any other. */
export function answerEmployeeRoute(request: Request, body: string, basePath: string, state: { context: KlantContextInfo | null }): Response | undefined {
  const path = new URL(request.url).pathname.slice(basePath.length);
  if (path === '/medewerker/session') return json({ employee: { displayName: 'K. de Vries' }, profiles: [PROFILE], context: state.context });
  if (path === '/medewerker/klanten/search') return json({ results: KLANTEN, page: 1, pageSize: 10, hasNext: false });
  if (path === '/medewerker/context' && request.method === 'DELETE') {
    state.context = null;
    return new Response(null, { status: 204 });
  }
  if (path === '/medewerker/context' && request.method === 'PUT') {
    const chosen = JSON.parse(body) as KlantContextRequest;
    state.context = contextFor(chosen);
    return state.context ? json(state.context) : json({ type: 'about:blank', title: 'Onbekende klant', status: 400, code: 'invalid' }, 400);
  }
  return undefined;
}

/** The klant context a choice gives (null for an unknown ref): an example may start with one chosen (`data-docs-klant`). */
export function contextFor(chosen: KlantContextRequest): KlantContextInfo | null {
  const klant = KLANTEN.find((k) => k.ref === chosen.ref);
  if (!klant) return null;
  return {
    klant: { kind: klant.kind, displayName: klant.displayName, ...(klant.birthDate ? { birthDate: klant.birthDate } : {}) },
    profile: chosen.profile,
    purpose: chosen.purpose,
    reference: chosen.reference ?? null,
    startedAt: new Date().toISOString(),
    access: { zaken: 'read', klantinteracties: 'write' },
  };
}

/** The dev stack's `kcc` profile and its first purpose, for an example that starts with a klant chosen. */
export const EXAMPLE_PROFILE = { profile: PROFILE.id, purpose: PROFILE.purposes[0]?.id ?? '' };

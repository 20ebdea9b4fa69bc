// The live examples of the docs site. Plays the municipality's gateway inside the page: the client's `fetch`
// answers from the mock standard APIs (msw handlers, resident 'jansen') without a service worker or a server,
// so the pages work from file:// as well as from any static host. Built into assets/examples.js (classic script).
import { getResponse } from 'msw';
import { createClient, type KlantContextInfo } from '@klantbeeld/core';
import { createMockApi, fixtureObjecten } from '@klantbeeld/mock-api';
import '@klantbeeld/elements/define';
import type { KbProvider } from '@klantbeeld/elements';
import { answerEmployeeRoute, contextFor, EXAMPLE_PROFILE } from './employee-gateway.js';

/** Must equal EXAMPLE_GATEWAY in docs/_data/elements.js: the gateway the example markup names. */
const ORIGIN = 'https://mijn.gemeente.nl';
const BASE_PATH = '/api/klantbeeld';

const mock = createMockApi({ origin: ORIGIN, basePath: BASE_PATH });

/** Values of the `{{name}}` placeholders in example markup: configuration a municipality has, taken from the mock. */
const placeholders: Record<string, string> = Object.fromEntries(
  Object.entries(fixtureObjecten.objecttypen).map(([name, uuid]) => [`objecttype.${name}`, `${mock.urls.objecten}/objecttypes/${uuid}`]),
);

function fill(value: string): string {
  return value.replace(/\{\{([\w.]+)\}\}/g, (match, name: string) => placeholders[name] ?? match);
}

const client = createClient({
  gateway: `${ORIGIN}${BASE_PATH}`,
  fetch: async (input, init) => {
    const response = await getResponse(mock.handlers, new Request(input, init));
    return response ?? new Response(null, { status: 404 });
  },
});

/**
 * The employee examples: `<kb-provider mode="medewerker">` reads its session from the gateway's /medewerker routes, and
 * makes a client per chosen klant, both with the page's `fetch`; so the example gateway is answered in the page (its
 * /medewerker routes here, its standard APIs by the mock).
 */
const employeeState: { context: KlantContextInfo | null } = { context: null };
const pageFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  if (!request.url.startsWith(`${ORIGIN}${BASE_PATH}/`)) return pageFetch(input, init);
  if (!request.url.startsWith(`${ORIGIN}${BASE_PATH}/medewerker/`)) return (await getResponse(mock.handlers, request)) ?? new Response(null, { status: 404 });
  return answerEmployeeRoute(request, await request.text(), BASE_PATH, employeeState) ?? new Response(null, { status: 404 });
};

/** Renders each example from its `<template>`, with the placeholders filled and the mock client provided. */
function renderExamples(): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-kb-docs-example]')) {
    const template = container.querySelector('template');
    if (!template) continue;
    const example = document.importNode(template.content, true);
    for (const element of example.querySelectorAll('*')) {
      for (const attribute of element.attributes) attribute.value = fill(attribute.value);
    }
    for (const provider of example.querySelectorAll<KbProvider>('kb-provider')) {
      provider.client = client;
      // An employee example that starts with a klant chosen (e.g. <kb-contact-registreren>, which needs one).
      const ref = provider.dataset['docsKlant'];
      if (ref) employeeState.context = contextFor({ ref, ...EXAMPLE_PROFILE });
    }
    template.remove();
    container.append(example);
  }
  // The code shown beside an example names the same configuration.
  for (const code of document.querySelectorAll('pre code')) {
    if (code.textContent?.includes('{{')) code.textContent = fill(code.textContent);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderExamples);
else renderExamples();

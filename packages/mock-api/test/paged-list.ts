/**
 * Reading a list of the mock API as a client does: page after page, following `next`, each page answered 200.
 * Shared by the Producten and Verwerkingenlogging tests, which validate every page and item against their schema.
 * @module
 */
import assert from 'node:assert/strict';

/** GET `url`; the body parsed as JSON (undefined when empty). */
export async function getJson(url: string): Promise<{ response: Response; body: any }> {
  const response = await fetch(url);
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : undefined };
}

/** Every item from `first` on, following `next`; `checkPage` sees each page (after its 200 is asserted), `checkItem` each item. */
export async function allPages(
  first: string,
  checkPage: (response: Response, body: any, url: string) => void,
  checkItem: (item: unknown, url: string) => void,
): Promise<{ items: any[]; pages: number }> {
  const items: any[] = [];
  let pages = 0;
  for (let url: string | null = first; url; pages++) {
    const { response, body } = await getJson(url);
    assert.equal(response.status, 200, `${url}: ${JSON.stringify(body)}`);
    checkPage(response, body, url);
    for (const item of body.results) checkItem(item, url);
    items.push(...body.results);
    url = body.next;
  }
  return { items, pages };
}

/**
 * The tip-rule objecttype of the Objecten mock: its records are public (served to every resident when
 * asked for by `type`, also as detail), never part of a resident's own listing, and every record's
 * `data` matches the objecttype's JSON Schema and the Objects API 2.7.0 schemas.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureObjecten, objecttypeSchemas, residents } from '../src/index.js';
import { interceptRequests } from './client.js';
import { OBJECTEN } from './openapi/documents.js';
import { SpecValidator } from './openapi/validator.js';

const validator = new SpecValidator([OBJECTEN]);
const { mockWith } = interceptRequests();

async function ok(url: string): Promise<any> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `GET ${url}`);
  return response.json();
}

describe('Objecten mock — tip rules', () => {
  for (const { id } of residents) {
    it(`serves the same tip records to '${id}' by type, valid against the schemas, not in their own listing`, async () => {
      const api = mockWith({ resident: id });
      const type = `${api.urls.objecten}/objecttypes/${fixtureObjecten.objecttypen.tip}`;
      const page = await ok(`${api.urls.objecten}/objects?type=${encodeURIComponent(type)}`);
      validator.assert(OBJECTEN, 'PaginatedObjectList', page, 'GET /objects?type=tip');
      assert.equal(page.count, 10);
      for (const object of page.results) {
        assert.equal(object.type, type);
        validator.assertJsonSchema('tip', objecttypeSchemas.tip, object.record.data, object.url);
      }
      const detail = await ok(`${api.urls.objecten}/objects/${fixtureObjecten.tips.bezoekersparkeren}`);
      validator.assert(OBJECTEN, 'Object', detail, 'GET tip object');
      assert.equal(detail.record.data.id, 'bezoekersparkeren');
      const own = await ok(`${api.urls.objecten}/objects?pageSize=500`);
      assert.ok(
        own.results.every((object: any) => object.type !== type),
        'tips are not listed as the resident’s own records',
      );
    });
  }
});

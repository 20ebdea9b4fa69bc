// The committed types must be exactly what the official specs generate: nobody edits them by hand,
// and a new spec version cannot land without regenerating.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

test('committed generated types equal what the specs generate', () => {
  const result = spawnSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, `generate --check failed:\n${result.stderr}${result.stdout}`);
});

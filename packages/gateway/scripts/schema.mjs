// @ts-check
// Writes gateway.schema.json from its TypeScript source (src/config/schema.ts, compiled by `tsc -b`).
// `--check` fails when the committed file differs, so the published schema never drifts from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gatewaySchema } from '../dist/src/config/schema.js';

const target = fileURLToPath(new URL('../gateway.schema.json', import.meta.url));
const text = `${JSON.stringify(gatewaySchema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // No schema yet: it is written below.
  }
  if (current !== text) {
    console.error('packages/gateway/gateway.schema.json is out of date: run `npm run schema -w packages/gateway`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

// @ts-check
// `npm run test:contract`: checks every request @klantbeeld/core made during the Node tests, and every
// request the gateway's proxy sent upstream in its tests (records marked `gateway: true`), against the
// official spec of its API (scripts/contract/contract.mjs says what is checked). The log is the JSONL
// file the test preload wrote (packages/core/test/contract/preload.ts): `--log <file>`, else
// $KB_CONTRACT_LOG, else packages/core/dist/contract-requests.jsonl.
// Prints `contract: N requests checked, M operations covered, K violations`; exit 1 on a violation or an
// empty log. An allow-list entry no request needed is named (remove it once its module is tested
// and still unneeded).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContract } from './contract.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_LOG = `${root}packages/core/dist/contract-requests.jsonl`;

const arg = process.argv.indexOf('--log');
const logFile = (arg !== -1 ? process.argv[arg + 1] : process.env.KB_CONTRACT_LOG) || DEFAULT_LOG;
const verbose = process.argv.includes('--verbose');

if (!existsSync(logFile)) {
  console.error(`contract: no request log at ${logFile}; run the Node tests first (scripts/test-node.mjs records it).`);
  process.exit(1);
}
const records = readFileSync(logFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const { deviations } = JSON.parse(readFileSync(new URL('./allowed-deviations.json', import.meta.url), 'utf8'));
for (const d of deviations) {
  if (!d.api || !d.operation || !d.violation || !d.reason)
    throw new Error(`allowed-deviations.json: every entry needs api, operation, violation and reason: ${JSON.stringify(d)}`);
}
const used = new Set();
/** A violation is allowed when an entry names this API, the operation's `METHOD /template` and the exact text. */
const allowed = (api, operation, violation) => {
  const index = deviations.findIndex((d) => d.api === api && operation?.endsWith(`: ${d.operation}`) && d.violation === violation);
  if (index !== -1) used.add(index);
  return index !== -1;
};

const contract = await loadContract();
let checked = 0;
const operations = new Set();
const skipped = new Map();
const violations = new Map();
const extensions = new Map();
let deviating = 0;
let gatewayChecked = 0;

for (const record of records) {
  const result = contract.check(record);
  if (result.skipped) {
    skipped.set(result.skipped, (skipped.get(result.skipped) ?? 0) + 1);
    continue;
  }
  checked++;
  if (result.operation) operations.add(`${result.api} ${result.operation}`);
  if (result.extension) extensions.set(result.operation, (extensions.get(result.operation) ?? 0) + 1);
  // The gateway's own upstream requests get no deviation: the documented one is the client's (it leaves
  // out the BSN the gateway then adds), so upstream every request must conform to the standard in full.
  if (record.gateway) gatewayChecked++;
  const left = record.gateway ? result.violations : result.violations.filter((v) => !allowed(result.api, result.operation, v));
  if (left.length < result.violations.length) deviating++;
  for (const violation of left) {
    const key = `${record.method} ${record.url.replace(/\?.*/, '')} — ${violation}`;
    const entry = violations.get(key) ?? { count: 0, files: new Set(), example: record.url };
    entry.count++;
    entry.files.add(record.file);
    violations.set(key, entry);
  }
}

const total = [...violations.values()].reduce((sum, v) => sum + v.count, 0);
for (const [key, { count, files, example }] of violations) {
  console.error(`✖ ${key}${count > 1 ? ` (${count}×)` : ''}\n    e.g. ${example}\n    from ${[...files].join(', ')}`);
}
const unused = deviations.filter((_, index) => !used.has(index));
for (const d of unused) console.log(`  note: allowed-deviations.json entry not needed by any request: ${d.api} ${d.operation}`);

if (verbose) for (const op of [...operations].sort()) console.log(`  covered: ${op}`);
for (const [op, count] of extensions) console.log(`  ${count} request(s) valid only under the Open Zaak rendering: ${op}`);
if (gatewayChecked) console.log(`  ${gatewayChecked} of them sent upstream by the gateway (checked without deviations)`);
if (deviating) console.log(`  ${deviating} request(s) rely on a documented gateway deviation (allowed-deviations.json)`);
const skippedCount = [...skipped.values()].reduce((a, b) => a + b, 0);
for (const [reason, count] of skipped) console.log(`  skipped ${count}: ${reason}`);
console.log(
  `contract: ${checked} requests checked, ${operations.size} operations covered, ${total} violations (${records.length} recorded, ${skippedCount} skipped)`,
);
process.exit(records.length === 0 || total > 0 ? 1 : 0);

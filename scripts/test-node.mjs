// @ts-check
// Runs every compiled Node test (node:test) of core, mock-api and gateway, and the demo's end-to-end test. Node 20 cannot run .ts, so
// `npm run build` compiles first; files are listed explicitly because Node 22 rejects a directory.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dirs = ['packages/core/dist/test', 'packages/mock-api/dist/test', 'packages/gateway/dist/test'];
const e2e = ['demo/demo.e2e.test.mjs', 'demo/kcc.e2e.test.mjs'];
const files = [
  ...e2e,
  ...dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true })
          .filter((f) => String(f).endsWith('.test.js'))
          .map((f) => join(dir, String(f)))
      : [],
  ),
];
if (files.length === 0) {
  console.error('No compiled Node tests found; did `npm run build` run?');
  process.exit(1);
}
// Every request of the run is logged (JSONL) for `npm run test:contract`, which checks it against the specs.
const contractLog = resolve(process.env.KB_CONTRACT_LOG ?? 'packages/core/dist/contract-requests.jsonl');
rmSync(contractLog, { force: true });
const result = spawnSync(process.execPath, ['--import', './packages/core/dist/test/contract/preload.js', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, KB_CONTRACT_LOG: contractLog },
});
process.exit(result.status ?? 1);

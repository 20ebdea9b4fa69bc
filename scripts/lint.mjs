// Project rules that the type checker cannot see. Prints every offence with its place; exit 1 if any.
// - API data is text, never HTML: no HTML-injection APIs in shipped source.
// - Nothing personal in console output: shipped source does not log (warnings of the registry aside).
// - One network door: no `fetch` (nor another way to send a request) in core or elements outside
//   `packages/core/src/transport/`, so every request gets the same resolution, redirect rule,
//   credentials, timeout and concurrency cap. Tests and test support may call it to stand in for a server.
// - No focused or skipped tests left behind.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = [
  { name: 'HTML injection', where: /packages\/[^/]+\/src\/(?!generated\/).*\.ts$/, test: /\b(unsafeHTML|unsafeSVG|insertAdjacentHTML|outerHTML\s*=|innerHTML\s*=|document\.write)\b|\beval\s*\(|new Function\s*\(/ },
  { name: 'console output in shipped code', where: /packages\/(core|elements)\/src\/(?!.*\.test\.ts$).*\.ts$/, test: /\bconsole\.(log|info|debug|error)\s*\(/ },
  {
    name: 'network request outside the transport (use the client)',
    where: /packages\/(core|elements)\/src\/(?!transport\/|generated\/|testing\/)(?!.*\.test\.ts$).*\.ts$/,
    test: /(^|[^.#\w$])fetch\s*\(|\b(globalThis|window|self)\s*\.\s*fetch\b|\bnew\s+(EventSource|XMLHttpRequest|WebSocket)\s*\(|\bsendBeacon\s*\(/,
  },
  { name: 'focused or skipped test', where: /\.test\.ts$/, test: /\b(it|describe|test)\.(only|skip)\s*\(|\bx(it|describe)\s*\(/ },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('dist') || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let offences = 0;
for (const path of files(join(root, 'packages'))) {
  const rel = relative(root, path).split('\\').join('/');
  const applicable = rules.filter((rule) => rule.where.test(rel));
  if (!applicable.length) continue;
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    for (const rule of applicable) {
      if (rule.test.test(line)) {
        offences++;
        console.error(`${rel}:${i + 1}: ${rule.name}: ${line.trim()}`);
      }
    }
  });
}
if (offences) {
  console.error(`${offences} offence(s).`);
  process.exit(1);
}
console.log('lint: no offences');

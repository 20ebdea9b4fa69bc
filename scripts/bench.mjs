// @ts-check
// `npm run bench`: prints the benchmark figures. Each bench/*.mjs exports run() and print(rows).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const bench = await import(pathToFileURL(join(dir, file)).href);
  bench.print(await bench.run());
}

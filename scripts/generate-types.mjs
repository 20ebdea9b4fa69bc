// Generates TypeScript types from the official OpenAPI documents in specs/ (openapi-typescript).
// `--check` regenerates in memory and fails when a committed file differs, so the types can never
// drift from the specs by hand.
import openapiTS, { astToString } from 'openapi-typescript';
import { mkdtemp, mkdir, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'packages/core/src/generated');

/**
 * One entry per generated module. `spec` is relative to specs/. Open Zaak's rendering of Zaken 1.5.1
 * is used because it models `_expand` (ExpandZaak), `pageSize` and substatussen, which the VNG
 * document does not (gemma-zaken #2515).
 */
export const modules = [
  { name: 'zaken', spec: 'zaken/openzaak-1.30.0.yaml', title: 'Zaken API 1.5.1 (Open Zaak 1.30 rendering)' },
  { name: 'catalogi', spec: 'catalogi/openapi.yaml', title: 'Catalogi API 1.3.1' },
];

/**
 * Open Zaak's document `$ref`s Catalogi 1.2.0's ZaakType by an absolute GitHub URL. This machine (and a
 * careful build) fetches nothing, so the reference is pointed at the Catalogi document in specs/,
 * whose ZaakType (1.3.1) is a superset of 1.2.0's.
 */
const externalRefs = [
  ['https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml', '../catalogi/openapi.yaml'],
];

async function stagedSpecs() {
  const dir = await mkdtemp(join(tmpdir(), 'kb-specs-'));
  await cp(join(root, 'specs'), dir, { recursive: true });
  for (const { spec } of modules) {
    const file = join(dir, spec);
    let text = await readFile(file, 'utf8');
    for (const [from, to] of externalRefs) text = text.split(from).join(to);
    await writeFile(file, text);
  }
  return dir;
}

async function render(dir, { spec, title }) {
  const ast = await openapiTS(pathToFileURL(join(dir, spec)), {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
    silent: true,
  });
  const header = `/**\n * ${title}: generated from specs/${spec} by scripts/generate-types.mjs.\n * Do not edit by hand; run \`npm run generate\`.\n */\n\n`;
  return header + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const dir = await stagedSpecs();
  const stale = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const mod of modules) {
      const text = await render(dir, mod);
      const target = join(outDir, `${mod.name}.ts`);
      if (check) {
        const committed = await readFile(target, 'utf8').catch(() => '');
        if (committed !== text) stale.push(target);
      } else {
        await writeFile(target, text);
        console.log(`wrote ${target}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (stale.length) {
    console.error(`Generated types differ from the specs; run \`npm run generate\`:\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
export { render, stagedSpecs };

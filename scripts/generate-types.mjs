// @ts-check
// Generates TypeScript types from the official OpenAPI documents in specs/ (openapi-typescript).
// `--check` regenerates in memory and fails when a committed file differs, so the types can never
// drift from the specs by hand.
import openapiTS, { astToString } from 'openapi-typescript';
import { mkdtemp, mkdir, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  { name: 'documenten', spec: 'documenten/openapi.yaml', title: 'Documenten API 1.5.0' },
  { name: 'besluiten', spec: 'besluiten/openapi.yaml', title: 'Besluiten API 1.1.0' },
  { name: 'klantinteracties', spec: 'klantinteracties/openapi.yaml', title: 'Klantinteracties API 0.9.0 (Open Klant 2.18)' },
  { name: 'objecten', spec: 'objecten/openapi.yaml', title: 'Objecten API 2.7.0 (Open Object 4.0)' },
  { name: 'producten', spec: 'producten/producten-openapi.yaml', title: 'Producten API 1.7.0 (Open Product 1.8)' },
  { name: 'brp', spec: 'brp-personen/openapi.yaml', title: 'BRP Personen bevragen 2.7.0' },
  { name: 'verwerkingen', spec: 'verwerkingenlogging/openapi-inzage.yaml', title: 'Verwerkingenlogging inzage API 0.9.0' },
  {
    name: 'verwerkingen-bewerking',
    spec: 'verwerkingenlogging/openapi-bewerking.yaml',
    title: 'Verwerkingenlogging bewerking API 0.9.0 (the write side the gateway logs to)',
  },
  { name: 'notificaties', spec: 'notificaties/consumer-openapi.yaml', title: 'Notificaties consumer API 1.0.0-rc1 (message shape)' },
  { name: 'notificaties-api', spec: 'notificaties/openapi.yaml', title: 'Notificaties API 1.0.0 (abonnementen, kanalen, publiceren)' },
];

/**
 * Open Zaak's document `$ref`s Catalogi 1.2.0's ZaakType by an absolute GitHub URL. This machine (and a
 * careful build) fetches nothing, so the reference is pointed at the Catalogi document in specs/,
 * whose ZaakType (1.3.1) is a superset of 1.2.0's.
 */
/** @type {[from: string, to: string][]} */
const externalRefs = [
  ['https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml', '../catalogi/openapi.yaml'],
  // Besluiten 1.1.0 types its `_expand` entries with the 2026 VNG releases (Catalogi 1.3.2, Zaken 1.6.0,
  // Documenten 1.6.0) by paths of VNG's own repository. The versions this SDK types against are used
  // instead; only the shape of expanded relations differs, and the client reads those defensively.
  ['../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml#/components/schemas/BesluitTypeExpanded', '../catalogi/openapi.yaml#/components/schemas/BesluitType'],
  ['../../../zaken/zrc/1.6.x/1.6.0/openapi.yaml#/components/schemas/ZaakExpanded', '../zaken/openapi.yaml#/components/schemas/Zaak'],
  [
    '../../../documenten/drc/1.6.x/1.6.0/openapi.yaml#/components/schemas/EnkelvoudigInformatieObjectExpanded',
    '../documenten/openapi.yaml#/components/schemas/EnkelvoudigInformatieObject',
  ],
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

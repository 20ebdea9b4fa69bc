// Bundle sizes of the CDN build beside comparable libraries. Ours are measured now (scripts/size.mjs: zlib gzip level
// 9, brotli quality 11, each file on its own); the others are recorded figures, not downloaded here: `gzip -c FILE | wc -c`
// on the published packages, from /work/shared/notes/toolchain.md §8 (measured 2026-11-29).
import { BUDGETS, format, measure } from '../scripts/size.mjs';
import { formatFloors, measureFloors } from '../scripts/size-parts.mjs';
import { formatTable } from '../scripts/table.mjs';

const RECORDED = [
  ['lit@3.3.3: esbuild --bundle --minify of `export * from "lit"`', 15_850, 6_196],
  ['lit@3.3.3 + lit/decorators.js', 18_829, 7_026],
  ['@shoelace-style/shoelace@2.20.1 cdn/shoelace-autoloader.js', 1_469, 744],
  ['shoelace: esbuild bundle of cdn/shoelace.js (all components)', 476_650, 109_142],
  ['shoelace: esbuild bundle of cdn/components/button/button.js', 66_731, 18_703],
  ['@utrecht/web-component-library-stencil@4.1.0 utrecht.esm.js (loader)', 17_241, 5_049],
  ['utrecht stencil: all 281 dist/utrecht/*.js', 899_739, 213_029],
  ['@open-formulieren/sdk@3.3.0 dist/open-forms-sdk.js (UMD bundle)', 3_681_989, 1_045_689],
  ['open-forms sdk: ESM initial chunk sdk-*.js', 1_090_045, 332_711],
];

export async function run() {
  return { rows: measure(), floors: await measureFloors() };
}

export function print({ rows, floors }) {
  console.log(`\nBundle size, CDN build (budgets: SDK ≤ ${BUDGETS.sdk / 1000} kB gzip, one element ≤ ${BUDGETS.element / 1000} kB gzip)`);
  console.log(format(rows));
  console.log(`\n${formatFloors(floors)}`);
  console.log('\nComparable libraries (recorded figures, toolchain.md §8)');
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  console.log(
    formatTable(
      ['artefact', 'raw kB', 'gzip kB'],
      RECORDED.map(([name, raw, gzip]) => [name, kB(raw), kB(gzip)]),
    ),
  );
}

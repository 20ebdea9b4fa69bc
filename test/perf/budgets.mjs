// @ts-check
// The deterministic budgets of issue 16 as named figures, and their ratchet: test/perf/ceilings.json records each
// figure's ceiling (today's value; bytes with 2 % headroom, as test/size does, since any edit moves them a little).
// A figure may fall, never rise. `node test/perf/budgets.mjs --record` measures and rewrites the ceilings: a change
// that raises one shows in review. Needs `tsc -b` and `npm run build:cdn`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, measureBytes, measureCounts } from '../../bench/peers/measure.mjs';
import { startPeerSite } from '../../bench/peers/site.mjs';

export const ceilingsFile = fileURLToPath(new URL('./ceilings.json', import.meta.url));
const BYTES_HEADROOM = 1.02;

/** Measures everything the ratchet holds, on a fresh mock (no latency) and browser. */
export async function measureBudgets() {
  const site = await startPeerSite();
  const browser = await launch();
  try {
    return { counts: await measureCounts(browser, site), bytes: measureBytes() };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The figures by name: `counts` exact, `bytes` gzip. */
export function figures({ counts, bytes }) {
  const { nodes, renders } = counts;
  return {
    counts: {
      'DOM nodes of one status timeline (comments and text included)': nodes.klantbeeld.all,
      'renders until ready, first load': renders.firstLoad.untilReady,
      'renders until settled, first load': renders.firstLoad.renders,
      'renders until ready, new tracker of a zaak in the client': renders.cachedMount.untilReady,
      'requests, new tracker of a zaak in the client': renders.cachedMount.requests,
      'renders until ready, switch to another zaak': renders.switchNew.untilReady,
      'requests, switch to another zaak': renders.switchNew.requests,
      'fetches of the zaak, switch to another zaak': renders.switchNew.zaakFetches,
      'renders until ready, switch back to a known zaak': renders.switchBack.untilReady,
      'requests, switch back to a known zaak': renders.switchBack.requests,
    },
    bytes: {
      'autoloader + provider + heaviest other element (gzip)': bytes.autoloaderPage.gzip,
      'provider + <kb-zaak-detail> (gzip)': bytes.zaakDetail.gzip,
      'klantbeeld.js (gzip)': bytes.oneFile.gzip,
    },
  };
}

export const readCeilings = () => JSON.parse(readFileSync(ceilingsFile, 'utf8'));

/**
 * Counts that depend on how fast the data comes, with their bound: a data element shows its loading state only when a
 * load takes longer than `loadingDelay`, so a cold load or a switch to a zaak the client has not seen renders once
 * (ready) on a fast machine and twice (loading, ready) on a slow one. Their ceiling is the bound, never less.
 */
export const TIMING_BOUNDS = {
  'renders until ready, first load': 2,
  'renders until settled, first load': 2,
  'renders until ready, switch to another zaak': 2,
};

/** Rewrites the ceilings from `measured`: each may only fall (a rise shows in review as an edit of the file). */
function record(measured) {
  const { counts, bytes } = figures(measured);
  const old = readCeilings();
  const lower = (kind, name, value) => Math.min(value, old[kind]?.[name] ?? value);
  const ceilings = {
    note: 'Ceilings of the deterministic budgets of issue 16 (test/perf/budgets.mjs): a figure may fall, never rise. Rewrite with node test/perf/budgets.mjs --record.',
    counts: Object.fromEntries(Object.entries(counts).map(([name, value]) => [name, Math.max(lower('counts', name, value), TIMING_BOUNDS[name] ?? 0)])),
    bytes: Object.fromEntries(Object.entries(bytes).map(([name, value]) => [name, lower('bytes', name, Math.ceil(value * BYTES_HEADROOM))])),
  };
  writeFileSync(ceilingsFile, `${JSON.stringify(ceilings, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = await measureBudgets();
  console.log(JSON.stringify(figures(measured), null, 2));
  if (process.argv.includes('--record')) {
    record(measured);
    console.log(`Recorded ceilings in ${ceilingsFile}`);
  }
}

// size-limit's configuration (`npm run size`, and test/size/size.test.mjs): each artefact of the CDN build, gzip
// (level 9, each file compressed on its own, as it is served) of its files summed, held to its recorded ceiling.
// Neither the artefacts nor the ceilings are copied here: the list comes from scripts/size.mjs (an element counts
// with every chunk it imports, from dist/cdn-graph.json) and the limits from test/size/ceilings.json, which
// `node scripts/size.mjs --record` lowers. An artefact without a recorded ceiling gets no limit, and the size test
// fails on it. Needs `npm run build:cdn` first; @size-limit/file measures built files and bundles nothing itself.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artefacts, cdnDir, readCeilings } from './scripts/size.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const ceilings = readCeilings();

export default artefacts().map(({ name, files }) => ({
  name,
  path: files.map((file) => relative(root, join(cdnDir, file))),
  gzip: true,
  ...(ceilings[name] === undefined ? {} : { limit: `${ceilings[name]} B` }),
}));

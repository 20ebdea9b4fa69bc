// @ts-check
// Serves msw's service worker at `/mockServiceWorker.js` (dev) and writes it there in the build, straight from
// the installed msw package: the worker then always matches the msw version, and no copy is kept in the repo.
// A real app talks to its municipality's gateway and needs none of this.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FILE = 'mockServiceWorker.js';

/** @returns {import('vite').Plugin} */
export function mswWorker() {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${FILE}`), 'utf8');
  return {
    name: 'klantbeeld-example-msw-worker',
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: source() });
    },
  };
}

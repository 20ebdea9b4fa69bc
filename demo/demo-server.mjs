// @ts-check
// The demo's Vite dev server (with the dev stack: gateway, mock APIs, IdP) on a free loopback port, for the
// end-to-end tests and the screenshot scripts. Close it with `server.close()`.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** Starts the demo; `origin` has no trailing slash. */
export async function startDemoServer() {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { port: 0, hmr: false, watch: null },
    logLevel: 'error',
  });
  await server.listen();
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the demo server did not start');
  return { server, origin: local.replace(/\/$/, '') };
}

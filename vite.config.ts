import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

/** Where the demo page reaches the gateway: below its own origin, through the dev server's proxy. */
const GATEWAY_PATH = '/api/klantbeeld';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The real path behind the demo: the mock API in upstream mode and the gateway in dev mode (with its
 * development IdP) start with the dev server. The page talks to the gateway on its own origin (the dev
 * server proxies `/api/klantbeeld`), as a municipality would serve it, and `/_mock` reaches the mock's
 * development controls (the "next status" button).
 */
function klantbeeldDevStack(): Plugin {
  const ports = { gateway: 0, mock: 0 };
  let started: Promise<{ close(): Promise<void> }> | undefined;
  return {
    name: 'klantbeeld-dev-stack',
    apply: 'serve',
    async config() {
      ports.gateway = await freePort();
      ports.mock = await freePort();
      return {
        server: {
          proxy: {
            [GATEWAY_PATH]: { target: `http://127.0.0.1:${ports.gateway}` },
            '/_mock': { target: `http://127.0.0.1:${ports.mock}` },
          },
        },
      };
    },
    configureServer(server) {
      const httpServer = server.httpServer;
      if (!httpServer) return;
      httpServer.once('listening', () => {
        const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
        // A variable specifier: loaded by Node from the built package at run time, not bundled into the config.
        const specifier = '@klantbeeld/gateway/dev';
        started = (import(specifier) as Promise<typeof import('@klantbeeld/gateway/dev')>).then(({ startDevStack }) =>
          startDevStack({ publicUrl: `${origin}${GATEWAY_PATH}`, pageOrigins: [origin], gatewayPort: ports.gateway, mockPort: ports.mock, logLevel: 'warn' }),
        );
        started.then(
          () => server.config.logger.info(`  klantbeeld: gateway (dev IdP) on ${origin}${GATEWAY_PATH}, mock API in upstream mode`),
          (error: unknown) => server.config.logger.error(`klantbeeld: the gateway did not start: ${String(error)}`),
        );
      });
      httpServer.once('close', () => void started?.then((stack) => stack.close()));
      // Requests that arrive while the stack is still starting wait for it instead of failing.
      server.middlewares.use((req, _res, next) => {
        if (started && (req.url?.startsWith(GATEWAY_PATH) || req.url?.startsWith('/_mock'))) started.then(() => next(), next);
        else next();
      });
    },
  };
}

/**
 * The parts both demo pages share (the header's tools, the settings panel's choices) are written once, in
 * demo/partials/<name>.html, and put in place of `<!-- partial: <name> -->` when a page is served or built.
 */
function htmlPartials(): Plugin {
  return {
    name: 'klantbeeld-demo-partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (page) =>
        page.replace(/<!-- partial: ([a-z-]+) -->/g, (_comment, name: string) =>
          readFileSync(fileURLToPath(new URL(`./demo/partials/${name}.html`, import.meta.url)), 'utf8').replace(/^<!--.*?-->\n/s, ''),
        ),
    },
  };
}

// The demo runs on the TypeScript sources of the workspace packages (`klantbeeld-source` export
// condition), so `npm start` needs no build of the browser code and edits reload at once.
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  publicDir: 'public',
  plugins: [htmlPartials(), klantbeeldDevStack()],
  resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    // Two pages: the residents' portal and the KCC's page (served at /kcc).
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./demo/index.html', import.meta.url)), kcc: fileURLToPath(new URL('./demo/kcc.html', import.meta.url)) },
    },
  },
});

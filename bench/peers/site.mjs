// The site of the peer benchmark: host pages for both sides on one loopback origin, the mock API (bench/peers/case.mjs)
// on another, as an embedding municipality would have them (page on its site, data from its gateway). `latency` ms
// are added to every response of both servers, so "50 ms per request" holds for HTML, modules and data alike.
// Klantbeeld comes from the CDN build (`npm run build:cdn`); Den Haag's ProcessSteps from a Vite production build of
// bench/peers/react/, made once per process into a temporary folder.
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { inside } from '../../scripts/inside.mjs';
import { OTHER_ZAAK, ZAAK, startCaseServer } from './case.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = join(root, 'packages/elements/dist/cdn');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/** The two ways to embed Klantbeeld, and the peer: page path → what it loads. */
export const SIDES = {
  react: { path: '/react.html', label: 'Den Haag ProcessSteps (React 18)' },
  autoloader: { path: '/kb-autoloader.html', label: 'Klantbeeld, autoloader', script: '/cdn/autoloader.js' },
  oneFile: { path: '/kb-one-file.html', label: 'Klantbeeld, klantbeeld.js', script: '/cdn/klantbeeld.js' },
};

let reactBuild;
/** Builds bench/peers/react once (production, minified), into a temporary folder removed at exit. */
function buildReact() {
  reactBuild ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'klantbeeld-peers-react-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await build({
      configFile: false,
      root: fileURLToPath(new URL('./react/', import.meta.url)),
      base: '/react/',
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
    });
    return outDir;
  })();
  return reactBuild;
}

/** Gzip bytes (level 9, each file as served) of the peer's build: React, ReactDOM, ProcessSteps and its page code. */
export async function reactBytes() {
  const assets = join(await buildReact(), 'assets');
  return readdirSync(assets).reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
}

/** A Klantbeeld host page: the script, the provider on the mock's origin, one tracker as an embedder writes it. */
const klantbeeldPage = (script, api, attributes = '') =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Peer bench: Klantbeeld</title>` +
  `<script type="module" src="${script}"></script></head><body>` +
  `<kb-provider gateway="${api}"><kb-status-tracker heading-level="2" zaak="${ZAAK.identificatie}"${attributes}></kb-status-tracker></kb-provider>` +
  `</body></html>`;

/**
 * Starts the mock API and the host-page server. `trackerAttributes` are added to the Klantbeeld pages' tracker.
 * Returns `{ url, api, mock, close }`; `url + SIDES[side].path` is a side's page.
 */
export async function startPeerSite({ latency = 0, trackerAttributes = '' } = {}) {
  const reactDir = await buildReact();
  const api = await startCaseServer({ latency });
  const pages = {
    [SIDES.react.path]: readFileSync(join(reactDir, 'index.html'), 'utf8')
      .replace('%API%', api.url)
      .replace('%ZAAK%', ZAAK.identificatie)
      .replace('%OTHER_ZAAK%', OTHER_ZAAK.identificatie),
    [SIDES.autoloader.path]: klantbeeldPage(SIDES.autoloader.script, api.url, trackerAttributes),
    [SIDES.oneFile.path]: klantbeeldPage(SIDES.oneFile.script, api.url, trackerAttributes),
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a failure rejects unhandled, which ends the run: wanted here
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let type = TYPES['.html'];
    let body = pages[path];
    try {
      if (body === undefined && path.startsWith('/cdn/')) [type, body] = [TYPES[extname(path)], await readFile(inside(cdnDir, path.slice(5)))];
      else if (body === undefined && path.startsWith('/react/')) [type, body] = [TYPES[extname(path)], await readFile(inside(reactDir, path.slice(7)))];
    } catch {
      body = undefined;
    }
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    api: api.url,
    mock: api.mock,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

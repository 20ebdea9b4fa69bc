import { defineConfig, defaultClientConditions } from 'vite';
import { fileURLToPath } from 'node:url';

// The demo runs on the TypeScript sources of the workspace packages (`klantbeeld-source` export
// condition), so `npm start` needs no build and edits reload at once.
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  publicDir: 'public',
  resolve: { conditions: ['klantbeeld-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});

import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { mswWorker } from '../shared/msw-worker.mjs';

// `@klantbeeld/*` resolve to their compiled `dist` (run `npx tsc -b` at the repo root first), as in any app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    // Vue's template compiler leaves kb-* tags to the browser instead of looking for Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kb-') } } }),
    mswWorker(),
  ],
  // The mock API (fixtures + msw) is most of the bundle; a real app ships without it.
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

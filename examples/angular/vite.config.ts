import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { mswWorker } from '../shared/msw-worker.mjs';
import { angularLinkerPlugin } from './angular-linker.mjs';

// Bundles what `ngc` (the Angular compiler, AOT with strict template type checking) wrote to dist-ngc/.
// `@klantbeeld/*` resolve to their compiled `dist` (run `npx tsc -b` at the repo root first), as in any app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [angularLinkerPlugin(), mswWorker()],
  // The dev server serves Angular's packages as they are, so that the linker above runs on them too.
  optimizeDeps: { exclude: ['@angular/core', '@angular/common', '@angular/platform-browser'] },
  // Angular's own build flags: drop its development-only checks and the JIT paths from the production bundle.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  // The mock API (fixtures + msw) is most of the bundle; a real app ships without it.
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

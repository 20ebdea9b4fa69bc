// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './wtr-count-reporter.mjs';

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  // `klantbeeld-source` resolves workspace packages to their TypeScript sources: no build needed.
  nodeResolve: { exportConditions: ['klantbeeld-source', 'browser', 'development'] },
  middleware: [
    (ctx, next) => {
      // The msw service worker must be served from the site root to control every request.
      if (ctx.url === '/mockServiceWorker.js') ctx.url = '/demo/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A whole file's tests on a busy 2-core machine can outlast the default 2 minutes; individual tests keep 10 s.
  testsFinishTimeout: 300_000,
};

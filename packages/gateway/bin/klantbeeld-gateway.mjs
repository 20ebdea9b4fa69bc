#!/usr/bin/env node
// @ts-check
// Starts the gateway: `klantbeeld-gateway --config gateway.config.json [--dev]`.
// Exit codes: 0 after a clean stop, 1 on a start-up failure, 2 on an invalid configuration or usage.
import { parseArgs } from 'node:util';
import { ConfigError, createApiProxy, createGateway, loadConfig, upstreamObserver } from '../dist/src/index.js';

const usage = 'Usage: klantbeeld-gateway --config <gateway.config.json|yaml> [--dev]';
let values;
try {
  ({ values } = parseArgs({ options: { config: { type: 'string', short: 'c' }, dev: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.config) {
  console.error(`--config is required\n${usage}`);
  process.exit(2);
}

let config;
try {
  config = loadConfig(values.config, { dev: values.dev === true });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}

let gateway;
try {
  gateway = createGateway(config, { proxy: (metrics) => createApiProxy(config, { onUpstream: upstreamObserver(metrics) }) });
  const address = await gateway.start();
  gateway.server.log.info({ address, publicUrl: config.publicUrl }, 'gateway listening');
} catch (error) {
  console.error(`The gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  await gateway?.close().catch(() => {});
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

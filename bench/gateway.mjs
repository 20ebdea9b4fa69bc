// The gateway's added latency and throughput beside calling the mock directly (scripts/bench-gateway.mjs).
export { run, print } from '../scripts/bench-gateway.mjs';

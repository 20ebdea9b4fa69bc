// Two gateway instances on one Redis under ≥ 200 sessions of ≥ 20 residents, beside one instance (scripts/bench-scale.mjs).
export { run, print } from '../scripts/bench-scale.mjs';

/**
 * `node --import ./packages/core/dist/test/contract/preload.js --test …`: records every request of the
 * test run to the JSONL file named by `KB_CONTRACT_LOG` (nothing happens without it).
 * @module
 */
import { installContractRecorder } from './recorder.js';

const log = process.env.KB_CONTRACT_LOG;
if (log) installContractRecorder(log);

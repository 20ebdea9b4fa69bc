// @ts-check
// `npm run test:fuzz`: the hostile-response property with many more cases than `npm test` and a random seed
// (printed first; KB_FUZZ_SEED replays it, KB_FUZZ_RUNS sets the cases per function). On a failure fast-check
// prints the seed and path of the failing case; exit 1.
import { print, run } from '../bench/hostile.mjs';

const seed = Number(process.env.KB_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.KB_FUZZ_RUNS ?? 5_000);
console.log(`hostile-response fuzzing: seed ${seed}, ${runs} cases per function`);
try {
  print(await run({ runs, seed }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

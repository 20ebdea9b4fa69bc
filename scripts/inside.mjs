// @ts-check
// Path confinement for the loopback file servers of the tests and benches.
import { join, normalize } from 'node:path';

/** `file` below `dir`, refusing `..`: a request path never leaves the folder it is served from. */
export function inside(dir, file) {
  const path = normalize(join(dir, file));
  if (!path.startsWith(dir)) throw new Error('outside');
  return path;
}

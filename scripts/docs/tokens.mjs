// The design-token reference of @klantbeeld/themes (`packages/themes/tokens.json`):
// `{ "tokens": [{ "name": "--kb-…", "default": "…", "fallbacks": ["--utrecht-…"], "description": "…", "elements": ["kb-…"] }] }`.
// The file is optional until the themes package publishes it (names it in its package.json); from then on a
// missing or malformed file fails the docs build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The tokens, or `undefined` when the themes package does not (yet) publish a token reference. */
export function loadTokens(root) {
  const themes = join(root, 'packages/themes');
  const file = join(themes, 'tokens.json');
  const expected = readFileSync(join(themes, 'package.json'), 'utf8').includes('tokens.json');
  if (!existsSync(file)) {
    if (expected) throw new Error('packages/themes/package.json publishes tokens.json, but packages/themes/tokens.json is missing');
    return undefined;
  }
  const { tokens } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(tokens)) throw new Error('packages/themes/tokens.json: "tokens" must be an array');
  for (const [i, token] of tokens.entries()) {
    const where = `packages/themes/tokens.json tokens[${i}]`;
    if (typeof token?.name !== 'string' || !token.name.startsWith('--')) throw new Error(`${where}: "name" must be a custom property name`);
    if (token.fallbacks !== undefined && !Array.isArray(token.fallbacks)) throw new Error(`${where}: "fallbacks" must be an array`);
    if (token.elements !== undefined && !Array.isArray(token.elements)) throw new Error(`${where}: "elements" must be an array`);
  }
  return tokens;
}

/** The tokens an element reads. */
export function tokensOf(tokens, tag) {
  return (tokens ?? []).filter((token) => token.elements?.includes(tag));
}

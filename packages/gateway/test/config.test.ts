import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseConfig } from '../src/config/load.js';
import { gatewaySchema } from '../src/config/schema.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(packageDir, 'bin/klantbeeld-gateway.mjs');

/** A valid production configuration (secrets from the environment). */
function valid(): Record<string, unknown> {
  return {
    publicUrl: 'https://mijn.gemeente.nl/api/klantbeeld',
    pageOrigins: ['https://www.gemeente.nl'],
    session: { secrets: [{ env: 'KB_SESSION_SECRET' }] },
    oidc: { resident: { issuer: 'https://broker.example/oidc', clientId: 'klantbeeld', clientSecret: { env: 'KB_OIDC_SECRET' } } },
    upstreams: {},
  };
}
const env = { KB_SESSION_SECRET: 's'.repeat(40), KB_OIDC_SECRET: 'oidc-secret' };

function problemsOf(raw: unknown, options: Parameters<typeof parseConfig>[1] = { env }): string[] {
  try {
    parseConfig(raw, options);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return [...error.problems];
  }
  assert.fail('expected the configuration to be refused');
}

describe('configuration', () => {
  test('a valid file gets the documented defaults and its secrets resolved', () => {
    const config = parseConfig(valid(), { env });
    assert.deepEqual(config.listen, { host: '127.0.0.1', port: 8787 });
    assert.equal(config.session.idleTimeoutSeconds, 900);
    assert.equal(config.session.cookieName, '__Host-klantbeeld');
    assert.deepEqual(config.session.secrets, [env.KB_SESSION_SECRET]);
    assert.equal(config.minimumLoa.default, 'midden');
    assert.equal(config.trustProxy, false);
    const oidc = config.oidc!.resident!;
    assert.equal(oidc.clientSecret, 'oidc-secret');
    assert.equal(oidc.redirectUri, 'https://mijn.gemeente.nl/api/klantbeeld/auth/callback');
    assert.equal(oidc.postLogoutRedirectUri, 'https://www.gemeente.nl/');
    assert.deepEqual(oidc.scopes, ['openid']);
    assert.equal(oidc.claims.bsn, 'bsn');
    assert.equal(oidc.loaValues['urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard'], 'substantieel');
  });

  test('each bad or missing field is reported by its path with what was expected, all at once', () => {
    const raw = valid();
    delete raw.pageOrigins;
    Object.assign(raw, {
      publicUrl: 'mijn.gemeente.nl/',
      listen: { port: 70000 },
      trustProxy: 'yes',
      session: { secrets: [{ env: 'KB_SESSION_SECRET' }], cookieName: 'klantbeeld', idleTimeoutSeconds: 5 },
      minimumLoa: { default: 'hoogst', apis: { brp: 'substantieel', twitter: 'basis' } },
      limits: { bodyBytes: 'lots' },
      extra: true,
    });
    const problems = problemsOf(raw);
    const expect = (path: string, pattern: RegExp) =>
      assert.ok(
        problems.some((p) => p.startsWith(`${path}: `) && pattern.test(p)),
        `${path} ${pattern} in:\n${problems.join('\n')}`,
      );
    expect('/pageOrigins', /is required/);
    expect('/publicUrl', /must match format "uri"|must match pattern/);
    expect('/listen/port', /must be <= 65535/);
    expect('/trustProxy', /allowed forms.*false.*hop count.*addresses/);
    expect('/session/cookieName', /must match pattern "\^__Host-/);
    expect('/session/idleTimeoutSeconds', /must be >= 60/);
    expect('/minimumLoa/default', /must be one of "basis", "midden", "substantieel", "hoog"/);
    expect('/minimumLoa/apis/twitter', /is not a known field/);
    expect('/limits/bodyBytes', /must be integer/);
    expect('/extra', /is not a known field/);
  });

  test('secrets: from the environment or a file; missing ones are reported without their value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-gateway-'));
    const secretFile = join(dir, 'session');
    writeFileSync(secretFile, `${'f'.repeat(40)}\n`);
    const raw = valid();
    raw.session = { secrets: [{ file: secretFile }, { env: 'KB_OLD_SECRET' }] };
    assert.deepEqual(parseConfig(raw, { env: { ...env, KB_OLD_SECRET: 'o'.repeat(40) } }).session.secrets, ['f'.repeat(40), 'o'.repeat(40)]);

    raw.session = { secrets: [{ file: join(dir, 'absent') }, { env: 'KB_UNSET' }, { env: 'KB_SHORT' }] };
    const problems = problemsOf(raw, { env: { ...env, KB_SHORT: 'short-secret' } });
    assert.ok(problems.includes(`/session/secrets/0: file ${join(dir, 'absent')} cannot be read (ENOENT)`), problems.join('\n'));
    assert.ok(problems.includes('/session/secrets/1: environment variable KB_UNSET is not set'));
    assert.ok(problems.includes('/session/secrets/2: must be at least 32 characters once resolved'));
    assert.ok(!problems.join('\n').includes('short-secret'), 'a secret value is never echoed');
  });

  test('a secret written in the file and a missing oidc section are accepted only in dev mode', () => {
    const raw = valid();
    raw.session = { secrets: ['a-literal-secret-of-at-least-32-characters'] };
    delete raw.oidc;
    const problems = problemsOf(raw);
    assert.ok(problems.some((p) => p.startsWith('/session/secrets/0: a secret written in the file is accepted only with dev.idp')));
    assert.ok(problems.includes('/oidc/resident: is required unless dev.idp is true'));
    assert.equal(parseConfig(raw, { env, dev: true }).dev.idp, true);
  });

  test('gateway.schema.json is the schema the gateway validates with', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(packageDir, 'gateway.schema.json'), 'utf8')), JSON.parse(JSON.stringify(gatewaySchema)));
  });

  test('the example configuration is valid (in dev mode, which it is written for)', () => {
    const example = JSON.parse(readFileSync(join(packageDir, 'gateway.config.example.json'), 'utf8'));
    assert.equal(parseConfig(example, { env, dev: true }).dev.idp, true);
  });
});

describe('the klantbeeld-gateway command', () => {
  test('an invalid configuration: each problem on stderr by path, exit code 2, no server started', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-gateway-'));
    const file = join(dir, 'gateway.config.json');
    writeFileSync(file, JSON.stringify({ ...valid(), publicUrl: 42, session: {} }));
    const result = spawnSync(process.execPath, [bin, '--config', file], { encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 20_000 });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Invalid gateway configuration/);
    assert.match(result.stderr, /- \/publicUrl: must be string/);
    assert.match(result.stderr, /- \/session\/secrets: is required/);
  });

  test('YAML works the same; an unreadable file and a missing --config are reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-gateway-'));
    const file = join(dir, 'gateway.config.yaml');
    writeFileSync(
      file,
      'publicUrl: https://mijn.gemeente.nl\npageOrigins: [https://www.gemeente.nl]\nsession:\n  secrets:\n    - env: KB_UNSET\nupstreams: {}\noidc:\n  resident: { issuer: "https://b.example", clientId: x }\n',
    );
    const yaml = spawnSync(process.execPath, [bin, '--config', file], { encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 20_000 });
    assert.equal(yaml.status, 2);
    assert.match(yaml.stderr, /- \/oidc\/resident\/clientSecret: is required/);
    const absent = spawnSync(process.execPath, [bin, '--config', join(dir, 'nope.json')], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(absent.status, 2);
    assert.match(absent.stderr, /nope\.json: cannot be read \(ENOENT\)/);
    const usage = spawnSync(process.execPath, [bin], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--config is required/);
  });
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connectRedis, closeRedis, redisReady } from '../src/redis/index.js';
import { parseConfig } from '../src/config/load.js';
import { startRedisServer, type TestRedisServer } from './redis-server.js';
import { testConfig } from './support.js';

let server: TestRedisServer;
before(async () => {
  server = await startRedisServer({ persistent: true });
});
after(async () => {
  await server?.stop();
});

test('the redis section is validated and its defaults filled in', () => {
  const config = testConfig(1, { redis: { url: server.url } });
  assert.deepEqual(config.redis, { url: server.url, keyPrefix: 'klantbeeld:', commandTimeoutMs: 2000 });
  assert.throws(() => testConfig(1, { redis: { url: 'http://127.0.0.1:1' } }), /\/redis\/url/);
  assert.throws(
    () =>
      parseConfig({
        ...JSON.parse(JSON.stringify(testConfig(1))),
        dev: { idp: false },
        oidc: undefined,
        redis: { url: server.url, password: { env: 'KB_NO_SUCH_VAR' } },
      }),
    /\/redis\/password: environment variable KB_NO_SUCH_VAR is not set/,
  );
});

test('a connection works, fails fast while the server is down and recovers after a restart, keeping data with persistence', async () => {
  const config = testConfig(1, { redis: { url: server.url, commandTimeoutMs: 500 } }).redis!;
  const redis = await connectRedis(config, 'harness-test');
  try {
    await redis.set('k', 'v');
    assert.equal(await redis.get('k'), 'v');
    assert.equal(await redis.call('GET', 'klantbeeld:k').catch(() => 'unprefixed'), null, 'keys carry the prefix');
    assert.equal(await redisReady(redis), true);

    await server.kill();
    const started = Date.now();
    await assert.rejects(redis.get('k'));
    assert.ok(Date.now() - started < 2000, 'a command fails fast while Redis is away');
    assert.equal(await redisReady(redis), false);

    await server.resume();
    const deadline = Date.now() + 10_000;
    while (!(await redisReady(redis)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(await redisReady(redis), true, 'reconnected by itself');
    assert.equal(await redis.get('k'), 'v', 'the append-only file kept the data');
  } finally {
    await closeRedis(redis);
  }
});

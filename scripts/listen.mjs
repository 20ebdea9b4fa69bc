// @ts-check
// Loopback servers of the tests, benches and scripts: each listens on a port the OS picks, never a fixed one.

/**
 * Starts `server` on 127.0.0.1 at a free port and resolves with that port.
 * @param {import('node:net').Server} server
 * @returns {Promise<number>}
 */
export async function listenOnFreePort(server) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  return address.port;
}

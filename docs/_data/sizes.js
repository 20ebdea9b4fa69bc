// The "which file, and what it costs" table of the CMS guide: the CDN build is made and measured here, so the figures
// in the docs are always those of the code beside them. Bytes gzip (level 9), each file as it is served.
import { buildCdn } from '../../scripts/build-cdn.mjs';
import { measure } from '../../scripts/size.mjs';

export default async function () {
  await buildCdn();
  const rows = measure();
  const sdk = rows.find((r) => r.name.startsWith('klantbeeld.js'));
  const autoloader = rows.find((r) => r.name === 'autoloader.js');
  if (!sdk || !autoloader) throw new Error('scripts/size.mjs measured no klantbeeld.js or autoloader.js');
  return {
    sdk: sdk.gzip,
    autoloader: autoloader.gzip,
    elements: rows.filter((r) => r.tag).map((r) => ({ tag: r.tag, gzip: r.gzip, besideProvider: r.besideProvider, onDemand: r.onDemand })),
  };
}

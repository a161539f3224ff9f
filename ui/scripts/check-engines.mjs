// Fails when any package in package-lock.json declares an `engines.node` range that excludes a
// Node version we support: the minimum of our own `engines.node` (Debian 12 / Ubuntu 24.04 ship
// Node 18.19) and the first release of every later LTS line. Run by `./dev test`.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const here = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', here), 'utf8'));
const ours = pkg.engines?.node;
if (!ours) {
  console.error('package.json has no engines.node');
  process.exit(1);
}
const floor = semver.minVersion(ours).version;
// Each later LTS line from its first version that our own range admits.
const versions = [floor, '20.19.0', '22.12.0', '24.0.0'].filter((v) => semver.satisfies(v, ours));
const bad = [];
for (const [path, meta] of Object.entries(lock.packages ?? {})) {
  const range = meta.engines?.node;
  if (!path || !range) continue;
  for (const v of versions) {
    if (!semver.satisfies(v, range)) bad.push(`${path.replace(/^.*node_modules\//, '')}@${meta.version} wants node ${range}, excludes ${v}`);
  }
}
if (bad.length) {
  console.error(`UI dependencies that do not run on every supported Node (${ours}):\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
console.log(`engines: ${Object.keys(lock.packages).length - 1} packages run on node ${versions.join(', ')}`);

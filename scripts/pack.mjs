// Packs every workspace package with `npm pack`, exactly as it would be published, into a folder
// outside the workspace, so that consumers install the tarballs and never the workspace links.
//   node scripts/pack.mjs [outDir]      prints { "<name>": "<tarball path>" } as JSON
// Import `packAll(outDir)` to get the same map. Build first (`npm run build`): `files` ships dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root, workspacePackages } from './packages.mjs';

/** @returns {Record<string, string>} npm name -> absolute tarball path */
export function packAll(outDir = mkdtempSync(join(tmpdir(), 'caremode-pack-'))) {
  mkdirSync(outDir, { recursive: true });
  const pack = (args) =>
    JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', outDir, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }));
  // A package whose build writes the package to publish into a folder of its own (ng-packagr
  // writes dist/ with a package.json of its own) names that folder in publishConfig.directory,
  // the field pnpm and lerna publish from; it is packed from there, every other one as is.
  const fromFolder = (p) => p.json.publishConfig?.directory;
  const packed = [
    ...pack(workspacePackages().filter((p) => !fromFolder(p)).map((p) => `--workspace=${p.dir}`)),
    ...workspacePackages().filter(fromFolder).flatMap((p) => pack([join(p.dir, fromFolder(p))])),
  ];
  const map = Object.fromEntries(packed.map((p) => [p.name, join(outDir, p.filename)]));
  const missing = workspacePackages().filter((p) => !p.json.private && !map[p.name]);
  if (missing.length) throw new Error(`npm pack left out ${missing.map((p) => p.name).join(', ')}`);
  return map;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(packAll(process.argv[2] ? resolve(process.argv[2]) : undefined), null, 2));
}

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** Every workspace package: its folder name, npm name and package.json. */
export function workspacePackages() {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'package.json')))
    .map((d) => {
      const json = JSON.parse(readFileSync(join(dir, d.name, 'package.json'), 'utf8'));
      return { folder: d.name, dir: join(dir, d.name), name: json.name, json };
    });
}

/** All files under a folder, recursively. */
export function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

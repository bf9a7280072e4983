import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from './exit-codes.js';
import { configKeys } from './options.js';

export const defaultConfigFile = 'caremode-audit.config.json';

/**
 * Reads the configuration: `file` when given (it must exist), otherwise
 * caremode-audit.config.json in `cwd` when there is one. Relative paths in it (targets,
 * sitemap files, output) are taken from the file's folder.
 * @param {{ file?: string, cwd: string }} options
 * @returns {Promise<{ config: Record<string, any>, path?: string }>}
 */
export async function loadConfig({ file, cwd }) {
  const path = file ? resolve(cwd, file) : resolve(cwd, defaultConfigFile);
  if (!existsSync(path)) {
    if (file) throw new UsageError(`Config file not found: ${file}`);
    return { config: {} };
  }
  const name = relative(cwd, path) || path;
  let config;
  try {
    config = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${name} is not valid JSON: ${/** @type {Error} */ (error).message}`);
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new UsageError(`${name} must hold a JSON object, such as { "targets": ["dist"] }.`);
  for (const key of Object.keys(config)) {
    if (key === '$schema') continue;
    if (!configKeys.includes(key)) {
      const near = configKeys.find((k) => k.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)));
      throw new UsageError(`${name}: unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}. Known: ${configKeys.join(', ')}.`);
    }
  }
  const base = dirname(path);
  const local = (/** @type {unknown} */ value) => (typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !isAbsolute(value) ? resolve(base, value) : value);
  const out = { ...config };
  if ('sitemap' in out) {
    out.sitemaps = [...(Array.isArray(out.sitemap) ? out.sitemap : [out.sitemap]), ...(out.sitemaps ?? [])];
    delete out.sitemap;
  }
  for (const key of ['targets', 'sitemaps']) if (Array.isArray(out[key])) out[key] = out[key].map(local);
  if (typeof out.output === 'string') out.output = local(out.output);
  if (typeof out.baseline === 'string') out.baseline = local(out.baseline);
  return { config: out, path: name };
}

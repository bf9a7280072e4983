import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Serves `virtual:caremode-stories` (at `/__caremode__/stories.js`), a module that imports every `*.stories.ts` under stories/,
 * found afresh on each run: a story added there is audited with no other change.
 * CAREMODE_STORIES=stories/qr (a path prefix) narrows the set while working on one package.
 */
export function storiesPlugin({ rootDir, storiesDir = 'stories' }) {
  const find = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return find(path);
      return entry.name.endsWith('.stories.ts') ? [path] : [];
    });
  return {
    name: 'caremode-stories',
    resolveImport({ source }) {
      return source === 'virtual:caremode-stories' ? '/__caremode__/stories.js' : undefined;
    },
    serve(context) {
      if (context.path !== '/__caremode__/stories.js') return undefined;
      const only = process.env.CAREMODE_STORIES;
      const files = find(join(rootDir, storiesDir))
        .filter((file) => !only || relative(rootDir, file).startsWith(only))
        .sort();
      const lines = files.map((file, i) => `import * as s${i} from '/${relative(rootDir, file).split('\\').join('/')}';`);
      lines.push(`export const storyFiles = [${files.map((file, i) => `['${relative(rootDir, file)}', s${i}]`).join(', ')}];`);
      return { body: lines.join('\n'), type: 'js' };
    },
  };
}

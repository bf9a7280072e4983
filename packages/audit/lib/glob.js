/**
 * Turns a glob into a RegExp: `**` matches across `/`, `*` and `?` within one segment,
 * `{a,b}` either, `[abc]` a class. Everything else is literal.
 * @param {string} glob
 */
export function globToRegExp(glob) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` also matches no folder at all.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * True when any of `names` matches any of `globs`.
 * @param {string[]} names
 * @param {string[]} globs
 */
export function matchesAny(names, globs) {
  const patterns = globs.map(globToRegExp);
  return names.some((name) => patterns.some((p) => p.test(name)));
}

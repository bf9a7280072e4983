// Collapses the white space inside Lit's css`` and html`` templates before terser runs (terser
// keeps template text as it is). CSS loses comments, the spaces around { } ; , > and after :,
// the spaces around the + and ~ combinators (outside brackets only: calc() needs its spaces),
// quotes around plain attribute values and the zero of 0.5; HTML keeps one space wherever a line
// break was, which renders the same.

/**
 * Minifies one piece of a css`` template. `state.depth` carries the bracket depth from one piece
 * to the next, so a calc() interrupted by ${} keeps its spaces.
 */
export function minifyCss(text, state = { depth: 0, quote: undefined }) {
  let out = '';
  let plain = '';
  const flush = () => {
    out += plain.replace(/\s*([+~])\s*/g, '$1');
    plain = '';
  };
  const collapsed = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+[~|^$*]?=)(['"])(-?[a-zA-Z_][\w-]*)\2\]/g, '[$1$3]')
    .replace(/(^|[\s(,:/*+])(-?)0\.(\d)/g, '$1$2.$3');
  for (const ch of collapsed) {
    // Quoted text ('a + b' in content) is kept as written, like the inside of brackets.
    if (state.quote) {
      if (ch === state.quote) state.quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      if (state.depth === 0) flush();
      state.quote = ch;
      out += ch;
    } else if (ch === '(' || ch === '[') {
      if (state.depth === 0) flush();
      state.depth++;
      out += ch;
    } else if (ch === ')' || ch === ']') {
      state.depth = Math.max(0, state.depth - 1);
      out += ch;
    } else if (state.depth === 0) plain += ch;
    else out += ch;
  }
  flush();
  return out;
}

const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
    yield node;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object') yield* taggedTemplates(value);
  }
}

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const state = { depth: 0, quote: undefined };
        const minify = node.tag.name === 'css' ? (text) => minifyCss(text, state) : minifyHtml;
        const { quasis } = node.quasi;
        for (const [index, quasi] of quasis.entries()) {
          const raw = code.slice(quasi.start, quasi.end);
          let next = minify(raw);
          // The template's own ends are not next to an interpolation, so their spaces go.
          if (node.tag.name === 'css') {
            if (index === 0) next = next.trimStart();
            if (index === quasis.length - 1) next = next.trimEnd();
          }
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      }
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

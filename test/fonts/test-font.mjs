// The font that test pages measure text in, brought by the project (Noto Sans from
// @fontsource-variable/noto-sans, Latin and Vietnamese; Chinese stays on fonts-noto-cjk, which
// .ci/run installs everywhere). Test pages only: the product keeps the system font stack, as
// REQUIREMENTS.md asks. Runs in the browser and is handed to puppeteer as is, so no imports.

/** What installTestFont needs; paths are from the root of the server, which serves the repository. */
export const testFont = {
  family: 'Caremode Test Sans',
  // The legacy demo portal asks for these by name: on each machine they used to be whatever
  // fontconfig substituted (Liberation Sans, DejaVu Sans, Noto Sans...).
  aliases: ['Arial', 'Helvetica'],
  // Caremode's own stack starts with system-ui, which no @font-face can stand in for, so test
  // pages replace the stack; Chinese keeps the CJK font the product's stack names.
  stack: '"Caremode Test Sans", "Noto Sans CJK SC", sans-serif',
  faces: [
    {
      path: '/node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
      unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
    {
      path: '/node_modules/@fontsource-variable/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2',
      unicodeRange: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
    },
  ],
};

/**
 * Adds the font under its own name and the aliases, points --care-font-family at it, and
 * resolves once every face has loaded. Works before <html> exists (puppeteer's
 * evaluateOnNewDocument), and under a Content-Security-Policy without 'unsafe-inline'
 * (a constructed stylesheet is not an inline style; the files come from the page's own server).
 * @param {typeof testFont} font
 * @returns {Promise<unknown>}
 */
export function installTestFont(font) {
  const key = Symbol.for('caremode:test-font');
  const done = /** @type {any} */ (globalThis)[key];
  if (done) return done;
  const faces = [font.family, ...font.aliases].flatMap((family) =>
    font.faces.map((face) => new FontFace(family, `url(${new URL(face.path, location.href)}) format('woff2')`, { weight: '100 900', unicodeRange: face.unicodeRange })),
  );
  for (const face of faces) document.fonts.add(face);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { --care-font-family: ${font.stack} !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const loaded = Promise.all(faces.map((face) => face.load()));
  /** @type {any} */ (globalThis)[key] = loaded;
  return loaded;
}

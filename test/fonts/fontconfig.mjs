// Which fonts Chromium may see while the tests run. Text that wraps differently moves boxes, and
// the demo's exact list of known problems moves with them, so the fonts come from a fontconfig
// file naming the files of chosen Debian packages, never from whatever the machine has.
// Chromium reads FONTCONFIG_FILE from its environment, and every browser the tests start
// (web-test-runner, puppeteer-core in the Node tests, caremode-audit) inherits scripts/test.mjs's.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ciFonts = ['fonts-noto-core', 'fonts-noto-cjk'];

/** Debian packages per configuration, each installed by .ci/run. */
export const fontSets = {
  // The fonts every test runs with: what .ci/run installs on a fresh machine, and nothing else.
  ci: ciFonts,
  // Those plus what many Debian machines also have, among them DejaVu (the image's own) and
  // Liberation, which fontconfig gives for Arial and Helvetica: a test that still depends on the
  // machine's fonts answers differently here.
  crowded: [...ciFonts, 'fonts-dejavu-core', 'fonts-dejavu-extra', 'fonts-liberation2', 'fonts-freefont-ttf'],
};

const fontFile = /\.(ttf|otf|ttc|pfb|pfa)$/i;

// Rules only (aliases, metric substitutes, generic families); the user's and the machine's local
// files may name more font folders, so they stay out.
const machineOnly = new Set(['50-user.conf', '51-local.conf']);

function packageFonts(pkg) {
  let listed;
  try {
    listed = execFileSync('dpkg-query', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new Error(`The tests' fonts come from Debian's ${pkg}, which is not installed: apt-get install ${pkg} (.ci/run does).`);
  }
  const files = listed.split('\n').filter((line) => fontFile.test(line) && existsSync(line));
  if (!files.length) throw new Error(`Debian's ${pkg} is installed but holds no font file.`);
  return files;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fontsConf(dir) {
  const rules = existsSync('/etc/fonts/conf.d')
    ? readdirSync('/etc/fonts/conf.d').filter((f) => f.endsWith('.conf') && !machineOnly.has(f)).sort()
    : [];
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${escapeXml(join(dir, 'fonts'))}</dir>
  <cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>
${rules.map((f) => `  <include ignore_missing="yes">/etc/fonts/conf.d/${escapeXml(f)}</include>`).join('\n')}
</fontconfig>
`;
}

/**
 * Writes (once per set of files) a fontconfig folder under tmp/ whose fonts are links to the
 * named configuration's package files, and returns the environment that makes programs use it.
 * @param {keyof typeof fontSets} name
 * @returns {{ FONTCONFIG_FILE: string }}
 */
export function fontEnv(name) {
  if (!made.has(name)) made.set(name, writeFontconfig(name));
  return made.get(name);
}

/** @type {Map<string, { FONTCONFIG_FILE: string }>} */
const made = new Map();

function writeFontconfig(name) {
  const packages = fontSets[name];
  if (!packages) throw new Error(`No font configuration "${name}": ${Object.keys(fontSets).join(', ')}.`);
  const files = packages.map((pkg) => ({ pkg, files: packageFonts(pkg) }));
  // Named after what it holds, so a package update makes a new folder instead of editing one a
  // running test may be reading.
  const hash = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  const dir = join(root, 'tmp', 'fontconfig', `${name}-${hash}`);
  const conf = join(dir, 'fonts.conf');
  if (!existsSync(conf)) {
    const building = `${dir}.${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    for (const { pkg, files: list } of files) {
      mkdirSync(join(building, 'fonts', pkg), { recursive: true });
      for (const file of list) symlinkSync(file, join(building, 'fonts', pkg, basename(file)));
    }
    mkdirSync(join(building, 'cache'));
    writeFileSync(join(building, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(building, dir);
    } catch (error) {
      // Another run wrote the same folder first: its contents are the same.
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(conf)) throw error;
    }
  }
  return { FONTCONFIG_FILE: conf };
}

// `node test/fonts/fontconfig.mjs crowded` prints the file, to run a single test under it by hand.
if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(fontEnv(/** @type {any} */ (process.argv[2] ?? 'ci')).FONTCONFIG_FILE);

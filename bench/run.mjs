// `npm run bench`: every benchmark in this folder, one after the other. Numbers are reported,
// never used as a pass/fail gate (timing on a shared 2-core machine varies).
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const only = process.argv[2];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort()) {
  console.log(`\n# ${file}`);
  const { run } = await import(`${here}${file}`);
  await run();
}

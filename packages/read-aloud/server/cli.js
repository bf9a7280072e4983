#!/usr/bin/env node
// `npm run tts-server` / `caremode-tts-server`: the reference TTS server on loopback.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createTtsServer, DEFAULT_VOICES } from './server.js';

const help = `Caremode reference TTS server (espeak-ng).

Usage: caremode-tts-server [--port 8750] [--host 127.0.0.1] [--max-chars 500]
                           [--concurrency 2] [--allow-origin '*'] [--voices vi,cmn,id,en-us]

  GET  /speak?text=…&lang=vi&voice=vi&rate=1   one sentence as audio/wav
  POST /speak {"text":"…","lang":"vi"}           the same, text kept out of URLs
  GET  /voices                                   the voices offered (JSON)

Listens on loopback only unless --host says otherwise: text sent here can be personal.
Point the HTTP audio engine at it:
  <care-read-aloud tts-url="http://127.0.0.1:8750/speak?text={text}&lang={lang}&voice={voice}&rate={rate}"
                   tts-voices="http://127.0.0.1:8750/voices">`;

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8750' },
      host: { type: 'string', default: '127.0.0.1' },
      'max-chars': { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '2' },
      'allow-origin': { type: 'string', default: '*' },
      voices: { type: 'string' },
      espeak: { type: 'string', default: 'espeak-ng' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${help}`);
  process.exit(2);
}
if (args.help) {
  console.log(help);
  process.exit(0);
}

try {
  execFileSync(args.espeak, ['--version'], { stdio: 'ignore' });
} catch {
  console.error(`espeak-ng was not found (${args.espeak}). On Debian or Ubuntu: sudo apt-get install espeak-ng`);
  process.exit(1);
}

const wanted = args.voices?.split(',').map((v) => v.trim()).filter(Boolean);
const voices = wanted ? DEFAULT_VOICES.filter((v) => wanted.includes(v.id)) : DEFAULT_VOICES;
const port = Number(args.port);
const server = createTtsServer({
  voices,
  maxChars: Number(args['max-chars']),
  concurrency: Number(args.concurrency),
  allowOrigin: args['allow-origin'],
  espeak: args.espeak,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});
server.listen(port, args.host, () => {
  const { port: bound } = server.address();
  console.log(`Caremode TTS server on http://${args.host}:${bound}/ (voices: ${voices.map((v) => v.id).join(', ')})`);
  if (!/^(127\.|::1$|localhost$)/.test(args.host)) console.warn('Warning: listening beyond this machine. Put it behind HTTPS and access control: read text can be personal.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

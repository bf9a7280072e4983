// Caremode's reference text-to-speech server: Debian's espeak-ng behind a small HTTP endpoint, so
// a portal (or a developer) can try the HTTP audio engine without a cloud service. Plain Node,
// no dependencies. It is a development and self-hosting tool, not part of any browser bundle.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fixWavSizes } from './wav.js';

/** The voices offered: espeak-ng voice name, the language it speaks, a name for people. */
export const DEFAULT_VOICES = [
  { id: 'vi', lang: 'vi', name: 'Tiếng Việt (espeak-ng)' },
  { id: 'cmn', lang: 'cmn', name: '普通话 (espeak-ng)' },
  { id: 'yue', lang: 'yue', name: '粵語 (espeak-ng)' },
  { id: 'id', lang: 'id', name: 'Bahasa Indonesia (espeak-ng)' },
  { id: 'en-us', lang: 'en-US', name: 'English, US (espeak-ng)' },
  { id: 'en-gb', lang: 'en-GB', name: 'English, UK (espeak-ng)' },
];

const WORDS_PER_MINUTE = 175;

/** Picks a voice: the one asked for if offered, else the best for the language. */
export function pickVoice(voices, lang, voiceId) {
  if (voiceId) {
    const exact = voices.find((v) => v.id === voiceId);
    if (exact) return exact;
  }
  const tag = String(lang ?? '').toLowerCase().replace(/_/g, '-');
  const [primary, region] = tag.split('-');
  const family = primary === 'zh' ? (/^(hk|mo)$/.test(region ?? '') ? 'yue' : 'cmn') : primary === 'in' ? 'id' : primary;
  const same = voices.filter((v) => v.lang.toLowerCase().split('-')[0] === family);
  return same.find((v) => v.lang.toLowerCase() === tag) ?? same.find((v) => region && v.lang.toLowerCase().endsWith(`-${region}`)) ?? same[0];
}

/** Synthesizes one text with espeak-ng; resolves to a WAV with correct sizes. Text goes through stdin, never argv. */
export function synthesize({ text, voice, rate = 1, espeak = 'espeak-ng', timeoutMs = 15000 }) {
  return new Promise((resolve, reject) => {
    const speed = Math.round(WORDS_PER_MINUTE * Math.min(2, Math.max(0.5, rate)));
    const child = spawn(espeak, ['-v', voice, '-s', String(speed), '-b', '1', '--stdin', '--stdout'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks = [];
    let errors = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => (errors += c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`espeak-ng ${signal ? `killed (${signal})` : `exited ${code}`}: ${errors.trim()}`));
      try {
        resolve(fixWavSizes(Buffer.concat(chunks)));
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(text);
  });
}

/** Runs at most `limit` tasks at once (espeak-ng is CPU-bound; a small machine serves in turn). */
function queue(limit) {
  let running = 0;
  const waiting = [];
  const next = () => {
    if (running >= limit || !waiting.length) return;
    running++;
    const { task, resolve, reject } = waiting.shift();
    task()
      .then(resolve, reject)
      .finally(() => {
        running--;
        next();
      });
  };
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push({ task, resolve, reject });
      next();
    });
}

function readBody(req, max) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > max) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Creates the server (not yet listening).
 *
 * GET  /voices                                   -> { voices: [{ id, lang, name }] }
 * GET  /speak?text=…&lang=vi&voice=vi&rate=1     -> audio/wav
 * POST /speak  { text, lang, voice, rate }       -> audio/wav (keeps text out of URLs and logs)
 * GET  /health                                   -> ok
 *
 * Options: voices, maxChars (500), concurrency (2), allowOrigin ('*'), espeak (binary),
 * log (function for one line per request; the text itself is never logged), onSpeak (called
 * with { text, lang, voice, rate } for every synthesis: tests use it to see what was received).
 */
export function createTtsServer(options = {}) {
  const voices = options.voices ?? DEFAULT_VOICES;
  const maxChars = options.maxChars ?? 500;
  const allowOrigin = options.allowOrigin ?? '*';
  const log = options.log ?? (() => {});
  const run = queue(options.concurrency ?? 2);

  return createServer(async (req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'access-control-allow-origin': allowOrigin,
        'access-control-allow-headers': 'content-type',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
    let detail = '';
    try {
      if (req.method === 'OPTIONS') return send(204, '');
      if (url.pathname === '/health') return send(200, 'ok');
      if (url.pathname === '/voices' && req.method === 'GET') return send(200, JSON.stringify({ voices }), 'application/json');
      if (url.pathname !== '/speak' || (req.method !== 'GET' && req.method !== 'POST')) return send(404, 'not found');

      let input;
      if (req.method === 'POST') {
        try {
          input = JSON.parse(await readBody(req, maxChars * 8 + 1024));
        } catch (e) {
          return send(e.status ?? 400, e.status ? 'request too large' : 'body must be JSON: { "text": "...", "lang": "vi" }');
        }
      } else input = Object.fromEntries(url.searchParams);
      const text = String(input?.text ?? '').normalize('NFC').trim();
      const rate = Number(input?.rate ?? 1);
      if (!text) return send(400, 'text is empty');
      if ([...text].length > maxChars) return send(413, `text is longer than ${maxChars} characters: send one sentence at a time`);
      if (!Number.isFinite(rate) || rate < 0.5 || rate > 2) return send(400, 'rate must be between 0.5 and 2');
      const voice = pickVoice(voices, input?.lang, input?.voice);
      if (!voice) return send(404, `no voice for language "${input?.lang ?? ''}"`);
      detail = `${voice.id} ${[...text].length} chars rate ${rate}`;
      options.onSpeak?.({ text, lang: String(input?.lang ?? ''), voice: voice.id, rate });
      const wav = await run(() => synthesize({ text, voice: voice.id, rate, espeak: options.espeak }));
      return send(200, wav, 'audio/wav');
    } catch (error) {
      detail += ` error: ${error.message}`;
      return send(500, 'speech synthesis failed');
    } finally {
      log(`${req.method} ${url.pathname} ${res.statusCode} ${Date.now() - started} ms ${detail}`.trim());
    }
  });
}

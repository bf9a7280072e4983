// The speech environment of the serial speech test stage and the read-aloud benchmark: a private
// PulseAudio with a null sink (so audio is real and recordable, and nothing plays out loud), one
// speech-dispatcher with espeak-ng for Chromium's Web Speech, and the reference TTS server.
// Every process is started here and stopped by its PID: a jammed speech daemon cannot outlive
// the run or hang CI.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTtsServer } from '../server/server.js';

const NEEDED = ['speech-dispatcher', 'espeak-ng', 'pulseaudio', 'pactl', 'parec'];
const ESPEAK_MODULES = ['/usr/lib/speech-dispatcher-modules/sd_espeak-ng', '/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules/sd_espeak-ng', '/usr/lib/aarch64-linux-gnu/speech-dispatcher-modules/sd_espeak-ng'];
export const SPEECH_PACKAGES = 'speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils';

const which = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

/** What is missing for real speech on this machine; empty when everything is there. */
export function missingSpeechPackages() {
  const missing = NEEDED.filter((name) => !which(name));
  if (!ESPEAK_MODULES.some((path) => existsSync(path))) missing.push('speech-dispatcher-espeak-ng');
  return missing;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(check, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${ms / 1000} s`);
}

function kill(pid, signal = 'SIGTERM') {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts the environment (or, with `audioOnly`, only the null sink). Returns { env, ttsUrl, received, record, reset, stop }, or
 * { unavailable: reason } when packages are missing. `env` must be given to the browser
 * (XDG_RUNTIME_DIR: where PulseAudio and speech-dispatcher listen).
 */
export async function startSpeechEnvironment({ log = () => {}, audioOnly = false } = {}) {
  if (process.env.CAREMODE_SPEECH === 'off') return { unavailable: 'turned off with CAREMODE_SPEECH=off' };
  // audioOnly: just the null sink, for browsers that play nothing without an audio device (Firefox).
  const missing = audioOnly ? ['pulseaudio', 'pactl'].filter((name) => !which(name)) : missingSpeechPackages();
  if (missing.length) return { unavailable: `missing ${missing.join(', ')} (Debian: apt-get install ${SPEECH_PACKAGES})` };

  const runtimeDir = mkdtempSync(join(tmpdir(), 'caremode-speech-'));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtimeDir };
  delete env.PULSE_SERVER;
  const children = new Set();
  // Daemons write their logs to files: a pipe nobody drains would fill up and stall them.
  const start = (cmd, args, stdout = 'ignore') => {
    const logFile = join(runtimeDir, `${cmd}.${children.size}.log`);
    const child = spawn(cmd, args, { env, stdio: ['ignore', stdout, openSync(logFile, 'w')] });
    child.errors = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '');
    children.add(child);
    child.on('exit', () => children.delete(child));
    return child;
  };
  const pactl = () => {
    try {
      execFileSync('pactl', ['info'], { env, stdio: 'ignore', timeout: 2000 });
      return true;
    } catch {
      return false;
    }
  };

  let stopped = false;
  let speechd;
  let server;
  const received = [];

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await new Promise((r) => (server ? server.close(() => r()) : r()));
    // speech-dispatcher may also have been started by Chromium itself (autospawn): its pid file
    // is in our private runtime directory.
    const pidDir = join(runtimeDir, 'speech-dispatcher', 'pid');
    const extra = existsSync(pidDir) ? readdirSync(pidDir).map((f) => Number(readFileSync(join(pidDir, f), 'utf8'))) : [];
    const pids = [...[...children].map((c) => c.pid), ...extra].filter((pid) => pid > 0);
    for (const pid of pids) kill(pid);
    const end = Date.now() + 3000;
    while (pids.some(alive) && Date.now() < end) await sleep(50);
    for (const pid of pids.filter(alive)) kill(pid, 'SIGKILL');
    rmSync(runtimeDir, { recursive: true, force: true });
  };
  // Also on an abrupt end of the run: synchronous, by PID.
  const onExit = () => {
    for (const child of children) kill(child.pid, 'SIGKILL');
    rmSync(runtimeDir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

  try {
    const pulse = start('pulseaudio', [
      '-n',
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--disable-shm=yes',
      '-L',
      'module-native-protocol-unix',
      '-L',
      'module-null-sink sink_name=nullsink sink_properties=device.description=caremode-null',
      '-L',
      'module-always-sink',
    ]);
    await until(() => !pulse.exitCode && pactl(), 15000, 'PulseAudio').catch((e) => {
      throw new Error(`${e.message}: ${pulse.errors()}`);
    });
    execFileSync('pactl', ['set-default-sink', 'nullsink'], { env, stdio: 'ignore' });

    const startSpeechd = async () => {
      speechd = start('speech-dispatcher', ['-s', '-t', '0', '-l', '2']);
      await until(() => existsSync(join(runtimeDir, 'speech-dispatcher', 'speechd.sock')) || speechd.exitCode !== null, 10000, 'speech-dispatcher');
      if (speechd.exitCode !== null) throw new Error(`speech-dispatcher exited: ${speechd.errors()}`);
    };
    if (audioOnly) {
      log(`audio sink: PulseAudio ${pulse.pid}, XDG_RUNTIME_DIR ${runtimeDir}`);
      return { env: { XDG_RUNTIME_DIR: runtimeDir }, stop };
    }
    await startSpeechd();

    server = createTtsServer({ onSpeak: (r) => received.push(r), log });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const ttsBase = `http://127.0.0.1:${server.address().port}`;
    log(`speech environment: PulseAudio ${pulse.pid}, speech-dispatcher ${speechd.pid}, TTS ${ttsBase}, XDG_RUNTIME_DIR ${runtimeDir}`);

    return {
      env: { XDG_RUNTIME_DIR: runtimeDir },
      ttsBase,
      /** What the reference server received (and forgets it). */
      takeReceived: () => received.splice(0),
      /** Records the null sink until the returned function is called; it resolves to the samples' statistics. */
      record() {
        const chunks = [];
        const rec = start('parec', ['-d', 'nullsink.monitor', '--raw', '--format=s16le', '--rate=16000', '--channels=1', '--latency-msec=20'], 'pipe');
        rec.stdout.on('data', (c) => chunks.push(c));
        return async () => {
          kill(rec.pid);
          await new Promise((r) => (rec.exitCode !== null ? r() : rec.once('exit', r)));
          return soundStats(Buffer.concat(chunks));
        };
      },
      /** Kills a jammed speech-dispatcher by its PID and starts a fresh one. */
      async resetSpeechDispatcher() {
        if (speechd) {
          kill(speechd.pid, 'SIGKILL');
          await until(() => speechd.exitCode !== null || speechd.signalCode !== null, 3000, 'speech-dispatcher exit');
        }
        rmSync(join(runtimeDir, 'speech-dispatcher'), { recursive: true, force: true });
        await startSpeechd();
      },
      pids: () => [...children].map((c) => `${c.spawnfile}:${c.pid}`),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Loudness of 16 kHz mono s16le samples: overall RMS (0-1), peak, and RMS per 50 ms window, so a
 * test can tell sound from the silence of a pause.
 */
export function soundStats(pcm) {
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2));
  const windowSize = 800;
  const envelope = [];
  let total = 0;
  let peak = 0;
  for (let start = 0; start < samples.length; start += windowSize) {
    let sum = 0;
    const end = Math.min(samples.length, start + windowSize);
    for (let i = start; i < end; i++) {
      const v = samples[i] / 32768;
      sum += v * v;
      peak = Math.max(peak, Math.abs(v));
    }
    total += sum;
    envelope.push(Math.sqrt(sum / Math.max(1, end - start)));
  }
  return {
    seconds: samples.length / 16000,
    rms: Math.sqrt(total / Math.max(1, samples.length)),
    peak,
    envelope,
    /** Seconds with sound (windows above a whisper). */
    voicedSeconds: envelope.filter((v) => v > 0.005).length * 0.05,
  };
}

// WAV helpers for the reference TTS server. espeak-ng's --stdout cannot seek back, so its header
// carries placeholder sizes (0x7ffff000); a browser then reports an endless duration, and some
// refuse the file. The real sizes are written once the whole file is known.

/** Returns the WAV with its RIFF and data chunk sizes set to the bytes actually present. */
export function fixWavSizes(wav) {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  const out = Buffer.from(wav);
  out.writeUInt32LE(out.length - 8, 4);
  let at = 12;
  while (at + 8 <= out.length) {
    const id = out.toString('ascii', at, at + 4);
    if (id === 'data') {
      const size = out.length - (at + 8);
      out.writeUInt32LE(size - (size % 2), at + 4);
      return out;
    }
    at += 8 + out.readUInt32LE(at + 4) + (out.readUInt32LE(at + 4) % 2);
  }
  throw new Error('no data chunk');
}

/** Format and duration of a PCM WAV, for logs and tests. */
export function wavInfo(wav) {
  const channels = wav.readUInt16LE(22);
  const sampleRate = wav.readUInt32LE(24);
  const bits = wav.readUInt16LE(34);
  const dataAt = wav.indexOf('data', 12, 'ascii');
  const dataBytes = wav.readUInt32LE(dataAt + 4);
  return { channels, sampleRate, bits, dataBytes, seconds: dataBytes / (sampleRate * channels * (bits / 8)) };
}

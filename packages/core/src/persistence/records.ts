import { getClock } from '../clock.js';
import { shared } from '../shared-global.js';

/**
 * What Caremode keeps on the device for a person (form drafts, guide progress, checklists, the
 * last credential), under one mechanism: namespaced, versioned records with an expiry, one
 * "clear my data" call, and a silent fall-back to memory when storage is unavailable.
 */
export interface RecordOptions<T> {
  /** Data format version; a record written with another version is discarded, or migrated. */
  version?: number;
  /** How long a record lives after it was last written, in ms (phones are shared: default 7 days). */
  maxAgeMs?: number;
  /** Turns a record of an older version into the current shape; return undefined to drop it. */
  migrate?: (data: unknown, version: number) => T | undefined;
}

export interface StoredRecord<T> {
  data: T;
  /** When it was written (ms since the epoch, from core's clock). */
  savedAt: number;
  expiresAt: number;
}

interface Envelope {
  v: number;
  savedAt: number;
  expiresAt: number;
  data: unknown;
}

export const RECORD_PREFIX = 'caremode:data:';
export const DEFAULT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const memory = () => shared('records-memory.v1', () => new Map<string, string>());

// Reaching localStorage throws where storage is disabled by policy or cookie settings.
function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

const keyOf = (namespace: string, id: string) => `${RECORD_PREFIX}${namespace}:${id}`;

/** A record under `namespace` (e.g. 'form-draft') and `id` (e.g. the form's id). */
export class PersistentRecord<T> {
  readonly key: string;
  private readonly version: number;
  private readonly maxAgeMs: number;

  constructor(
    namespace: string,
    id: string,
    private readonly options: RecordOptions<T> = {},
  ) {
    this.key = keyOf(String(namespace), String(id));
    this.version = options.version ?? 1;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  }

  /** The stored data with its dates, or undefined when there is none, it expired, or it cannot be read. */
  read(): StoredRecord<T> | undefined {
    const text = storage()?.getItem(this.key) ?? memory().get(this.key);
    if (!text) return undefined;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text);
    } catch {
      this.remove();
      return undefined;
    }
    if (!envelope || typeof envelope !== 'object' || !(envelope.expiresAt > getClock().now())) {
      this.remove();
      return undefined;
    }
    let data = envelope.data as T | undefined;
    if (envelope.v !== this.version) {
      data = this.options.migrate?.(envelope.data, envelope.v);
      if (data === undefined) {
        this.remove();
        return undefined;
      }
    }
    return { data: data as T, savedAt: envelope.savedAt, expiresAt: envelope.expiresAt };
  }

  /** Writes the data; returns false only when it could be kept in neither storage nor memory. */
  write(data: T): boolean {
    const now = getClock().now();
    const envelope: Envelope = { v: this.version, savedAt: now, expiresAt: now + this.maxAgeMs, data };
    let text: string;
    try {
      text = JSON.stringify(envelope);
    } catch {
      return false;
    }
    const s = storage();
    if (s) {
      try {
        s.setItem(this.key, text);
        memory().delete(this.key);
        return true;
      } catch {
        // Full: expired records are the first to go, then one more try.
        purgeExpired();
        try {
          s.setItem(this.key, text);
          return true;
        } catch {
          // Keep it for this page at least.
        }
      }
    }
    memory().set(this.key, text);
    return true;
  }

  remove(): void {
    try {
      storage()?.removeItem(this.key);
    } catch {
      // Nothing to do: the record is unreachable anyway.
    }
    memory().delete(this.key);
  }
}

function recordKeys(): string[] {
  const s = storage();
  const keys = new Set(memory().keys());
  if (s) for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(RECORD_PREFIX)) keys.add(s.key(i)!);
  return [...keys];
}

/** Removes every expired record (called on a full storage; also safe to call at start-up). */
export function purgeExpired(): number {
  let removed = 0;
  for (const key of recordKeys()) {
    const text = storage()?.getItem(key) ?? memory().get(key);
    let expired = true;
    try {
      expired = !(JSON.parse(text ?? 'null')?.expiresAt > getClock().now());
    } catch {
      // Unreadable records count as expired.
    }
    if (expired) {
      storage()?.removeItem(key);
      memory().delete(key);
      removed++;
    }
  }
  return removed;
}

/**
 * "Clear my data on this device": removes every record Caremode keeps for a person (drafts,
 * progress, checklists, credentials), in storage and in memory. Display preferences (care mode,
 * text size) are not personal data and stay; reset them through the preferences store.
 * Other open tabs see the records disappear through the storage event.
 */
export function clearMyData(): number {
  const keys = recordKeys();
  for (const key of keys) {
    try {
      storage()?.removeItem(key);
    } catch {
      // Already gone or unreachable.
    }
    memory().delete(key);
  }
  return keys.length;
}

/**
 * Emulated CacheService: document, user and script caches of strings that expire on the emulator's clock
 * (real time plus the emulated time services have spent). Limits as in Apps Script: keys up to 250
 * characters (`Argument too large: key`), values up to 100 KB (`Argument too large: value`), expiry from 1 to
 * 21600 seconds (default 600; outside that, `Invalid argument: expirationInSeconds`), at most 1000 entries
 * per putAll.
 */
import type { CallCounter } from '../counter.ts';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_SECONDS = 21600;

interface CacheEntry {
  value: string;
  expiresAt: number;
}

export interface CacheStores {
  document: Map<string, CacheEntry>;
  user: Map<string, CacheEntry>;
  script: Map<string, CacheEntry>;
}

export function createCacheStores(): CacheStores {
  return { document: new Map(), user: new Map(), script: new Map() };
}

class FakeCache {
  constructor(
    private readonly counter: CallCounter,
    private readonly store: Map<string, CacheEntry>,
    private readonly now: () => number,
  ) {}

  private call(method: string): void {
    this.counter.record('Cache', `Cache.${method}`);
  }

  private entry(key: string, value: unknown, seconds: number): [string, CacheEntry] {
    const k = String(key);
    const v = String(value);
    if (k.length > CACHE_KEY_LIMIT) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    if (!(seconds >= 1 && seconds <= CACHE_MAX_SECONDS))
      throw new Error('Invalid argument: expirationInSeconds');
    return [k, { value: v, expiresAt: this.now() + seconds * 1000 }];
  }

  private read(key: string): string | null {
    const hit = this.store.get(String(key));
    if (!hit) return null;
    if (hit.expiresAt <= this.now()) {
      this.store.delete(String(key));
      return null;
    }
    return hit.value;
  }

  get(key: string): string | null {
    this.call('get');
    return this.read(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.call('getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }
  put(key: string, value: unknown, expirationInSeconds = 600): void {
    this.call('put');
    const [k, entry] = this.entry(key, value, expirationInSeconds);
    this.store.set(k, entry);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    this.call('putAll');
    const entries = Object.entries(values);
    if (entries.length > 1000) throw new Error('Argument too large: values');
    const checked = entries.map(([key, value]) => this.entry(key, value, expirationInSeconds));
    for (const [k, entry] of checked) this.store.set(k, entry);
  }
  remove(key: string): void {
    this.call('remove');
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    this.call('removeAll');
    for (const key of keys) this.store.delete(String(key));
  }
}

/**
 * Builds the CacheService global.
 *
 * @param counter - the shared call counter
 * @param stores - the caches, shared by all executions
 * @param now - the emulated clock in milliseconds
 * @returns the CacheService the add-on sees
 * @example createCacheService(counter, stores, () => Date.now()).getScriptCache().put('k', 'v', 60)
 */
export function createCacheService(counter: CallCounter, stores: CacheStores, now: () => number) {
  return {
    getDocumentCache(): FakeCache {
      counter.record('Cache', 'CacheService.getDocumentCache');
      return new FakeCache(counter, stores.document, now);
    },
    getUserCache(): FakeCache {
      counter.record('Cache', 'CacheService.getUserCache');
      return new FakeCache(counter, stores.user, now);
    },
    getScriptCache(): FakeCache {
      counter.record('Cache', 'CacheService.getScriptCache');
      return new FakeCache(counter, stores.script, now);
    },
  };
}

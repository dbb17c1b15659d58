/**
 * Emulated PropertiesService: document, user and script stores of string properties with Apps Script's
 * quotas. A value over 9 KB (UTF-8 bytes) throws `Argument too large: value`; a store whose keys and values
 * together pass 500 KB throws `You have exceeded the property storage quota. Please remove some properties
 * and try again.` — the texts Apps Script gives. The stores outlive executions, as in Apps Script.
 */
import type { CallCounter } from '../counter.ts';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export function createPropertyStores(): PropertyStores {
  return { document: new Map(), user: new Map(), script: new Map() };
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function storeSize(store: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += bytes(key) + bytes(value);
  return total;
}

class FakeProperties {
  constructor(
    private readonly counter: CallCounter,
    private readonly store: Map<string, string>,
  ) {}

  private call(method: string): void {
    this.counter.record('Properties', `Properties.${method}`);
  }

  /** Applies `changes` only when every value and the resulting store fit the quotas. */
  private write(changes: [string, string][], deleteAllOthers = false): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [key, value] of changes) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      next.set(key, value);
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT) throw new Error(PROPERTY_QUOTA_MESSAGE);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }

  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.call('getKeys');
    return [...this.store.keys()];
  }
  setProperty(key: string, value: unknown): FakeProperties {
    this.call('setProperty');
    this.write([[String(key), String(value)]]);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    this.call('setProperties');
    this.write(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
      deleteAllOthers,
    );
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.call('deleteProperty');
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.call('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

/**
 * Builds the PropertiesService global over stores that persist across executions.
 *
 * @param counter - the shared call counter
 * @param stores - the document, user and script stores
 * @returns the PropertiesService the add-on sees
 * @example createPropertiesService(counter, stores).getDocumentProperties().setProperty('k', 'v')
 */
export function createPropertiesService(counter: CallCounter, stores: PropertyStores) {
  return {
    getDocumentProperties(): FakeProperties {
      counter.record('Properties', 'PropertiesService.getDocumentProperties');
      return new FakeProperties(counter, stores.document);
    },
    getUserProperties(): FakeProperties {
      counter.record('Properties', 'PropertiesService.getUserProperties');
      return new FakeProperties(counter, stores.user);
    },
    getScriptProperties(): FakeProperties {
      counter.record('Properties', 'PropertiesService.getScriptProperties');
      return new FakeProperties(counter, stores.script);
    },
  };
}

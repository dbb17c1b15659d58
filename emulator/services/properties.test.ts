import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { createCacheService, createCacheStores } from './cache.ts';
import {
  createPropertiesService,
  createPropertyStores,
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
} from './properties.ts';

const documentProperties = () => {
  const stores = createPropertyStores();
  return { stores, props: createPropertiesService(new CallCounter(), stores).getDocumentProperties() };
};

describe('Properties.setProperty', () => {
  it.each([
    [PROPERTY_VALUE_LIMIT - 1, true],
    [PROPERTY_VALUE_LIMIT, true],
    [PROPERTY_VALUE_LIMIT + 1, false],
  ])('accepts a %i-byte value: %s', (size, accepted) => {
    const { props } = documentProperties();
    const write = () => props.setProperty('k', 'x'.repeat(size));
    if (accepted) expect(write).not.toThrow();
    else expect(write).toThrow('Argument too large: value');
  });

  it('counts multi-byte characters by their UTF-8 size', () => {
    expect(() =>
      documentProperties().props.setProperty('k', '–'.repeat(PROPERTY_VALUE_LIMIT / 3 + 1)),
    ).toThrow('Argument too large: value');
  });

  it('refuses a write that takes the store past 500 KB and keeps the store as it was', () => {
    const { props } = documentProperties();
    const chunk = 'x'.repeat(9000);
    let written = 0;
    expect(() => {
      for (; written < 100; written += 1) props.setProperty(`key${String(written).padStart(3, '0')}`, chunk);
    }).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(written).toBe(Math.floor(PROPERTY_STORE_LIMIT / (9000 + 6)));
    expect(props.getKeys()).toHaveLength(written);
  });

  it('converts values to strings and returns null for a missing key', () => {
    const { props } = documentProperties();
    props.setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
  });
});

describe('Properties stores', () => {
  it('keeps document, user and script stores apart and deletes all with deleteAllProperties', () => {
    const stores = createPropertyStores();
    const service = createPropertiesService(new CallCounter(), stores);
    service.getDocumentProperties().setProperties({ a: '1', b: '2' });
    service.getUserProperties().setProperty('a', 'user');
    expect(service.getDocumentProperties().getProperties()).toEqual({ a: '1', b: '2' });
    service.getDocumentProperties().setProperties({ c: '3' }, true);
    expect(service.getDocumentProperties().getKeys()).toEqual(['c']);
    service.getDocumentProperties().deleteAllProperties();
    expect(service.getDocumentProperties().getKeys()).toEqual([]);
    expect(service.getUserProperties().getProperty('a')).toBe('user');
  });
});

describe('Cache', () => {
  const setup = () => {
    const counter = new CallCounter();
    const cache = createCacheService(
      counter,
      createCacheStores(),
      () => 1_000_000 + counter.elapsedMs,
    ).getScriptCache();
    return { counter, cache };
  };

  it.each([
    ['a 250-character key', 'k'.repeat(250), 'v', 600, null],
    ['a 251-character key', 'k'.repeat(251), 'v', 600, 'Argument too large: key'],
    ['a 100 KB value', 'k', 'v'.repeat(100 * 1024), 600, null],
    ['a value over 100 KB', 'k', 'v'.repeat(100 * 1024 + 1), 600, 'Argument too large: value'],
    ['a 21600-second expiry', 'k', 'v', 21600, null],
    ['a 21601-second expiry', 'k', 'v', 21601, 'Invalid argument: expirationInSeconds'],
    ['a 0-second expiry', 'k', 'v', 0, 'Invalid argument: expirationInSeconds'],
  ])('put with %s', (_label, key, value, seconds, error) => {
    const { cache } = setup();
    const put = () => cache.put(key, value, seconds);
    if (error) expect(put).toThrow(error);
    else {
      put();
      expect(cache.get(key)).toBe(value);
    }
  });

  it.each([
    [59_999, 'v'],
    [60_000, null],
  ])('after %i emulated ms a 60-second entry reads %s', (elapsed, expected) => {
    const { counter, cache } = setup();
    cache.put('k', 'v', 60);
    counter.elapsedMs += elapsed;
    expect(cache.get('k')).toBe(expected);
  });

  it('gets, puts and removes several keys', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.removeAll(['b']);
    cache.remove('c');
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1' });
  });
});

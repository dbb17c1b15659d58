/**
 * PropertiesService and CacheService limits (9 KB a property value, 500 KB a store; 100 KB a cache value):
 * the add-on keeps no state in either, so the limits cannot be exceeded. This checks it on the built
 * add-on: a whole session (open, sidebar, set up, generate, select a cell, custom functions) makes no
 * Properties or Cache call at all. If that changes, docs/performance.md says what to test instead.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../src/samples/sample-profile.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { openWorkbook } from './harness.ts';

describe('the built add-on', () => {
  it('makes no PropertiesService or CacheService call in a whole session', () => {
    const book = openWorkbook({ Profile: SAMPLE_PROFILE, Programs: SAMPLE_PROGRAMS });
    const { bundle, emulator } = book;
    bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
    bundle.runWith({ mode: 'full' }, 'onOpen', { authMode: 'FULL' });
    const steps = [
      bundle.callServer('getState'),
      bundle.callServer('setupSheets', { withSamples: false }),
      bundle.callServer('generateList', {}),
      bundle.callServer('generateList', {}),
      bundle.callServer('selectCell', { sheet: 'Programs', cell: 'B2' }),
      bundle.callServer('getState'),
    ];
    for (const name of ['RAD_TIER', 'RAD_APPLY_COUNT']) bundle.customFunction(name, [[221], [240], ['']]);
    expect(steps.map((step) => step.ok)).toEqual(steps.map(() => true));
    expect(emulator.counter.count('Spreadsheet')).toBeGreaterThan(0);
    expect(emulator.counter.count('Properties')).toBe(0);
    expect(emulator.counter.count('Cache')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadBundle } from './loader.ts';
import { MISSING_GLOBALS } from './missing-globals.ts';
import { writeTestDist } from './services/test-dist.ts';

const SCRIPT = `
function typeOfGlobal(name) { return typeof globalThis[name]; }
function setMarker() { globalThis.marker = 'set'; return typeof marker; }
function readMarker() { return typeof globalThis.marker; }
function echo(value) { return value; }
function describeValues() {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getDataRange().getValues();
  return {
    isArray: Array.isArray(values),
    arrayInstance: values instanceof Array,
    dateInstance: values[1][0] instanceof Date,
    rowIsArray: values[0] instanceof Array,
    json: JSON.stringify(values[0]),
  };
}
function now() { return Date.now(); }
function newDateTime() { return new Date().getTime(); }
function sleepThenNow(ms) { Utilities.sleep(ms); return Date.now(); }
function fail(message) { throw new Error(message); }
function catchServiceError() {
  try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data'); return 'no error'; }
  catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message }; }
}
function returnDate() { return { when: new Date(0) }; }
function returnSparse() { return [1, undefined, 3]; }
function private_() { return 'hidden'; }
function takeLockAndKeep() { return LockService.getDocumentLock().tryLock(100); }
function tryDocumentLock() { return LockService.getDocumentLock().tryLock(5000); }
function waitDocumentLock() { LockService.getDocumentLock().waitLock(5000); return 'got it'; }
`;

function setup(extra: Record<string, string> = {}) {
  const distDir = writeTestDist({ scripts: { 'Code.js': SCRIPT, ...extra } });
  const emulator = createEmulator({ distDir });
  return { emulator, bundle: loadBundle(emulator) };
}

describe('loadBundle › run', () => {
  it.each(MISSING_GLOBALS)('leaves %s undefined in the context', (name) => {
    expect(setup().bundle.run('typeOfGlobal', name)).toBe('undefined');
  });

  it.each([
    'SpreadsheetApp',
    'HtmlService',
    'PropertiesService',
    'LockService',
    'Utilities',
    'Logger',
    'console',
  ])('provides %s in full auth mode', (name) => {
    expect(setup().bundle.run('typeOfGlobal', name)).not.toBe('undefined');
  });

  it('gives every execution a fresh context', () => {
    const { bundle } = setup();
    expect(bundle.run('setMarker')).toBe('string');
    expect(bundle.run('readMarker')).toBe('undefined');
  });

  it('compiled anew for every execution (compileEachExecution), still runs each in a fresh context', () => {
    const distDir = writeTestDist({ scripts: { 'Code.js': SCRIPT } });
    const emulator = createEmulator({ distDir });
    const bundle = loadBundle(emulator, { compileEachExecution: true });
    expect(bundle.run('setMarker')).toBe('string');
    expect(bundle.run('readMarker')).toBe('undefined');
    expect(bundle.customFunction('echo', [[1, 2]])).toEqual([[1, 2]]);
    expect(bundle.callServer('fail', 'no')).toEqual({ ok: false, error: { message: 'no' } });
  });

  it('hands the add-on arrays and Dates of its own realm', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Data', [['Date'], [new Date(Date.UTC(2025, 0, 2))]]);
    expect(bundle.run('describeValues')).toEqual({
      isArray: true,
      arrayInstance: true,
      dateInstance: true,
      rowIsArray: true,
      json: '["Date"]',
    });
  });

  it('rethrows service errors as Errors of the context named Exception', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Data', [['x']]);
    const caught = bundle.run('catchServiceError') as { isError: boolean; name: string; message: string };
    expect(caught.isError).toBe(true);
    expect(caught.name).toBe('Exception');
    expect(caught.message).toMatch(/already exists/);
  });

  it('rethrows the add-on error with its message', () => {
    expect(() => setup().bundle.run('fail', 'Nothing was changed.')).toThrow('Nothing was changed.');
  });

  it('refuses a function the bundle does not declare', () => {
    expect(() => setup().bundle.run('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });

  it('moves the context clock with the emulated time services spend', () => {
    const { emulator, bundle } = setup();
    const before = bundle.run('now') as number;
    emulator.counter.elapsedMs += 60_000;
    expect(bundle.run('now') as number).toBeGreaterThanOrEqual(before + 60_000);
    expect(bundle.run('newDateTime') as number).toBeGreaterThanOrEqual(before + 60_000);
    expect(bundle.run('sleepThenNow', 5000) as number).toBeGreaterThanOrEqual(before + 65_000);
  });

  it('evaluates the files in .clasp.json filePushOrder order', () => {
    const distDir = writeTestDist({
      scripts: {
        'A.js': 'var order = (typeof order === "undefined" ? "" : order) + "A";',
        'B.js':
          'var order = (typeof order === "undefined" ? "" : order) + "B"; function readOrder() { return order; }',
      },
      pushOrder: ['dist/B.js', 'dist/A.js'],
    });
    const bundle = loadBundle(createEmulator({ distDir }));
    expect(bundle.run('readOrder')).toBe('BA');
  });
});

describe('loadBundle › locks', () => {
  it('releases a lock the execution still holds when it ends', () => {
    const { emulator, bundle } = setup();
    expect(bundle.run('takeLockAndKeep')).toBe(true);
    expect(emulator.locks.holders.get('document')).toBeUndefined();
    expect(bundle.run('tryDocumentLock')).toBe(true);
  });

  it('shares the document lock between the test and executions', () => {
    const { emulator, bundle } = setup();
    emulator.holdDocumentLock();
    const before = emulator.counter.elapsedMs;
    expect(bundle.run('tryDocumentLock')).toBe(false);
    expect(emulator.counter.elapsedMs - before).toBe(5000);
    expect(() => bundle.run('waitDocumentLock')).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    emulator.releaseDocumentLock();
    expect(bundle.run('waitDocumentLock')).toBe('got it');
  });
});

describe('loadBundle › callServer', () => {
  it.each([
    ['an object', { a: 1, b: ['x'] }, { a: 1, b: ['x'] }],
    ['undefined properties', { a: 1, gone: undefined }, { a: 1 }],
    ['undefined in arrays', [1, undefined, 3], [1, null, 3]],
  ])('sends %s as plain JSON', (_label, arg, expected) => {
    expect(setup().bundle.callServer('echo', arg)).toEqual({ ok: true, result: expected });
  });

  it.each([
    ['a Date', { when: new Date() }],
    ['a function', { run: () => 1 }],
    ['a nested Date', { list: [{ when: new Date() }] }],
  ])('refuses an argument holding %s', (_label, arg) => {
    const reply = setup().bundle.callServer('echo', arg);
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({
      error: { message: expect.stringMatching(/^Failed due to illegal value/) },
    });
  });

  it('refuses a result holding a Date', () => {
    expect(setup().bundle.callServer('returnDate').ok).toBe(false);
  });

  it('turns undefined in a returned array into null', () => {
    expect(setup().bundle.callServer('returnSparse')).toEqual({ ok: true, result: [1, null, 3] });
  });

  it('returns a server error as a plain { message }', () => {
    const reply = setup().bundle.callServer('fail', 'Bad applicant name.');
    expect(reply).toEqual({ ok: false, error: { message: 'Bad applicant name.' } });
    if (!reply.ok) expect(Object.getPrototypeOf(reply.error)).toBe(Object.prototype);
  });

  it('cannot call a private function (name ending in _)', () => {
    expect(setup().bundle.callServer('private_').ok).toBe(false);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'Date', 'Object', 'SpreadsheetApp', 'Logger'])(
    'answers "Script function not found" for %s, which the script does not declare',
    (name) => {
      const { bundle } = setup();
      expect(bundle.callServer(name)).toEqual({
        ok: false,
        error: { message: `Script function not found: ${name}` },
      });
      expect(() => bundle.run(name)).toThrow(`Script function not found: ${name}`);
    },
  );

  it('still runs a function the script declares over a built-in name', () => {
    const { bundle } = setup({ 'Extra.js': 'function escape(text) { return "mine: " + text; }' });
    expect(bundle.callServer('escape', 'x')).toEqual({ ok: true, result: 'mine: x' });
  });

  it('refuses an argument nested beyond any real one in a plain sentence, never a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const reply = setup().bundle.callServer('echo', deep);
    expect(reply).toEqual({
      ok: false,
      error: { message: 'The argument could not be sent: it is nested more than 1,000 levels deep.' },
    });
    let fine: unknown = 'x';
    for (let i = 0; i < 50; i++) fine = { inner: fine };
    expect(setup().bundle.callServer('echo', fine)).toEqual({ ok: true, result: fine });
  });
});

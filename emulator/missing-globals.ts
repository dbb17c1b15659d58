/**
 * Test fixture: globals that Node or browsers have and Apps Script's V8 runtime lacks. The loader test checks
 * that the emulator leaves every one of them out of an execution's context; the bundle test that the built
 * add-on reads none of them while it loads.
 */
export const MISSING_GLOBALS: readonly string[] = [
  'setTimeout',
  'setInterval',
  'clearTimeout',
  'clearInterval',
  'setImmediate',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'fetch',
  'atob',
  'btoa',
  'Blob',
  'crypto',
  'performance',
  'window',
  'document',
  'process',
  'require',
  'module',
  'exports',
  'Buffer',
  'global',
];

/**
 * Figures of the built files: dist/Code.js raw and gzipped size, its cold load in a fresh `node:vm`
 * context (compiled anew each time, as Apps Script does at every execution) beside an empty script's,
 * `RAD_TIER` over a 10,000-cell range in one fresh context with the load included, and the sidebar's size.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { type Figure, median } from './figure.ts';

const KB = 1024;
/** Targets of issue 6. */
export const CODE_SIZE_TARGET_KB = 150;
export const COLD_LOAD_TARGET_MS = 10;
export const RAD_TIER_TARGET_MS = 50;

/** Stands in for SpreadsheetApp inside the context: an active spreadsheet without a Settings sheet. */
const SPREADSHEET_STUB =
  'var SpreadsheetApp = { getActiveSpreadsheet: function () { return { getSheetByName: function () { return null; } }; } };';

let compileSerial = 0;
/** Compiles `source` as a new script V8 has never seen (a unique tail defeats its compilation cache). */
function freshScript(source: string): vm.Script {
  compileSerial += 1;
  return new vm.Script(`${source}\n//# bench-${process.pid}-${compileSerial}`);
}

/** Milliseconds to create a fresh context, compile `source` anew and run it, then `after` in that context. */
function coldRun(source: string, after?: string): number {
  const start = performance.now();
  const context = vm.createContext({});
  freshScript(source).runInContext(context);
  if (after !== undefined) vm.runInContext(after, context);
  return performance.now() - start;
}

/** 10,000 cells of one column, as Sheets passes a range: scores, a few blanks, N/A and typed text. */
function tierRangeJson(cells: number): string {
  const rows = Array.from({ length: cells }, (_, i) => {
    if (i % 97 === 0) return [''];
    if (i % 101 === 0) return ['N/A'];
    if (i % 13 === 0) return [`${200 + (i % 60)}+`];
    return [180 + (i % 90)];
  });
  return JSON.stringify(rows);
}

/**
 * Measures the built files in `distDir`.
 *
 * @param distDir - the dist folder
 * @param runs - cold runs per timing (default 20)
 * @returns the size, load and RAD_TIER figures
 * @example measureBundle('dist').map((f) => f.name)
 */
export function measureBundle(distDir: string, runs = 20): Figure[] {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
  const raw = Buffer.byteLength(code) / KB;
  const gzipped = gzipSync(code).length / KB;
  const sidebarKb = Buffer.byteLength(sidebar) / KB;
  for (let i = 0; i < 3; i += 1) coldRun(code);
  const empty = median(Array.from({ length: runs }, () => coldRun('')));
  const load = median(Array.from({ length: runs }, () => coldRun(code)));
  const cells = 10_000;
  const call = `var __range = JSON.parse(${JSON.stringify(tierRangeJson(cells))}); var __out = RAD_TIER(__range);
    if (__out.length !== ${cells} || String(__out[1][0]).indexOf('#') === 0) throw new Error('RAD_TIER gave ' + String(__out[1]));`;
  const tier = median(Array.from({ length: 7 }, () => coldRun(`${SPREADSHEET_STUB}\n${code}`, call)));
  return [
    {
      name: 'Code.js size',
      value: Math.round(raw * 10) / 10,
      unit: `KB (gzipped ${gzipped.toFixed(1)} KB)`,
      target: `≤ ${CODE_SIZE_TARGET_KB} KB`,
      met: raw <= CODE_SIZE_TARGET_KB,
      method: 'bytes of dist/Code.js after npm run build; gzip by node:zlib at the default level',
      detail: { rawBytes: Buffer.byteLength(code), gzippedKb: gzipped },
    },
    {
      name: 'Code.js cold load',
      value: Math.round(load * 100) / 100,
      unit: `ms (empty script ${empty.toFixed(2)} ms)`,
      target: `≤ ${COLD_LOAD_TARGET_MS} ms`,
      met: load <= COLD_LOAD_TARGET_MS,
      method: `fresh node:vm context + compile (cache defeated) + evaluate, median of ${runs}; the empty script measured the same way`,
      detail: { emptyMs: empty, addedMs: load - empty },
    },
    {
      name: 'RAD_TIER over 10,000 cells, cold',
      value: Math.round(tier * 100) / 100,
      unit: 'ms',
      target: `≤ ${RAD_TIER_TARGET_MS} ms`,
      met: tier <= RAD_TIER_TARGET_MS,
      method:
        'fresh context, Code.js compiled and evaluated, then one RAD_TIER call on a 10,000 × 1 range (scores, blanks, N/A, "225+"); no Settings sheet; median of 7',
    },
    {
      name: 'Sidebar.html size',
      value: Math.round(sidebarKb * 10) / 10,
      unit: `KB (gzipped ${(gzipSync(sidebar).length / KB).toFixed(1)} KB)`,
      target: '',
      met: null,
      method: 'bytes of dist/Sidebar.html (HTML, CSS and script inlined)',
    },
  ];
}

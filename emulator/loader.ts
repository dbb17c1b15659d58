/**
 * Runs the BUILT add-on (`dist/*.js`) the way Apps Script does: every execution gets a NEW `node:vm`
 * context holding only ECMAScript built-ins plus the globals of its auth mode (no timers, URL, TextEncoder,
 * fetch, process, require…), evaluates every script file in `.clasp.json` `filePushOrder` order, then calls
 * one top-level function. Values cross the realm boundary through a Membrane (services/realm.ts); the
 * context's clock is real time plus the emulated time services spent; locks still held at the end are
 * released. `callServer` adds google.script.run's JSON rules; `customFunction` runs as Sheets runs a formula.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { type AuthModeName, type Emulator, resolveDistDir } from './index.ts';
import { Membrane, type RealmIntrinsics } from './services/realm.ts';

export interface LoadOptions {
  /** Folder of the built add-on (default: the emulator's). */
  distDir?: string;
  /** Auth mode of `run` (default `full`; `none` is onOpen before the user authorized the add-on). */
  authMode?: { mode: AuthModeName };
  /**
   * Compile the script files anew for every execution, as a new script V8 has never seen (a unique tail
   * defeats its compilation cache), so each execution pays parsing and compiling as a cold Apps Script
   * execution does. Default false: compiled once, which keeps tests fast. The bench's cold figures use it.
   */
  compileEachExecution?: boolean;
}

/** What google.script.run delivers: the success value, or the failure handler's `{ message }`. */
export type ServerReply = { ok: true; result: unknown } | { ok: false; error: { message: string } };

export interface Bundle {
  /** The script files evaluated, in order. */
  files: string[];
  /** One execution of top-level function `name` in the bundle's auth mode. */
  run(name: string, ...args: unknown[]): unknown;
  /** One execution in a chosen auth mode, e.g. `runWith({ mode: 'none' }, 'onOpen', e)`. */
  runWith(authMode: { mode: AuthModeName }, name: string, ...args: unknown[]): unknown;
  /** A sidebar call through google.script.run (plain-JSON argument and result). */
  callServer(name: string, arg?: unknown): ServerReply;
  /** A custom-function execution (read-only spreadsheet, no Ui/Html/Lock/Drive/Properties). */
  customFunction(name: string, ...args: unknown[]): unknown;
}

/** Makes the context's `Date` follow the emulated clock while keeping one Date.prototype. */
const DATE_PATCH = `(function (hostNow) {
  const RealDate = Date;
  function Date_(...args) {
    if (!new.target) return new RealDate(hostNow()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [hostNow()] : args, new.target);
  }
  Object.setPrototypeOf(Date_, RealDate);
  Object.defineProperty(Date_, 'name', { value: 'Date' });
  Date_.prototype = RealDate.prototype;
  Date_.now = function now() { return hostNow(); };
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date_, writable: true, configurable: true });
  globalThis.Date = Date_;
})`;

/** The script files of `distDir`: `.clasp.json` filePushOrder first, then the rest by name. */
function scriptFiles(distDir: string): string[] {
  const all = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(distDir, f))
    .sort();
  const ordered: string[] = [];
  for (const dir of [path.dirname(distDir), distDir]) {
    const clasp = path.join(dir, '.clasp.json');
    if (!fs.existsSync(clasp)) continue;
    const order =
      (JSON.parse(fs.readFileSync(clasp, 'utf8')) as { filePushOrder?: string[] }).filePushOrder ?? [];
    for (const entry of order) {
      const file = path.resolve(dir, entry);
      if (all.includes(file) && !ordered.includes(file)) ordered.push(file);
    }
    break;
  }
  return [...ordered, ...all.filter((f) => !ordered.includes(f))];
}

/**
 * The function the script files declared under `name` — a top-level function (or a global they set), never
 * a built-in (`Date`, `Object`), a service, or a member inherited from `Object.prototype` (`constructor`,
 * `toString`): Apps Script answers "Script function not found" for those. A built-in name the script
 * declares anew (`function escape() {}`) is the script's.
 *
 * @param global - the context's global object after the script files ran
 * @param before - its own properties, and their values, before they ran
 * @param name - the name asked for
 */
function declaredFunction(
  global: Record<string, unknown>,
  before: ReadonlyMap<string, unknown>,
  name: string,
): ((...args: unknown[]) => unknown) | undefined {
  if (!Object.hasOwn(global, name)) return undefined;
  const entry = global[name];
  if (typeof entry !== 'function') return undefined;
  if (before.has(name) && before.get(name) === entry) return undefined;
  return entry as (...args: unknown[]) => unknown;
}

/**
 * How deep an argument or result may nest. google.script.run's own limit is not documented; no RadList
 * payload nests more than a few levels, so the emulator refuses far deeper ones in a plain sentence (see
 * emulator/README.md) rather than overflow the stack.
 */
const MAX_SEND_DEPTH = 1000;

/**
 * Throws google.script.run's error for a value it cannot send (Dates, functions, symbols…), and a plain one
 * for a value nested more than `MAX_SEND_DEPTH` levels. Walks the value without recursion.
 */
function checkSendable(value: unknown, where: string): void {
  const pending: { value: unknown; where: string; depth: number }[] = [{ value, where, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const kind = typeof next.value;
    const illegal =
      kind === 'function' ||
      kind === 'symbol' ||
      kind === 'bigint' ||
      (kind === 'object' &&
        next.value !== null &&
        Object.prototype.toString.call(next.value) === '[object Date]');
    if (illegal) throw new Error(`Failed due to illegal value in property: ${next.where}`);
    if (kind !== 'object' || next.value === null) continue;
    if (next.depth >= MAX_SEND_DEPTH) {
      const what = where === 'result' ? 'The result' : 'The argument';
      throw new Error(
        `${what} could not be sent: it is nested more than ${MAX_SEND_DEPTH.toLocaleString('en-US')} levels deep.`,
      );
    }
    for (const [key, item] of Object.entries(next.value as object)) {
      pending.push({ value: item, where: key, depth: next.depth + 1 });
    }
  }
}

const jsonRoundTrip = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/**
 * Loads the built add-on for an emulator.
 *
 * @param emulator - from createEmulator()
 * @param options - `distDir` (default the emulator's; HTML files are still read from the emulator's) and
 *   the auth mode of `run`
 * @returns the Bundle to run functions with
 * @example
 * const bundle = loadBundle(createEmulator());
 * bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
 */
export function loadBundle(emulator: Emulator, options: LoadOptions = {}): Bundle {
  const files = scriptFiles(options.distDir ? resolveDistDir(options.distDir) : emulator.distDir);
  const sources = files.map((file) => fs.readFileSync(file, 'utf8'));
  const compiled = sources.map((source, i) => new vm.Script(source, { filename: files[i] }));
  let compiles = 0;
  const scriptsFor = (): vm.Script[] => {
    if (!options.compileEachExecution) return compiled;
    compiles += 1;
    return sources.map(
      (source, i) =>
        new vm.Script(`${source}\n//# execution ${process.pid}-${compiles}-${Math.random()}`, {
          filename: files[i],
        }),
    );
  };

  const execute = (mode: AuthModeName, name: string, args: unknown[]): unknown => {
    const execution = emulator.beginExecution(mode);
    try {
      const context = vm.createContext({}, { name: `Apps Script execution ${execution.id}: ${name}` });
      const intrinsics = vm.runInContext('({ Array, Object, Date, Error })', context) as RealmIntrinsics;
      (vm.runInContext(DATE_PATCH, context) as (now: () => number) => void)(() => emulator.now());
      const membrane = new Membrane(intrinsics, (used) => {
        emulator.counter.serviceCpuMs += (used.user + used.system) / 1000;
      });
      const global = context as Record<string, unknown>;
      delete global.console;
      for (const [key, service] of Object.entries(execution.globals)) global[key] = membrane.inward(service);
      const before = new Map(Object.getOwnPropertyNames(global).map((key) => [key, global[key]]));
      for (const script of scriptsFor()) script.runInContext(context);
      const entry = declaredFunction(global, before, name);
      if (entry === undefined) throw new Error(`Script function not found: ${name}`);
      let result: unknown;
      try {
        result = (entry as (...a: unknown[]) => unknown)(...args.map((a) => membrane.inward(a)));
      } catch (error) {
        throw membrane.outwardError(error);
      }
      return membrane.outward(result);
    } finally {
      execution.end();
    }
  };

  const defaultMode = options.authMode?.mode ?? 'full';
  return {
    files,
    run: (name, ...args) => execute(defaultMode, name, args),
    runWith: (authMode, name, ...args) => execute(authMode.mode, name, args),
    customFunction: (name, ...args) => execute('custom-function', name, args),
    callServer(name, arg) {
      try {
        if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
        checkSendable(arg, '0');
        const result = execute('full', name, arg === undefined ? [] : [jsonRoundTrip(arg)]);
        checkSendable(result, 'result');
        return { ok: true, result: jsonRoundTrip(result) ?? null };
      } catch (error) {
        return { ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}

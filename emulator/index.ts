/**
 * The in-memory Apps Script emulator's front door. `createEmulator()` builds one spreadsheet document with
 * its services (Ui, HtmlService, Properties, Cache, Lock, Drive, …), all counting calls on one CallCounter
 * and sharing one emulated clock, and hands each execution its globals (`beginExecution(mode)`). The
 * loader (loader.ts) runs the built add-on against it; tests read what happened through `ui`, `drive`,
 * `logs`, `properties` and the spreadsheet's test-only helpers.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CallCounter, type ServiceGroup } from './counter.ts';
import { type CacheStores, createCacheStores } from './services/cache.ts';
import { createDriveState, type DriveState } from './services/drive.ts';
import { type AuthModeName, buildGlobals } from './services/globals.ts';
import { LockTable } from './services/lock.ts';
import type { LogLine } from './services/logger.ts';
import { type Manifest, readManifest } from './services/permissions.ts';
import { createPropertyStores, type PropertyStores } from './services/properties.ts';
import { createUiState, type UiState } from './services/ui.ts';
import { FakeSpreadsheet } from './spreadsheet/fake-spreadsheet.ts';
import { createSpreadsheetApp } from './spreadsheet/spreadsheet-app.ts';

export type { DriveFile, DriveState } from './services/drive.ts';
export type { AuthModeName } from './services/globals.ts';
export type { LogLine } from './services/logger.ts';
export type { MenuRecord, UiState } from './services/ui.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Resolves a dist folder the way the emulator does: relative paths are from the repository root.
 *
 * @param distDir - e.g. `dist` or an absolute temp folder
 * @returns the absolute folder
 * @example resolveDistDir('dist') // '/…/main/dist'
 */
export function resolveDistDir(distDir: string): string {
  return path.resolve(REPO_ROOT, distDir);
}

export interface EmulatorOptions {
  /** The built add-on (default `dist`, relative to the repository root). */
  distDir?: string;
  /** The spreadsheet's and script's time zone (default: appsscript.json's). */
  timeZone?: string;
  userEmail?: string;
  /** Emulated milliseconds each service call costs, per group (makes time pass in benchmarks). */
  costMs?: Partial<Record<ServiceGroup, number>>;
}

/** One execution's globals; `end()` does what Apps Script does when it finishes (releases its locks). */
export interface Execution {
  id: string;
  mode: AuthModeName;
  globals: Record<string, unknown>;
  end(): void;
}

export interface Emulator {
  distDir: string;
  manifest: Manifest;
  timeZone: string;
  spreadsheet: FakeSpreadsheet;
  counter: CallCounter;
  ui: UiState;
  drive: DriveState;
  logs: LogLine[];
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  /** The emulated clock: real time plus the emulated time services have spent. */
  now(): number;
  /** The test holds the document lock (as another execution would) until releaseDocumentLock(). */
  holdDocumentLock(): void;
  releaseDocumentLock(): void;
  /** Starts one execution in an auth mode. */
  beginExecution(mode: AuthModeName): Execution;
  /** The globals one execution sees (locks it takes stay held; prefer beginExecution to release them). */
  globalsFor(mode: AuthModeName): Record<string, unknown>;
}

/**
 * Creates an emulator with an empty spreadsheet and the services of the add-on's manifest.
 *
 * @param options - dist folder, time zone, user email and per-group call costs
 * @returns the emulator
 * @example
 * const emulator = createEmulator({ distDir: 'dist' });
 * emulator.spreadsheet.seedSheet('Profile', [['Name', 'Ada']]);
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const distDir = resolveDistDir(options.distDir ?? 'dist');
  const manifest = readManifest(distDir);
  const timeZone = options.timeZone ?? manifest.timeZone;
  const counter = new CallCounter();
  counter.costMs = { ...options.costMs };
  const spreadsheet = new FakeSpreadsheet({ counter, name: 'RadList', timeZone });
  const locks = new LockTable();
  let executions = 0;
  const source = {
    counter,
    manifest,
    distDir,
    timeZone,
    userEmail: options.userEmail ?? 'applicant@example.org',
    ui: createUiState(),
    drive: createDriveState(),
    logs: [] as LogLine[],
    properties: createPropertyStores(),
    caches: createCacheStores(),
    locks,
    now: () => Date.now() + counter.elapsedMs,
    spreadsheetApp: (readOnly: boolean) => createSpreadsheetApp(spreadsheet, { readOnly }) as object,
  };
  const beginExecution = (mode: AuthModeName): Execution => {
    executions += 1;
    const id = `execution-${executions}`;
    counter.beginExecution();
    const end = () => {
      locks.releaseAll(id);
      counter.endExecution();
    };
    return { id, mode, globals: buildGlobals(source, mode, id), end };
  };
  return {
    distDir,
    manifest,
    timeZone,
    spreadsheet,
    counter,
    ui: source.ui,
    drive: source.drive,
    logs: source.logs,
    properties: source.properties,
    caches: source.caches,
    locks,
    now: source.now,
    holdDocumentLock() {
      const holder = locks.holders.get('document');
      if (holder !== undefined && holder !== 'test')
        throw new Error(`The document lock is held by ${holder}.`);
      locks.holders.set('document', 'test');
    },
    releaseDocumentLock() {
      if (locks.holders.get('document') === 'test') locks.holders.delete('document');
    },
    beginExecution,
    globalsFor: (mode) => beginExecution(mode).globals,
  };
}

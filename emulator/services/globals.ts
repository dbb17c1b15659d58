/**
 * The globals one execution sees, per auth mode, as Apps Script decides them:
 * - `full`: every service the manifest's scopes allow; services outside the scopes throw the permission
 *   error naming the missing scope.
 * - `none` (onOpen before authorization): menus and HtmlService building only; any SpreadsheetApp call but
 *   getUi, and Properties, Cache, Lock, Drive and the user's email throw `You do not have permission…`.
 * - `custom-function`: SpreadsheetApp read-only, `getUi()` throws `Cannot call SpreadsheetApp.getUi() from
 *   this context.`; Ui, HtmlService, Lock, Drive, Properties throw `You do not have permission to call …`.
 */
import type { CallCounter } from '../counter.ts';
import { createChartsService } from '../spreadsheet/charts.ts';
import type { CacheStores } from './cache.ts';
import { createCacheService } from './cache.ts';
import { createDrive, type DriveState } from './drive.ts';
import { createHtmlService } from './html.ts';
import { createLockService, type LockTable } from './lock.ts';
import { createLogging, type LogLine } from './logger.ts';
import { deniedService, guardService, hasScope, type Manifest } from './permissions.ts';
import { createPropertiesService, type PropertyStores } from './properties.ts';
import { createScriptApp, createSession } from './script-session.ts';
import { createUi, type UiState } from './ui.ts';
import { createUtilities } from './utilities.ts';

export type AuthModeName = 'full' | 'none' | 'custom-function';

/** Everything shared by the executions of one emulator that the globals are built from. */
export interface GlobalsSource {
  counter: CallCounter;
  manifest: Manifest;
  distDir: string;
  timeZone: string;
  userEmail: string;
  ui: UiState;
  drive: DriveState;
  logs: LogLine[];
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  now: () => number;
  /** SpreadsheetApp for the active spreadsheet (read-only in custom functions). */
  spreadsheetApp: (readOnly: boolean) => object;
}

/** Services Apps Script has that RadList's scopes never allow; touching one throws its permission error. */
const UNSCOPED = ['DriveApp', 'UrlFetchApp', 'GmailApp', 'MailApp', 'DocumentApp', 'CalendarApp', 'FormApp'];

/** A stand-in for a service the scopes allow but the emulator does not implement. */
function notEmulated(name: string): unknown {
  return new Proxy(() => undefined, {
    get: (_t, prop) => (typeof prop === 'symbol' ? undefined : notEmulated(`${name}.${String(prop)}`)),
    apply() {
      throw new Error(`${name} is not available in the RadList emulator.`);
    },
  });
}

/**
 * Builds the global object of one execution.
 *
 * @param source - the emulator's shared state
 * @param mode - the execution's auth mode
 * @param owner - the execution id (locks it takes are released when it ends)
 * @returns a map of global names to (host-realm) services
 * @example buildGlobals(source, 'none', 'run-1').SpreadsheetApp.getUi().createAddonMenu()
 */
export function buildGlobals(
  source: GlobalsSource,
  mode: AuthModeName,
  owner: string,
): Record<string, unknown> {
  const { counter, manifest } = source;
  const full = mode === 'full';
  const ui = createUi(counter, source.ui, {
    addonName: 'RadList',
    canShow: full && hasScope(manifest, 'Ui'),
  });
  const sheetsApp = source.spreadsheetApp(mode === 'custom-function');
  const withUi = new Proxy(sheetsApp, {
    get(target, prop, receiver) {
      if (prop !== 'getUi') return Reflect.get(target, prop, receiver);
      return () => {
        counter.record('Ui', 'SpreadsheetApp.getUi');
        if (mode === 'custom-function')
          throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      };
    },
  });
  const sheetsAllowed = mode !== 'none' && hasScope(manifest, 'SpreadsheetApp');
  const session = createSession(counter, manifest, {
    email: source.userEmail,
    timeZone: source.timeZone,
    locale: 'en',
  });
  const denied = (name: string) => deniedService(name);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheetsAllowed
      ? withUi
      : guardService('SpreadsheetApp', withUi, ['getUi'], 'SpreadsheetApp'),
    HtmlService:
      mode === 'custom-function' ? denied('HtmlService') : createHtmlService(counter, source.distDir),
    PropertiesService: full
      ? createPropertiesService(counter, source.properties)
      : denied('PropertiesService'),
    CacheService:
      mode === 'none' ? denied('CacheService') : createCacheService(counter, source.caches, source.now),
    LockService: full ? createLockService(counter, source.locks, owner) : denied('LockService'),
    ScriptApp: createScriptApp(counter, manifest),
    Session: full ? session : guardService('Session', session, ['getScriptTimeZone', 'getActiveUserLocale']),
    Utilities: createUtilities(counter),
    // Only the enums embedded charts use; they need no scope (the charts themselves are Sheet methods).
    Charts: createChartsService(),
    ...createLogging(source.logs),
  };
  for (const service of manifest.advancedServices) {
    if (service.serviceId !== 'drive') continue;
    globals[service.userSymbol] = !full
      ? denied(service.userSymbol)
      : hasScope(manifest, 'Drive')
        ? createDrive(counter, source.drive)
        : deniedService(service.userSymbol, 'Drive');
  }
  for (const name of UNSCOPED) {
    globals[name] =
      full && hasScope(manifest, name) ? notEmulated(name) : deniedService(name, full ? name : undefined);
  }
  return globals;
}

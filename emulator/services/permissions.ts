/**
 * The permission side of the emulator: which OAuth scopes each Apps Script service needs, reading them from
 * `appsscript.json`, and stand-ins for services an execution may not touch. A stand-in throws Apps Script's
 * own error (`You do not have permission to call DriveApp.getFiles. Required permissions: …`) the moment any
 * of its methods is called, so a test catches a wrong manifest or a call made in the wrong auth mode.
 */
import fs from 'node:fs';
import path from 'node:path';

const SCOPE = 'https://www.googleapis.com/auth/';

/**
 * Scopes that each grant a service (any one is enough); the first is the one named in the error.
 * Embedded charts and data validation are Sheet and Range methods of SpreadsheetApp, so
 * `spreadsheets.currentonly` covers them like every other Sheet and Range method (the search tool's docs
 * corpus did not return those methods' own authorization lines; the reference's pages for DataValidation,
 * EmbeddedChartBuilder and ContainerInfo name no other scope). The `Charts` global, of which the add-on uses
 * only enums, touches no user data, needs no scope and is not listed. emulator/README.md has the details.
 */
export const SERVICE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  SpreadsheetApp: [`${SCOPE}spreadsheets.currentonly`, `${SCOPE}spreadsheets`],
  Ui: [`${SCOPE}script.container.ui`],
  Drive: [`${SCOPE}drive`, `${SCOPE}drive.file`],
  DriveApp: [`${SCOPE}drive`],
  UrlFetchApp: [`${SCOPE}script.external_request`],
  GmailApp: ['https://mail.google.com/'],
  MailApp: [`${SCOPE}script.send_mail`],
  DocumentApp: [`${SCOPE}documents`],
  CalendarApp: [`${SCOPE}calendar`],
  FormApp: [`${SCOPE}forms`],
  ScriptAppTriggers: [`${SCOPE}script.scriptapp`],
  SessionUser: [`${SCOPE}userinfo.email`],
};

/** The parts of `appsscript.json` the emulator reads. */
export interface Manifest {
  timeZone: string;
  /** null when the manifest lists no scopes: Apps Script then grants whatever the code uses. */
  oauthScopes: string[] | null;
  /** Advanced services by the global name the script uses, e.g. `Drive` → `drive` v3. */
  advancedServices: { userSymbol: string; serviceId: string; version: string }[];
}

/**
 * Reads `<distDir>/appsscript.json` (a missing file gives an empty manifest that grants every scope).
 *
 * @param distDir - the built add-on folder
 * @returns the time zone, scopes and advanced services
 * @example readManifest('dist').oauthScopes // ['https://www.googleapis.com/auth/drive.file', …]
 */
export function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, 'appsscript.json');
  if (!fs.existsSync(file)) return { timeZone: 'America/New_York', oauthScopes: null, advancedServices: [] };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    timeZone?: string;
    oauthScopes?: string[];
    dependencies?: { enabledAdvancedServices?: Manifest['advancedServices'] };
  };
  return {
    timeZone: raw.timeZone ?? 'America/New_York',
    oauthScopes: raw.oauthScopes ?? null,
    advancedServices: raw.dependencies?.enabledAdvancedServices ?? [],
  };
}

/** True when the manifest grants the service (or lists no scopes at all). */
export function hasScope(manifest: Manifest, service: keyof typeof SERVICE_SCOPES | string): boolean {
  const needed = SERVICE_SCOPES[service];
  if (!needed || manifest.oauthScopes === null) return true;
  return needed.some((scope) => manifest.oauthScopes!.includes(scope));
}

/**
 * Apps Script's permission error for one call.
 *
 * @param call - what was called, e.g. `DriveApp.getFiles`
 * @param service - key of SERVICE_SCOPES whose first scope is named; omitted in auth modes with no scopes
 * @returns the Error to throw
 * @example permissionError('DriveApp.getFiles', 'DriveApp').message
 */
export function permissionError(call: string, service?: string): Error {
  const scope = service ? SERVICE_SCOPES[service]?.[0] : undefined;
  return new Error(
    scope
      ? `You do not have permission to call ${call}. Required permissions: ${scope}`
      : `You do not have permission to call ${call}`,
  );
}

/**
 * A stand-in for a service the execution may not use: reading any member gives a deeper stand-in and calling
 * one throws the permission error naming the full call, e.g. `Drive.Permissions.create`.
 *
 * @param name - the global name, e.g. `DriveApp`
 * @param service - the key of SERVICE_SCOPES for the scope named in the error (omit to name none)
 * @returns a Proxy usable wherever the real service would be
 * @example deniedService('GmailApp', 'GmailApp').getInboxThreads() // throws
 */
export function deniedService(name: string, service?: string): unknown {
  const target = (() => undefined) as unknown as object;
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
      return deniedService(`${name}.${prop}`, service);
    },
    apply() {
      throw permissionError(name, service);
    },
  });
}

/**
 * Wraps a service so that calling any method not in `allowed` throws the permission error; other members
 * (enums, allowed methods) pass through.
 *
 * @param name - the global name used in the error, e.g. `SpreadsheetApp`
 * @param real - the real service object
 * @param allowed - method names still usable
 * @param service - the key of SERVICE_SCOPES named in the error
 * @returns the guarded service
 * @example guardService('SpreadsheetApp', app, ['getUi'])
 */
export function guardService<T extends object>(
  name: string,
  real: T,
  allowed: readonly string[],
  service?: string,
): T {
  return new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || typeof value !== 'function' || allowed.includes(prop)) {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return () => {
        throw permissionError(`${name}.${prop}`, service);
      };
    },
  });
}

/**
 * Emulated ScriptApp and Session. ScriptApp offers the AuthMode enum, the script id and an empty trigger
 * list (which needs the `script.scriptapp` scope, as in Apps Script). Session gives the user (their email
 * needs the `userinfo.email` scope), the script's time zone and the user's locale.
 */
import type { CallCounter } from '../counter.ts';
import { hasScope, type Manifest, permissionError } from './permissions.ts';

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

/**
 * Builds the ScriptApp global.
 *
 * @param counter - the shared call counter
 * @param manifest - the add-on's manifest (for the trigger scope)
 * @returns the ScriptApp the add-on sees
 * @example createScriptApp(counter, manifest).AuthMode.NONE // 'NONE'
 */
export function createScriptApp(counter: CallCounter, manifest: Manifest) {
  return {
    AuthMode,
    getScriptId(): string {
      counter.record('Script', 'ScriptApp.getScriptId');
      return 'emulated-script-id';
    },
    getProjectTriggers(): unknown[] {
      counter.record('Script', 'ScriptApp.getProjectTriggers');
      if (!hasScope(manifest, 'ScriptAppTriggers')) {
        throw permissionError('ScriptApp.getProjectTriggers', 'ScriptAppTriggers');
      }
      return [];
    },
  };
}

/**
 * Builds the Session global.
 *
 * @param counter - the shared call counter
 * @param manifest - the add-on's manifest (for the email scope)
 * @param user - the emulated user's email, the script time zone and locale
 * @returns the Session the add-on sees
 * @example createSession(counter, manifest, { email: 'a@b.org', timeZone: 'UTC', locale: 'en' }).getScriptTimeZone()
 */
export function createSession(
  counter: CallCounter,
  manifest: Manifest,
  user: { email: string; timeZone: string; locale: string },
) {
  const person = (method: string) => {
    counter.record('Session', `Session.${method}`);
    if (!hasScope(manifest, 'SessionUser')) throw permissionError(`Session.${method}`, 'SessionUser');
    return { getEmail: () => user.email };
  };
  return {
    getActiveUser: () => person('getActiveUser'),
    getEffectiveUser: () => person('getEffectiveUser'),
    getScriptTimeZone(): string {
      counter.record('Session', 'Session.getScriptTimeZone');
      return user.timeZone;
    },
    getActiveUserLocale(): string {
      counter.record('Session', 'Session.getActiveUserLocale');
      return user.locale;
    },
    getTemporaryActiveUserKey(): string {
      counter.record('Session', 'Session.getTemporaryActiveUserKey');
      return Buffer.from(user.email).toString('base64url');
    },
  };
}

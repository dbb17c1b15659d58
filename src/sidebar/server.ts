/**
 * The sidebar's one door to the server: `callServer(name, arg)` turns a `google.script.run` call into a
 * typed Promise. Its type, `ServerApi`, is derived from the server's own registry (src/addon/entry-points.ts,
 * imported as a type only, so no server code reaches the browser bundle): a renamed server function or a
 * changed payload breaks the build, not the user.
 */
import type { ServerApi } from '../addon/entry-points.ts';
import { ServerFailure } from './errors.ts';

export type { ServerApi };

/** The result type of one server function. */
export type ServerResult<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

/** The slice of `google.script.run` the wrapper uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

/** A typed server call. */
export type ServerCaller = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
) => Promise<ServerResult<K>>;

const NOT_IN_SHEETS = 'RadList can only talk to your spreadsheet when it is opened from Google Sheets.';

/**
 * Builds a typed caller over a `google.script.run`-like runner.
 *
 * @param findRunner - returns the runner, or undefined when there is none (e.g. the page opened on its own)
 * @returns a function that calls one server function and resolves with its result; it rejects with a
 *   `ServerFailure` whose message is plain words (never a stack trace) and whose `code` says why
 * @example
 * const call = createServerCaller(() => google.script.run);
 * const state = await call('getState');
 */
export function createServerCaller(findRunner: () => ScriptRunner | undefined): ServerCaller {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const runner = findRunner();
      if (!runner) {
        reject(new Error(NOT_IN_SHEETS));
        return;
      }
      const chained = runner
        .withSuccessHandler((value) => resolve(value as never))
        .withFailureHandler((error) => reject(new ServerFailure(error)));
      const serverFunction = chained[name];
      if (typeof serverFunction !== 'function') {
        reject(new Error(`The add-on has no server function "${name}". Please update RadList.`));
        return;
      }
      serverFunction.apply(chained, args);
    });
}

/** The runner Google injects into add-on sidebars, if present. */
function googleRunner(): ScriptRunner | undefined {
  const host = globalThis as unknown as { google?: { script?: { run?: ScriptRunner } } };
  return host.google?.script?.run;
}

/**
 * Calls one server function through `google.script.run`.
 *
 * @param name - the server function, e.g. `generateList`
 * @param args - its one argument (none for `getState`)
 * @returns the function's result
 * @example
 * const summary = await callServer('generateList', {});
 */
export const callServer: ServerCaller = createServerCaller(googleRunner);

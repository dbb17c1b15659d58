/** Tests for the typed google.script.run wrapper (src/sidebar/server.ts), against a fake runner. */
import { describe, expect, it } from 'vitest';
import { createServerCaller, type ScriptRunner } from '../../src/sidebar/server.ts';

type Behaviour = (
  name: string,
  args: unknown[],
) => { ok: true; value: unknown } | { ok: false; error: unknown };

/** A fake `google.script.run`: each chained runner keeps its handlers, like the real one. */
function fakeRunner(behaviour: Behaviour, calls: { name: string; args: unknown[] }[]): ScriptRunner {
  const make = (onSuccess?: (v: unknown) => void, onFailure?: (e: unknown) => void): ScriptRunner => {
    const functions = [
      'getState',
      'setupSheets',
      'generateList',
      'generateCohort',
      'shareList',
      'selectCell',
    ];
    const runner: ScriptRunner = {
      withSuccessHandler: (handler) => make(handler, onFailure),
      withFailureHandler: (handler) => make(onSuccess, handler),
    };
    for (const name of functions) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        const outcome = behaviour(name, args);
        queueMicrotask(() => (outcome.ok ? onSuccess?.(outcome.value) : onFailure?.(outcome.error)));
      };
    }
    return runner;
  };
  return make();
}

describe('createServerCaller', () => {
  it('calls the named server function with its argument and resolves with the result', async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const call = createServerCaller(() =>
      fakeRunner((name, args) => ({ ok: true, value: { name, args } }), calls),
    );
    await expect(call('setupSheets', { withSamples: true })).resolves.toEqual({
      name: 'setupSheets',
      args: [{ withSamples: true }],
    });
    expect(calls).toEqual([{ name: 'setupSheets', args: [{ withSamples: true }] }]);
  });

  it('passes no argument to getState', async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const call = createServerCaller(() => fakeRunner(() => ({ ok: true, value: null }), calls));
    await call('getState');
    expect(calls[0]!.args).toEqual([]);
  });

  it('rejects with the cleaned message, never the stack', async () => {
    const error = new Error('Exception: Another cohort run is in progress.');
    error.stack = 'Error: ...\n    at generateCohort (Code:10:3)';
    const call = createServerCaller(() => fakeRunner(() => ({ ok: false, error }), []));
    const failure = await call('generateCohort', { start: 0, size: 5 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Another cohort run is in progress.');
  });

  it('rejects in plain words outside Google Sheets', async () => {
    const call = createServerCaller(() => undefined);
    await expect(call('getState')).rejects.toThrow(/opened from Google Sheets/);
  });

  it('rejects when the server lacks the function', async () => {
    const bare: ScriptRunner = {
      withSuccessHandler: () => bare,
      withFailureHandler: () => bare,
    };
    const call = createServerCaller(() => bare);
    await expect(call('selectCell', { sheet: 'Programs', cell: 'F7' })).rejects.toThrow(
      /no server function "selectCell"/,
    );
  });
});

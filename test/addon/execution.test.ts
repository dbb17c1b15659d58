/** How every server function runs (src/addon/execution.ts): the document lock, and failures with their code. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFailure } from '../../src/addon/api.ts';
import { failures } from '../../src/addon/errors.ts';
import { runAction, withDocumentLock } from '../../src/addon/execution.ts';

const host = globalThis as Record<string, unknown>;

function installLock(free: boolean, log: string[]): void {
  host.LockService = {
    getDocumentLock: () => ({
      tryLock: () => {
        log.push('try');
        return free;
      },
      releaseLock: () => log.push('release'),
    }),
  };
}

afterEach(() => {
  delete host.LockService;
});

describe('withDocumentLock', () => {
  it('runs the work holding the lock and releases it, even when the work fails', () => {
    const log: string[] = [];
    installLock(true, log);
    expect(withDocumentLock(() => 7)).toBe(7);
    expect(() =>
      withDocumentLock(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(log).toEqual(['try', 'release', 'try', 'release']);
  });

  it('refuses with LOCKED, running nothing, while another run holds the lock', () => {
    const log: string[] = [];
    installLock(false, log);
    let ran = false;
    expect(() =>
      withDocumentLock(() => {
        ran = true;
      }),
    ).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect([ran, log]).toEqual([false, ['try']]);
  });
});

describe('runAction', () => {
  function failureOf(work: () => unknown) {
    try {
      runAction('generate the list', work);
    } catch (error) {
      return readFailure((error as Error).message);
    }
    throw new Error('did not fail');
  }

  it('sends a RadList failure with its code and message', () => {
    expect(
      failureOf(() => {
        throw failures.noApplicant();
      }),
    ).toEqual({ code: 'MISSING_INPUT', message: 'No applicant was found. Fill in the Profile sheet first.' });
  });

  it('sends anything else as FAILED, saying what was being done and that nothing was changed', () => {
    expect(
      failureOf(() => {
        throw new Error('Exception: Service Spreadsheets timed out');
      }),
    ).toEqual({
      code: 'FAILED',
      message:
        'RadList could not generate the list (Service Spreadsheets timed out). Nothing was changed; your previous sheets are as they were. Please try again.',
    });
  });

  it('gives back what the work returns', () => {
    expect(runAction('read', () => 'ok')).toBe('ok');
  });
});

/** How every server function runs (src/addon/execution.ts): the document lock, and failures with their code. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFailure } from '../../src/addon/api.ts';
import { failures } from '../../src/addon/errors.ts';
import { runAction, withDocumentLock } from '../../src/addon/execution.ts';
import { listRows, openWorkbook } from './harness.ts';

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

  it('says the work was done when only releasing the lock fails', () => {
    host.LockService = {
      getDocumentLock: () => ({
        tryLock: () => true,
        releaseLock: () => {
          throw new Error('Exception: lock service unavailable');
        },
      }),
    };
    expect(() => withDocumentLock(() => 1)).toThrow(
      expect.objectContaining({
        code: 'LOCK_NOT_RELEASED',
        message: expect.stringMatching(/^Done: your sheets were written\. .*\(lock service unavailable\)/),
      }),
    );
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

describe('when only releasing the lock fails, through the bundle', () => {
  const PROFILE = [
    ['Name', 'Ana Li'],
    ['Step 2 CK', 228],
  ];
  const PROGRAMS = [
    ['Program', 'ID', 'Min Step 2 CK'],
    ['Alpha', 'A1', 200],
  ];

  it('says the list was written, never that nothing was changed', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    book.emulator.counter.failOnMethod('Lock.releaseLock');
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const { code, message } = readFailure(reply.error.message);
    expect(code).toBe('LOCK_NOT_RELEASED');
    expect(message).toMatch(/^Done: the list was written\./);
    expect(message).not.toMatch(/Nothing was changed/);
    expect(listRows(book).map((row) => row.Program)).toEqual(['Alpha']);
  });

  it('says a cohort batch was written', () => {
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: [['Name'], ['Ana'], ['Ben']] });
    book.emulator.counter.failOnMethod('Lock.releaseLock');
    const reply = book.bundle.callServer('generateCohort', { start: 0, size: 5 });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(readFailure(reply.error.message).message).toMatch(/^Done: this batch/);
    expect(book.emulator.spreadsheet.inspect('Cohort Summary')).not.toBeNull();
  });

  it('reports the run’s own failure, saying nothing was changed, when the run failed too', () => {
    const book = openWorkbook({ Profile: PROFILE });
    book.emulator.counter.failOnMethod('Lock.releaseLock');
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(readFailure(reply.error.message).code).toBe('MISSING_SHEET');
  });
});

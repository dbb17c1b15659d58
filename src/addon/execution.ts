/**
 * How every server function runs: inside the document lock when it writes, and with any failure sent to the
 * sidebar as a plain message with its code (never a stack trace).
 */
import { failureText } from './api.ts';
import { failures, RadListError } from './errors.ts';

/** How long a server function waits for another run in the same spreadsheet before refusing. */
const LOCK_WAIT_MS = 3000;

/**
 * Runs `work` holding the document lock, or refuses clearly when another run holds it. When only releasing
 * the lock fails after the work is done (its sheets are written), the failure says the sheets were written:
 * "nothing was changed" would not be true. Apps Script lets go of the lock when the execution ends anyway.
 *
 * @param work - the function's body
 * @param done - what is written when the work is done and what to do next, in plain words
 * @returns what `work` returns
 */
export function withDocumentLock<T>(
  work: () => T,
  done: { written: string; next: string } = {
    written: 'your sheets were written',
    next: 'Refresh the sidebar to see them.',
  },
): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw failures.locked();
  let result: T;
  try {
    result = work();
  } catch (error) {
    try {
      lock.releaseLock();
    } catch {
      // The work's own failure is the one to report; the lock goes when the execution ends.
    }
    throw error;
  }
  try {
    lock.releaseLock();
  } catch (error) {
    throw failures.lockNotReleased(done.written, done.next, error);
  }
  return result;
}

/**
 * Runs a server function's body and rethrows any failure as an `Error` whose message the sidebar can show
 * as it is, with the failure's code at its end (`failureText`); anything unexpected is `FAILED`.
 *
 * @param action - what was being done, in plain words (`generate your list`)
 * @param work - the body
 */
export function runAction<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const failure = error instanceof RadListError ? error : failures.unexpected(action, error);
    throw new Error(failureText(failure.code, failure.message));
  }
}

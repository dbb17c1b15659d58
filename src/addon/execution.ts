/**
 * How every server function runs: inside the document lock when it writes, and with any failure sent to the
 * sidebar as a plain message with its code (never a stack trace).
 */
import { failureText } from './api.ts';
import { failures, RadListError } from './errors.ts';

/** How long a server function waits for another run in the same spreadsheet before refusing. */
const LOCK_WAIT_MS = 3000;

/**
 * Runs `work` holding the document lock, or refuses clearly when another run holds it.
 *
 * @param work - the function's body
 * @returns what `work` returns
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw failures.locked();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
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

/**
 * How every server function runs: inside the document lock when it writes, and with any failure turned into
 * a plain message for the sidebar (never a stack trace), saying that nothing was changed.
 */
import { UserError } from './validate.ts';

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
  if (!lock?.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      'RadList is already working in this spreadsheet (a list or cohort run started by you or someone else). ' +
        'Nothing was changed. Wait until it finishes, then try again.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** The message of any thrown value, without the `Exception: ` prefix Apps Script adds. */
export function messageOf(error: unknown): string {
  const raw =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return raw.replace(/^(Exception|Error):\s*/, '').trim();
}

/**
 * Runs a server function's body and rethrows any failure as an `Error` whose message the sidebar can show
 * as it is.
 *
 * @param action - what was being done, in plain words (`generate your list`)
 * @param work - the body
 */
export function runAction<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) throw new Error(error.message);
    throw new Error(
      `RadList could not ${action} (${messageOf(error)}). ` +
        'Nothing was changed; your previous sheets are as they were. Please try again.',
    );
  }
}

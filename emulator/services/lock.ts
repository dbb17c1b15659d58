/**
 * Emulated LockService. The document, script and user locks live in a `LockTable` shared by every
 * execution of one emulator, so a test (or a second execution) can hold the document lock while the add-on
 * runs. Executions are synchronous, so a lock held by someone else is never freed during a wait: tryLock
 * spends the whole timeout on the emulated clock and returns false, waitLock does the same and throws
 * Apps Script's `Lock timeout: another process was holding the lock for too long.`
 */
import type { CallCounter } from '../counter.ts';

export type LockKind = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds each lock: an execution id, `test` (held by the test), or nobody. */
export class LockTable {
  readonly holders = new Map<LockKind, string>();

  /** Releases every lock `owner` holds (Apps Script does this when an execution ends). */
  releaseAll(owner: string): void {
    for (const [kind, holder] of this.holders) if (holder === owner) this.holders.delete(kind);
  }
}

class FakeLock {
  constructor(
    private readonly counter: CallCounter,
    private readonly table: LockTable,
    private readonly kind: LockKind,
    private readonly owner: string,
  ) {}

  private take(timeoutInMillis: number): boolean {
    const holder = this.table.holders.get(this.kind);
    if (holder === undefined || holder === this.owner) {
      this.table.holders.set(this.kind, this.owner);
      return true;
    }
    this.counter.elapsedMs += Math.max(0, Number(timeoutInMillis) || 0);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.counter.record('Lock', 'Lock.tryLock');
    return this.take(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.counter.record('Lock', 'Lock.waitLock');
    if (!this.take(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    this.counter.record('Lock', 'Lock.hasLock');
    return this.table.holders.get(this.kind) === this.owner;
  }
  releaseLock(): void {
    this.counter.record('Lock', 'Lock.releaseLock');
    if (this.table.holders.get(this.kind) === this.owner) this.table.holders.delete(this.kind);
  }
}

/**
 * Builds the LockService global for one execution.
 *
 * @param counter - the shared call counter
 * @param table - the locks shared by every execution of the emulator
 * @param owner - the execution's id; its locks are released when it ends
 * @returns the LockService the add-on sees
 * @example createLockService(counter, table, 'run-1').getDocumentLock().tryLock(1000)
 */
export function createLockService(counter: CallCounter, table: LockTable, owner: string) {
  const lock = (kind: LockKind, method: string): FakeLock => {
    counter.record('Lock', `LockService.${method}`);
    return new FakeLock(counter, table, kind, owner);
  };
  return {
    getDocumentLock: () => lock('document', 'getDocumentLock'),
    getScriptLock: () => lock('script', 'getScriptLock'),
    getUserLock: () => lock('user', 'getUserLock'),
  };
}

/**
 * generateCohort rolls back whatever call fails, on the fictional sample workbook, complementing
 * test/addon/generate-cohort.test.ts (which checks the two cohort sheets and retries): with the Profile's
 * own list and plan also in the workbook, each Spreadsheet call of a batch is made to throw in turn. Every
 * time, the user gets one plain message saying nothing was changed and EVERY sheet is exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_COHORT } from '../../src/samples/sample-cohort.ts';
import { SAMPLE_PROFILE } from '../../src/samples/sample-profile.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { openWorkbook, type Workbook } from './harness.ts';

const COHORT = SAMPLE_COHORT.map((row) => row.slice(0, -1));
const BATCH = 3;

/** Runs the cohort from `start` until done. */
function runFrom(book: Workbook, start: number): void {
  let next = start;
  for (let guard = 0; guard < 20; guard += 1) {
    const reply = book.bundle.callServer('generateCohort', { start: next, size: BATCH });
    if (!reply.ok) throw new Error(reply.error.message);
    const progress = reply.result as { done: boolean; next: number };
    if (progress.done) return;
    next = progress.next;
  }
  throw new Error('the cohort run did not finish');
}

/** The sample workbook after a list, a whole cohort run and the first batch of a second run. */
function preparedBook(): Workbook {
  const book = openWorkbook({ Profile: SAMPLE_PROFILE, Programs: SAMPLE_PROGRAMS, Cohort: COHORT });
  expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
  runFrom(book, 0);
  expect(book.bundle.callServer('generateCohort', { start: 0, size: BATCH }).ok).toBe(true);
  return book;
}

function everything(book: Workbook) {
  return book.emulator.spreadsheet.sheetNames().map((name) => book.emulator.spreadsheet.inspect(name));
}

describe('generateCohort with each Spreadsheet call failing in turn', () => {
  it.each([
    { batch: 'a fresh run', start: 0 },
    { batch: 'a later batch', start: BATCH },
  ])(
    'leaves every sheet of the workbook as it was, or succeeds, in $batch',
    ({ start }) => {
      const probe = preparedBook();
      const before = probe.emulator.counter.count('Spreadsheet');
      expect(probe.bundle.callServer('generateCohort', { start, size: BATCH }).ok).toBe(true);
      const calls = probe.emulator.counter.count('Spreadsheet') - before;
      let failures = 0;
      for (let n = 1; n <= calls; n += 1) {
        const book = preparedBook();
        const snapshot = everything(book);
        book.emulator.counter.failOnCall(n);
        const reply = book.bundle.callServer('generateCohort', { start, size: BATCH });
        if (reply.ok) continue;
        failures += 1;
        expect(reply.error.message).toMatch(
          /^RadList could not generate the cohort lists \(.+\)\. Nothing was changed/,
        );
        expect(reply.error.message).not.toMatch(/TypeError|undefined|\bat \S+ \(/);
        expect(everything(book), `call ${n}`).toEqual(snapshot);
      }
      expect(failures).toBeGreaterThan(calls / 2);
    },
    60_000,
  );
});

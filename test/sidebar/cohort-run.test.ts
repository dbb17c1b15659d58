/** Tests for the cohort batch loop (src/sidebar/cohort-run.ts), against a fake server and clock. */
import { describe, expect, it } from 'vitest';
import type { CohortProgress, GenerateCohortArgs } from '../../src/addon/api.ts';
import { type CohortRunUpdate, runCohort } from '../../src/sidebar/cohort-run.ts';

const SHEETS_WRITTEN = { summarySheet: 'Cohort Summary', listsSheet: 'Cohort Lists', leftAlone: [] };

/** A fake generateCohort over `total` applicants; each batch advances the fake clock by `batchMillis`. */
function fakeCohort(total: number, batchMillis: number, issuesPerBatch = 0) {
  const clock = { now: 0 };
  const calls: GenerateCohortArgs[] = [];
  const callBatch = async (args: GenerateCohortArgs): Promise<CohortProgress> => {
    calls.push(args);
    const start = args.start ?? 0;
    const next = Math.min(total, start + (args.size ?? 1));
    clock.now += batchMillis;
    const issues = Array.from({ length: issuesPerBatch }, (_, i) => ({
      sheet: 'Cohort',
      row: start + i + 2,
      column: 2,
      cell: `B${start + i + 2}`,
      message: 'expected a score',
    }));
    return {
      done: next >= total,
      next,
      total,
      processed: next - start,
      issues,
      issueCount: issues.length,
      ...SHEETS_WRITTEN,
    };
  };
  return { clock, calls, callBatch };
}

describe('runCohort', () => {
  it('calls batch after batch from the last next until done', async () => {
    const server = fakeCohort(12, 1000);
    const outcome = await runCohort({
      callBatch: server.callBatch,
      batchSize: 5,
      now: () => server.clock.now,
      isCancelled: () => false,
      onBatch: () => {},
    });
    expect(server.calls).toEqual([
      { start: 0, size: 5 },
      { start: 5, size: 5 },
      { start: 10, size: 5 },
    ]);
    expect(outcome).toMatchObject({ status: 'done', done: 12, total: 12, elapsedMillis: 3000 });
  });

  it('reports progress and time left after every batch', async () => {
    const server = fakeCohort(20, 2000);
    const updates: CohortRunUpdate[] = [];
    await runCohort({
      callBatch: server.callBatch,
      batchSize: 5,
      now: () => server.clock.now,
      isCancelled: () => false,
      onBatch: (update) => updates.push(update),
    });
    expect(updates).toEqual([
      { done: 5, total: 20, percent: 25, secondsLeft: 6 },
      { done: 10, total: 20, percent: 50, secondsLeft: 4 },
      { done: 15, total: 20, percent: 75, secondsLeft: 2 },
      { done: 20, total: 20, percent: 100, secondsLeft: 0 },
    ]);
  });

  it('stops after the current batch when cancelled', async () => {
    const server = fakeCohort(20, 1000);
    let cancelled = false;
    const outcome = await runCohort({
      callBatch: server.callBatch,
      batchSize: 5,
      now: () => server.clock.now,
      isCancelled: () => cancelled,
      onBatch: (update) => {
        if (update.done === 10) cancelled = true;
      },
    });
    expect(server.calls).toHaveLength(2);
    expect(outcome).toMatchObject({ status: 'cancelled', done: 10, total: 20 });
  });

  it('finishes in one call for an empty cohort', async () => {
    const server = fakeCohort(0, 500);
    const outcome = await runCohort({
      callBatch: server.callBatch,
      batchSize: 5,
      now: () => server.clock.now,
      isCancelled: () => false,
      onBatch: () => {},
    });
    expect(server.calls).toHaveLength(1);
    expect(outcome.status).toBe('done');
  });

  it('gathers issues from all batches, keeping at most 200 but counting all', async () => {
    const server = fakeCohort(500, 10, 3);
    const outcome = await runCohort({
      callBatch: server.callBatch,
      batchSize: 5,
      now: () => server.clock.now,
      isCancelled: () => false,
      onBatch: () => {},
    });
    expect(outcome.issues).toHaveLength(200);
    expect(outcome.issueCount).toBe(300);
  });

  it('rejects instead of looping when the server stops moving forward', async () => {
    const stuck = async (): Promise<CohortProgress> => ({
      done: false,
      next: 0,
      total: 10,
      processed: 0,
      issues: [],
      issueCount: 0,
      ...SHEETS_WRITTEN,
    });
    await expect(
      runCohort({
        callBatch: stuck,
        batchSize: 5,
        now: () => 0,
        isCancelled: () => false,
        onBatch: () => {},
      }),
    ).rejects.toThrow(/stopped moving forward/);
  });

  it('passes a failed batch on as a rejection', async () => {
    const failing = async (): Promise<CohortProgress> => {
      throw new Error('Another cohort run is in progress.');
    };
    await expect(
      runCohort({
        callBatch: failing,
        batchSize: 5,
        now: () => 0,
        isCancelled: () => false,
        onBatch: () => {},
      }),
    ).rejects.toThrow('Another cohort run is in progress.');
  });
});

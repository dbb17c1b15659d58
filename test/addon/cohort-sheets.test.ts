/**
 * The cohort sheet writer (src/addon/cohort-sheets.ts), called directly on the emulator's spreadsheet: a
 * fresh run writes both sheets whole; a later batch reads and rewrites only the tails the summary's mark
 * places it at, or gives way (changing nothing) when a sheet is not as written, and then both sheets are
 * rewritten whole; a failure leaves both sheets as they were.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import {
  findCohortSheets,
  readBatchTails,
  writeBatchTails,
  writeWholeSheets,
} from '../../src/addon/cohort-sheets.ts';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { cohortSummaryTarget } from '../../src/sheets/output-marks.ts';
import { summaryRowFor } from '../../src/sheets/write-cohort.ts';
import { makeApplicant, makeProgram } from '../core/fixtures.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SUMMARY = cohortSummaryTarget('0a1b2c3d');
const NAMES = ['Ana', 'Ben', 'Cy', 'Dee'];
const namesUpTo = (count: number) => NAMES.slice(0, count);
/** The signals Settings allow by default. */
const ALLOWED = { gold: defaultSettings(2026).goldSignals, silver: defaultSettings(2026).silverSignals };

const PROGRAMS = [
  makeProgram({ name: 'Alpha', id: 'A1', key: 'A1', row: 2 }),
  makeProgram({ name: 'Beta', id: 'B1', key: 'B1', row: 3 }),
];

function entryFor(name: string) {
  const applicant = makeApplicant({ name, stepTwoScore: 228 });
  const { ranked, plan } = makeApplicantList(applicant, PROGRAMS, defaultSettings(2026));
  return { entry: { applicant: name, ranked }, summary: summaryRowFor(applicant, plan, ranked, []) };
}

function batch(names: string[]) {
  const made = names.map(entryFor);
  return { entries: made.map((m) => m.entry), summaries: made.map((m) => m.summary) };
}

function started() {
  const emulator = createEmulator();
  // The writer sets dropdowns through SpreadsheetApp, as Apps Script offers it.
  (globalThis as Record<string, unknown>).SpreadsheetApp = emulator.globalsFor('full').SpreadsheetApp;
  const spreadsheet = emulator.spreadsheet as unknown as Spreadsheet;
  const first = batch(['Ana', 'Ben']);
  writeWholeSheets(spreadsheet, first.entries, first.summaries, {
    fresh: true,
    summary: SUMMARY,
    namesUpTo,
    allowed: ALLOWED,
  });
  return { emulator, spreadsheet };
}

const applicantsOf = (emulator: ReturnType<typeof createEmulator>, sheet: string) =>
  emulator.spreadsheet
    .inspect(sheet)!
    .values.slice(1)
    .map((row) => row[0])
    .filter((name) => name !== '');

describe('writeWholeSheets', () => {
  it('writes a fresh run’s batch to both sheets', () => {
    const { emulator } = started();
    expect(applicantsOf(emulator, 'Cohort Summary')).toEqual(['Ana', 'Ben']);
    expect(applicantsOf(emulator, 'Cohort Lists')).toEqual(['Ana', 'Ana', 'Ben', 'Ben']);
  });

  it('rewrites both sheets whole for a later batch, the others’ rows kept, and records where the run stands', () => {
    const { emulator, spreadsheet } = started();
    const next = batch(['Ben', 'Cy']);
    writeWholeSheets(spreadsheet, next.entries, next.summaries, {
      fresh: false,
      summary: SUMMARY,
      found: findCohortSheets(spreadsheet, false),
      namesUpTo,
      allowed: ALLOWED,
    });
    expect(applicantsOf(emulator, 'Cohort Summary')).toEqual(['Ana', 'Ben', 'Cy']);
    expect(applicantsOf(emulator, 'Cohort Lists')).toEqual(['Ana', 'Ana', 'Ben', 'Ben', 'Cy', 'Cy']);
    // The next batch can then be placed by the mark.
    expect(readBatchTails(spreadsheet, 3, namesUpTo(3), checks)).not.toBeNull();
  });
});

/** The checks readBatchTails makes, refusing by throwing what the caller would. */
const checks = {
  runVersionOf: (mark: string) => /version ([0-9a-f]{8})\.$/.exec(mark)?.[1] ?? null,
  runVersion: '0a1b2c3d',
  refuse: {
    cohort: (): never => {
      throw new Error('COHORT_CHANGED');
    },
    programs: (): never => {
      throw new Error('PROGRAMS_CHANGED');
    },
  },
};

describe('readBatchTails and writeBatchTails', () => {
  it('append later batches where the summary’s mark says, reading the same few rows each time', () => {
    const { emulator, spreadsheet } = started();
    const calls: number[] = [];
    for (const [start, name] of [
      [2, 'Cy'],
      [3, 'Dee'],
    ] as const) {
      const before = emulator.counter.count('Spreadsheet');
      const tails = readBatchTails(spreadsheet, start, namesUpTo(start), checks);
      expect(tails).not.toBeNull();
      const next = batch([name]);
      expect(writeBatchTails(next.entries, next.summaries, tails!, namesUpTo, ALLOWED)).toMatchObject({
        summary: 'Cohort Summary',
        lists: 'Cohort Lists',
      });
      calls.push(emulator.counter.count('Spreadsheet') - before);
    }
    expect(applicantsOf(emulator, 'Cohort Summary')).toEqual(NAMES);
    expect(applicantsOf(emulator, 'Cohort Lists')).toEqual([
      'Ana',
      'Ana',
      'Ben',
      'Ben',
      'Cy',
      'Cy',
      'Dee',
      'Dee',
    ]);
    expect(calls[1]).toBe(calls[0]);
  });

  it('refuse when the applicants done or the programs changed, and give way when the start is elsewhere', () => {
    const { spreadsheet } = started();
    expect(() => readBatchTails(spreadsheet, 2, ['Ana', 'Bo'], checks)).toThrow('COHORT_CHANGED');
    expect(() => readBatchTails(spreadsheet, 2, namesUpTo(2), { ...checks, runVersion: 'ffffffff' })).toThrow(
      'PROGRAMS_CHANGED',
    );
    expect(readBatchTails(spreadsheet, 1, namesUpTo(1), checks)).toBeNull();
  });

  it('give way, changing nothing, when a column of Cohort Lists was renamed or a row moved', () => {
    const { emulator, spreadsheet } = started();
    const lists = emulator.spreadsheet.getSheetByName('Cohort Lists')!;
    lists.getRange(1, 6).setValue('My score');
    const before = emulator.spreadsheet.inspect('Cohort Lists');
    const next = batch(['Cy']);
    const tails = readBatchTails(spreadsheet, 2, namesUpTo(2), checks)!;
    expect(writeBatchTails(next.entries, next.summaries, tails, namesUpTo, ALLOWED)).toBeNull();
    expect(emulator.spreadsheet.inspect('Cohort Lists')).toEqual(before);
    lists.getRange(5, 1).setValue('Zed');
    lists.getRange(4, 1).setValue('Zed');
    expect(readBatchTails(spreadsheet, 2, namesUpTo(2), checks)).toBeNull();
  });

  it('leave both sheets as they were whichever call fails', () => {
    const probe = started();
    const next = batch(['Cy']);
    const before = probe.emulator.counter.count('Spreadsheet');
    writeBatchTails(
      next.entries,
      next.summaries,
      readBatchTails(probe.spreadsheet, 2, namesUpTo(2), checks)!,
      namesUpTo,
      ALLOWED,
    );
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    expect(calls).toBeGreaterThan(10);
    for (let n = 1; n <= calls; n += 1) {
      const { emulator, spreadsheet } = started();
      const snapshot = ['Cohort Summary', 'Cohort Lists'].map((name) => emulator.spreadsheet.inspect(name));
      emulator.counter.failOnCall(n);
      expect(() => {
        const tails = readBatchTails(spreadsheet, 2, namesUpTo(2), checks);
        writeBatchTails(next.entries, next.summaries, tails!, namesUpTo, ALLOWED);
      }, `call ${n}`).toThrow();
      expect(
        ['Cohort Summary', 'Cohort Lists'].map((name) => emulator.spreadsheet.inspect(name)),
        `call ${n}`,
      ).toEqual(snapshot);
    }
  });
});

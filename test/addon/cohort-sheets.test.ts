/**
 * The cohort sheet writer (src/addon/cohort-sheets.ts), called directly on the emulator's spreadsheet: a
 * fresh run writes both sheets whole, a later batch rewrites only the tail of Cohort Lists and the summary,
 * a sheet laid out otherwise is left to the whole rewrite, and a failure leaves both sheets as they were.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import { findCohortSheets, writeBatchInPlace, writeWholeSheets } from '../../src/addon/cohort-sheets.ts';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { cohortSummaryTarget } from '../../src/sheets/output-marks.ts';
import { summaryRowFor } from '../../src/sheets/write-cohort.ts';
import { makeApplicant, makeProgram } from '../core/fixtures.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SUMMARY = cohortSummaryTarget();

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
  writeWholeSheets(spreadsheet, first.entries, first.summaries, { fresh: true, summary: SUMMARY });
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
});

describe('writeBatchInPlace', () => {
  it('appends a later batch to both sheets in place', () => {
    const { emulator, spreadsheet } = started();
    const next = batch(['Cy']);
    expect(
      writeBatchInPlace(next.entries, next.summaries, findCohortSheets(spreadsheet, false)),
    ).toMatchObject({
      summary: 'Cohort Summary',
      lists: 'Cohort Lists',
    });
    expect(applicantsOf(emulator, 'Cohort Summary')).toEqual(['Ana', 'Ben', 'Cy']);
    expect(applicantsOf(emulator, 'Cohort Lists')).toEqual(['Ana', 'Ana', 'Ben', 'Ben', 'Cy', 'Cy']);
    expect(emulator.counter.byMethod.get('Spreadsheet.insertSheet')).toBe(2);
  });

  it('declines, changing nothing, when a sheet is missing or a column of Cohort Lists was renamed', () => {
    const { emulator, spreadsheet } = started();
    const lists = emulator.spreadsheet.getSheetByName('Cohort Lists')!;
    lists.getRange(1, 6).setValue('My score');
    const before = emulator.spreadsheet.inspect('Cohort Lists');
    const next = batch(['Cy']);
    expect(writeBatchInPlace(next.entries, next.summaries, findCohortSheets(spreadsheet, false))).toBeNull();
    expect(emulator.spreadsheet.inspect('Cohort Lists')).toEqual(before);
    const empty = createEmulator().spreadsheet as unknown as Spreadsheet;
    expect(writeBatchInPlace(next.entries, next.summaries, findCohortSheets(empty, false))).toBeNull();
  });

  it('leaves both sheets as they were whichever call fails', () => {
    const probe = started();
    const next = batch(['Cy']);
    const probeFound = findCohortSheets(probe.spreadsheet, false);
    const before = probe.emulator.counter.count('Spreadsheet');
    writeBatchInPlace(next.entries, next.summaries, probeFound);
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    expect(calls).toBeGreaterThan(3);
    for (let n = 1; n <= calls; n += 1) {
      const { emulator, spreadsheet } = started();
      const snapshot = ['Cohort Summary', 'Cohort Lists'].map((name) => emulator.spreadsheet.inspect(name));
      const found = findCohortSheets(spreadsheet, false);
      emulator.counter.failOnCall(n);
      expect(() => writeBatchInPlace(next.entries, next.summaries, found), `call ${n}`).toThrow();
      expect(
        ['Cohort Summary', 'Cohort Lists'].map((name) => emulator.spreadsheet.inspect(name)),
        `call ${n}`,
      ).toEqual(snapshot);
    }
  });
});

/**
 * generateList rolls back whatever call fails, beyond test/addon/generate-list.test.ts: on the fictional sample
 * workbook with a Settings sheet, a user note in the list and a cohort, each Spreadsheet call of a run is
 * made to throw in turn. Every time, either the run succeeds, or the user gets one plain message saying
 * nothing was changed, and every sheet (values, colours, notes, rules, widths, order) is exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_COHORT } from '../../src/samples/sample-cohort.ts';
import { SAMPLE_PROFILE } from '../../src/samples/sample-profile.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { openWorkbook, type Workbook } from './harness.ts';

const COHORT = SAMPLE_COHORT.map((row) => row.slice(0, -1));
const SETTINGS = [
  ['Setting', 'Value'],
  ['Gold signals', 6],
];
const NOTE = 'Emailed the coordinator';

/** A workbook whose lists have been generated once, with a note typed into the list. */
function preparedBook(args: Record<string, unknown>): Workbook {
  const book = openWorkbook({
    Profile: SAMPLE_PROFILE,
    Programs: SAMPLE_PROGRAMS,
    Cohort: COHORT,
    Settings: SETTINGS,
  });
  const first = book.bundle.callServer('generateList', args);
  if (!first.ok) throw new Error(first.error.message);
  const sheetName = (first.result as { sheetName: string }).sheetName;
  const sheet = book.emulator.spreadsheet.getSheetByName(sheetName)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  sheet.getRange(2, header.indexOf('Notes') + 1).setValue(NOTE);
  return book;
}

/** Everything the user can see in every sheet, in tab order. */
function everything(book: Workbook) {
  return book.emulator.spreadsheet.sheetNames().map((name) => book.emulator.spreadsheet.inspect(name));
}

/** Spreadsheet calls of one successful rerun. */
function callsPerRun(args: Record<string, unknown>): number {
  const book = preparedBook(args);
  const before = book.emulator.counter.count('Spreadsheet');
  expect(book.bundle.callServer('generateList', args).ok).toBe(true);
  return book.emulator.counter.count('Spreadsheet') - before;
}

const CASES = [
  { who: 'the Profile applicant', args: {} },
  { who: 'a cohort applicant', args: { applicant: 'Esi Mensah (sample)' } },
];

describe('generateList with each Spreadsheet call failing in turn', () => {
  it.each(CASES)('leaves every sheet as it was, or succeeds, for $who', ({ args }) => {
    const calls = callsPerRun(args);
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const book = preparedBook(args);
      book.emulator.spreadsheet.seedSheet('Settings', [...SETTINGS.slice(0, 1), ['Gold signals', 4]]);
      const before = everything(book);
      book.emulator.counter.failOnCall(n);
      const reply = book.bundle.callServer('generateList', args);
      if (reply.ok) {
        const name = (reply.result as { sheetName: string }).sheetName;
        expect(book.emulator.spreadsheet.inspect(name)!.values.flat()).toContain(NOTE);
        continue;
      }
      failures += 1;
      expect(reply.error.message).toMatch(
        /^RadList could not generate the list \(.+\)\. Nothing was changed/,
      );
      expect(reply.error.message).not.toMatch(/TypeError|undefined|null|\bat \S+ \(/);
      expect(everything(book)).toEqual(before);
    }
    expect(failures).toBeGreaterThan(calls / 2);
  });
});

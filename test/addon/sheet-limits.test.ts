/**
 * Google Sheets' limits, through the built bundle (the emulator does not enforce them; RadList checks them
 * itself): an output that would take the spreadsheet past 10 million cells is refused before anything is
 * written, with what to do, and a cohort run is refused at its first batch when the whole run would not fit.
 */
import { describe, expect, it } from 'vitest';
import type { CohortProgress } from '../../src/addon/api.ts';
import { readFailure } from '../../src/addon/api.ts';
import { SHEETS_CELL_LIMIT } from '../../src/sheets/sheet-limits.ts';
import { openWorkbook, sheetNames, type Workbook } from './harness.ts';

const PROFILE = [
  ['Name', 'Ana Li'],
  ['Step 2 CK', 228],
];

function programs(count: number): unknown[][] {
  return [
    ['Program', 'ID', 'Min Step 2 CK'],
    ...Array.from({ length: count }, (_, i) => [`P ${i}`, `ID${i}`, 200 + (i % 40)]),
  ];
}

/** Adds a sheet of a person's that leaves `free` cells under the limit. */
function fillTo(book: Workbook, free: number): void {
  const used = book.emulator.spreadsheet
    .sheetNames()
    .map((name) => book.emulator.spreadsheet.getSheetByName(name)!)
    .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
  const rows = Math.floor((SHEETS_CELL_LIMIT - used - free) / 10);
  book.emulator.spreadsheet.seedSheet('Archive', [['old data']], { maxRows: rows, maxColumns: 10 });
}

function snapshot(book: Workbook) {
  return book.emulator.spreadsheet
    .sheetNames()
    .map((name) => book.emulator.spreadsheet.inspect(name)?.values);
}

describe('Sheets’ 10-million-cell limit', () => {
  it('refuses a list whose new sheets would not fit, changing nothing, and says what to do', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: programs(10) });
    fillTo(book, 30_000);
    const before = snapshot(book);
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const { code, message } = readFailure(reply.error.message);
    expect(code).toBe('TOO_LARGE');
    expect(message).toMatch(/10,000,000/);
    expect(message).toMatch(/Nothing was changed\. Delete sheets you no longer need/);
    expect(snapshot(book)).toEqual(before);
    expect(sheetNames(book)).not.toContain('Application List');
  });

  it('writes a list that fits, and regenerates it when the spreadsheet is full but the list does not grow', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: programs(10) });
    fillTo(book, 60_000);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    fillTo(book, 0);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
  });

  it('refuses a cohort run at its first batch when the whole run would not fit, though the batch would', () => {
    const cohort = [
      ['Name', 'Step 2 CK'],
      ...Array.from({ length: 200 }, (_, i) => [`Applicant ${i}`, 210 + (i % 40)]),
    ];
    const book = openWorkbook({ Programs: programs(50), Cohort: cohort });
    fillTo(book, 100_000);
    const before = snapshot(book);
    const reply = book.bundle.callServer('generateCohort', { start: 0, size: 5 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const { code, message } = readFailure(reply.error.message);
    expect(code).toBe('TOO_LARGE');
    expect(message).toMatch(/fewer applicants in the Cohort sheet for each run/);
    expect(message).toMatch(/set "Apply rows only in Cohort Lists" to Yes in the Settings sheet/);
    expect(snapshot(book)).toEqual(before);
  });

  it('fits a cohort that would not, once "Apply rows only in Cohort Lists" is Yes', () => {
    const cohort = [
      ['Name', 'Step 2 CK'],
      ...Array.from({ length: 60 }, (_, i) => [`Applicant ${i}`, 205 + (i % 45)]),
    ];
    const run = (settings: unknown[][]) => {
      const book = openWorkbook({ Programs: programs(300), Cohort: cohort, Settings: settings });
      fillTo(book, 300_000);
      let start = 0;
      for (let guard = 0; guard < 10; guard += 1) {
        const reply = book.bundle.callServer('generateCohort', { start, size: 30 });
        if (!reply.ok) return { book, code: readFailure(reply.error.message).code };
        const progress = reply.result as CohortProgress;
        if (progress.done) return { book, code: null };
        start = progress.next;
      }
      throw new Error('the run did not finish');
    };
    expect(run([['Apply rows only in Cohort Lists', 'No']]).code).toBe('TOO_LARGE');
    const { book, code } = run([['Apply rows only in Cohort Lists', 'Yes']]);
    expect(code).toBeNull();
    const [header = [], ...rows] = book.emulator.spreadsheet.inspect('Cohort Lists')!.values;
    const listed = rows.filter((row) => row[0] !== '');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((row) => row[header.indexOf('Apply')] === 'Yes')).toBe(true);
    const summary = book.emulator.spreadsheet.inspect('Cohort Summary')!.values;
    const first = summary[1]!;
    const eligible = first[summary[0]!.indexOf('Eligible')] as number;
    expect(listed.filter((row) => row[0] === first[0]).length).toBeLessThanOrEqual(eligible);
  }, 60_000);

  it('lets a cohort run that fits go through to the end', () => {
    const cohort = [
      ['Name', 'Step 2 CK'],
      ...Array.from({ length: 12 }, (_, i) => [`Applicant ${i}`, 210 + i]),
    ];
    const book = openWorkbook({ Programs: programs(50), Cohort: cohort });
    fillTo(book, 100_000);
    let start = 0;
    let last: CohortProgress | null = null;
    for (let guard = 0; guard < 10 && !last?.done; guard += 1) {
      const reply = book.bundle.callServer('generateCohort', { start, size: 5 });
      if (!reply.ok) throw new Error(reply.error.message);
      last = reply.result as CohortProgress;
      start = last.next;
    }
    expect(last?.done).toBe(true);
  });
});

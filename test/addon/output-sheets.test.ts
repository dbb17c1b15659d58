/**
 * RadList writes only sheets it made (src/addon/output-sheets.ts, src/sheets/output-marks.ts), through the
 * built bundle: every output is marked; a person's own sheet named like an output is never written over
 * (the output goes to `NAME (2)` and the result says so); an unmarked sheet whose row 1 is a header RadList
 * writes is adopted; `List – NAME` sheets belong to one applicant each.
 */
import { describe, expect, it } from 'vitest';
import type { CohortProgress, PlanSummary } from '../../src/addon/api.ts';
import { LIST_COLUMNS } from '../../src/sheets/write-list.ts';
import { listRows, openWorkbook, sheetNames, valuesOf } from './harness.ts';

const COHORT = [
  ['Name', 'Step 2 CK'],
  ['Ana/Li', 231],
  ['Ana Li', 214],
];
const PROGRAMS = [
  ['Program', 'ID', 'Min Step 2 CK'],
  ['Alpha', 'A1', 200],
  ['Beta', 'B1', 220],
];

function listFor(book: ReturnType<typeof openWorkbook>, applicant: string): string {
  const reply = book.bundle.callServer('generateList', { applicant });
  expect(reply.ok).toBe(true);
  return (reply as { result: PlanSummary }).result.sheetName;
}

describe('cohort list sheets', () => {
  it('gives two applicants whose names clean alike two sheets, and keeps each one’s notes apart', () => {
    const book = openWorkbook({ Cohort: COHORT, Programs: PROGRAMS });
    const first = listFor(book, 'Ana/Li');
    const sheet = book.emulator.spreadsheet.getSheetByName(first)!;
    const notes = valuesOf(book, first)[0]!.indexOf('Notes') + 1;
    sheet.getRange(2, notes).setValue('private to Ana/Li');
    const second = listFor(book, 'Ana Li');
    expect(second).not.toBe(first);
    expect(listRows(book, second).map((row) => row.Notes)).not.toContain('private to Ana/Li');
    expect(listFor(book, 'Ana/Li')).toBe(first);
    expect(listFor(book, 'Ana Li')).toBe(second);
    expect(listRows(book, first).map((row) => row.Notes)).toContain('private to Ana/Li');
  });

  it('never writes over a sheet a person made with the same name', () => {
    const book = openWorkbook({ Cohort: COHORT, Programs: PROGRAMS, 'List – Ana Li': [['my own work']] });
    const name = listFor(book, 'Ana Li');
    expect(name).not.toBe('List – Ana Li');
    expect(valuesOf(book, 'List – Ana Li')).toEqual([['my own work']]);
  });
});

describe('cohort list sheets with long or many names', () => {
  it('reuses the same sheet for a long name that shares its start with another', () => {
    const stem = 'A'.repeat(120);
    const cohort = [
      ['Name', 'Step 2 CK'],
      [`${stem} one`, 230],
      [`${stem} two`, 225],
    ];
    const book = openWorkbook({ Cohort: cohort, Programs: PROGRAMS });
    const first = listFor(book, `${stem} one`);
    const second = listFor(book, `${stem} two`);
    expect(second).not.toBe(first);
    expect(listFor(book, `${stem} two`)).toBe(second);
    expect(listFor(book, `${stem} one`)).toBe(first);
    expect(first.length).toBeLessThanOrEqual(100);
  });

  it('finds an applicant’s sheet in a few calls however many other lists there are', () => {
    const names = Array.from({ length: 60 }, (_, i) => [`Applicant ${i}`, 220 + (i % 20)]);
    const book = openWorkbook({ Cohort: [['Name', 'Step 2 CK'], ...names], Programs: PROGRAMS });
    for (let i = 0; i < 60; i += 1) listFor(book, `Applicant ${i}`);
    const before = book.emulator.counter.count('Spreadsheet');
    listFor(book, 'Applicant 1');
    expect(book.emulator.counter.count('Spreadsheet') - before).toBeLessThan(40);
  });
});

const PROFILE = [
  ['Name', 'Ana Li'],
  ['Step 2 CK', 231],
];

function myList(book: ReturnType<typeof openWorkbook>): PlanSummary {
  const reply = book.bundle.callServer('generateList', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as PlanSummary;
}

function noteOf(book: ReturnType<typeof openWorkbook>, sheet: string): string {
  return book.emulator.spreadsheet.getSheetByName(sheet)!.getRange(1, 1).getNote();
}

describe('output sheets', () => {
  it('are marked with a note on A1 naming what they are and for whom', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS, Cohort: COHORT });
    myList(book);
    expect(noteOf(book, 'Application List')).toMatch(/^RadList: the Application List of Ana Li\./);
    expect(noteOf(book, 'Application Plan')).toMatch(/^RadList: the Application Plan of Ana Li\./);
    expect(book.bundle.callServer('generateCohort', { start: 0, size: 5 }).ok).toBe(true);
    expect(noteOf(book, 'Cohort Summary')).toMatch(/^RadList: the Cohort Summary of the Cohort sheet\./);
    expect(noteOf(book, 'Cohort Lists')).toMatch(/^RadList: the Cohort Lists of the Cohort sheet\./);
  });

  it('never write over a person’s own sheet of that name, in any case, and say where they went', () => {
    const mine = [['my own work', 42]];
    const book = openWorkbook({
      Profile: PROFILE,
      Programs: PROGRAMS,
      'application list': mine,
      'Application Plan': [['Budget'], [1200]],
    });
    const summary = myList(book);
    expect(summary.sheetName).toBe('Application List (2)');
    expect(summary.planSheetName).toBe('Application Plan (2)');
    expect(summary.leftAlone.sort()).toEqual(['Application Plan', 'application list']);
    expect(valuesOf(book, 'application list')).toEqual(mine);
    expect(valuesOf(book, 'Application Plan')).toEqual([['Budget'], [1200]]);
    expect(noteOf(book, 'application list')).toBe('');
    expect(listRows(book, 'Application List (2)').map((row) => row.Program)).toEqual(['Alpha', 'Beta']);
    // The next run finds its own (2) sheets again.
    const again = myList(book);
    expect([again.sheetName, again.planSheetName]).toEqual(['Application List (2)', 'Application Plan (2)']);
    expect(sheetNames(book).filter((name) => /\(3\)/.test(name))).toEqual([]);
  });

  it('adopt an unmarked sheet whose row 1 is the header RadList writes, keeping its notes', () => {
    const header = [...LIST_COLUMNS, 'Interview?'];
    const row = (id: string, name: string, note: string, mine: string) =>
      header.map((column) =>
        column === 'ID'
          ? id
          : column === 'Program'
            ? name
            : column === 'Notes'
              ? note
              : column === 'Interview?'
                ? mine
                : '',
      );
    const book = openWorkbook({
      Profile: PROFILE,
      Programs: PROGRAMS,
      'Application List': [header, row('B1', 'Beta', 'called them', 'yes')],
    });
    expect(myList(book).sheetName).toBe('Application List');
    const beta = listRows(book).find((r) => r.ID === 'B1')!;
    expect([beta.Notes, beta['Interview?']]).toEqual(['called them', 'yes']);
    expect(noteOf(book, 'Application List')).toMatch(/^RadList: the Application List/);
  });

  it('send a cohort run around a person’s own Cohort Summary, batch after batch', () => {
    const cohort = [['Name', 'Step 2 CK'], ...['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) => [name, 220 + i])];
    const mine = [
      ['Applicant', 'Advisor'],
      ['Ana', 'me'],
    ];
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: cohort, 'Cohort Summary': mine });
    let start = 0;
    let last: CohortProgress | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const reply = book.bundle.callServer('generateCohort', { start, size: 2 });
      if (!reply.ok) throw new Error(reply.error.message);
      last = reply.result as CohortProgress;
      expect(last.summarySheet).toBe('Cohort Summary (2)');
      expect(last.leftAlone).toEqual(['Cohort Summary']);
      if (last.done) break;
      start = last.next;
    }
    expect(last?.done).toBe(true);
    expect(valuesOf(book, 'Cohort Summary')).toEqual(mine);
    expect(
      valuesOf(book, 'Cohort Summary (2)')
        .slice(1, 5)
        .map((r) => r[0]),
    ).toEqual(['Ana', 'Ben', 'Cy', 'Dee']);
  });
});

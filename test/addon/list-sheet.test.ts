/**
 * `List – NAME` sheets belong to one applicant each: names that clean to the same sheet name, and sheets
 * people made themselves, are never written over.
 */
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/addon/api.ts';
import { listRows, openWorkbook, valuesOf } from './harness.ts';

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

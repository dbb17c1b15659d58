/**
 * Cohort names of any length the Cohort sheet holds (issue 10 of the hostile-input review): what `getState`
 * lists, the sidebar can send back — `generateList` and `shareList` accept every name the Cohort sheet lists.
 */
import { describe, expect, it } from 'vitest';
import { readFailure } from '../../src/addon/api.ts';
import { CELL_TEXT_LIMIT } from '../../src/sheets/text-safety.ts';
import { openWorkbook, sheetNames } from './harness.ts';

const PROGRAMS = [
  ['Program', 'ID', 'State', 'Min Step 2 CK', 'Typical Step 2 CK'],
  ['Alpha', 'A1', 'NY', 200, 225],
  ['Beta', 'B1', 'OH', 215, 230],
];

describe.each([
  { what: '201 characters', name: `Maria ${'x'.repeat(195)}` },
  { what: '5,000 characters', name: `Maria ${'Long '.repeat(999)}`.trim() },
  { what: 'the most a cell holds', name: 'N'.repeat(CELL_TEXT_LIMIT) },
])('a cohort name of $what', ({ name }) => {
  function book() {
    return openWorkbook({
      Programs: PROGRAMS,
      Cohort: [
        ['Name', 'Step 2 CK'],
        [name, 231],
      ],
    });
  }

  it('is listed by getState exactly as the sidebar sends it back', () => {
    const reply = book().bundle.callServer('getState', {});
    expect(reply.ok).toBe(true);
    if (reply.ok) expect((reply.result as { cohort: string[] }).cohort).toEqual([name]);
  });

  it('can have its list generated', () => {
    const workbook = book();
    const reply = workbook.bundle.callServer('generateList', { applicant: name });
    expect(reply.ok ? '' : reply.error.message.slice(0, 300)).toBe('');
    if (reply.ok) expect(sheetNames(workbook)).toContain((reply.result as { sheetName: string }).sheetName);
  });

  it('is in the cohort run', () => {
    const workbook = book();
    const reply = workbook.bundle.callServer('generateCohort', {});
    expect(reply.ok ? '' : reply.error.message.slice(0, 300)).toBe('');
  });

  it('can have its list shared', () => {
    const reply = book().bundle.callServer('shareList', {
      applicant: name,
      email: 'mentor@example.org',
      role: 'viewer',
    });
    expect(reply.ok).toBe(true);
  });
});

describe('long names that start alike', () => {
  it('get a list each, and a second run writes over each one’s own', () => {
    const start = 'S'.repeat(300);
    const names = [`${start} one`, `${start} two`];
    const book = openWorkbook({
      Programs: PROGRAMS,
      Cohort: [
        ['Name', 'Step 2 CK'],
        [names[0], 231],
        [names[1], 218],
      ],
    });
    const sheetsOf = () =>
      names.map((name) => {
        const reply = book.bundle.callServer('generateList', { applicant: name });
        if (!reply.ok) throw new Error(reply.error.message);
        return (reply.result as { sheetName: string }).sheetName;
      });
    const first = sheetsOf();
    expect(new Set(first).size).toBe(2);
    expect(sheetsOf()).toEqual(first);
  });

  it('as the Profile applicant of the most a cell holds, still gets a list and plan', () => {
    const book = openWorkbook({
      Programs: PROGRAMS,
      Profile: [
        ['Name', 'P'.repeat(CELL_TEXT_LIMIT)],
        ['Step 2 CK', 231],
      ],
    });
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok ? '' : reply.error.message.slice(0, 300)).toBe('');
  });
});

describe('a name longer than any cell holds', () => {
  it('is refused in plain words before anything is read', () => {
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: [['Name'], ['Ana']] });
    const reply = book.bundle.callServer('generateList', { applicant: 'N'.repeat(CELL_TEXT_LIMIT + 1) });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      const failure = readFailure(reply.error.message);
      expect(failure.code).toBe('BAD_ARGUMENT');
      expect(failure.message).toMatch(/longer than any cell holds \(50,000 characters\)/);
    }
  });

  it('that is not in the Cohort sheet is named shortly', () => {
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: [['Name'], ['Ana']] });
    const reply = book.bundle.callServer('generateList', { applicant: `Nobody ${'x'.repeat(5000)}` });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      const failure = readFailure(reply.error.message);
      expect(failure.code).toBe('UNKNOWN_APPLICANT');
      expect(failure.message.length).toBeLessThan(200);
    }
  });
});

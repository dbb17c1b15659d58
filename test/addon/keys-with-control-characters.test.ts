/**
 * Names and IDs with control characters (tab, CR/LF, vertical tab, NUL) or leading spaces, through the built
 * bundle: one cleaning rule for keys everywhere (readers, carry-over, cohort batch checks), so a cohort with
 * such names finishes, notes follow such a program, and two IDs that clean alike are reported as repeated
 * keys, not merged.
 */
import { describe, expect, it } from 'vitest';
import type { CohortProgress, PlanSummary } from '../../src/addon/api.ts';
import { listRows, openWorkbook, valuesOf } from './harness.ts';

const PROGRAMS = [
  ['Program', 'ID', 'State', 'Min Step 2 CK'],
  ['Alpha', 'A1', 'NY', 200],
  ['Beta', 'B\u00001', 'OH', 210],
  ['Gamma', 'C1', 'TX', 215],
];
const NAMES = ['Ana\tLi', 'Ben\r\nOde', 'Cy\u000bPark', 'Dee\u0000Ng', '  Eve Ho', 'Fay\u0007Su'];

describe('keys with control characters or leading spaces', () => {
  it('let a cohort of 30 with such names finish, every applicant once', () => {
    const cohort = [
      ['Name', 'Step 2 CK'],
      ...Array.from({ length: 30 }, (_, i) => [`${NAMES[i % 6]} ${i}`, 210 + i]),
    ];
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: cohort });
    let start = 0;
    let last: CohortProgress | null = null;
    for (let guard = 0; guard < 20 && !last?.done; guard += 1) {
      const reply = book.bundle.callServer('generateCohort', { start, size: 5 });
      if (!reply.ok) throw new Error(reply.error.message);
      last = reply.result as CohortProgress;
      start = last.next;
    }
    expect(last).toMatchObject({ done: true, total: 30 });
    const summary = valuesOf(book, 'Cohort Summary').slice(1);
    expect(summary.filter((row) => row[0] !== '')).toHaveLength(30);
  });

  it('report two IDs that clean alike as a repeated key, and list the first once', () => {
    const programs = [...PROGRAMS, ['Beta again', 'B1', 'OH', 210], ['Alpha\ttwin', ' a1', 'NY', 200]];
    const book = openWorkbook({
      Profile: [
        ['Name', 'Ana'],
        ['Step 2 CK', 230],
      ],
      Programs: programs,
    });
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(true);
    const summary = (reply as { result: PlanSummary }).result;
    const repeats = summary.issues.filter((issue) => /has the same ID/.test(issue.message));
    expect(repeats.map((issue) => issue.cell).sort()).toEqual(['B5', 'B6']);
    expect(listRows(book).map((row) => row.Program)).toEqual(
      expect.arrayContaining(['Alpha', 'Beta', 'Gamma']),
    );
    expect(listRows(book)).toHaveLength(3);
  });

  it('keep a note beside a program whose ID holds a control character', () => {
    const book = openWorkbook({
      Profile: [
        ['Name', 'Ana'],
        ['Step 2 CK', 230],
      ],
      Programs: PROGRAMS,
    });
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const values = valuesOf(book, 'Application List');
    const header = values[0]!;
    const row = values.findIndex((r) => r[header.indexOf('Program')] === 'Beta') + 1;
    book.emulator.spreadsheet
      .getSheetByName('Application List')!
      .getRange(row, header.indexOf('Notes') + 1)
      .setValue('call Monday');
    book.emulator.spreadsheet.seedSheet('Programs', [PROGRAMS[0]!, PROGRAMS[2]!, PROGRAMS[3]!, PROGRAMS[1]!]);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const beta = listRows(book).find((r) => r.Program === 'Beta')!;
    expect(beta.Notes).toBe('call Monday');
  });
});

import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { markedRows, marksFor, readListMarks, readStatus } from '../../src/sheets/list-statuses.ts';
import { COHORT_LIST_LAYOUT } from '../../src/sheets/write-cohort.ts';
import { listLayout } from '../../src/sheets/write-list.ts';
import { makeProgram } from '../core/fixtures.ts';

describe('readStatus', () => {
  it.each([
    ['Invited', 'Invited'],
    [' interviewed ', 'Interviewed'],
    ['MATCHED', 'Matched'],
    ['', ''],
    [null, ''],
    ['waitlisted', null],
    [3, null],
  ])('reads %j as %j', (cell, status) => {
    expect(readStatus(cell)).toBe(status);
  });
});

describe('markedRows and marksFor', () => {
  const list = [
    ['Rank', 'Program', 'ID', 'State', 'Signal sent', 'Status', 'Notes'],
    [1, 'Lakeview', 'FX-1', 'TX', 'Gold', 'Invited', ''],
    [2, 'Hill', '', 'OH', '', 'waitlisted', ''],
    [3, 'Quiet', 'FX-3', 'OH', '', '', 'nothing yet'],
    ['', '', '', '', '', '', ''],
    [KEPT_SEPARATOR, '', '', '', '', '', ''],
    ['', 'Gone', 'FX-9', 'CA', '', 'Rejected', ''],
  ];

  it('gives every row with a status, with its sheet row, column and whether it is in the kept block', () => {
    const rows = markedRows(list, listLayout(true));
    expect(
      rows.map((r) => [r.row, r.program, r.status, r.statusText, r.statusColumn, r.kept, r.signalSent]),
    ).toEqual([
      [2, 'Lakeview', 'Invited', 'Invited', 6, false, 'Gold'],
      [3, 'Hill', null, 'waitlisted', 6, false, ''],
      [7, 'Gone', 'Rejected', 'Rejected', 6, true, ''],
    ]);
  });

  it('indexes the statuses of listed rows by program key for the plan', () => {
    const marks = readListMarks(list, listLayout(true));
    const programs = [
      makeProgram({ id: 'FX-1', name: 'Lakeview' }),
      makeProgram({ id: 'FX-9', name: 'Gone' }),
    ];
    expect([...marksFor(marks, programs).statuses]).toEqual([['FX-1', 'Invited']]);
  });

  it('keys Cohort Lists rows by applicant too', () => {
    const lists = [
      ['Applicant', 'Rank', 'Program', 'ID', 'Status'],
      ['Ana', 1, 'Lakeview', 'FX-1', 'Applied'],
      ['Bo', 1, 'Lakeview', 'FX-1', 'Matched'],
    ];
    const marks = readListMarks(lists, COHORT_LIST_LAYOUT);
    const programs = [makeProgram({ id: 'FX-1' })];
    expect(marksFor(marks, programs, 'Bo').statuses.get('FX-1')).toBe('Matched');
    expect(markedRows(lists, COHORT_LIST_LAYOUT).map((r) => r.applicant)).toEqual(['Ana', 'Bo']);
  });

  it('finds nothing in a sheet without a Status column', () => {
    expect(markedRows([['Program'], ['Lakeview']], listLayout(true))).toEqual([]);
  });
});

describe('readListMarks and marksFor: signals sent', () => {
  it('reads the Signal sent column back by program key, ignoring the kept block and other text', () => {
    const layout = listLayout(true);
    const previous = [
      ['Rank', 'Program', 'ID', 'State', 'Signal sent', 'Notes'],
      [1, 'Lakeview', 'LV-1', 'OH', ' gold ', ''],
      [2, 'Harbor Point', '', 'ME', 'Silver', ''],
      [3, 'Mesa', 'MV-3', 'NM', 'maybe', ''],
      [KEPT_SEPARATOR, '', '', '', '', ''],
      ['', 'Gone', 'GN-9', 'TX', 'Gold', 'a note'],
    ];
    const programs = [
      makeProgram({ name: 'Lakeview', id: 'LV-1' }),
      makeProgram({ name: 'Harbor Point', id: '', state: 'ME' }),
      makeProgram({ name: 'Mesa', id: 'MV-3' }),
      makeProgram({ name: 'Gone', id: 'GN-9' }),
    ];
    const sent = marksFor(readListMarks(previous, layout), programs).sentSignals;
    expect([...sent.entries()]).toEqual([
      ['LV-1', 'Gold'],
      ['Harbor Point|ME', 'Silver'],
    ]);
  });
});

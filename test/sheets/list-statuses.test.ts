import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import {
  markedRows,
  markIssues,
  marksFor,
  readListMarks,
  readSignalSent,
  readStatus,
} from '../../src/sheets/list-statuses.ts';
import { COHORT_LIST_LAYOUT } from '../../src/sheets/write-cohort.ts';
import { LIST_COLUMNS, listLayout, personDropdowns } from '../../src/sheets/write-list.ts';
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

  it('reads back every choice the dropdowns offer, and nothing else is offered', () => {
    const dropdowns = personDropdowns(LIST_COLUMNS);
    const statuses = dropdowns[LIST_COLUMNS.indexOf('Status')]!;
    const signals = dropdowns[LIST_COLUMNS.indexOf('Signal sent')]!;
    expect(statuses.length).toBeGreaterThan(0);
    for (const choice of statuses) expect(readStatus(choice)).toBe(choice);
    for (const choice of signals) expect(readSignalSent(choice)).toBe(choice);
    expect(signals).toEqual(['Gold', 'Silver']);
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

describe('readSignalSent', () => {
  it.each([
    [' gold ', 'Gold'],
    ["'Silver", 'Silver'],
    ['SILVER', 'Silver'],
    ['Platinum', ''],
    ['', ''],
    [1, ''],
  ])('reads %j as %j', (cell, signal) => {
    expect(readSignalSent(cell)).toBe(signal);
  });
});

describe('markIssues', () => {
  const layout = listLayout(true);
  const columns = layout.columns;
  /** A list row with these cells set, the rest blank. */
  function row(cells: Record<string, unknown>): unknown[] {
    return columns.map((column) => cells[column] ?? '');
  }
  const allowed = { gold: 2, silver: 6 };

  it('names a value not in the dropdown at its cell', () => {
    const values = [
      [...columns],
      row({
        Program: 'Lakeview',
        ID: 'FX-1',
        Category: 'Target',
        'Signal sent': 'Platinum',
        Status: 'Applied',
      }),
      row({ Program: 'Hill', ID: 'FX-2', Category: 'Reach', Status: 'waitlisted' }),
    ];
    const issues = markIssues(values, layout, { sheet: 'Application List', firstRow: 1, allowed });
    const signalColumn = String.fromCharCode(65 + columns.indexOf('Signal sent'));
    const statusColumn = String.fromCharCode(65 + columns.indexOf('Status'));
    expect(issues.map((issue) => issue.cell)).toEqual([`${signalColumn}2`, `${statusColumn}3`]);
    expect(issues[0]!.message).toMatch(/^"Platinum" in Signal sent is not a signal RadList can count/);
    expect(issues[1]!.message).toMatch(/^"waitlisted" in Status is not one of the statuses/);
  });

  it('warns once when more signals are marked than allowed, at the first beyond the allowance', () => {
    const values = [
      [...columns],
      ...['A', 'B', 'C', 'D'].map((id) =>
        row({ Program: id, ID: id, Category: 'Target', 'Signal sent': 'Gold' }),
      ),
    ];
    const issues = markIssues(values, layout, { sheet: 'Application List', firstRow: 10, allowed });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.row).toBe(13);
    expect(issues[0]!.message).toMatch(
      /^4 programs are marked Gold in Signal sent, but you have 2 gold signals/,
    );
  });

  it('names a signal to a Below minimum or Not eligible program as wasted, and counts the kept block', () => {
    const values = [
      [...columns],
      row({ Program: 'High', ID: 'H', Category: 'Below minimum', 'Signal sent': 'Gold' }),
      row({ Program: 'Closed', ID: 'C', Category: 'Not eligible', 'Signal sent': 'Silver' }),
      row({}),
      row({ Rank: KEPT_SEPARATOR }),
      row({ Program: 'Gone', ID: 'G', 'Signal sent': 'Gold' }),
      row({ Program: 'Gone 2', ID: 'G2', 'Signal sent': 'Gold' }),
    ];
    const issues = markIssues(values, layout, { sheet: 'Application List', firstRow: 1, allowed });
    expect(issues).toHaveLength(3);
    expect(issues[0]!.message).toMatch(
      /^Your gold signal to "High" is wasted: the program is Below minimum for you/,
    );
    expect(issues[1]!.message).toMatch(
      /^Your silver signal to "Closed" is wasted: the program is Not eligible for you/,
    );
    expect(issues[2]!.message).toMatch(
      /^3 programs are marked Gold in Signal sent, but you have 2 gold signals/,
    );
  });

  it('names a second program marked Matched at its cell, per applicant', () => {
    const values = [
      [...columns],
      row({ Program: 'Lakeview', ID: 'A', Category: 'Target', Status: 'Matched' }),
      row({ Program: 'Hill', ID: 'B', Category: 'Reach', Status: 'matched' }),
      row({ Program: 'Vale', ID: 'C', Category: 'Safety', Status: 'Ranked' }),
    ];
    const issues = markIssues(values, layout, { sheet: 'Application List', firstRow: 1, allowed });
    const statusColumn = String.fromCharCode(65 + columns.indexOf('Status'));
    expect(issues.map((issue) => issue.cell)).toEqual([`${statusColumn}3`]);
    expect(issues[0]!.message).toMatch(
      /^"Hill" is marked Matched, but row 2 already is: a match is to one program/,
    );
    const cohort = COHORT_LIST_LAYOUT.columns;
    const line = (who: string, id: string) =>
      cohort.map(
        (c) =>
          ({ Applicant: who, Program: id, ID: id, Category: 'Target', Status: 'Matched' })[c as 'ID'] ?? '',
      );
    const lists = [[...cohort], line('Ana', 'A'), line('Bo', 'A'), line('Ana', 'B')];
    const cohortIssues = markIssues(lists, COHORT_LIST_LAYOUT, {
      sheet: 'Cohort Lists',
      firstRow: 1,
      allowed,
    });
    expect(cohortIssues.map((issue) => issue.row)).toEqual([4]);
    expect(cohortIssues[0]!.message).toMatch(/^Ana: "B" is marked Matched, but row 2 already is/);
  });

  it('notes an invitation from a Below minimum or Not eligible program as a hint about its data, not a mistake', () => {
    const values = [
      [...columns],
      row({ Program: 'High', ID: 'H', Category: 'Below minimum', Status: 'Invited' }),
      row({ Program: 'Closed', ID: 'C', Category: 'Not eligible', Status: 'Ranked' }),
      row({ Program: 'Hard', ID: 'D', Category: 'Below minimum', Status: 'Rejected' }),
      row({ Program: 'Fine', ID: 'F', Category: 'Reach', Status: 'Interviewed' }),
    ];
    const issues = markIssues(values, layout, { sheet: 'Application List', firstRow: 1, allowed });
    expect(issues.map((issue) => issue.row)).toEqual([2, 3]);
    expect(issues[0]!.message).toMatch(
      /^"High" is marked Invited although the list has it Below minimum\. Invitations like this happen/,
    );
    expect(issues[1]!.message).toMatch(/^"Closed" is marked Ranked although the list has it Not eligible/);
  });

  it('checks only the applicants asked for in Cohort Lists, each on their own', () => {
    const cohort = COHORT_LIST_LAYOUT.columns;
    const line = (who: string, id: string, signal: string) =>
      cohort.map(
        (c) =>
          ({ Applicant: who, Program: id, ID: id, Category: 'Target', 'Signal sent': signal })[c as 'ID'] ??
          '',
      );
    const values = [
      [...cohort],
      line('Ana', 'A', 'Gold'),
      line('Ana', 'B', 'Gold'),
      line('Bo', 'A', 'Gold'),
      line('Bo', 'B', 'Gold'),
      line('Bo', 'C', 'Gold'),
      line('Cy', 'A', 'Bronze'),
    ];
    const issues = markIssues(values, COHORT_LIST_LAYOUT, {
      sheet: 'Cohort Lists',
      firstRow: 1,
      allowed,
      applicants: new Set(['ana', 'bo']),
    });
    expect(issues.map((issue) => issue.message.slice(0, 34))).toEqual(['Bo: 3 programs are marked Gold in ']);
  });
});

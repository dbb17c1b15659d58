/**
 * Program rows as people really paste them: the same program typed twice, once with its ID and once without
 * (listed once, given one signal at most, the left-out row named in an issue), and rows that are not programs
 * (a units row, the header repeated, a two-row header), each left out with one issue and never listed.
 */
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/addon/api.ts';
import { sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { listRows, openWorkbook } from './harness.ts';

/** The plan's notes on whole Programs columns (`Your Programs sheet has no … column`), not about one cell. */
const isColumnNote = (issue: { message: string }) => issue.message.startsWith('Your Programs sheet has ');

describe('a program listed with and without its ID', () => {
  const { Outcomes: _outcomes, Cohort: _cohort, ...sheets } = sampleWorkbook();
  const programs = sheets.Programs;
  const header = programs[0]!.map(String);
  const idAt = header.indexOf('ID');
  const nameAt = header.indexOf('Program');
  // Every program with an ID again without it: each one a repeat of an earlier row.
  const twins = programs
    .slice(1)
    .filter((row) => row[idAt] !== '')
    .map((row) => row.map((cell, i) => (i === idAt ? '' : cell)));
  const book = openWorkbook({ ...sheets, Programs: [...programs, ...twins] });
  const reply = book.bundle.callServer('generateList', {});
  const summary = (reply as { result: PlanSummary }).result;
  const rows = listRows(book);

  it('lists each program once, by the row with its ID', () => {
    expect(reply.ok).toBe(true);
    expect(rows).toHaveLength(programs.length - 1);
    expect(new Set(rows.map((row) => row.Program)).size).toBe(rows.length);
    const idOf = new Map(programs.slice(1).map((row) => [row[nameAt], row[idAt]]));
    expect(rows.every((row) => row.ID === idOf.get(row.Program))).toBe(true);
  });

  it('never names one program twice among the signals', () => {
    const named = [...summary.signals.gold, ...summary.signals.silver];
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named).size).toBe(named.length);
  });

  it('says which row was left out and which was used', () => {
    const first = programs.length + 1;
    const issue = summary.issues.find((i) => i.sheet === 'Programs' && i.row === first);
    expect(issue?.message).toContain(`row 2 (ID "${programs[1]![idAt]}")`);
    expect(issue?.message).toContain('left out');
    expect(issue?.message).toContain(String(programs[1]![nameAt]));
  });
});

describe('rows that are not programs', () => {
  const profile = [
    ['Name', 'Odd'],
    ['Applicant type', 'US IMG'],
    ['Step 2 CK', 226],
    ['Graduation year', 2022],
    ['Step 1', 'Pass'],
  ];
  const header = [
    'Program',
    'ID',
    'State',
    'Type',
    'Min Step 2 CK',
    'Typical Step 2 CK',
    'IMG %',
    'Takes IMGs',
  ];
  const programs = [
    header,
    ['(name)', '(NRMP)', '', '', '(score)', '(score)', '(%)', '(Y/N)'],
    ['Alpha Community', 'R1', 'NY', 'Community', 220, 230, '30%', 'Yes'],
    header,
    ['Beta University', 'R2', 'OH', 'University', 225, 235, '20%', 'Yes'],
  ];
  const book = openWorkbook({ Profile: profile, Programs: programs });
  const reply = book.bundle.callServer('generateList', {});
  const summary = (reply as { result: PlanSummary }).result;

  it('lists only the programs, with one issue for each row left out and none for its cells', () => {
    expect(reply.ok).toBe(true);
    expect(listRows(book).map((row) => row.Program)).toEqual(
      expect.arrayContaining(['Alpha Community', 'Beta University']),
    );
    expect(listRows(book)).toHaveLength(2);
    const programIssues = summary.issues.filter(
      (issue) => issue.sheet === 'Programs' && !isColumnNote(issue),
    );
    expect(programIssues.map((issue) => issue.cell)).toEqual(['A2', 'A4']);
    expect(summary.signals.gold.concat(summary.signals.silver)).not.toContain('(name)');
  });
});

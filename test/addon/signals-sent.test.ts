/**
 * What people type in `Signal sent` and `Status` (SPEC sections 2, 3 and 3.5), through the built bundle: a
 * value not in the dropdown is an issue naming its cell and is not counted; more gold or silver signals than
 * Settings allow is one warning, in the plan and the sidebar's reply; a signal sent to a Below minimum or Not
 * eligible program is named as wasted; only the signals left are suggested.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { listRows, openWorkbook, valuesOf, type Workbook } from './harness.ts';

const PROFILE = [
  ['Name', 'Ana Li'],
  ['Applicant type', 'US IMG'],
  ['Step 2 CK', 222],
];

const HEADER = ['Program', 'ID', 'State', 'Min Step 2 CK', 'Typical Step 2 CK', 'IMG %'];
const STATES = ['NY', 'OH', 'TX', 'CA', 'FL', 'IL', 'PA', 'GA', 'WA', 'MA'];

/** 14 eligible programs, then two the applicant is below the minimum for. */
const PROGRAMS: unknown[][] = [
  HEADER,
  ...Array.from({ length: 14 }, (_, i) => [
    `Program ${i + 1}`,
    `P${i + 1}`,
    STATES[i % STATES.length],
    200,
    215 + i,
    30,
  ]),
  ['Too High A', 'H1', 'NY', 240, 250, 10],
  ['Too High B', 'H2', 'OH', 240, 250, 10],
];

interface Reply {
  issues: { sheet: string; cell: string; message: string }[];
  signals: { gold: string[]; silver: string[] };
}

function generate(book: Workbook): Reply {
  const reply = book.bundle.callServer('generateList', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as Reply;
}

function fresh(): Workbook {
  const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
  generate(book);
  return book;
}

/** Types into the list's column for a program, as a person does; returns nothing. */
function type(book: Workbook, sheet: string, id: string, column: string, text: string, who?: string): void {
  const values = valuesOf(book, sheet);
  const header = values[0]!;
  const row = values.findIndex(
    (r, i) => i > 0 && r[header.indexOf('ID')] === id && (who === undefined || r[0] === who),
  );
  expect(row).toBeGreaterThan(0);
  book.emulator.spreadsheet
    .getSheetByName(sheet)!
    .getRange(row + 1, header.indexOf(column) + 1)
    .setValue(text);
}

/** The A1 cell of a program's column in the list as it is now. */
function cellOf(book: Workbook, sheet: string, id: string, column: string, who?: string): string {
  const values = valuesOf(book, sheet);
  const header = values[0]!;
  const row = values.findIndex(
    (r, i) => i > 0 && r[header.indexOf('ID')] === id && (who === undefined || r[0] === who),
  );
  return `${String.fromCharCode(65 + header.indexOf(column))}${row + 1}`;
}

/** The plan's data-issue rows: [sheet, cell, message]. */
function planIssues(book: Workbook): unknown[][] {
  const plan = valuesOf(book, 'Application Plan');
  const start = plan.findIndex((row) => row[0] === 'Sheet' && row[1] === 'Cell');
  return start < 0 ? [] : plan.slice(start + 1);
}

describe('a Signal sent or Status value not in the dropdown', () => {
  it('is an issue naming its cell, in the reply and the plan, and is not counted', () => {
    const book = fresh();
    const eligible = listRows(book).filter((row) => typeof row.Chance === 'number');
    const [first, second] = [String(eligible[0]!.ID), String(eligible[1]!.ID)];
    type(book, 'Application List', first, 'Signal sent', 'Platinum');
    type(book, 'Application List', second, 'Status', 'interviewing');
    const reply = generate(book);
    const signalCell = cellOf(book, 'Application List', first, 'Signal sent');
    const statusCell = cellOf(book, 'Application List', second, 'Status');
    const platinum = reply.issues.find((issue) => issue.message.includes('"Platinum"'));
    expect(platinum).toMatchObject({ sheet: 'Application List', cell: signalCell });
    expect(platinum!.message).toMatch(/expected Gold, Silver or blank/);
    const interviewing = reply.issues.find((issue) => issue.message.includes('"interviewing"'));
    expect(interviewing).toMatchObject({ sheet: 'Application List', cell: statusCell });
    expect(interviewing!.message).toMatch(
      /Applied, Invited, Interviewed, Rejected, Withdrawn, Ranked, Matched/,
    );
    const plan = planIssues(book);
    expect(plan.some((row) => row[1] === signalCell && String(row[2]).includes('"Platinum"'))).toBe(true);
    expect(plan.some((row) => row[1] === statusCell && String(row[2]).includes('"interviewing"'))).toBe(true);
    // Kept as typed, and not counted: six gold signals are still suggested, and nothing is marked applied.
    const rows = listRows(book);
    expect(rows.find((row) => row.ID === first)!['Signal sent']).toBe('Platinum');
    expect(rows.filter((row) => row.Signal === 'Gold')).toHaveLength(6);
    expect(valuesOf(book, 'Application Plan').find((row) => row[0] === 'Applications marked')?.[1]).toBe(0);
  });
});

describe('more gold signals sent than Settings allow', () => {
  it('is one warning, in the reply and the plan, and no gold is suggested', () => {
    const book = fresh();
    const eligible = listRows(book).filter((row) => typeof row.Chance === 'number');
    for (const row of eligible.slice(0, 9))
      type(book, 'Application List', String(row.ID), 'Signal sent', 'Gold');
    const reply = generate(book);
    const warnings = reply.issues.filter((issue) => /programs are marked Gold/.test(issue.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /^9 programs are marked Gold in Signal sent, but you have 6 gold signals \(Settings: Gold signals\)/,
    );
    expect(planIssues(book).filter((row) => /programs are marked Gold/.test(String(row[2])))).toHaveLength(1);
    expect(listRows(book).filter((row) => row.Signal === 'Gold')).toHaveLength(0);
    // Six gold signals are within the allowance: no warning.
    const six = fresh();
    for (const row of eligible.slice(0, 6))
      type(six, 'Application List', String(row.ID), 'Signal sent', 'Gold');
    expect(generate(six).issues.filter((issue) => /marked Gold/.test(issue.message))).toHaveLength(0);
  });
});

describe('a signal sent to a program the applicant cannot get into', () => {
  it('is named as a wasted signal at its cell, and still spends one of the signals', () => {
    const book = fresh();
    type(book, 'Application List', 'H1', 'Signal sent', 'gold');
    type(book, 'Application List', 'H2', 'Signal sent', 'Silver');
    const reply = generate(book);
    const wasted = reply.issues.filter((issue) => /wasted/.test(issue.message));
    expect(wasted.map((issue) => issue.cell).sort()).toEqual(
      [
        cellOf(book, 'Application List', 'H1', 'Signal sent'),
        cellOf(book, 'Application List', 'H2', 'Signal sent'),
      ].sort(),
    );
    expect(wasted.find((issue) => issue.message.includes('Too High A'))!.message).toMatch(
      /^Your gold signal to "Too High A" is wasted: the program is Below minimum for you/,
    );
    const rows = listRows(book);
    expect(rows.filter((row) => row.Signal === 'Gold')).toHaveLength(5);
    expect(rows.filter((row) => row.Signal === 'Silver')).toHaveLength(5);
  });
});

describe('a signal sent to a program no longer listed', () => {
  it('stays spent: only the signals left are suggested', () => {
    const book = fresh();
    type(book, 'Application List', 'P3', 'Signal sent', 'Gold');
    type(book, 'Application List', 'P3', 'Notes', 'sent in September');
    book.emulator.spreadsheet.seedSheet(
      'Programs',
      PROGRAMS.filter((row) => row[1] !== 'P3'),
    );
    generate(book);
    const values = valuesOf(book, 'Application List');
    expect(values.some((row) => row[0] === KEPT_SEPARATOR)).toBe(true);
    expect(listRows(book).filter((row) => row.Signal === 'Gold')).toHaveLength(5);
  });
});

describe('Cohort Lists', () => {
  const COHORT = [
    ['Name', 'Step 2 CK', 'Applicant type'],
    ['Ana Li', 222, 'US IMG'],
    ['Bo Chen', 241, 'US MD'],
  ];

  function runCohort(book: Workbook): Reply[] {
    const replies: Reply[] = [];
    let start = 0;
    for (;;) {
      const reply = book.bundle.callServer('generateCohort', { start, size: 1 });
      if (!reply.ok) throw new Error(reply.error.message);
      const progress = reply.result as Reply & { done: boolean; next: number };
      replies.push(progress);
      if (progress.done) return replies;
      start = progress.next;
    }
  }

  it('reports a value not in the dropdown, too many golds and a wasted signal by cell, in the reply and the summary', () => {
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: COHORT });
    runCohort(book);
    type(book, 'Cohort Lists', 'P1', 'Signal sent', 'Platinum', 'Bo Chen');
    for (const id of ['P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'])
      type(book, 'Cohort Lists', id, 'Signal sent', 'Gold', 'Ana Li');
    type(book, 'Cohort Lists', 'H1', 'Signal sent', 'Silver', 'Ana Li');
    const issues = runCohort(book).flatMap((reply) => reply.issues);
    const platinum = issues.find((issue) => issue.message.includes('"Platinum"'));
    expect(platinum).toMatchObject({
      sheet: 'Cohort Lists',
      cell: cellOf(book, 'Cohort Lists', 'P1', 'Signal sent', 'Bo Chen'),
    });
    const tooMany = issues.filter((issue) => /programs are marked Gold/.test(issue.message));
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]!.message).toMatch(/^Ana Li: 7 programs are marked Gold/);
    const wasted = issues.find((issue) => /wasted/.test(issue.message));
    expect(wasted).toMatchObject({ cell: cellOf(book, 'Cohort Lists', 'H1', 'Signal sent', 'Ana Li') });
    expect(wasted!.message).toMatch(/^Ana Li's silver signal to "Too High A" is wasted/);
    const summary = valuesOf(book, 'Cohort Summary');
    const at = summary[0]!.indexOf('Issues');
    const ana = String(summary.find((row) => row[0] === 'Ana Li')![at]);
    const bo = String(summary.find((row) => row[0] === 'Bo Chen')![at]);
    expect(ana).toMatch(/Cohort Lists!\w+\d+: Ana Li: 7 programs are marked Gold/);
    expect(ana).toMatch(/wasted/);
    expect(bo).toMatch(/"Platinum"/);
    expect(bo).not.toMatch(/marked Gold/);
  });
});

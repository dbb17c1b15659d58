/**
 * `saveOutcomes` through the built bundle: statuses marked as a person marks them in the Application List,
 * a List – NAME and Cohort Lists become Outcomes rows with the model's inputs; a second save replaces only
 * RadList's rows of that cycle; pasted rows, people's columns and formulas survive; bad statuses and bad
 * arguments are reported; a failure part-way changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_COHORT } from '../../src/samples/sample-cohort.ts';
import { SAMPLE_PROFILE } from '../../src/samples/sample-profile.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { OUTCOME_HEADERS, readOutcomes } from '../../src/sheets/read-outcomes.ts';
import { openWorkbook, valuesOf, type Workbook } from './harness.ts';

const COHORT = SAMPLE_COHORT.map((row) => row.slice(0, -1));

function book(extra: Record<string, unknown[][]> = {}): Workbook {
  const opened = openWorkbook({
    Profile: SAMPLE_PROFILE,
    Programs: SAMPLE_PROGRAMS,
    Cohort: COHORT,
    ...extra,
  });
  expect(opened.bundle.callServer('generateList', {}).ok).toBe(true);
  expect(opened.bundle.callServer('generateCohort', { start: 0, size: 100 }).ok).toBe(true);
  return opened;
}

/** Types a status into a list row (1-based data row) as a person would, through the dropdown. */
function mark(opened: Workbook, sheet: string, dataRow: number, status: string, column = 'Status'): void {
  const header = valuesOf(opened, sheet)[0]!;
  const answer = opened.emulator.spreadsheet.typeAsPerson(
    sheet,
    dataRow + 1,
    header.indexOf(column) + 1,
    status,
  );
  expect(answer).toEqual({ stored: true });
}

function cell(opened: Workbook, sheet: string, dataRow: number, column: string): unknown {
  const values = valuesOf(opened, sheet);
  return values[dataRow]![values[0]!.indexOf(column)];
}

function save(opened: Workbook, args: unknown) {
  const reply = opened.bundle.callServer('saveOutcomes', args);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as {
    rows: number;
    waiting: number;
    issues: { sheet: string; cell: string; message: string }[];
  };
}

function outcomes(opened: Workbook) {
  return readOutcomes(valuesOf(opened, 'Outcomes'));
}

describe('saveOutcomes', () => {
  it('creates Outcomes with its headers and one RadList row per marked application, with the model inputs', () => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Invited');
    mark(opened, 'Application List', 1, 'Gold', 'Signal sent');
    mark(opened, 'Application List', 2, 'Rejected');
    mark(opened, 'Application List', 3, 'Applied');
    const result = save(opened, { cycle: 2026 });
    expect(result).toMatchObject({ rows: 2, waiting: 1, issues: [] });
    const values = valuesOf(opened, 'Outcomes');
    expect(values[0]).toEqual([...OUTCOME_HEADERS]);
    const read = outcomes(opened);
    expect(read.issues).toEqual([]);
    const program = cell(opened, 'Application List', 1, 'Program');
    const first = read.records.find((r) => r.program === program)!;
    expect(first).toMatchObject({
      cycle: 2026,
      applicant: SAMPLE_PROFILE.find((r) => r[0] === 'Name')![1],
      signal: 'Gold',
      result: 'Invited',
      source: 'RadList',
      typicalStepTwo: cell(opened, 'Application List', 1, 'Typical Step 2 CK') || null,
    });
    expect(read.records.map((r) => r.result).sort()).toEqual(['Invited', 'Not invited']);
  });

  it('saves a status still Applied as Not invited only when the season is over', () => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Applied');
    expect(save(opened, { cycle: 2026 }).rows).toBe(0);
    expect(save(opened, { cycle: 2026, final: true })).toMatchObject({ rows: 1, waiting: 0 });
    expect(outcomes(opened).records[0]?.result).toBe('Not invited');
  });

  it('takes each applicant–program pair once: List – NAME over Cohort Lists', () => {
    const opened = book();
    const name = String(COHORT[5]![0]);
    expect(opened.bundle.callServer('generateList', { applicant: name }).ok).toBe(true);
    const listName = `List – ${name}`;
    mark(opened, listName, 1, 'Interviewed');
    const lists = valuesOf(opened, 'Cohort Lists');
    const program = cell(opened, listName, 1, 'Program');
    const row = lists.findIndex((r) => r[0] === name && r[2] === program);
    mark(opened, 'Cohort Lists', row, 'Rejected');
    mark(opened, 'Cohort Lists', 1, 'Matched');
    const result = save(opened, { cycle: 2026 });
    expect(result.rows).toBe(2);
    const records = outcomes(opened).records;
    expect(records.find((r) => r.applicant === name && r.program === program)?.result).toBe('Interviewed');
    expect(records.find((r) => r.applicant === lists[1]![0])?.result).toBe('Matched');
  });

  it('replaces only its own rows of that cycle; pasted rows, other cycles, people’s columns and formulas stay', () => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Invited');
    mark(opened, 'Application List', 2, 'Rejected');
    save(opened, { cycle: 2026 });
    const sheet = opened.emulator.spreadsheet.getSheetByName('Outcomes')!;
    sheet.getRange(1, 18).setValue('My notes');
    sheet.getRange(2, 18).setValue('=HYPERLINK("https://example.org","call")');
    sheet.getRange(4, 1, 2, 17).setValues([
      [
        2026,
        'P01',
        'US IMG',
        220,
        0,
        'Pasted Program',
        'PX-1',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Invited',
        'Pasted',
      ],
      [
        2025,
        'P02',
        'US IMG',
        220,
        0,
        'Older',
        'PX-2',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Not invited',
        'RadList',
      ],
    ]);
    const before = opened.emulator.spreadsheet.inspect('Outcomes')!;
    mark(opened, 'Application List', 1, 'Interviewed');
    mark(opened, 'Application List', 2, '');
    const result = save(opened, { cycle: 2026 });
    expect(result.rows).toBe(1);
    const after = opened.emulator.spreadsheet.inspect('Outcomes')!;
    expect(after.values[1]![15]).toBe('Interviewed');
    expect(after.formulas[1]![17]).toBe('=HYPERLINK("https://example.org","call")');
    expect(after.values[2]!.slice(0, 17).every((v) => v === '')).toBe(true);
    expect(after.values[3]).toEqual(before.values[3]);
    expect(after.values[4]).toEqual(before.values[4]);
    expect(outcomes(opened).usableRows).toBe(3);
  });

  it('says at its cell when a save writes over a Result a person corrected in Outcomes, naming the list cell to correct instead', () => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Invited');
    mark(opened, 'Application List', 2, 'Invited');
    mark(opened, 'Application List', 3, 'Interviewed');
    save(opened, { cycle: 2026 });
    const sheet = opened.emulator.spreadsheet.getSheetByName('Outcomes')!;
    const result = OUTCOME_HEADERS.indexOf('Result') + 1;
    // A correction made in Outcomes (Invited → Matched), and a list that moved on (Invited → Interviewed).
    sheet.getRange(2, result).setValue('Matched');
    mark(opened, 'Application List', 2, 'Interviewed');
    const reply = save(opened, { cycle: 2026 });
    const status = String.fromCharCode(64 + valuesOf(opened, 'Application List')[0]!.indexOf('Status') + 1);
    const notes = reply.issues.filter((i) => i.sheet === 'Outcomes');
    expect(notes.map((i) => i.cell)).toEqual([`${String.fromCharCode(64 + result)}2`]);
    expect(notes[0]!.message).toBe(
      `Result here said "Matched"; Save outcomes wrote "Invited" over it, as Status in Application List, cell ${status}2, says (RadList's rows in Outcomes follow the lists). If "Matched" was your correction, choose Matched in that Status cell and save again.`,
    );
    expect(valuesOf(opened, 'Outcomes')[1]![result - 1]).toBe('Invited');
    expect(valuesOf(opened, 'Outcomes')[2]![result - 1]).toBe('Interviewed');
    // Saving again with nothing changed says nothing more.
    expect(save(opened, { cycle: 2026 }).issues.filter((i) => i.sheet === 'Outcomes')).toEqual([]);
  });

  it('reports a status that is not one of the words, by cell, and saves the rest', () => {
    const opened = book();
    const header = valuesOf(opened, 'Cohort Lists')[0]!;
    const sheet = opened.emulator.spreadsheet.getSheetByName('Cohort Lists')!;
    sheet.getRange(2, header.indexOf('Status') + 1).setValue('waitlisted');
    mark(opened, 'Cohort Lists', 2, 'Invited');
    const result = save(opened, { cycle: 2026 });
    expect(result.rows).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({
        sheet: 'Cohort Lists',
        cell: `${String.fromCharCode(65 + header.indexOf('Status'))}2`,
        message: expect.stringMatching(/^Status "waitlisted" is not one of Applied, Invited, .*not saved/),
      }),
    ]);
  });

  it('reports every unreadable cell of a pasted row by cell, and leaves that row as it was', () => {
    const pasted = [
      [...OUTCOME_HEADERS],
      [
        'last year',
        'P01',
        'US IMG',
        'abc',
        0,
        'Pasted Program',
        'PX-1',
        '',
        '',
        '',
        '',
        '',
        'Platinum',
        '',
        '',
        'maybe',
        'Pasted',
      ],
    ];
    const opened = book({ Outcomes: pasted });
    mark(opened, 'Application List', 1, 'Invited');
    const result = save(opened, { cycle: 2026 });
    expect(result.rows).toBe(1);
    expect(result.issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'Outcomes!A2',
      'Outcomes!D2',
      'Outcomes!M2',
      'Outcomes!P2',
    ]);
    expect(valuesOf(opened, 'Outcomes')[1]).toEqual(pasted[1]);
  });

  it.each([
    [{ cycle: 'last year' }, /saveOutcomes: "cycle": the cycle must be a year such as 2026/],
    [{ cycle: 1999 }, /from 2000 to 2100/],
    [{ cycle: 2025.5 }, /whole number/],
    [{ final: 'yes' }, /final must be true or false/],
    [{ cycles: 2025 }, /unexpected "cycles"/],
  ])('refuses %j clearly, changing nothing', (args, message) => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Invited');
    const reply = opened.bundle.callServer('saveOutcomes', args);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(message);
    expect(opened.emulator.spreadsheet.inspect('Outcomes')).toBeNull();
  });

  it('refuses an Outcomes sheet whose row 1 is not its header, changing nothing', () => {
    const opened = book({ Outcomes: [['Things to remember'], ['call Dr. A']] });
    mark(opened, 'Application List', 1, 'Invited');
    const reply = opened.bundle.callServer('saveOutcomes', { cycle: 2026 });
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error.message).toMatch(/row 1 has no "Cycle", "Applicant", "Result", "Program" column/);
    expect(valuesOf(opened, 'Outcomes')).toEqual([['Things to remember'], ['call Dr. A']]);
  });

  it('leaves Outcomes as it was when a write fails part-way', () => {
    const opened = book();
    mark(opened, 'Application List', 1, 'Invited');
    save(opened, { cycle: 2026 });
    const sheet = opened.emulator.spreadsheet.getSheetByName('Outcomes')!;
    sheet
      .getRange(3, 1, 1, 17)
      .setValues([
        [
          2026,
          'P01',
          'US IMG',
          220,
          0,
          'Pasted',
          'PX-1',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          'Invited',
          'Pasted',
        ],
      ]);
    // Row 2 is replaced in place and a new row goes after the pasted one: two writes.
    mark(opened, 'Application List', 1, 'Matched');
    mark(opened, 'Application List', 2, 'Invited');
    const before = opened.emulator.spreadsheet.inspect('Outcomes');
    opened.emulator.counter.failOnMethod('Range.setValues', 'Service error (emulated)', 2);
    const reply = opened.bundle.callServer('saveOutcomes', { cycle: 2026 });
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error.message).toMatch(/could not save the outcomes \(Service error \(emulated\)\)/);
    expect(opened.emulator.spreadsheet.inspect('Outcomes')).toEqual(before);
    expect(save(opened, { cycle: 2026 }).rows).toBe(2);
  });
});

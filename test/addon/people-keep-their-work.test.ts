/**
 * Nothing a person wrote in an output sheet is lost or changed by regenerating it (SPEC section 3.5), through
 * the built bundle: a second column headed like one RadList writes, notes typed anywhere in the "no longer
 * listed" block, formulas (one that spills, one in a header) after a successful and after a failed run.
 */
import { describe, expect, it } from 'vitest';
import { recalculate } from '../../emulator/recalc.ts';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { openWorkbook, valuesOf, type Workbook } from './harness.ts';

const PROFILE = [
  ['Name', 'Ana Li'],
  ['Step 2 CK', 228],
];
const PROGRAMS = [
  ['Program', 'ID', 'State', 'Min Step 2 CK', 'Typical Step 2 CK'],
  ['Alpha', 'A1', 'NY', 200, 225],
  ['Beta', 'B1', 'OH', 215, 230],
  ['Gamma', 'C1', 'TX', 220, 240],
  ['Delta', 'D1', 'CA', 205, 220],
  ['Epsilon', 'E1', 'WA', 225, 235],
];

function generate(book: Workbook): void {
  const reply = book.bundle.callServer('generateList', {});
  if (!reply.ok) throw new Error(reply.error.message);
}

function listSheet(book: Workbook) {
  return book.emulator.spreadsheet.getSheetByName('Application List')!;
}

/** The 1-based row of a program in the list, and the 1-based column of a header. */
function at(book: Workbook, id: string, header: string): [number, number] {
  const values = valuesOf(book, 'Application List');
  const row = values.findIndex((r) => r[values[0]!.indexOf('ID')] === id) + 1;
  const column = values[0]!.lastIndexOf(header) + 1;
  return [row, column];
}

function withScore(score: number) {
  return PROFILE.map((row) => (row[0] === 'Step 2 CK' ? ['Step 2 CK', score] : row));
}

describe('a column headed like one RadList writes', () => {
  it('is kept as the person’s column: a second Notes and a Fit typed by hand', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    generate(book);
    const sheet = listSheet(book);
    const width = sheet.getLastColumn();
    sheet.getRange(1, width + 1, 1, 2).setValues([['Notes', 'Fit']]);
    const [betaRow] = at(book, 'B1', 'Notes');
    sheet.getRange(betaRow, width + 1, 1, 2).setValues([['second note', 'my fit 9']]);
    book.emulator.spreadsheet.seedSheet('Profile', withScore(241));
    generate(book);
    const header = valuesOf(book, 'Application List')[0]!;
    expect(header.filter((h) => h === 'Notes')).toHaveLength(2);
    expect(header.filter((h) => h === 'Fit')).toHaveLength(2);
    const [row] = at(book, 'B1', 'Notes');
    const values = valuesOf(book, 'Application List')[row - 1]!;
    expect(values[header.lastIndexOf('Notes')]).toBe('second note');
    expect(values[header.lastIndexOf('Fit')]).toBe('my fit 9');
    expect(typeof values[header.indexOf('Fit')]).toBe('number');
  });
});

describe('the "no longer listed" block', () => {
  it('keeps notes typed anywhere in it, its separator row included', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    generate(book);
    const [gammaRow, notes] = at(book, 'C1', 'Notes');
    listSheet(book).getRange(gammaRow, notes).setValue('liked the site visit');
    book.emulator.spreadsheet.seedSheet(
      'Programs',
      PROGRAMS.filter((row) => row[1] !== 'C1'),
    );
    generate(book);
    const values = valuesOf(book, 'Application List');
    const header = values[0]!;
    const separatorRow = values.findIndex((row) => row[0] === KEPT_SEPARATOR) + 1;
    expect(separatorRow).toBeGreaterThan(1);
    const sheet = listSheet(book);
    sheet.getRange(separatorRow, header.indexOf('Notes') + 1).setValue('old programs, ask Dr. B');
    sheet.getRange(separatorRow + 1, header.indexOf('Why') + 1).setValue('dropped because of the visa');
    sheet
      .getRange(separatorRow + 1, header.indexOf('Notes') + 1)
      .setValue('liked the site visit; closed now');
    generate(book);
    const after = valuesOf(book, 'Application List');
    const separator = after.find((row) => row[0] === KEPT_SEPARATOR)!;
    expect(separator[header.indexOf('Notes')]).toBe('old programs, ask Dr. B');
    const kept = after.find((row) => row[header.indexOf('ID')] === 'C1')!;
    expect(kept[header.indexOf('Why')]).toBe('dropped because of the visa');
    expect(kept[header.indexOf('Notes')]).toBe('liked the site visit; closed now');
  });
});

describe('formulas a person typed', () => {
  /** A list with a user column whose header is a formula and whose row 2 holds a spilling RAD_TIER. */
  function bookWithFormulas(): { book: Workbook; column: number } {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    generate(book);
    const sheet = listSheet(book);
    const column = sheet.getLastColumn() + 1;
    const [, min] = at(book, 'A1', 'Min Step 2 CK');
    const letter = String.fromCharCode(64 + min);
    sheet.getRange(1, column).setFormula('="Tier of the minimum"');
    sheet.getRange(2, column).setFormula(`=RAD_TIER(${letter}2:${letter}6)`);
    recalculate(book.emulator, book.bundle);
    const shown = book.emulator.spreadsheet.inspect('Application List')!.values.map((row) => row[column - 1]);
    expect(
      shown.slice(1, 6).every((value) => typeof value === 'string' && value !== '' && value !== '#REF!'),
    ).toBe(true);
    return { book, column };
  }

  function formulasIn(book: Workbook, column: number): string[] {
    return book.emulator.spreadsheet
      .inspect('Application List')!
      .formulas.map((row) => row[column - 1] ?? '');
  }

  function spillWorks(book: Workbook, column: number): void {
    recalculate(book.emulator, book.bundle);
    const snapshot = book.emulator.spreadsheet.inspect('Application List')!;
    const origin = snapshot.formulas.findIndex((row) => (row[column - 1] ?? '').startsWith('=RAD_TIER'));
    expect(origin).toBeGreaterThan(0);
    expect(snapshot.values[origin]![column - 1]).not.toBe('#REF!');
    expect(snapshot.values[origin + 1]![column - 1]).not.toBe('');
  }

  it('are put back as formulas after a run: one that spills, and a header', () => {
    const { book, column } = bookWithFormulas();
    generate(book);
    const formulas = formulasIn(book, column);
    expect(formulas[0]).toBe('="Tier of the minimum"');
    expect(formulas.filter((f) => f.startsWith('=RAD_TIER('))).toHaveLength(1);
    spillWorks(book, column);
  });

  it('are put back as formulas after a failed run, whichever call fails', () => {
    const probe = bookWithFormulas().book;
    const before = probe.emulator.counter.count('Spreadsheet');
    generate(probe);
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const { book, column } = bookWithFormulas();
      const formulas = formulasIn(book, column);
      book.emulator.spreadsheet.seedSheet('Profile', withScore(241));
      book.emulator.counter.failOnCall(n);
      if (book.bundle.callServer('generateList', {}).ok) continue;
      failures += 1;
      expect(formulasIn(book, column), `call ${n}`).toEqual(formulas);
      spillWorks(book, column);
    }
    expect(failures).toBeGreaterThan(5);
  });
});

describe('columns a person adds to Application Plan', () => {
  it('are kept by row label across regeneration, and a red flag’s note stays with that flag', () => {
    const profile = [...PROFILE, ['Step 2 CK attempts', 2]];
    const book = openWorkbook({ Profile: profile, Programs: PROGRAMS });
    generate(book);
    const plan = book.emulator.spreadsheet.getSheetByName('Application Plan')!;
    const values = valuesOf(book, 'Application Plan');
    const rowOf = (item: string) => values.findIndex((row) => row[0] === item) + 1;
    plan.getRange(1, 4).setValue('My notes');
    plan.getRange(rowOf('Tier'), 4).setValue('ask about the tier');
    plan.getRange(rowOf('Red flag'), 4).setValue('explain the retake');
    book.emulator.spreadsheet.seedSheet(
      'Profile',
      profile.map((row) => (row[0] === 'Step 2 CK' ? ['Step 2 CK', 241] : row)),
    );
    generate(book);
    const after = valuesOf(book, 'Application Plan');
    expect(after[0]).toEqual(['Item', 'Value', 'Details', 'My notes']);
    expect(after.find((row) => row[0] === 'Tier')?.[3]).toBe('ask about the tier');
    const flag = after.find((row) => row[0] === 'Red flag' && String(row[1]).includes('failed'));
    expect(flag?.[3]).toBe('explain the retake');
  });
});

describe('columns a person adds to Cohort Summary', () => {
  it('are kept by applicant across batches and a new run', () => {
    const cohort = [['Name', 'Step 2 CK'], ...['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) => [name, 220 + i])];
    const book = openWorkbook({ Programs: PROGRAMS, Cohort: cohort });
    const run = () => {
      let start = 0;
      for (let guard = 0; guard < 10; guard += 1) {
        const reply = book.bundle.callServer('generateCohort', { start, size: 2 });
        if (!reply.ok) throw new Error(reply.error.message);
        const progress = reply.result as { done: boolean; next: number };
        if (progress.done) return;
        start = progress.next;
      }
    };
    run();
    const summary = book.emulator.spreadsheet.getSheetByName('Cohort Summary')!;
    const width = summary.getLastColumn();
    summary.getRange(1, width + 1).setValue('Advisor comment');
    summary.getRange(4, width + 1).setValue('call Cy on Friday');
    summary.getRange(5, width + 1).setFormula('=HYPERLINK("https://example.org","Dee’s file")');
    book.emulator.spreadsheet.seedSheet('Cohort', [cohort[0]!, ...cohort.slice(1).reverse()]);
    run();
    const rows = valuesOf(book, 'Cohort Summary');
    const header = rows[0]!;
    const at = header.indexOf('Advisor comment');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(1, 5).map((row) => row[0])).toEqual(['Dee', 'Cy', 'Ben', 'Ana']);
    expect(rows.find((row) => row[0] === 'Cy')?.[at]).toBe('call Cy on Friday');
    const formulas = book.emulator.spreadsheet.inspect('Cohort Summary')!.formulas;
    const dee = rows.findIndex((row) => row[0] === 'Dee');
    expect(formulas[dee]?.[at]).toBe('=HYPERLINK("https://example.org","Dee’s file")');
    expect(rows.flat()).not.toContain(KEPT_SEPARATOR);
  });
});

describe('Cohort Lists with two programs of one name and no ID', () => {
  it('keeps each one’s notes: one program key everywhere (ID, else name and state)', () => {
    const programs = [
      ['Program', 'ID', 'State', 'Min Step 2 CK'],
      ['Mercy Radiology', '', 'OH', 200],
      ['Mercy Radiology', '', 'TX', 205],
      ['Alpha', 'A1', 'NY', 210],
    ];
    const cohort = [
      ['Name', 'Step 2 CK'],
      ['Ana', 228],
    ];
    const book = openWorkbook({ Programs: programs, Cohort: cohort });
    const run = () => {
      const reply = book.bundle.callServer('generateCohort', { start: 0, size: 5 });
      if (!reply.ok) throw new Error(reply.error.message);
    };
    run();
    const sheet = book.emulator.spreadsheet.getSheetByName('Cohort Lists')!;
    const values = valuesOf(book, 'Cohort Lists');
    const header = values[0]!;
    const stateAt = header.indexOf('State');
    expect(stateAt).toBeGreaterThan(0);
    const rowOf = (state: string) =>
      values.findIndex((row) => row[2] === 'Mercy Radiology' && row[stateAt] === state) + 1;
    sheet.getRange(rowOf('OH'), header.indexOf('Notes') + 1).setValue('Ohio: emailed');
    sheet.getRange(rowOf('TX'), header.indexOf('Notes') + 1).setValue('Texas: no reply');
    book.emulator.spreadsheet.seedSheet('Programs', [programs[0]!, programs[3]!, programs[2]!, programs[1]!]);
    run();
    const after = valuesOf(book, 'Cohort Lists');
    const note = (state: string) =>
      after.find((row) => row[2] === 'Mercy Radiology' && row[stateAt] === state)?.[header.indexOf('Notes')];
    expect([note('OH'), note('TX')]).toEqual(['Ohio: emailed', 'Texas: no reply']);
  });
});

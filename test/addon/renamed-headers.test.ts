/**
 * Headers of an output sheet renamed or deleted by a person (SPEC sections 3 and 3.5: everything a person wrote
 * survives every run), through the built bundle: a row whose key cannot be made any more is never merged with
 * another; a key column renamed to one of RadList's own aliases is still recognised; a list whose `ID` column
 * is gone matches its old rows by program name and state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { normalizeLabel } from '../../src/sheets/normalize.ts';
import { COHORT_LIST_COLUMNS, COHORT_SUMMARY_COLUMNS } from '../../src/sheets/write-cohort.ts';
import { LIST_COLUMNS } from '../../src/sheets/write-list.ts';
import { PLAN_COLUMNS } from '../../src/sheets/write-plan.ts';
import { openWorkbook, valuesOf, type Workbook } from './harness.ts';

function run(book: Workbook, fn: string, arg: unknown): unknown {
  const reply = book.bundle.callServer(fn, arg);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result;
}

function runCohort(book: Workbook): void {
  let start = 0;
  for (;;) {
    const progress = run(book, 'generateCohort', { start, size: 2 }) as { done: boolean; next: number };
    if (progress.done) return;
    start = progress.next;
  }
}

/** The sample workbook without Outcomes (the model is not what these tests are about). */
function sampleBook(): Workbook {
  const { Outcomes: _outcomes, ...sheets } = sampleWorkbook();
  return openWorkbook(sheets);
}

function sheetOf(book: Workbook, name: string) {
  return book.emulator.spreadsheet.getSheetByName(name)!;
}

/** Types `text` in `column` of the first listed row matching `where`; returns the row's values. */
function typeIn(
  book: Workbook,
  name: string,
  where: (row: Record<string, unknown>) => boolean,
  column: string,
  text: string,
): Record<string, unknown> {
  const values = valuesOf(book, name);
  const header = values[0]!.map(String);
  const index = values.findIndex(
    (row, i) => i > 0 && where(Object.fromEntries(header.map((h, c) => [h, row[c]]))),
  );
  expect(index).toBeGreaterThan(0);
  sheetOf(book, name)
    .getRange(index + 1, header.indexOf(column) + 1)
    .setValue(text);
  return Object.fromEntries(header.map((h, c) => [h, values[index]![c]]));
}

function renameHeader(book: Workbook, name: string, from: string, to: string): void {
  const header = valuesOf(book, name)[0]!;
  sheetOf(book, name)
    .getRange(1, header.indexOf(from) + 1)
    .setValue(to);
}

/** Rows (header-keyed objects) of a sheet, the kept block included, with `kept` set below its separator. */
function allRows(book: Workbook, name: string): (Record<string, unknown> & { kept: boolean })[] {
  const [header = [], ...rows] = valuesOf(book, name);
  let kept = false;
  const out: (Record<string, unknown> & { kept: boolean })[] = [];
  for (const row of rows) {
    if (row[0] === KEPT_SEPARATOR) {
      kept = true;
      continue;
    }
    if (row.every((cell) => cell === '')) continue;
    const record: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if (!(String(h) in record)) record[String(h)] = row[i];
    });
    out.push({ ...record, kept });
  }
  return out;
}

describe('Cohort Lists with its Applicant header renamed', () => {
  /** A sample cohort run, then one note on a row of four different applicants, all on the same program. */
  function notedBook(): { book: Workbook; program: string; applicants: string[] } {
    const book = sampleBook();
    runCohort(book);
    const rows = allRows(book, 'Cohort Lists');
    const applicants = [...new Set(rows.map((r) => String(r.Applicant)))].slice(0, 4);
    expect(applicants).toHaveLength(4);
    const program = String(rows[0]!.ID);
    for (const applicant of applicants) {
      typeIn(
        book,
        'Cohort Lists',
        (r) => r.Applicant === applicant && r.ID === program,
        'Notes',
        `note for ${applicant}`,
      );
    }
    return { book, program, applicants };
  }

  it('keeps every note when the header becomes a word RadList does not know', () => {
    const { book, applicants } = notedBook();
    renameHeader(book, 'Cohort Lists', 'Applicant', 'Who');
    runCohort(book);
    const values = valuesOf(book, 'Cohort Lists').flat();
    for (const applicant of applicants) expect(values).toContain(`note for ${applicant}`);
    // Each old row that carried a note keeps its applicant beside it (in the column the person renamed).
    const rows = allRows(book, 'Cohort Lists');
    for (const applicant of applicants) {
      expect(rows.some((r) => r.Who === applicant && r.Notes === `note for ${applicant}`)).toBe(true);
    }
    // A second run changes nothing more: the notes stay, once each.
    runCohort(book);
    const again = valuesOf(book, 'Cohort Lists').flat();
    for (const applicant of applicants) {
      expect(again.filter((v) => v === `note for ${applicant}`)).toHaveLength(1);
    }
  });

  it('keeps each note beside its applicant’s program when the header becomes one of its aliases', () => {
    const { book, program, applicants } = notedBook();
    renameHeader(book, 'Cohort Lists', 'Applicant', 'Student');
    runCohort(book);
    const rows = allRows(book, 'Cohort Lists');
    for (const applicant of applicants) {
      const row = rows.find((r) => !r.kept && r.Applicant === applicant && r.ID === program);
      expect(row?.Notes).toBe(`note for ${applicant}`);
    }
    expect(rows.some((r) => r.kept)).toBe(false);
  });

  it.each(['Program', 'ID', 'State'])('keeps every note when %s is renamed or deleted', (column) => {
    for (const edit of ['rename', 'delete'] as const) {
      const { book, applicants } = notedBook();
      if (edit === 'rename') renameHeader(book, 'Cohort Lists', column, `Old ${column}`);
      else {
        const header = valuesOf(book, 'Cohort Lists')[0]!;
        sheetOf(book, 'Cohort Lists').deleteColumns(header.indexOf(column) + 1, 1);
      }
      runCohort(book);
      const values = valuesOf(book, 'Cohort Lists').flat();
      for (const applicant of applicants)
        expect(values, `${edit} ${column}`).toContain(`note for ${applicant}`);
    }
  });
});

describe('Application List with its ID header renamed or deleted', () => {
  /** A list with a note on three programs, one of them without an ID. */
  function notedList(): Workbook {
    const book = sampleBook();
    run(book, 'generateList', {});
    const rows = allRows(book, 'Application List');
    const withoutId = rows.find((r) => r.ID === '');
    expect(withoutId).toBeDefined();
    for (const row of [rows[0]!, rows[1]!, withoutId!]) {
      typeIn(book, 'Application List', (r) => r.Program === row.Program, 'Notes', `about ${row.Program}`);
    }
    return book;
  }

  function expectNotesBesideTheirPrograms(book: Workbook): void {
    const rows = allRows(book, 'Application List');
    expect(rows.some((r) => r.kept)).toBe(false);
    const noted = rows.filter((r) => String(r.Notes).startsWith('about '));
    expect(noted).toHaveLength(3);
    for (const row of noted) expect(row.Notes).toBe(`about ${row.Program}`);
  }

  it.each(['NRMP code', 'ACGME ID', 'Program ID'])('recognises the alias %s as the ID column', (alias) => {
    const book = notedList();
    renameHeader(book, 'Application List', 'ID', alias);
    run(book, 'generateList', {});
    expectNotesBesideTheirPrograms(book);
  });

  it('matches the old rows by program name and state when the ID column is deleted', () => {
    const book = notedList();
    const header = valuesOf(book, 'Application List')[0]!;
    sheetOf(book, 'Application List').deleteColumns(header.indexOf('ID') + 1, 1);
    run(book, 'generateList', {});
    expectNotesBesideTheirPrograms(book);
  });

  it('matches by name and state when the ID column is renamed to a word RadList does not know', () => {
    const book = notedList();
    renameHeader(book, 'Application List', 'ID', 'Our code');
    run(book, 'generateList', {});
    const rows = allRows(book, 'Application List');
    const noted = rows.filter((r) => String(r.Notes).startsWith('about '));
    expect(noted).toHaveLength(3);
    for (const row of noted) {
      expect(row.kept).toBe(false);
      expect(row.Notes).toBe(`about ${row.Program}`);
      expect(row['Our code']).toBe(row.ID);
    }
  });
});

/** A small workbook whose programs include one without an ID and two tracks of one program (same name, state). */
const SMALL = {
  Profile: [
    ['Name', 'Ana Li'],
    ['Step 2 CK', 226],
  ],
  Programs: [
    ['Program', 'ID', 'State', 'Track', 'Min Step 2 CK', 'Typical Step 2 CK'],
    ['Alpha', 'A-1', 'NY', 'Categorical', 200, 225],
    ['Beta', 'B-1', 'OH', 'Advanced', 215, 230],
    ['Beta', 'B-2', 'OH', 'Categorical', 215, 230],
    ['Gamma', '', 'TX', 'Categorical', 220, 240],
    ['Delta', 'D-1', 'CA', 'Categorical', 235, 245],
  ],
  Cohort: [
    ['Name', 'Step 2 CK'],
    ['Ana Li', 226],
    ['Bo Chen', 241],
    ['Cy Park', 212],
  ],
};

/** Header names people might type over a column: RadList's own, their aliases, and anything at all. */
const HEADER_NAMES = [
  'Applicant',
  'Program',
  'ID',
  'State',
  'Notes',
  'Signal sent',
  'Status',
  'Category',
  'Student',
  'NRMP code',
  'Program name',
  'Comments',
  'ST',
  '',
];

type Edit =
  | { kind: 'rename'; column: number; name: string }
  | { kind: 'delete'; column: number }
  | { kind: 'insert'; column: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('rename' as const),
    column: fc.nat(20),
    name: fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), column: fc.nat(20) }),
  fc.record({ kind: fc.constant('insert' as const), column: fc.nat(20) }),
);

/** The headers RadList writes in these sheets. */
const OWN_NAMES = new Set(
  [...LIST_COLUMNS, ...COHORT_LIST_COLUMNS, ...COHORT_SUMMARY_COLUMNS, ...PLAN_COLUMNS].map(normalizeLabel),
);

/**
 * True when a column holds what a person typed (their column, or one RadList leaves to them). Renaming such a
 * column to exactly one of RadList's own headers is the one edit these tests leave out: a column named
 * `Why` where RadList's `Why` is gone may be RadList's column moved or the person's renamed, and RadList takes
 * it for its own (docs/outputs.md).
 */
function holdsTyping(book: Workbook, name: string, column: number): boolean {
  const values = valuesOf(book, name);
  const header = String(values[0]?.[column - 1] ?? '');
  return (
    ['Notes', 'Signal sent', 'Status'].includes(header) ||
    values.some((row) => String(row[column - 1] ?? '').startsWith('typed-'))
  );
}

/** Every distinct string that starts with `typed-` in a sheet. */
function typedIn(book: Workbook, name: string): Set<string> {
  return new Set(
    valuesOf(book, name)
      .flat()
      .filter((v): v is string => typeof v === 'string' && v.startsWith('typed-')),
  );
}

describe('two tracks of one program (same name and state) when the ID column is deleted', () => {
  it('keeps both notes, neither merged into the other', () => {
    const book = openWorkbook(structuredClone(SMALL));
    run(book, 'generateList', {});
    typeIn(book, 'Application List', (r) => r.ID === 'B-1', 'Notes', 'advanced track note');
    typeIn(book, 'Application List', (r) => r.ID === 'B-2', 'Notes', 'categorical track note');
    const header = valuesOf(book, 'Application List')[0]!;
    sheetOf(book, 'Application List').deleteColumns(header.indexOf('ID') + 1, 1);
    run(book, 'generateList', {});
    const values = valuesOf(book, 'Application List').flat();
    expect(values).toContain('advanced track note');
    expect(values).toContain('categorical track note');
  });
});

/** An output sheet, how to make it again, and the columns a person types in (besides their own). */
const OUTPUTS = [
  {
    sheet: 'Application List',
    regenerate: (book: Workbook) => run(book, 'generateList', {}),
    columns: ['Notes', 'Signal sent', 'Status'],
  },
  { sheet: 'Cohort Lists', regenerate: runCohort, columns: ['Notes', 'Signal sent', 'Status'] },
  { sheet: 'Cohort Summary', regenerate: runCohort, columns: [] },
  { sheet: 'Application Plan', regenerate: (book: Workbook) => run(book, 'generateList', {}), columns: [] },
];

describe('every cell a person typed in an output sheet, whatever they did to its headers', () => {
  it.each(OUTPUTS)('is still in $sheet after it is made again', ({ sheet, regenerate, columns }) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(columns.length + 1)), { minLength: 1, maxLength: 16 }),
        fc.array(editArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (typing, edits, dropProgram) => {
          const book = openWorkbook(structuredClone(SMALL));
          regenerate(book);
          const target = sheetOf(book, sheet);
          const header = valuesOf(book, sheet)[0]!.map(String);
          const rows = valuesOf(book, sheet).length - 1;
          const mine = header.length + 1;
          target.getRange(1, mine, 1, 2).setValues([['typed-header', 'typed-second']]);
          typing.forEach(([row, column], i) => {
            const at =
              column < columns.length ? header.indexOf(columns[column]!) + 1 : mine + column - columns.length;
            target.getRange(2 + (row % rows), at).setValue(`typed-${i}`);
          });
          for (const edit of edits) {
            const width = target.getLastColumn();
            const column = 1 + (edit.column % width);
            if (
              edit.kind === 'rename' &&
              !(OWN_NAMES.has(normalizeLabel(edit.name)) && holdsTyping(book, sheet, column))
            )
              target.getRange(1, column).setValue(edit.name);
            else if (edit.kind === 'delete' && width > 1) target.deleteColumns(column, 1);
            else if (edit.kind === 'insert') target.insertColumnsBefore(column, 1);
          }
          const typed = typedIn(book, sheet);
          if (dropProgram) {
            book.emulator.spreadsheet.seedSheet(
              'Programs',
              SMALL.Programs.filter((row) => row[1] !== 'B-1'),
            );
          }
          regenerate(book);
          expect([...typedIn(book, sheet)].sort()).toEqual([...typed].sort());
          regenerate(book);
          expect([...typedIn(book, sheet)].sort()).toEqual([...typed].sort());
        },
      ),
      { numRuns: 40 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  cellForImport,
  checkCsvSize,
  decodeCsv,
  importSummary,
  MAX_IMPORT_CELLS,
  parseCsv,
} from '../../../scripts/playground/csv-import.ts';
import { programListShape, shapeCsv } from '../../fixtures/program-lists.ts';

describe('decodeCsv', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeCsv(Buffer.from('\uFEFFProgram,State\n', 'utf8'))).toEqual({
      text: 'Program,State\n',
      encoding: 'UTF-8',
    });
  });

  it('reads UTF-16 with its mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Montréal,QC', 'utf16le')]);
    expect(decodeCsv(le)).toEqual({ text: 'Montréal,QC', encoding: 'UTF-16' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    // "Saint Luke’s – Montréal" as Excel on Windows writes it.
    const bytes = Buffer.from([
      0x53, 0x74, 0x20, 0x4c, 0x75, 0x6b, 0x65, 0x92, 0x73, 0x20, 0x96, 0x20, 0x4d, 0x6f, 0x6e, 0x74, 0x72,
      0xe9, 0x61, 0x6c,
    ]);
    expect(decodeCsv(bytes)).toEqual({ text: 'St Luke’s – Montréal', encoding: 'Windows-1252' });
  });

  it('keeps valid UTF-8 as UTF-8', () => {
    expect(decodeCsv(Buffer.from('Montréal – “A”', 'utf8'))).toEqual({
      text: 'Montréal – “A”',
      encoding: 'UTF-8',
    });
  });
});

describe('parseCsv', () => {
  it('reads CRLF, quoted line breaks and quoted commas, padding short rows', () => {
    expect(
      parseCsv('Program,Notes,State\r\n"Lakeside, DR","line one\r\nline two",OH\r\nBayview\r\n'),
    ).toEqual([
      ['Program', 'Notes', 'State'],
      ['Lakeside, DR', 'line one\nline two', 'OH'],
      ['Bayview', '', ''],
    ]);
  });

  it('reads semicolon and tab separated files', () => {
    expect(parseCsv('Program;State\nA;OH\n')).toEqual([
      ['Program', 'State'],
      ['A', 'OH'],
    ]);
    expect(parseCsv('Program\tState\nA\tOH\n')).toEqual([
      ['Program', 'State'],
      ['A', 'OH'],
    ]);
  });

  it('gives the same rows for a file with a byte-order mark and CRLF', () => {
    const shape = programListShape('tracker');
    expect(parseCsv(shapeCsv(shape, { bom: true, crlf: true }))).toEqual(parseCsv(shapeCsv(shape)));
  });

  it('refuses an empty file in plain words', () => {
    expect(() => parseCsv('\n\n')).toThrow('The CSV file has no rows.');
  });
});

describe('checkCsvSize', () => {
  it('measures rows and columns before parsing', () => {
    expect(checkCsvSize('a,b,c\n1,2\n')).toEqual({ rows: 3, columns: 3 });
  });

  it('refuses a file over the cap by rows × columns, with a 413', () => {
    const wide = `${','.repeat(600)}\n`;
    expect(() => checkCsvSize(wide)).toThrow(/at most .* cells \(500 columns\)/);
    const tall = 'a,b,c,d,e,f,g,h,i,j\n'.repeat(MAX_IMPORT_CELLS / 10 + 10);
    try {
      checkCsvSize(tall);
      expect.unreachable();
    } catch (error) {
      expect((error as { status: number }).status).toBe(413);
      expect((error as Error).message).toMatch(
        /^The file is too large to import here: about [\d,]+ rows × 10 columns/,
      );
    }
  });
});

describe('hostile CSV shapes (the cap holds before parsing)', () => {
  it('measures a CR-only file (Excel "CSV (Macintosh)") by its lines, and reads it', () => {
    const lines = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `r${r}c${c}`).join(','),
    );
    const text = `${lines.join('\r')}\r`;
    expect(checkCsvSize(text)).toEqual({ rows: 101, columns: 10 });
    const rows = parseCsv(text);
    expect(rows).toHaveLength(100);
    expect(rows[99]).toHaveLength(10);
    expect(rows[99]![9]).toBe('r99c9');
  });

  it('refuses a file whose first line uses tabs and the rest commas before parsing it', () => {
    const text = `a\tb\n${`${','.repeat(399)}\n`.repeat(2_000)}`;
    expect(() => checkCsvSize(text)).toThrow(/too large to import/);
    expect(() => parseCsv(text)).toThrow(/too large to import/);
  });

  it('parses a mixed file by the separator it was measured with', () => {
    expect(parseCsv('Program\tState\nA,B\tOH\n')).toEqual([
      ['Program', 'State'],
      ['A,B', 'OH'],
    ]);
  });
});

describe('cellForImport', () => {
  it.each([
    ['-abc', "'-abc"],
    ['+SUM(1,2)', "'+SUM(1,2)"],
    ['=1+2', "'=1+2"],
    ['@home', "'@home"],
    ["'quoted", "''quoted"],
    ['-5', '-5'],
    ['+7', '+7'],
    ['-', "'-"],
    ['Lakeside', 'Lakeside'],
    ['', ''],
  ])('writes %j as %j so it stays as typed', (text, written) => {
    expect(cellForImport(text)).toBe(written);
  });
});

describe('importSummary', () => {
  it('says which columns were recognised, which are the person’s own, and which rows were set aside', () => {
    const shape = programListShape('nrmp');
    expect(importSummary('Programs', shape.values, shape.formats)).toBe(
      'Imported 40 programs into Programs. Recognised 6 columns ("Specialty", "Program Code" → ID, "Sponsoring Institution" → Program, "City", "State", "2026 Quota" → Positions); kept 1 as your own ("Filled"), and passed over 1 older or raw twin column; set aside 10 rows (5 of other specialties, 5 of physician-only positions).',
    );
  });

  it('says what is missing when the file has no program names', () => {
    expect(importSummary('Programs', [['Town'], ['Albany']], [])).toBe(
      'Imported 0 programs into Programs. Recognised 1 column ("Town" → City); no other columns. The Programs sheet has no "Program" column in row 1.',
    );
  });

  it('summarises a Cohort import', () => {
    expect(
      importSummary(
        'Cohort',
        [
          ['Name', 'CK', 'Mentor'],
          ['Ana', 231, 'Dr B'],
          ['', 220, ''],
          ['ana', 240, ''],
        ],
        [],
      ),
    ).toBe(
      'Imported 1 applicant into Cohort. Recognised 2 columns ("Name", "CK" → Step 2 CK); kept 1 as your own ("Mentor"); set aside 2 rows (no name, or a name repeated).',
    );
  });
});

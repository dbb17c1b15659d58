import { describe, expect, it } from 'vitest';
import { headerRow, headerRowIssue } from '../../src/sheets/header-rows.ts';
import { PROGRAM_COLUMNS } from '../../src/sheets/read-programs.ts';

const HEADER = ['Program', 'ID', 'State', 'Min Step 2 CK', 'IMG %', 'Takes IMGs', 'Notes'];
const kindOf = (row: unknown[], rowNumber = 2, header: unknown[] = HEADER) =>
  headerRow(row, rowNumber, header, 0, PROGRAM_COLUMNS)?.kind ?? null;

describe('headerRow', () => {
  it('finds a units row: every filled cell in parentheses or a unit word', () => {
    expect(kindOf(['(name)', '(NRMP)', '', '(score)', '(%)', '(Y/N)', ''])).toBe('units');
    expect(kindOf(['', '', '', 'score', '%', 'Y/N', ''])).toBe('units');
    expect(kindOf(['[text]', '', '', '[number]', '', '', ''], 9)).toBe('units');
  });

  it('finds the header repeated further down, whatever the case or spacing', () => {
    expect(kindOf(['PROGRAM', 'id', 'State', 'Min  Step 2 CK', 'IMG %', 'Takes IMGs', 'Notes'], 30)).toBe(
      'header',
    );
    expect(kindOf(['Program', 'ID', 'State', 'Min Step 2 CK', '', '', ''], 2)).toBe('header');
  });

  it('finds the second row of a two-row header by the column names it holds', () => {
    const header = ['Program', 'Location', '', 'Step 2 CK', '', 'IMGs', '', 'Visa'];
    const row = ['', 'City', 'State', 'Minimum', 'Typical', '%', 'Takes IMGs', 'Sponsors'];
    expect(headerRow(row, 2, header, 0, PROGRAM_COLUMNS)).toEqual({
      kind: 'second-header',
      columns: [1, 2, 6],
    });
  });

  it('reads real program rows, also those whose name or a value happens to be a header word', () => {
    expect(kindOf(['Lakeside DR', 'FX-1', 'OH', 230, '20%', 'Yes', '(call first)'])).toBeNull();
    expect(kindOf(['Hospital', 'FX-2', 'OH', 230, 20, 'Yes', 'Notes'])).toBeNull();
    expect(kindOf(['(Closed)', '', '', '', '', '', ''])).toBeNull();
    expect(kindOf(['Program', '', '', '', '', '', ''])).toBeNull();
    expect(kindOf(['Lakeside DR', 'FX-1', 'State', 230, 'IMG %', 'Yes', 'Notes'])).toBeNull();
  });

  it('says in one issue what the row is and that it is left out', () => {
    const row = ['(name)', '(NRMP)', '', '(score)', '(%)', '(Y/N)', ''];
    const found = headerRow(row, 2, HEADER, 0, PROGRAM_COLUMNS)!;
    const issue = headerRowIssue('Programs', row, 2, found, 'program');
    expect(issue.cell).toBe('A2');
    expect(issue.message).toContain('"(name)", "(NRMP)", "(score)", "(%)", …');
    expect(issue.message).toContain('left out');
    const second = headerRowIssue(
      'Programs',
      ['', 'City', 'State'],
      2,
      {
        kind: 'second-header',
        columns: [1, 2],
      },
      'program',
    );
    expect(second.cell).toBe('B2');
    expect(second.message).toContain('headers must be one row: put the names of row 2 in row 1');
  });
});

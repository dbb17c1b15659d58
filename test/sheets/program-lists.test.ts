/**
 * The noise budget on the four real-world list shapes (test/fixtures/program-lists.ts): a well-formed list
 * reads cleanly (every DR program kept, at most one reader issue per ten rows), and each cell that really is
 * wrong gives one issue on that cell.
 */
import { describe, expect, it } from 'vitest';
import { readPrograms } from '../../src/sheets/read-programs.ts';
import { programListShape, programListShapes, withWrongCells } from '../fixtures/program-lists.ts';

describe.each(programListShapes().map((shape) => [shape.name, shape] as const))(
  'the %s list',
  (_name, shape) => {
    const rows = shape.values.length - 1;

    it('keeps every DR program, with at most one issue per ten rows', () => {
      const read = readPrograms(shape.values, shape.formats);
      expect(read.missing).toEqual([]);
      expect(read.programs).toHaveLength(shape.programCount);
      expect(read.issues.length, JSON.stringify(read.issues, null, 1)).toBeLessThanOrEqual(
        Math.floor(rows / 10),
      );
      expect(read.setAside.map((entry) => entry.row)).toEqual(shape.setAsideRows);
    });

    it('gives one issue on each cell that is wrong, and none elsewhere beyond the clean read', () => {
      const clean = readPrograms(shape.values, shape.formats).issues;
      const { values, wrong } = withWrongCells(shape);
      const read = readPrograms(values, shape.formats);
      const extra = read.issues.filter(
        (issue) => !clean.some((c) => c.message === issue.message && c.cell === issue.cell),
      );
      expect(extra.map((issue) => issue.cell).sort()).toEqual(wrong.map((w) => w.cell).sort());
      expect(read.programs).toHaveLength(shape.programCount);
    });
  },
);

describe('what each shape reads as', () => {
  it('reads the NRMP export: codes give the track, the latest quota, institutions as names', () => {
    const read = readPrograms(programListShape('nrmp').values);
    const first = read.programs[0]!;
    expect(first).toMatchObject({
      name: 'Harborview Medical Center',
      id: '1000420C0',
      track: 'Categorical',
      positions: 5,
    });
    expect(read.programs[1]!.track).toBe('Advanced');
    expect(read.issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'A1',
        '5 programs are not Diagnostic Radiology ("Internal Medicine") and were set aside (rows 6, 16, 26, 36, 46). RadList lists Diagnostic Radiology programs only.',
      ],
      [
        'C1',
        'There is no "Program" column, so each program is named by its "Sponsoring Institution" (column C). Add a "Program" column to name them yourself.',
      ],
      [
        'B7',
        '5 rows have NRMP codes of a physician-only (R) position and were set aside (rows 7, 17, 27, 37, 47): R positions are reserved for applicants who have already done residency training (type Advanced in Track to keep one).',
      ],
    ]);
    expect(read.absentColumns).not.toContain('name');
    expect(read.absentColumns).not.toContain('track');
    expect(read.absentColumns).toContain('minStepTwo');
  });

  it('reads the tracker: divisions, vocabularies, dashes and the cleaned twin', () => {
    const read = readPrograms(programListShape('tracker').values);
    const [a, b, c] = read.programs;
    expect(a).toMatchObject({
      region: 'Northeast',
      division: 'New England',
      type: 'University',
      minStepTwo: 220,
      sponsorsVisa: 'J-1',
      imgShare: 0.05,
      yogCutoff: 5,
    });
    expect(b).toMatchObject({ type: 'Community', minStepTwo: null, sponsorsVisa: 'Both', yogCutoff: null });
    expect(c).toMatchObject({ type: 'Hybrid', sponsorsVisa: 'None', imgShare: 0.2 });
    expect(read.issues).toEqual([]);
  });

  it('reads the FREIDA scrape: long labels, fractions in percent cells, two visa columns', () => {
    const shape = programListShape('freida');
    const read = readPrograms(shape.values, shape.formats);
    expect(read.programs.slice(0, 5).map((p) => p.imgShare)).toEqual([0.05, 0.2, 0.35, 0.5, 1]);
    expect(read.programs.slice(0, 4).map((p) => p.sponsorsVisa)).toEqual(['J-1', 'Both', 'None', null]);
    expect(read.programs[0]).toMatchObject({
      type: 'University',
      positions: 4,
      minStepTwo: 220,
      yogCutoff: 5,
    });
    expect(read.programs[3]!.type).toBeNull();
    expect(read.issues).toEqual([]);
    // Without the formats, 1 would be 1%: the formats are what make it 100%.
    expect(readPrograms(shape.values).programs[4]!.imgShare).toBe(0.01);
  });

  it('reads the blog template: City, State, YES/NO/NOT SURE, counts with units', () => {
    const read = readPrograms(programListShape('blog').values);
    expect(read.programs[0]).toMatchObject({
      city: 'Boston',
      state: 'MA',
      region: 'Northeast',
      takesImgs: true,
      positions: 4,
    });
    expect(read.programs[1]).toMatchObject({
      city: 'Cleveland',
      state: 'OH',
      takesImgs: false,
      minStepTwo: 225,
    });
    expect(read.programs[2]).toMatchObject({ takesImgs: null, minStepTwo: null, positions: 8 });
    expect(read.absentColumns).not.toContain('city');
    expect(read.absentColumns).not.toContain('state');
    expect(read.issues).toEqual([]);
  });
});

describe('the CSV files of the shapes', () => {
  it('read the same with a byte-order mark and Windows line ends', async () => {
    const { shapeCsv } = await import('../fixtures/program-lists.ts');
    const Papa = (await import('papaparse')).default;
    for (const shape of programListShapes()) {
      const plain = Papa.parse<string[]>(shapeCsv(shape), { skipEmptyLines: 'greedy' }).data;
      const windows = Papa.parse<string[]>(
        shapeCsv(shape, { bom: true, crlf: true }).replace(/^\uFEFF/, ''),
        {
          skipEmptyLines: 'greedy',
        },
      ).data;
      expect(windows).toEqual(plain);
      // A BOM left in the first header cell still matches its header.
      const withBom = plain.map((row, r) => (r === 0 ? [`\uFEFF${row[0]}`, ...row.slice(1)] : row));
      expect(readPrograms(withBom).programs).toHaveLength(shape.programCount);
    }
  });
});

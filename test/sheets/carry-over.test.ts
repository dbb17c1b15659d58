import { describe, expect, it } from 'vitest';
import {
  assembleSheet,
  type CarryLayout,
  carryCell,
  KEPT_SEPARATOR,
  readPrevious,
  withFormulas,
} from '../../src/sheets/carry-over.ts';
import { buildListSheet } from '../../src/sheets/write-list.ts';
import { makeRanked, storedValues } from './write-fixtures.ts';

const A = makeRanked({ rank: 1, program: { name: 'Lakeview Regional Radiology', id: 'LV-1', state: 'OH' } });
const B = makeRanked({ rank: 2, program: { name: 'Harbor Point Imaging', id: '', state: 'ME' } });
const C = makeRanked({ rank: 3, program: { name: 'Mesa Verde Community', id: 'MV-3', state: 'AZ' } });

/** Renumbers a list in the given order. */
function inOrder(...programs: ReturnType<typeof makeRanked>[]) {
  return programs.map((p, i) => ({ ...p, rank: i + 1 }));
}

/** Writes a list, then lets a person type into column `column` of the row of `programName`. */
function typeInto(values: unknown[][], programName: string, column: string, text: unknown): unknown[][] {
  const header = values[0]!;
  let at = header.indexOf(column);
  const copy = values.map((row) => [...row]);
  if (at < 0) {
    at = header.length;
    copy.forEach((row, r) => {
      row[at] = r === 0 ? column : '';
    });
  }
  const row = copy.find((r) => r[1] === programName)!;
  row[at] = text;
  return copy;
}

function cellOf(values: unknown[][], programName: string, column: string): unknown {
  const row = values.find((r) => r[1] === programName);
  return row?.[values[0]!.indexOf(column)];
}

function regenerate(ranked: ReturnType<typeof makeRanked>[], previous: unknown[][] | null) {
  return storedValues(buildListSheet(ranked, previous, { includeScores: true }).values);
}

describe('buildListSheet carry-over', () => {
  it('keeps notes and a user-added column beside the right program after reordering', () => {
    let sheet = regenerate(inOrder(A, B, C), null);
    sheet = typeInto(sheet, 'Harbor Point Imaging', 'Notes', 'Emailed coordinator');
    sheet = typeInto(sheet, 'Harbor Point Imaging', 'Interview date', 'Nov 3');
    sheet = typeInto(sheet, 'Mesa Verde Community', 'Notes', 'No reply');
    const next = regenerate(inOrder(C, A, B), sheet);
    expect(next[0]!.at(-1)).toBe('Interview date');
    expect(cellOf(next, 'Harbor Point Imaging', 'Notes')).toBe('Emailed coordinator');
    expect(cellOf(next, 'Harbor Point Imaging', 'Interview date')).toBe('Nov 3');
    expect(cellOf(next, 'Mesa Verde Community', 'Notes')).toBe('No reply');
    expect(cellOf(next, 'Lakeview Regional Radiology', 'Notes')).toBe('');
    expect(next.flat()).not.toContain(KEPT_SEPARATOR);
  });

  it('puts a dropped program in the trailing block and restores its notes when it returns', () => {
    let sheet = regenerate(inOrder(A, B, C), null);
    sheet = typeInto(sheet, 'Harbor Point Imaging', 'Notes', 'Great fit');
    sheet = typeInto(sheet, 'Harbor Point Imaging', 'Ranked by me', 3);
    const dropped = regenerate(inOrder(C, A), sheet);
    const separatorAt = dropped.findIndex((row) => row[0] === KEPT_SEPARATOR);
    expect(separatorAt).toBe(4);
    expect(dropped[3]!.every((cell) => cell === '')).toBe(true);
    const kept = dropped[separatorAt + 1]!;
    const header = dropped[0]!;
    expect(kept[header.indexOf('Program')]).toBe('Harbor Point Imaging');
    expect(kept[header.indexOf('State')]).toBe('ME');
    expect(kept[header.indexOf('Notes')]).toBe('Great fit');
    expect(kept[header.indexOf('Ranked by me')]).toBe(3);
    expect(kept[header.indexOf('Rank')]).toBe('');
    expect(dropped).toHaveLength(separatorAt + 2);

    const stillDropped = regenerate(inOrder(A, C), dropped);
    expect(stillDropped.filter((row) => row[1] === 'Harbor Point Imaging')).toHaveLength(1);
    expect(cellOf(stillDropped, 'Harbor Point Imaging', 'Notes')).toBe('Great fit');

    const back = regenerate(inOrder(B, A, C), stillDropped);
    expect(cellOf(back, 'Harbor Point Imaging', 'Notes')).toBe('Great fit');
    expect(cellOf(back, 'Harbor Point Imaging', 'Ranked by me')).toBe(3);
    expect(back.flat()).not.toContain(KEPT_SEPARATOR);
  });

  it('takes back listed rows a sort moved below the separator: no program twice, every note kept', () => {
    let sheet = regenerate(inOrder(A, B, C), null);
    sheet = typeInto(sheet, 'Harbor Point Imaging', 'Notes', 'Great fit');
    sheet = typeInto(sheet, 'Mesa Verde Community', 'Notes', 'Call back');
    sheet = typeInto(sheet, 'Mesa Verde Community', 'My rank', 7);
    sheet = typeInto(sheet, 'Lakeview Regional Radiology', 'Notes', 'Old favourite');
    const dropped = regenerate(inOrder(B, C), sheet);
    // Sort by Rank, Z→A: the separator (text) first, then the ranks from high to low, blanks (kept rows) last.
    const [header, ...body] = dropped;
    const filled = body.filter((row) => row.some((cell) => cell !== ''));
    const text = (row: unknown[]) =>
      typeof row[0] === 'string' && row[0] !== '' ? 0 : row[0] === '' ? 2 : 1;
    filled.sort((a, b) => text(a) - text(b) || Number(b[0]) - Number(a[0]));
    expect(filled[0]![0]).toBe(KEPT_SEPARATOR);
    const sorted = [header!, ...filled];

    const next = regenerate(inOrder(C, B), sorted);
    const named = (name: string) => next.filter((row) => row[1] === name);
    expect(named('Harbor Point Imaging')).toHaveLength(1);
    expect(named('Mesa Verde Community')).toHaveLength(1);
    expect(cellOf(next, 'Harbor Point Imaging', 'Notes')).toBe('Great fit');
    expect(cellOf(next, 'Mesa Verde Community', 'Notes')).toBe('Call back');
    expect(cellOf(next, 'Mesa Verde Community', 'My rank')).toBe(7);
    expect(cellOf(next, 'Mesa Verde Community', 'Rank')).toBe(1);
    // The dropped program stays in the kept block with its note; nothing else is there.
    const separatorAt = next.findIndex((row) => row[0] === KEPT_SEPARATOR);
    expect(next.slice(separatorAt + 1).map((row) => row[1])).toEqual(['Lakeview Regional Radiology']);
    expect(cellOf(next, 'Lakeview Regional Radiology', 'Notes')).toBe('Old favourite');
  });

  it('merges a leftover copy of a listed row into it where it has nothing, and keeps one that differs whole', () => {
    const first = typeInto(regenerate(inOrder(A, B), null), 'Lakeview Regional Radiology', 'My rank', '');
    const notesAt = first[0]!.indexOf('Notes');
    const mineAt = first[0]!.indexOf('My rank');
    const withCopies = [...first, [...first[1]!], [...first[2]!]];
    withCopies[1]![notesAt] = 'the live note';
    withCopies[3]![mineAt] = 5;
    withCopies[2]![notesAt] = 'the first note';
    withCopies[4]![notesAt] = 'a different note';
    const next = regenerate(inOrder(A, B), withCopies);
    expect(next.filter((row) => row[1] === 'Lakeview Regional Radiology')).toHaveLength(1);
    expect(cellOf(next, 'Lakeview Regional Radiology', 'Notes')).toBe('the live note');
    expect(cellOf(next, 'Lakeview Regional Radiology', 'My rank')).toBe(5);
    const harbor = next.filter((row) => row[1] === 'Harbor Point Imaging');
    expect(harbor.map((row) => row[notesAt])).toEqual(['the first note', 'a different note']);
  });

  it('keeps no block row for a dropped program with nothing written', () => {
    let sheet = regenerate(inOrder(A, B, C), null);
    sheet = typeInto(sheet, 'Lakeview Regional Radiology', 'Notes', 'keep');
    const next = regenerate(inOrder(A), sheet);
    expect(next).toHaveLength(2);
  });

  it('matches keys case-insensitively on trimmed text, and IDs read back as numbers', () => {
    const numeric = makeRanked({ program: { name: 'Cedar Hollow Medical', id: '4200311073', state: 'TX' } });
    const previous = [
      ['Rank', 'Program', 'ID', 'State', 'Notes'],
      [1, 'Cedar Hollow Medical', 4200311073, 'TX', 'numeric id'],
      [2, '  harbor point imaging ', '', 'me', 'by name'],
    ];
    const next = regenerate(inOrder(numeric, B), previous);
    expect(cellOf(next, 'Cedar Hollow Medical', 'Notes')).toBe('numeric id');
    expect(cellOf(next, 'Harbor Point Imaging', 'Notes')).toBe('by name');
  });

  it('escapes carried notes that start with = so they stay text', () => {
    const previous = [
      ['Rank', 'Program', 'ID', 'State', 'Notes'],
      [1, 'Lakeview Regional Radiology', 'LV-1', 'OH', '=IMPORTDATA("x")'],
    ];
    const out = buildListSheet([A], previous, { includeScores: true });
    expect(out.values[1]![out.values[0]!.indexOf('Notes')]).toBe('\'=IMPORTDATA("x")');
  });

  it('does not take a score column of a full list for a user column in a shared list', () => {
    const full = regenerate(inOrder(A), null);
    const shared = storedValues(buildListSheet([A], full, { includeScores: false }).values);
    expect(shared[0]).not.toContain('Margin');
    expect(shared[0]!.at(-1)).toBe('Notes');
  });
});

describe('readPrevious', () => {
  const layout: CarryLayout = {
    columns: ['Who', 'Notes'],
    ownedColumns: ['Who', 'Notes'],
    notesColumn: 'Notes',
    identityColumns: ['Who'],
    keyOf: (cell) => cell('Who') ?? '',
  };

  it.each([
    [null, 0],
    [[], 0],
    [[['Who', 'Notes']], 0],
    [
      [
        ['Who', 'Notes'],
        ['', ''],
      ],
      0,
    ],
    [
      [
        ['Who', 'Notes'],
        ['x', ''],
      ],
      1,
    ],
    [
      [
        ['Who', 'Notes'],
        ['', 'orphan note'],
      ],
      1,
    ],
  ])('reads %j into %i rows', (previous, count) => {
    expect(readPrevious(previous as unknown[][] | null, layout).rows).toHaveLength(count);
  });

  it('keeps a headerless column that holds data', () => {
    const prior = readPrevious(
      [
        ['Who', 'Notes', ''],
        ['x', '', 'mine'],
      ],
      layout,
    );
    expect(prior.userColumns).toEqual(['']);
    const { values } = assembleSheet(layout, prior, [['x', '']]);
    expect(values[1]).toEqual(['x', '', 'mine']);
  });
});

describe('readPrevious and assembleSheet on what people typed', () => {
  const layout: CarryLayout = {
    columns: ['Who', 'Score', 'Notes'],
    ownedColumns: ['Who', 'Score', 'Notes'],
    notesColumn: 'Notes',
    identityColumns: ['Who'],
    knownHeaders: [['Who', 'Score', 'Notes']],
    keyOf: (cell) => cell('Who') ?? '',
  };

  it('takes every column after a known header for the person’s, whatever its name', () => {
    const prior = readPrevious(
      [
        ['Who', 'Score', 'Notes', 'Notes', 'Score'],
        ['x', 1, 'a', 'b', 'mine'],
      ],
      layout,
    );
    expect(prior.userColumns).toEqual(['Notes', 'Score']);
    expect(assembleSheet(layout, prior, [['x', 2, '']]).values[1]).toEqual(['x', 2, 'a', 'b', 'mine']);
  });

  it('takes a repeated name for the person’s when the header is not one RadList wrote', () => {
    const prior = readPrevious(
      [
        ['Score', 'Who', 'Notes', 'Notes'],
        [1, 'x', 'a', 'b'],
      ],
      layout,
    );
    expect(prior.userColumns).toEqual(['Notes']);
  });

  it('keeps a header that is a formula as that formula', () => {
    const prior = readPrevious(
      withFormulas(
        [
          ['Who', 'Score', 'Notes', 'Mine 2026'],
          ['x', 1, '', 'y'],
        ],
        [
          ['', '', '', '="Mine "&2026'],
          ['', '', '', ''],
        ],
      ),
      layout,
    );
    expect(prior.userHeaders).toEqual(['="Mine "&2026']);
    expect(assembleSheet(layout, prior, [['x', 1, '']]).values[0]).toEqual([
      'Who',
      'Score',
      'Notes',
      '="Mine "&2026',
    ]);
  });

  it('keeps what is typed in the kept block and its separator row', () => {
    const previous = [
      ['Who', 'Score', 'Notes'],
      ['x', 1, ''],
      ['', '', ''],
      [KEPT_SEPARATOR, 'about these', 'ask B'],
      ['gone', 'typed here', 'note'],
    ];
    const { values } = assembleSheet(layout, readPrevious(previous, layout), [['x', 1, '']]);
    expect(values).toEqual(previous);
    const back = assembleSheet(layout, readPrevious(previous, layout), [['gone', 5, '']]).values;
    expect(back[1]).toEqual(['gone', 5, 'note']);
    expect(back.at(-1)).toEqual(['gone', 'typed here', '']);
  });
});

describe('carryCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [42, 42],
    [Number.NaN, ''],
    [true, true],
    ['+1', "'+1"],
    ['plain', 'plain'],
    [new Date(2025, 10, 3), '2025-11-03'],
    [new Date(2025, 10, 3, 14, 5, 9), '2025-11-03 14:05:09'],
  ])('writes %j back as %j', (value, expected) => {
    expect(carryCell(value)).toBe(expected);
  });
});

describe('rows whose key cannot be made', () => {
  const layout: CarryLayout = {
    columns: ['Who', 'What', 'Notes'],
    ownedColumns: ['Who', 'What', 'Notes'],
    notesColumn: 'Notes',
    identityColumns: ['Who', 'What'],
    knownHeaders: [['Who', 'What', 'Notes']],
    keyOf: (cell) => {
      const who = cell('Who');
      const what = cell('What');
      return who === null || what === null || who === '' ? '' : `${who}|${what}`;
    },
    fallbackKeyOf: (cell) => cell('What') ?? '',
  };

  it('are never merged: each keeps its own note in the kept block', () => {
    const prior = readPrevious(
      [
        ['Person', 'What', 'Notes'],
        ['Ana', 'x', 'note of Ana'],
        ['Bo', 'x', 'note of Bo'],
      ],
      layout,
    );
    expect(prior.rows.map((r) => r.key)).toEqual(['', '']);
    const { values } = assembleSheet(layout, prior, [
      ['Ana', 'x', ''],
      ['Bo', 'x', ''],
    ]);
    const flat = values.flat();
    expect(flat).toContain('note of Ana');
    expect(flat).toContain('note of Bo');
    // The fallback key names two previous rows and two new rows: it matches neither.
    expect(values[1]![2]).toBe('');
    expect(values.find((row) => row.includes('note of Bo'))).toContain('Bo');
  });

  it('are matched by the fallback key where it names one row on each side', () => {
    const prior = readPrevious(
      [
        ['Person', 'What', 'Notes'],
        ['Ana', 'x', 'note on x'],
        ['Ana', 'y', 'note on y'],
      ],
      layout,
    );
    const { values } = assembleSheet(layout, prior, [
      ['Ana', 'x', ''],
      ['Bo', 'x', ''],
      ['Ana', 'y', ''],
    ]);
    expect(values[3]).toEqual(['Ana', 'y', 'note on y', 'Ana']);
    expect(values.flat()).toContain('note on x');
    expect(values[1]![2]).toBe('');
  });

  it('takes a header renamed in place to an alias for RadList’s own column', () => {
    const aliased: CarryLayout = { ...layout, aliasesOf: (column) => (column === 'Who' ? ['Person'] : []) };
    const prior = readPrevious(
      [
        ['Person', 'What', 'Notes'],
        ['Ana', 'x', 'note of Ana'],
      ],
      aliased,
    );
    expect(prior.userColumns).toEqual([]);
    const { values } = assembleSheet(aliased, prior, [['Ana', 'x', '']]);
    expect(values).toEqual([
      ['Who', 'What', 'Notes'],
      ['Ana', 'x', 'note of Ana'],
    ]);
  });

  it('keeps a second row of a key no longer listed, beside the first', () => {
    const prior = readPrevious(
      [
        ['Who', 'What', 'Notes'],
        ['Ana', 'x', 'first'],
        ['Ana', 'x', 'second'],
      ],
      layout,
    );
    const flat = assembleSheet(layout, prior, [['Ana', 'z', '']]).values.flat();
    expect(flat).toContain('first');
    expect(flat).toContain('second');
  });
});

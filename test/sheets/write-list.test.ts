import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types.ts';
import { defaultHelpSettings } from '../../src/sheets/column-help.ts';
import {
  buildListSheet,
  LIST_COLUMNS,
  PREVIOUS_LIST_COLUMNS,
  whyWithoutScores,
  withoutScoreNumbers,
} from '../../src/sheets/write-list.ts';
import { makeRanked, shownText, storedValues } from './write-fixtures.ts';

const ALL: Category[] = ['Reach', 'Target', 'Safety', 'Below minimum', 'Not eligible'];

describe('buildListSheet', () => {
  it('writes the header in SPEC order with Rank first and Notes last, frozen', () => {
    const out = buildListSheet([makeRanked()], null, { includeScores: true });
    expect(out.values[0]).toEqual([
      'Rank',
      'Program',
      'ID',
      'City',
      'State',
      'Type',
      'Track',
      'Category',
      'Chance',
      'Fit',
      'Min Step 2 CK',
      'Typical Step 2 CK',
      'Margin',
      'IMG %',
      'Signal',
      'Signal sent',
      'Apply',
      'Status',
      'Why',
      'Issues',
      'Notes',
    ]);
    expect(out.frozenRows).toBe(1);
    expect(out.columnWidths).toHaveLength(LIST_COLUMNS.length);
  });

  it("keeps Sheets' 100 px but for Program and the wrapped long text, which share a width, and wraps the header", () => {
    const out = buildListSheet([makeRanked({ rank: 1 })], null, { includeScores: true });
    const widths = out.columnWidths!;
    const wide = LIST_COLUMNS.filter((_, i) => widths[i] !== 100);
    expect(wide).toEqual(['Program', 'Why', 'Issues', 'Notes']);
    expect(
      new Set((['Why', 'Issues', 'Notes'] as const).map((c) => widths[LIST_COLUMNS.indexOf(c)])).size,
    ).toBe(1);
    expect(out.fitColumns).toBeUndefined();
    expect(out.headerWrap).toBe(true);
  });

  it('writes one program a row in rank order', () => {
    const ranked = ALL.map((category, i) =>
      makeRanked({ rank: i + 1, category, program: { name: `Program ${i + 1}`, id: `ID-${i}` } }),
    );
    const out = buildListSheet(ranked, null, { includeScores: true });
    expect(out.values.slice(1).map((row) => row[0])).toEqual([1, 2, 3, 4, 5]);
    expect(out.values.slice(1).map((row) => row[1])).toEqual(ranked.map((r) => r.program.name));
  });

  it.each(ALL)('colours a %s row only as its category asks', (category) => {
    const ranked = [
      makeRanked({ rank: 1, category: 'Target', program: { id: 'A' } }),
      makeRanked({ rank: 2, category, program: { id: 'B' } }),
    ];
    const out = buildListSheet(ranked, null, { includeScores: true });
    const expected =
      category === 'Below minimum' ? '#f4cccc' : category === 'Not eligible' ? '#fce5cd' : '#ffffff';
    expect(new Set(out.backgrounds[2])).toEqual(new Set([expected]));
    expect(new Set(out.backgrounds[1])).toEqual(new Set(['#ffffff']));
    expect(out.backgrounds[0]![0]).not.toBe('#ffffff');
    expect(out.backgrounds.map((r) => r.length)).toEqual(out.values.map((r) => r.length));
  });

  it('writes unknown values as blank cells, never 0', () => {
    const out = buildListSheet(
      [
        makeRanked({
          margin: null,
          program: { minStepTwo: null, typicalStepTwo: null, imgShare: null, type: null },
        }),
      ],
      null,
      { includeScores: true },
    );
    const header = out.values[0]!;
    for (const column of ['Min Step 2 CK', 'Typical Step 2 CK', 'Margin', 'IMG %', 'Type']) {
      expect(out.values[1]![header.indexOf(column)]).toBe('');
    }
  });

  it('writes known figures, the IMG share as a percent, Apply and Signal', () => {
    const out = buildListSheet(
      [
        makeRanked({
          margin: -4,
          apply: true,
          signal: 'Gold',
          program: { minStepTwo: 225, typicalStepTwo: 230, imgShare: 0.35 },
        }),
      ],
      null,
      { includeScores: true },
    );
    const row = out.values[1]!;
    const at = (column: string) => row[out.values[0]!.indexOf(column)];
    expect([at('Min Step 2 CK'), at('Typical Step 2 CK'), at('Margin'), at('IMG %')]).toEqual([
      225, 230, -4, 35,
    ]);
    expect([at('Apply'), at('Signal')]).toEqual(['Yes', 'Gold']);
  });

  it.each([
    { includeScores: false, shown: false },
    { includeScores: true, shown: true },
  ])(
    'shows score columns, score terms and score numbers only when asked (includeScores $includeScores)',
    ({ includeScores, shown }) => {
      const ranked = makeRanked({
        margin: 3,
        category: 'Reach',
        program: { minStepTwo: 220, typicalStepTwo: 229 },
        issues:
          'below the preferred minimum Step 2 CK 226, so at most a Reach; data may be stale (verified March 2024)',
      });
      const out = buildListSheet([ranked], null, { includeScores });
      const header = out.values[0]!;
      for (const column of ['Chance', 'Fit', 'Margin', 'Min Step 2 CK', 'Typical Step 2 CK'])
        expect(header.includes(column)).toBe(shown);
      const why = String(out.values[1]![header.indexOf('Why')]);
      const issues = String(out.values[1]![header.indexOf('Issues')]);
      expect(/below typical|margin/i.test(why)).toBe(shown);
      expect(/\d+%/.test(why.replace('IMG share 35%', ''))).toBe(shown);
      expect(why.startsWith('Chance 18%')).toBe(shown);
      expect(why.includes('rotated here')).toBe(true);
      for (const figure of [220, 229, 3, 0.18, 30]) expect(out.values[1]!.includes(figure)).toBe(shown);
      expect(issues.includes('226')).toBe(shown);
      expect(issues).toContain('data may be stale (verified March 2024)');
      if (!shown)
        expect(issues).toMatch(/^below this program's preferred minimum Step 2 CK, so at most a Reach/);
    },
  );

  it.each([['=HYPERLINK("http://evil")'], ['+15 program'], ['-5 below'], ['@admin']])(
    'escapes user text %j so it stays text',
    (name) => {
      const out = buildListSheet(
        [makeRanked({ program: { name, city: name, id: name }, issues: name })],
        null,
        {
          includeScores: true,
        },
      );
      const row = out.values[1]!;
      for (const column of ['Program', 'ID', 'City', 'Issues']) {
        expect(row[out.values[0]!.indexOf(column)]).toBe(`'${name}`);
      }
    },
  );
});

describe('whyWithoutScores', () => {
  it('shows no chance figure, only the steps that do not depend on the score, and the preferences met', () => {
    const why = whyWithoutScores(makeRanked({ signal: 'Gold', signalledChance: 76 }));
    expect(why).toBe(
      'Chance not shown (it depends on your Step 2 CK). Also counted: IMG share 35%; rotated here. A signal here raises it. Your preferences met: rotated here.',
    );
    expect(why).not.toMatch(/18%|76%|below typical/);
  });

  it('keeps the Why of a program the applicant cannot apply to', () => {
    const row = makeRanked({ chance: null, category: 'Not eligible', why: 'No Chance or Fit: see Issues.' });
    expect(whyWithoutScores(row)).toBe('No Chance or Fit: see Issues.');
  });
});

describe('list adoption', () => {
  it("keeps the previous version's header as a constant, and carries its notes into the new layout", () => {
    expect(PREVIOUS_LIST_COLUMNS).not.toContain('Chance');
    const old = [[...PREVIOUS_LIST_COLUMNS, 'My column']];
    const oldRow: unknown[] = PREVIOUS_LIST_COLUMNS.map(() => '');
    oldRow[PREVIOUS_LIST_COLUMNS.indexOf('Program')] = 'Fictional University Hospital';
    oldRow[PREVIOUS_LIST_COLUMNS.indexOf('State')] = 'OH';
    oldRow[PREVIOUS_LIST_COLUMNS.indexOf('Notes')] = 'call the coordinator';
    old.push([...oldRow, 'mine'] as never);
    const out = buildListSheet([makeRanked()], old, { includeScores: true });
    const header = out.values[0]!;
    expect(header).toEqual([...LIST_COLUMNS, 'My column']);
    const row = out.values[1]!;
    expect(row[header.indexOf('Notes')]).toBe('call the coordinator');
    expect(row[header.indexOf('My column')]).toBe('mine');
    expect(row[header.indexOf('Chance')]).toBe(0.18);
    expect(shownText(out, 1, header.indexOf('Chance'))).toBe('18%');
  });

  it('carries Signal sent and Status over by program key, and keeps them for a program no longer listed', () => {
    const first = buildListSheet([makeRanked({ program: { name: 'Gone', id: 'GN-1' } })], null, {
      includeScores: true,
    });
    const header = first.values[0]!;
    const stored = storedValues(first.values);
    stored[1]![header.indexOf('Signal sent')] = 'Gold';
    stored[1]![header.indexOf('Status')] = 'Invited';
    const again = buildListSheet([makeRanked({ program: { name: 'Gone', id: 'GN-1' } })], stored, {
      includeScores: true,
    });
    expect(again.values[1]![header.indexOf('Signal sent')]).toBe('Gold');
    expect(again.values[1]![header.indexOf('Status')]).toBe('Invited');
    const gone = buildListSheet([makeRanked({ program: { name: 'Other', id: 'OT-1' } })], stored, {
      includeScores: true,
    });
    const kept = gone.values.at(-1)!;
    expect(kept[header.indexOf('Status')]).toBe('Invited');
    expect(kept[header.indexOf('Signal sent')]).toBe('Gold');
  });
});

describe('withoutScoreNumbers', () => {
  it.each([
    ['below the hard minimum Step 2 CK 215', "below this program's hard minimum Step 2 CK"],
    [
      'below the preferred minimum Step 2 CK 225, so at most a Reach',
      "below this program's preferred minimum Step 2 CK, so at most a Reach",
    ],
    [
      'takes no IMGs; below the hard minimum Step 2 CK 230; sponsors no visas',
      "takes no IMGs; below this program's hard minimum Step 2 CK; sponsors no visas",
    ],
    ['Your Step 3 score of 231 is a strength: report it.', 'Your Step 3 score is a strength: report it.'],
    ['Step 3 is already taken (95, below 220): be ready', 'Step 3 is already taken (below 220): be ready'],
    ['Your Step 3 score of 7 is low', 'Your Step 3 score is low'],
    ['Gold signals (2, 3 weeks)', 'Gold signals (2, 3 weeks)'],
    [
      'Step 3 is already taken (218, below 220): be ready to explain it.',
      'Step 3 is already taken (below 220): be ready to explain it.',
    ],
    ['Step 2 CK 217 (2nd attempt)', 'Step 2 CK (2nd attempt)'],
    ['Step 1: 198', 'Step 1'],
    ['Step 2 CK "2O1" is not a score (201)', 'Step 2 CK "2O1" is not a score'],
    ['a Step 2 CK below 210', 'a Step 2 CK below 210'],
    [
      'Only 12 eligible programs for the 80 recommended (120 more are below minimum)',
      'Only 12 eligible programs for the 80 recommended (120 more are below minimum)',
    ],
    ['data may be stale (verified March 2024)', 'data may be stale (verified March 2024)'],
    ['new program (since 2021)', 'new program (since 2021)'],
    ['', ''],
  ])('turns %j into %j', (text, expected) => {
    expect(withoutScoreNumbers(text)).toBe(expected);
  });
});

describe('buildListSheet: formats a reader needs', () => {
  const ranked = [
    makeRanked({ rank: 1, chance: 21, margin: 5, program: { id: 'A', imgShare: 0.35 } }),
    makeRanked({ rank: 2, chance: 4, margin: -3, program: { id: 'B' } }),
    makeRanked({
      rank: 3,
      category: 'Below minimum',
      chance: null,
      fit: null,
      margin: 0,
      program: { id: 'C' },
    }),
  ];
  const out = buildListSheet(ranked, null, { includeScores: true });
  const column = (name: string) => out.values[0]!.indexOf(name);

  it('freezes the header row and the Rank and Program columns', () => {
    expect([out.frozenRows, out.frozenColumns]).toEqual([1, 2]);
    expect(out.values[0]!.slice(0, 2)).toEqual(['Rank', 'Program']);
  });

  it('shows Chance as a whole percent, Margin signed and IMG % with its sign', () => {
    expect(shownText(out, 1, column('Chance'))).toBe('21%');
    expect(shownText(out, 2, column('Chance'))).toBe('4%');
    expect(shownText(out, 1, column('Margin'))).toBe('+5');
    expect(shownText(out, 2, column('Margin'))).toBe('−3');
    expect(shownText(out, 3, column('Margin'))).toBe('0');
    expect(shownText(out, 1, column('IMG %'))).toBe('35%');
  });

  it('leaves numbers to Sheets’ own right alignment, wraps Why and Issues, every cell at the top', () => {
    expect(out.columnAlignments).toBeUndefined();
    expect(typeof out.values[1]![column('Chance')]).toBe('number');
    expect(out.columnWraps).toEqual({
      [column('Why')]: true,
      [column('Issues')]: true,
      [column('Notes')]: true,
    });
    expect(Object.keys(out.columnVerticalAlignments ?? {})).toHaveLength(LIST_COLUMNS.length);
  });

  it('sets the number formats over one run of neighbouring columns (one call)', () => {
    const formatted = Object.keys(out.columnFormats ?? {}).map(Number);
    expect(formatted).toEqual(Array.from({ length: formatted.length }, (_, i) => formatted[0]! + i));
    expect(out.columnFormats?.[column('Chance')]).toBe('0%');
  });

  it('puts a plain-words note on every header but A1 (which holds the sheet’s mark)', () => {
    const notes = out.headerNotes!;
    expect(notes[0]).toBeUndefined();
    LIST_COLUMNS.slice(1).forEach((name, i) => {
      expect(notes[i + 1]?.length ?? 0, `note of ${name}`).toBeGreaterThan(15);
    });
    expect(notes[column('Category')]).toContain('Safety: Chance 40% or more');
    expect(notes[column('Margin')]).toContain('−3');
  });

  it('quotes the bands in force in the Category note', () => {
    const settings = { ...defaultHelpSettings(), targetFrom: 15, safetyFrom: 50 };
    const notes = buildListSheet(ranked, null, { includeScores: true, settings }).headerNotes!;
    expect(notes[column('Category')]).toContain('Safety: Chance 50% or more. Target: Chance 15% to 49%.');
  });

  it('keeps person columns (Notes, added columns) out of the number formats, so a date typed there stays a date', () => {
    const previous = [
      [...LIST_COLUMNS, 'My date'],
      [1, 'X', 'A', ...new Array(LIST_COLUMNS.length - 3).fill(''), '2025-06-01'],
    ];
    const built = buildListSheet(ranked, previous, { includeScores: true });
    const formatted = Object.keys(built.columnFormats ?? {}).map(Number);
    expect(Math.max(...formatted)).toBeLessThan(LIST_COLUMNS.indexOf('Notes'));
    expect(formatted).not.toContain(built.values[0]!.indexOf('My date'));
  });
});
